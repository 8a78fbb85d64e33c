/**
 * `npm run bench:parse-compare -- [--base 84ddcab] [--layout northwind] [--rounds 3] [--processes 10]`:
 * this tree's `parseStatement` against another commit's on the same extracted lines of a 200-page
 * generated statement (seed 3, the statement `npm run bench` times), the ways docs/load.md ("Ninth
 * round", "Tenth round") explains:
 * - both orders in one process: a process holding both engines times 30 alternated pairs (B over A),
 *   then another with the roles swapped; the estimate is the geometric mean of the two medians, as
 *   the engine loaded second runs a few per cent slower whichever it is;
 * - separate processes, as the bench times a parse: the parser's calls of `npm run bench`, then the
 *   p50 of 9, in alternating processes; the fastest of each and the medians are compared. Three
 *   kinds: pinned; pinned after STEADY_EXTRA more parses (each engine at its steady state); unpinned,
 *   as `npm run bench` runs.
 * Pinned means to one core where `taskset` exists: this machine runs a process fast or slow for its
 * whole life, and pinned runs are fast more often; but a pinned process also runs V8's background
 * compilation on the core it is timed on. The other commit is checked out in a temporary git
 * worktree; both engines are bundled with esbuild; everything is removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateStatement } from '../scripts/statements/index.js';
import type { LayoutName } from '../scripts/statements/types.js';
import { extractText } from '../shared/pdf/extract.js';
import { onPath } from './cli.js';
import { percentile } from './load/measure.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '84ddcab' },
    layout: { type: 'string', default: 'northwind' },
    rounds: { type: 'string', default: '3' },
    processes: { type: 'string', default: '10' },
  },
});
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const child = join(here, 'parse-compare-child.mjs');
const dir = mkdtempSync(join(tmpdir(), 'parse-compare-'));
const baseTree = join(dir, 'base');
const pin = onPath('taskset');
/** The core every measuring process is pinned to: the last, so a one-core machine pins to core 0. */
const core = String(availableParallelism() - 1);

function run(cmd: string, args: string[], cwd = root): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** One measuring process's JSON answer, pinned to `core` when asked and `taskset` exists. */
function measure(pinned: boolean, ...args: string[]): Record<string, number> {
  const node = [process.execPath, child, ...args, dir];
  const out = pinned && pin ? run('taskset', ['-c', core, ...node]) : run(node[0] as string, node.slice(1));
  return JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
}

const fmt = (n: number): string => n.toFixed(3);
/**
 * 200-page parses a steady-state process makes before its nine. With only the bench's warm-up, the
 * functions a parse calls about once a page reach TurboFan's threshold (3,000 calls) during the nine
 * timed parses: their compilation and their slower tiers until then land in the figure, and a larger
 * engine has more of them (docs/load.md, "Tenth round").
 */
const STEADY_EXTRA = 40;

try {
  run('git', ['worktree', 'add', '--detach', baseTree, values.base]);
  const bundle = async (tree: string, name: string): Promise<string> => {
    const outfile = join(dir, `${name}.mjs`);
    await build({
      entryPoints: [join(tree, 'shared/statement/parse.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'warning',
    });
    return outfile;
  };
  const base = await bundle(baseTree, 'base');
  const main = await bundle(root, 'main');
  for (const pages of [3, 30, 200]) {
    const { pdf } = await generateStatement({ layout: values.layout as LayoutName, seed: 3, pages });
    const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 1000 });
    writeFileSync(join(dir, `lines-${pages}.json`), JSON.stringify(lines));
  }

  console.log(
    `${values.layout}, 200 pages: this tree (main) against ${values.base} (base)${pin ? `, pinned to core ${core}` : ''}`,
  );
  const both: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const forward = measure(true, 'pair', base, main).ratio as number;
    const backward = measure(true, 'pair', main, base).ratio as number;
    const estimate = Math.sqrt(forward / backward);
    both.push(estimate);
    console.log(
      `  both orders, round ${r + 1}: main/base ${fmt(forward)}, base/main ${fmt(backward)} → main ÷ base ${fmt(estimate)}`,
    );
  }
  // Separate processes: pinned with the bench's warm-up, pinned after 40 more parses (the engines'
  // steady state), and unpinned as `npm run bench` itself runs.
  const kinds = [
    { name: "pinned, the bench's warm-up", extra: '0', pinned: true },
    { name: `pinned, ${STEADY_EXTRA} more parses first`, extra: String(STEADY_EXTRA), pinned: true },
    { name: "unpinned, the bench's warm-up", extra: '0', pinned: false },
  ];
  const ms = (xs: number[]) =>
    [...xs]
      .sort((a, b) => a - b)
      .map((x) => x.toFixed(1))
      .join(' ');
  const summary: string[] = [];
  for (const kind of kinds) {
    const p50 = { base: [] as number[], main: [] as number[] };
    for (let i = 0; i < Number(values.processes); i++) {
      for (const [name, file] of [
        ['base', base],
        ['main', main],
      ] as const)
        p50[name].push(measure(kind.pinned, 'bench', file, kind.extra).p50 as number);
    }
    const fastest = Math.min(...p50.main) / Math.min(...p50.base);
    const median = percentile(p50.main, 0.5) / percentile(p50.base, 0.5);
    console.log(`  separate processes, ${kind.name}, p50 of 9 each (ms): base ${ms(p50.base)}`);
    console.log(`  ${' '.repeat(kind.name.length + 49)}main ${ms(p50.main)}`);
    summary.push(`${kind.name}: fastest ${fmt(fastest)}, median ${fmt(median)}`);
  }
  console.log(`main ÷ base: both orders ${both.map(fmt).join(' · ')}`);
  for (const line of summary) console.log(`  separate processes, ${line}`);
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: root });
  rmSync(dir, { recursive: true, force: true });
}
