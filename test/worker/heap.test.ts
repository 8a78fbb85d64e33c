/**
 * The PDF workers' heap (shared/worker/heap.ts): flags set with v8.setFlagsFromString just before a
 * worker starts size that worker's heap, whatever NODE_OPTIONS gave the process, and leave the main
 * isolate's as it was. Fails when a Node release stops reading them at isolate creation (the pool's
 * workers would then silently run with the process's semi-spaces again).
 */
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { configureWorkerHeap, WORKER_HEAP } from '../../shared/worker/heap.js';

/**
 * Allocates short-lived objects until the young generation has grown to its cap, then says its size
 * (MiB). Run here and, from its source, in a worker: the same churn in both.
 */
function churnedNewSpaceMib(heap: typeof v8): number {
  let keep: unknown[] = [];
  for (let i = 0; i < 3e6; i++) {
    keep.push({ i, a: [i] });
    if (keep.length > 60000) keep = [];
  }
  return (heap.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 1048576;
}

function newSpaceOfWorker(semiSpaceMb: number): Promise<number> {
  configureWorkerHeap({ semiSpaceMb, initialOldMb: 48 });
  const worker = new Worker(
    `require('node:worker_threads').parentPort.postMessage((${churnedNewSpaceMib})(require('node:v8')));`,
    { eval: true },
  );
  return new Promise<number>((resolve, reject) => {
    worker.once('message', (mib: number) => {
      resolve(mib);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

afterAll(() => configureWorkerHeap(WORKER_HEAP));

test("a worker's young generation follows the flags set before it starts", async () => {
  // One at a time: V8 reads the flags when the worker's thread creates its isolate.
  const small = await newSpaceOfWorker(1);
  const large = await newSpaceOfWorker(8);
  // V8 reports both semi-spaces (and rounds to its pages): about twice the semi-space.
  expect(small).toBeGreaterThan(0);
  expect(small).toBeLessThanOrEqual(2);
  expect(large).toBeGreaterThan(4);
  expect(large).toBeLessThanOrEqual(16);
  // The main isolate was configured at start (jest's process has no semi-space flag): the 1 MiB set
  // for a worker does not cap it.
  configureWorkerHeap({ semiSpaceMb: 1, initialOldMb: 48 });
  expect(churnedNewSpaceMib(v8)).toBeGreaterThan(2);
}, 60_000);
