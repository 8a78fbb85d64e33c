/**
 * `tsx bench/rss-200.ts [--young 48] [--pages 200]` (--young 0: V8's own sizing): the peak RSS of a process whose single PDF worker
 * reads (extracts and parses) a generated statement of that many pages twice, sampled every 20 ms.
 * The worker is a thread, so its memory is in the process's RSS, as on a one-worker instance.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateStatement } from '../scripts/statements/index.js';
import { createExtractionPool } from '../shared/worker/pool.js';

const { values } = parseArgs({
  options: {
    young: { type: 'string', default: '48' },
    pages: { type: 'string', default: '200' },
    /** A bundled worker (e.g. dist/load-gcp/worker.js, built by bench:load): no tsx inside the worker. */
    worker: { type: 'string' },
    heap: { type: 'string', default: '512' },
  },
});
const young = Number(values.young);
const pages = Number(values.pages);
const { pdf } = await generateStatement({ layout: 'northwind', seed: 3, pages });
const rssMiB = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const pool = createExtractionPool({
  size: 1,
  timeoutMs: 120_000,
  maxYoungGenMb: young,
  maxHeapMb: Number(values.heap),
  ...(values.worker ? { workerUrl: pathToFileURL(resolve(values.worker)) } : {}),
});
try {
  await pool.read(new Uint8Array((await generateStatement({ layout: 'northwind', seed: 1, pages: 3 })).pdf), {
    maxPages: 10,
  });
  const idle = rssMiB();
  let peak = idle;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB());
  }, 20);
  const t0 = performance.now();
  for (let i = 0; i < 2; i++) await pool.read(new Uint8Array(pdf), { maxPages: 300 });
  clearInterval(timer);
  console.log(
    `${pages} pages, young generation ${young ? `${young} MiB` : "V8's default"}, old ${values.heap} MiB: idle ${Math.round(idle)} MiB, peak ${Math.round(peak)} MiB (+${Math.round(peak - idle)}), ${Math.round((performance.now() - t0) / 2)} ms per read`,
  );
} finally {
  await pool.close();
}
