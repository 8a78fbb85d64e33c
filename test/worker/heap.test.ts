/**
 * The PDF workers' heap (shared/worker/heap.ts): flags set with v8.setFlagsFromString just before a
 * worker starts size that worker's heap, whatever NODE_OPTIONS gave the process, and leave the main
 * isolate's as it was. Fails when a Node release stops reading them at isolate creation (the pool's
 * workers would then silently run with the process's semi-spaces again).
 */
import { spawnSync } from 'node:child_process';
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

/**
 * Scavenges in a fresh Node process after a churn that keeps much alive (so V8 wants helpers), and the
 * milliseconds V8's helper threads spent on them (`--trace-gc-nvp`'s background.scavenge.parallel),
 * counted from a mark the process prints once it has (or has not) called configureScavenger.
 */
function scavengesAfter(configure: boolean): { scavenges: number; backgroundMs: number } {
  const heapModule = new URL('../../shared/worker/heap.ts', import.meta.url).href;
  const script = `(async () => {
    ${configure ? `(await import(${JSON.stringify(heapModule)})).configureScavenger();` : ''}
    console.log('MARK');
    let keep = [];
    const live = [];
    for (let i = 0; i < 6e6; i++) {
      keep.push({ i, a: [i] });
      if (keep.length > 100000) { live.push(keep); if (live.length > 3) live.shift(); keep = []; }
    }
  })();`;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--max-semi-space-size=8', '--trace-gc-nvp', '-e', script],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(r.status).toBe(0);
  const after = r.stdout.slice(r.stdout.indexOf('MARK'));
  const lines = after.split('\n').filter((l) => l.includes(' gc=s '));
  const backgroundMs = lines
    .map((l) => Number(/background\.scavenge\.parallel=([\d.]+)/.exec(l)?.[1] ?? Number.NaN))
    .reduce((a, b) => a + b, 0);
  return { scavenges: lines.length, backgroundMs };
}

test('after configureScavenger no helper thread scavenges, in an isolate that was already running', () => {
  const control = scavengesAfter(false);
  const configured = scavengesAfter(true);
  // The churn makes V8 scavenge with helpers by default: the measurement can see them.
  expect(control.scavenges).toBeGreaterThan(10);
  expect(control.backgroundMs).toBeGreaterThan(0);
  expect(configured.scavenges).toBeGreaterThan(10);
  expect(configured.backgroundMs).toBe(0);
}, 120_000);
