/**
 * Cloud Run / Cloud Functions entry point (the module the Functions Framework loads). Loaded in
 * steps: the compile cache on, the PDF workers started, and only then the pipeline, so that the
 * workers load pdf.js while this thread loads the rest. The awaits are top-level: the framework
 * loads an ES module package (`"type": "module"`) with import(), which waits for them.
 */
import { enableCompileCache } from './compile-cache.js';

enableCompileCache(import.meta.url);
const { startEarly } = await import('./early.js');
const started = startEarly(process.env);
const { registerAnalyze } = await import('./register.js');
registerAnalyze(started);
