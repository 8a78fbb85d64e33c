/** Cloud Run / Cloud Functions entry point (the module the Functions Framework loads): registers `analyze`. */
import { enableCompileCache } from './compile-cache.js';
import { startEarly } from './early.js';
import { registerAnalyze } from './register.js';

// For the worker threads and the chunks loaded later (start.js turns it on before anything loads).
enableCompileCache(import.meta.url);
// The pool start.js started before the framework loaded, or a new one now. Started here, after the
// pipeline has loaded: started sooner (index.js loading in steps), its workers competed with this
// thread's loading on a busy machine and cost 0.1–0.3 s more CPU before the first answer.
registerAnalyze(startEarly(process.env));
