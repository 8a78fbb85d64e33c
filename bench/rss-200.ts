/**
 * `tsx bench/rss-200.ts [--pages 200] [--runs 10]`: the peak RSS of one instance as Cloud Run runs it
 * with PDF_WORKERS=1 (the esbuild bundle under the Functions Framework, one PDF worker thread, which
 * is inside the server's RSS) while it answers POST /analyze for a generated statement of that many
 * pages, one request at a time, sampled every 20 ms; with its idle RSS after the cold-start warm-up.
 * `--in-process` instead reads the statement in this process through a one-worker pool (the
 * worker's own growth, +MiB over idle; --worker-heap "semi-space MiB/initial old MiB" as in
 * bench/young-gen.ts, --worker a bundled worker).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateStatement } from '../scripts/statements/index.js';
import { WORKER_HEAP } from '../shared/worker/heap.js';
import { createExtractionPool } from '../shared/worker/pool.js';
import { oneWorkerPeak } from './load/one-worker.js';

const { values } = parseArgs({
  options: {
    'worker-heap': { type: 'string', default: `${WORKER_HEAP.semiSpaceMb}/${WORKER_HEAP.initialOldMb}` },
    pages: { type: 'string', default: '200' },
    runs: { type: 'string', default: '10' },
    'in-process': { type: 'boolean', default: false },
    /** A bundled worker (e.g. dist/gcp/worker.js): no tsx inside the worker. */
    worker: { type: 'string' },
    heap: { type: 'string', default: '512' },
    /** NODE_OPTIONS for the server (e.g. "--max-semi-space-size=4"): V8 flags of its main thread. */
    'node-options': { type: 'string' },
  },
});
const [semiSpaceMb = WORKER_HEAP.semiSpaceMb, initialOldMb = WORKER_HEAP.initialOldMb] = values['worker-heap']
  .split('/')
  .map(Number);
const pages = Number(values.pages);
const runs = Number(values.runs);
const { pdf } = await generateStatement({ layout: 'northwind', seed: 3, pages });

if (values['in-process']) await inProcess();
else await instance();

/** One server with one PDF worker, as deployed: idle and peak RSS of its process. */
async function instance() {
  const env: Record<string, string> = {};
  if (values['node-options']) env.NODE_OPTIONS = values['node-options'];
  const { idleMiB, peakMiB, answersMs, peaksMiB } = await oneWorkerPeak(new Uint8Array(pdf), runs, env);
  console.log(
    `${pages} pages, one worker, the deployed bundle: idle ${idleMiB} MiB, peak ${peakMiB} MiB (+${Math.round(peakMiB - idleMiB)}); each answer's peak ${peaksMiB.join(', ')} MiB; answers ${answersMs.join(', ')} ms`,
  );
}

/** This process (tsx, the generator) and a one-worker pool: the growth reading adds, not an instance's RSS. */
async function inProcess() {
  const rssMiB = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  const pool = createExtractionPool({
    size: 1,
    timeoutMs: 120_000,
    heap: { semiSpaceMb, initialOldMb },
    maxHeapMb: Number(values.heap),
    ...(values.worker ? { workerUrl: pathToFileURL(resolve(values.worker)) } : {}),
  });
  try {
    const small = await generateStatement({ layout: 'northwind', seed: 1, pages: 3 });
    await pool.read(new Uint8Array(small.pdf), { maxPages: 10 });
    const idle = rssMiB();
    let peak = idle;
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMiB());
    }, 20);
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) await pool.read(new Uint8Array(pdf), { maxPages: 300 });
    clearInterval(timer);
    console.log(
      `${pages} pages, worker heap ${semiSpaceMb}/${initialOldMb}, old ${values.heap} MiB: idle ${Math.round(idle)} MiB, peak ${Math.round(peak)} MiB (+${Math.round(peak - idle)}), ${Math.round((performance.now() - t0) / runs)} ms per read`,
    );
  } finally {
    await pool.close();
  }
}
