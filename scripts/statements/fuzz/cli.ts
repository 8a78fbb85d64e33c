/**
 * Writes one fuzzed statement for inspection: `npx tsx scripts/statements/fuzz/cli.ts --seed N
 * [--out dir] [--transactions N] [--pages N]` → fuzz-N.pdf, fuzz-N.expected.json and
 * fuzz-N.layout.json in `dir` (default: a new folder under the system's temp dir, outside the repo).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFuzzed, layoutSignature } from './index.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    out: { type: 'string' },
    transactions: { type: 'string' },
    pages: { type: 'string' },
  },
});
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error('usage: cli.ts --seed N [--out dir] [--transactions N] [--pages N]');
  process.exit(2);
}
const dir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'fuzz-'));
mkdirSync(dir, { recursive: true });
const { pdf, expected, layout } = await generateFuzzed({
  seed,
  ...(values.transactions ? { transactions: Number(values.transactions) } : {}),
  ...(values.pages ? { pages: Number(values.pages) } : {}),
});
const base = join(dir, `fuzz-${seed}`);
writeFileSync(`${base}.pdf`, pdf);
writeFileSync(`${base}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
writeFileSync(`${base}.layout.json`, `${JSON.stringify(layout, null, 2)}\n`);
console.log(`${base}.pdf (${expected.transactions.length} rows)\n${layoutSignature(layout)}`);
