/**
 * A full garbage collection, for a PDF worker that has just read a long document and has nothing to
 * do (the pool asks for it: pool.ts).
 *
 * Why: V8 sets a heap's next limit from what lived at its last full collection, and a long statement
 * keeps much alive while it is read (its pages' rows, pdf.js's objects). Read one at a time, each
 * 200-page statement started where the last one's garbage had left the heap, and an instance with one
 * worker grew from 160 to 200–212 MiB over ten of them (docs/load.md, twenty-first round). A full
 * collection while the worker is idle costs it 20–40 ms that no request waits for, and the next
 * document starts from the worker's own 15 MiB.
 *
 * Node has no API for it but V8's `gc` extension, installed only in contexts created while
 * `--expose-gc` is set. So the flag is set for the moment this module creates one context, and taken
 * back: the worker's own global and pdf.js never see a `gc`. The flag is process-wide, so a context
 * another thread created in that moment would get one too; only the pool starts workers, and a `gc`
 * in a worker's global is harmless.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** A full, blocking collection of this thread's heap. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as () => void;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
