/**
 * `tsx bench/split.ts [--pages 4,8,12,16,24,32,64] [--runs 6]`: one statement at a time on a pool of
 * two idle workers, sharing its pages (split.ts) against one worker reading it all. Two pools of the
 * same size, the same document to each in turn (interleaved, so the machine's drift hits both alike);
 * medians of the wall time per read and of the process's CPU time per read (all threads: what sharing
 * adds, opening the document twice and copying the rows twice). Where the wall-time ratio falls under
 * 1 is where sharing starts to pay: SPLIT_MIN_PAGES. Then, free of other threads' contention, the
 * CPU sharing adds: the same document read whole and as two halves one after the other in this
 * thread (two opens), and the second half's rows copied twice (what the first version, which sent them
 * worker → main → leading worker, paid; they now go straight to the leader, copied once).
 */
import { parseArgs } from 'node:util';
import { generateStatement } from '../scripts/statements/index.js';
import { extractText, pageRange } from '../shared/pdf/extract.js';
import { createExtractionPool, type ExtractionPool } from '../shared/worker/pool.js';
import { percentile, round1, round2 } from './load/measure.js';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '4,8,12,16,24,32,64' },
    runs: { type: 'string', default: '6' },
  },
});
const runs = Number(values.runs);
const median = (xs: number[]) => percentile(xs, 0.5);

const make = async (splitFromPages: number): Promise<ExtractionPool> => {
  const pool = createExtractionPool({ size: 2, timeoutMs: 120_000, splitFromPages, minPartPages: 2 });
  while (pool.stats().warm < 2) await new Promise((r) => setTimeout(r, 20));
  return pool;
};
const pools = { alone: await make(Number.POSITIVE_INFINITY), shared: await make(2) };

/** One read: wall ms and process CPU ms (every thread). */
const timed = async (pool: ExtractionPool, pdf: Uint8Array) => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await pool.read(new Uint8Array(pdf), { maxPages: 500 });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
};

try {
  console.log('pages | one worker wall / CPU ms | shared wall / CPU ms | wall ratio | CPU ratio');
  for (const pages of values.pages.split(',').map(Number)) {
    const pdf = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages })).pdf);
    // Warm both pools on this size first (V8 compiles the reading code per worker).
    for (const pool of Object.values(pools)) await timed(pool, pdf);
    const got = {
      alone: [] as { wall: number; cpu: number }[],
      shared: [] as { wall: number; cpu: number }[],
    };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? (['alone', 'shared'] as const) : (['shared', 'alone'] as const);
      for (const k of order) got[k].push(await timed(pools[k], pdf));
    }
    const m = (k: 'alone' | 'shared', f: 'wall' | 'cpu') => median(got[k].map((g) => g[f]));
    console.log(
      `${pages} | ${round1(m('alone', 'wall'))} / ${round1(m('alone', 'cpu'))} | ${round1(m('shared', 'wall'))} / ${round1(m('shared', 'cpu'))} | ${round2(m('shared', 'wall') / m('alone', 'wall'))} | ${round2(m('shared', 'cpu') / m('alone', 'cpu'))}`,
    );
  }
  console.log(`shared: ${pools.shared.stats().split} documents split; alone: ${pools.alone.stats().split}`);
} finally {
  await Promise.all(Object.values(pools).map((p) => p.close()));
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
console.log('\npages | in this thread: whole CPU ms | two halves CPU ms | rows copied twice ms');
for (const pages of values.pages.split(',').map(Number)) {
  const pdf = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages })).pdf);
  const half = Math.floor(pages / 2);
  const got = { whole: [] as number[], halves: [] as number[], copy: [] as number[] };
  for (let i = 0; i < runs + 1; i++) {
    let t = cpuMs();
    await extractText(new Uint8Array(pdf), { maxPages: 500 });
    const whole = cpuMs() - t;
    t = cpuMs();
    await extractText(new Uint8Array(pdf), { maxPages: 500, part: pageRange(1, half) });
    const second = await extractText(new Uint8Array(pdf), {
      maxPages: 500,
      part: pageRange(half + 1, pages),
    });
    const halves = cpuMs() - t;
    t = cpuMs();
    structuredClone(structuredClone(second));
    // The first round warms V8 up on this size.
    const copy = cpuMs() - t;
    if (i === 0) continue;
    got.whole.push(whole);
    got.halves.push(halves);
    got.copy.push(copy);
  }
  console.log(
    `${pages} | ${round1(median(got.whole))} | ${round1(median(got.halves))} | ${round1(median(got.copy))}`,
  );
}
