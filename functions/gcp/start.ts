/**
 * `node dist/gcp/start.js --target=analyze --signature-type=http`: the Functions Framework's own
 * command line (the same server, options and module loading), started after two things that would
 * otherwise wait for it: V8's compile cache, which then covers the framework's modules too, and the
 * PDF workers, which load pdf.js while the framework loads (0.4 s of a cold start measured here).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { enableCompileCache } from './compile-cache.js';

enableCompileCache(import.meta.url);
const { startEarly } = await import('./early.js');
startEarly(process.env);
// The framework's `functions-framework` bin, beside its main module (its package exports only the API).
const api = createRequire(import.meta.url).resolve('@google-cloud/functions-framework');
await import(pathToFileURL(join(dirname(api), 'main.js')).href);
