/**
 * collectGarbage (shared/worker/collect.ts): a real full collection through V8's `gc` extension, with
 * the process's `--expose-gc` taken back at once, so no context created afterwards (a worker's, pdf.js's)
 * finds a `gc` in its global.
 */
import { runInNewContext } from 'node:vm';
import { collectGarbage } from '../../shared/worker/collect.js';

/** A WeakRef to an object nothing else holds (made in a function of its own, so no local keeps it). */
function unheld(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill('x') });
}

test('frees an object that nothing holds any longer', async () => {
  const ref = unheld();
  expect(ref.deref()).toBeDefined();
  // A WeakRef (and each deref) keeps its target alive until the current job ends.
  await new Promise((r) => setTimeout(r, 0));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
});

test('leaves no gc in contexts created after it, and works again on a second call', async () => {
  collectGarbage();
  expect(runInNewContext('typeof gc')).toBe('undefined');
  const ref = unheld();
  await new Promise((r) => setTimeout(r, 0));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
});
