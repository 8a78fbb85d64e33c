/**
 * `tsx bench/young-gen.ts`: the PDF workers' young-generation size (`resourceLimits.
 * maxYoungGenerationSizeMb`) against V8's default, in one run. One single-worker pool per setting;
 * the same documents go to each pool in turn (interleaved, so the machine's drift hits all alike),
 * and the process's CPU time per document (all threads: the extraction plus its garbage collection)
 * is the figure. Options: --sizes 0,16,32,64 (0 = V8's own sizing), --runs 8.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateStatement } from '../scripts/statements/index.js';
import { createExtractionPool, type ExtractionPool } from '../shared/worker/pool.js';
import { percentile, round1 } from './load/measure.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '0,16,32,64' }, runs: { type: 'string', default: '8' } },
});
const settings = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const docs: [string, Uint8Array][] = [];
for (const pages of [3, 30]) {
  docs.push([
    `${pages} pages`,
    new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages })).pdf),
  ]);
}
const corpus = new URL('../../shared/corpus/', import.meta.url);
for (const [name, rel] of [
  ['Chase', 'zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'],
  ['TD 2019', 'real-layouts/ca-td-2019/statement.pdf'],
] as const) {
  try {
    docs.push([name, new Uint8Array(readFileSync(new URL(rel, corpus)))]);
  } catch {
    process.stderr.write(`${name}: not in ../shared/corpus, skipped\n`);
  }
}

const pools = new Map<number, ExtractionPool>();
for (const mb of settings) {
  // 0: V8's own sizing (a worker's young generation follows its old-generation cap).
  pools.set(mb, createExtractionPool({ size: 1, timeoutMs: 60_000, maxYoungGenMb: mb }));
}
const cpuMs = new Map<string, number[]>();
try {
  for (const pool of pools.values()) for (const [, pdf] of docs) await pool.extract(pdf, { maxPages: 300 });
  for (let r = 0; r < runs; r++) {
    for (const [name, pdf] of docs) {
      // Each round starts with another setting, so none always follows the same neighbour.
      const order = settings.map((_, i) => settings[(i + r) % settings.length] as number);
      for (const mb of order) {
        const c0 = process.cpuUsage();
        await pools.get(mb)?.extract(pdf, { maxPages: 300 });
        const c = process.cpuUsage(c0);
        const key = `${name}|${mb}`;
        cpuMs.set(key, [...(cpuMs.get(key) ?? []), (c.user + c.system) / 1000]);
      }
    }
  }
} finally {
  await Promise.all([...pools.values()].map((p) => p.close()));
}
const label = (mb: number) => (mb ? `${mb} MiB` : 'V8 default');
console.log(`CPU ms per document, median of ${runs} (ratio to V8's default)`);
console.log(['document', ...settings.map(label)].join(' | '));
for (const [name] of docs) {
  const base = percentile(cpuMs.get(`${name}|0`) ?? [], 0.5);
  const cells = settings.map((mb) => {
    const m = percentile(cpuMs.get(`${name}|${mb}`) ?? [], 0.5);
    return mb && base ? `${round1(m)} (${(m / base).toFixed(2)})` : `${round1(m)}`;
  });
  console.log([name, ...cells].join(' | '));
}
