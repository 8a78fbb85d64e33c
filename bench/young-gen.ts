/**
 * `tsx bench/young-gen.ts [--heaps 4/40,16/40,4/0] [--runs 8]`: CPU per document (all threads of this
 * process) of one single-worker pool per worker heap, "semi-space MiB / initial old generation MiB"
 * (shared/worker/heap.ts; an old generation of 0 leaves V8's own limits). Each round starts with
 * another setting, so none always follows the same neighbour.
 */
import { parseArgs } from 'node:util';
import type { WorkerHeap } from '../shared/worker/heap.js';
import { createExtractionPool, type ExtractionPool } from '../shared/worker/pool.js';
import { extractionDocuments } from './load/documents.js';
import { percentile, round1 } from './load/measure.js';

const { values } = parseArgs({
  options: { heaps: { type: 'string', default: '4/40,16/40,4/0' }, runs: { type: 'string', default: '8' } },
});
const settings = values.heaps.split(',');
const runs = Number(values.runs);
const heapOf = (s: string): WorkerHeap => {
  const [semiSpaceMb, initialOldMb] = s.split('/').map(Number);
  return { semiSpaceMb: semiSpaceMb ?? 4, initialOldMb: initialOldMb ?? 0 };
};

const docs = await extractionDocuments();

const pools = new Map<string, ExtractionPool>();
const cpuMs = new Map<string, number[]>();
try {
  // One pool at a time, each warm before the next starts: V8 reads the heap flags as a worker's
  // thread creates its isolate, after `new Worker` has returned.
  for (const s of settings) {
    const pool = createExtractionPool({ size: 1, timeoutMs: 60_000, heap: heapOf(s) });
    pools.set(s, pool);
    for (const [, pdf] of docs) await pool.extract(pdf, { maxPages: 300 });
  }
  for (let r = 0; r < runs; r++) {
    for (const [name, pdf] of docs) {
      const order = settings.map((_, i) => settings[(i + r) % settings.length] as string);
      for (const s of order) {
        const c0 = process.cpuUsage();
        await pools.get(s)?.extract(pdf, { maxPages: 300 });
        const c = process.cpuUsage(c0);
        const key = `${name}|${s}`;
        cpuMs.set(key, [...(cpuMs.get(key) ?? []), (c.user + c.system) / 1000]);
      }
    }
  }
} finally {
  await Promise.all([...pools.values()].map((p) => p.close()));
}
const first = settings[0] as string;
console.log(`CPU ms per document, median of ${runs} (ratio to ${first})`);
console.log(['document', ...settings].join(' | '));
for (const [name] of docs) {
  const base = percentile(cpuMs.get(`${name}|${first}`) ?? [], 0.5);
  const cells = settings.map((s) => {
    const m = percentile(cpuMs.get(`${name}|${s}`) ?? [], 0.5);
    return `${round1(m)} (${(m / base).toFixed(2)})`;
  });
  console.log([name, ...cells].join(' | '));
}
