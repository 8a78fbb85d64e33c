// One measuring process for bench/parse-compare.ts (plain JavaScript: it imports the two bundled
// engines, nothing of the repository's sources, so each process holds exactly what it measures).
//   node parse-compare-child.mjs bench A.mjs [EXTRA] DIR → the p50 of 9 parses of 200 pages, after the
//                                                     parser's calls of `npm run bench` (31 × 3 pages,
//                                                     11 × 30, 7 × 200) and EXTRA more of 200 pages
//   node parse-compare-child.mjs pair A.mjs B.mjs DIR → the median over 30 alternated pairs of B's time
//                                                     over A's, after that warm-up for both
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, ...args] = process.argv.slice(2);
const dir = args[args.length - 1];
const doc = (pages) => JSON.parse(readFileSync(join(dir, `lines-${pages}.json`), 'utf8'));
const [d3, d30, d200] = [doc(3), doc(30), doc(200)];
const load = async (file) => (await import(pathToFileURL(file).href)).parseStatement;

function warm(parse, extra = 0) {
  for (let i = 0; i < 31; i++) parse(d3);
  for (let i = 0; i < 11; i++) parse(d30);
  for (let i = 0; i < 7 + extra; i++) parse(d200);
}

function time(parse) {
  const t0 = performance.now();
  parse(d200);
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (mode === 'bench') {
  const parse = await load(args[0]);
  warm(parse, args.length > 2 ? Number(args[1]) : 0);
  const xs = [];
  for (let i = 0; i < 9; i++) xs.push(time(parse));
  console.log(JSON.stringify({ p50: median(xs) }));
} else if (mode === 'pair') {
  const [a, b] = [await load(args[0]), await load(args[1])];
  warm(a);
  warm(b);
  const ratios = [];
  for (let i = 0; i < 30; i++) {
    // Each pair in turn order: A first on even pairs, B first on odd ones.
    let ta;
    let tb;
    if (i % 2 === 0) {
      ta = time(a);
      tb = time(b);
    } else {
      tb = time(b);
      ta = time(a);
    }
    ratios.push(tb / ta);
  }
  console.log(JSON.stringify({ ratio: median(ratios) }));
} else {
  console.error('usage: parse-compare-child.mjs bench A.mjs [EXTRA] DIR | pair A.mjs B.mjs DIR');
  process.exit(2);
}
