/**
 * V8's compile cache for the Cloud Run bundle: code compiled once is kept on disk and reused by the
 * next start (the framework's modules, the bundle, pdf.js in the workers). Only compiled code of our
 * own files goes there, never a request's data.
 */
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Turns the cache on in NODE_COMPILE_CACHE, or `.compile-cache` beside the bundle (written when the
 * process exits; an image can ship one filled by a start during its build, as its runtime user:
 * Node keys the folder by user id). Set in the environment too: worker threads read only the
 * variable. A folder that cannot be written is still read; nothing fails without one.
 */
export function enableCompileCache(moduleUrl: string): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  process.env.NODE_COMPILE_CACHE ||= join(dirname(fileURLToPath(moduleUrl)), '.compile-cache');
  module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
}
