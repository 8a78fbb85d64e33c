/**
 * Writes synthetic statements to disk (the library itself stays in memory).
 *   npm run generate                          → examples/statement.pdf + examples/statement.expected.json
 *   npm run generate -- --out <dir> --all     → every layout, a normal and a long variant each
 *   npm run generate -- --out <dir> --layout albion --seed 7 [--pages 30] [--transactions 60] [--password pw]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateOptions, generateStatement, LAYOUTS, type LayoutName } from './statements/index.js';

/** The default example: the US layout, 25 transactions, a December→January cycle, 2 pages, with a
 * refund, a duplicate charge, a foreign purchase and its fee, a late fee and interest. */
const EXAMPLE: GenerateOptions = { layout: 'northwind', seed: 1187, transactions: 25 };
/** Seeds for --all: a normal statement, and a long one (seed ≡ 11 mod 12: December→January). */
const ALL_VARIANTS: ReadonlyArray<Omit<GenerateOptions, 'layout'>> = [
  { seed: 1, transactions: 25 },
  { seed: 23, pages: 6 },
];

function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i] ?? '';
    if (!key.startsWith('--')) throw new Error(`unexpected argument: ${key}`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args.set(key.slice(2), 'true');
    else {
      args.set(key.slice(2), next);
      i++;
    }
  }
  return args;
}

async function write(dir: string, base: string, options: GenerateOptions): Promise<void> {
  const started = Date.now();
  const { pdf, expected } = await generateStatement(options);
  writeFileSync(join(dir, `${base}.pdf`), pdf);
  writeFileSync(
    join(dir, base.endsWith('statement') ? `${base}.expected.json` : `${base}.json`),
    `${JSON.stringify(expected, null, 2)}\n`,
  );
  const ms = Date.now() - started;
  console.log(`${base}: ${expected.transactions.length} transactions, ${pdf.length} bytes, ${ms} ms`);
}

function intArg(args: Map<string, string>, key: string): number | undefined {
  const raw = args.get(key);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${key} must be a non-negative integer`);
  return n;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.size === 0) {
    const dir = fileURLToPath(new URL('../examples/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    await write(dir, 'statement', EXAMPLE);
    return;
  }
  const dir = resolve(args.get('out') ?? '.');
  mkdirSync(dir, { recursive: true });
  if (args.has('all')) {
    for (const layout of LAYOUTS) {
      for (const [i, variant] of ALL_VARIANTS.entries())
        await write(dir, `${layout}-${i + 1}`, { layout, ...variant });
    }
    return;
  }
  const layout = (args.get('layout') ?? 'northwind') as LayoutName;
  if (!LAYOUTS.includes(layout)) throw new Error(`--layout must be one of: ${LAYOUTS.join(', ')}`);
  const seed = intArg(args, 'seed') ?? 1;
  const options: GenerateOptions = { layout, seed };
  const transactions = intArg(args, 'transactions');
  const pages = intArg(args, 'pages');
  if (transactions !== undefined) options.transactions = transactions;
  if (pages !== undefined) options.pages = pages;
  if (args.has('password')) options.userPassword = args.get('password');
  await write(dir, `${layout}-${seed}`, options);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
