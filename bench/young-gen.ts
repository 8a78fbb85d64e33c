import { parseArgs } from 'node:util';
import { createExtractionPool, type ExtractionPool } from '../shared/worker/pool.js';
import { extractionDocuments } from './load/documents.js';
import { percentile, round1 } from './load/measure.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '0,16,32,64' }, runs: { type: 'string', default: '8' } },
});
const settings = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const docs = await extractionDocuments();

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
