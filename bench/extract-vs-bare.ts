/**
 * `tsx bench/extract-vs-bare.ts [--runs 20] [--docs "TD 2019,Chase"]`: our extraction (`extractText`,
 * as a PDF worker runs it) against bare pdf-parse `getText` on the same file, in one process,
 * alternating (each round starts with the other one), after a warm-up of each. Medians of wall time
 * and of this thread's CPU time, and what the visibility pass decided (pages read exactly, items hidden).
 */
import { parseArgs } from 'node:util';
import { extractText } from '../shared/pdf/extract.js';
import { extractionDocuments } from './load/documents.js';
import { bareExtract, percentile, round1, round2 } from './load/measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    docs: { type: 'string', default: '' },
    warmup: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
const only = values.docs ? new Set(values.docs.split(',')) : null;
const median = (xs: number[]) => percentile(xs, 0.5);

/** Wall ms and CPU ms (this process: the pdf.js "worker" runs on this thread). */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

console.log(
  'document | exact pages | hidden | ours wall / CPU ms | bare wall / CPU ms | wall ratio | CPU ratio',
);
for (const [name, pdf] of await extractionDocuments()) {
  if (only && !only.has(name)) continue;
  const ours = () => extractText(new Uint8Array(pdf), { maxPages: 500 });
  const bare = () => bareExtract(pdf);
  const first = await ours();
  for (let i = 0; i < Number(values.warmup); i++) {
    await ours();
    await bare();
  }
  const got = { ours: [] as { wall: number; cpu: number }[], bare: [] as { wall: number; cpu: number }[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
    for (const k of order) got[k].push(await timed(k === 'ours' ? ours : bare));
  }
  const m = (k: 'ours' | 'bare', f: 'wall' | 'cpu') => median(got[k].map((g) => g[f]));
  console.log(
    `${name} | ${first.exactPages.join(',') || '—'} | ${first.hidden} | ${round1(m('ours', 'wall'))} / ${round1(m('ours', 'cpu'))} | ${round1(m('bare', 'wall'))} / ${round1(m('bare', 'cpu'))} | ${round2(m('ours', 'wall') / m('bare', 'wall'))} | ${round2(m('ours', 'cpu') / m('bare', 'cpu'))}`,
  );
}
