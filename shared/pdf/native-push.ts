/**
 * pdf.js's legacy build, the one pdf-parse loads, carries core-js polyfills in both of its modules
 * (pdf.mjs, and pdf.worker.mjs, which loads with the first document). On Node 20 one of them replaces
 * `Array.prototype.push` for the whole process: V8 11 does not throw when `push()` is called with no
 * arguments on an array whose length is frozen, so core-js swaps in a generic loop written in
 * JavaScript. Every push, in pdf.js and in our parser alike, then costs several times more: about a
 * tenth of all extraction time. The native push is correct for every call that passes an item, and
 * Node 22 keeps it anyway, so we put it back whenever pdf.js may have loaded a module.
 */

/** Captured when this module loads, which extract.ts makes sure is before pdf.js. */
const NATIVE_PUSH = Array.prototype.push;

/** Puts the native `Array.prototype.push` back if a polyfill replaced it; a no-op otherwise. */
export function restoreNativePush(): void {
  if (Array.prototype.push === NATIVE_PUSH) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: NATIVE_PUSH,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
