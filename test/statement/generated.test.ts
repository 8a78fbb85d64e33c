/**
 * The statement engine against every synthetic layout: all summary fields exact and transaction
 * F1 = 1.0, over several seeds and sizes. Prints the per-layout accuracy table it measured.
 */
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import type { ExpectedStatement } from '../../scripts/statements/types.js';
import { extractText } from '../../shared/pdf/extract.js';
import { parseStatement } from '../../shared/statement/parse.js';
import type { ParsedStatement } from '../../shared/statement/types.js';
import { MONEY_FIELDS, TEXT_FIELDS, toCents } from '../support/summary-fields.js';

const SUMMARY_FIELDS = [...TEXT_FIELDS, ...MONEY_FIELDS, 'apr'] as const;
const cents = toCents;

/** The parsed value of a summary field in the expected JSON's units. */
function got(p: ParsedStatement, field: (typeof SUMMARY_FIELDS)[number]): unknown {
  const v = p.summary[field];
  return v;
}
function want(e: ExpectedStatement, field: (typeof SUMMARY_FIELDS)[number]): unknown {
  const v = e[field];
  return typeof v === 'number' ? cents(v) : v;
}

/** A transaction as a comparable key: every field that must match. */
function key(t: {
  date: string;
  postDate: string | null;
  description: string;
  amount: number;
  type: string;
  foreign: { amount: number; currency: string } | null;
}): string {
  return JSON.stringify([
    t.date,
    t.postDate,
    t.description,
    t.amount,
    t.type,
    t.foreign?.amount ?? null,
    t.foreign?.currency ?? null,
  ]);
}

function f1(
  parsed: ParsedStatement,
  expected: ExpectedStatement,
): { f1: number; missing: string[]; extra: string[] } {
  const wantKeys = expected.transactions.map((t) =>
    key({
      ...t,
      amount: cents(t.amount) ?? 0,
      foreign: t.foreign ? { amount: cents(t.foreign.amount) ?? 0, currency: t.foreign.currency } : null,
    }),
  );
  const gotKeys = parsed.transactions.map(key);
  const pool = [...wantKeys];
  let tp = 0;
  const extra: string[] = [];
  for (const k of gotKeys) {
    const i = pool.indexOf(k);
    if (i >= 0) {
      pool.splice(i, 1);
      tp++;
    } else extra.push(k);
  }
  const precision = gotKeys.length ? tp / gotKeys.length : 1;
  const recall = wantKeys.length ? tp / wantKeys.length : 1;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    missing: pool,
    extra,
  };
}

const CASES = LAYOUTS.flatMap((layout) => [
  { layout, seed: 1, transactions: 25 },
  { layout, seed: 7, transactions: 2 },
  { layout, seed: 42, transactions: 120 },
]);

const table: string[] = [];
afterAll(() => {
  console.log(`layout      seed  txns  pages  fields  F1\n${table.join('\n')}`);
});

describe('every generated layout parses exactly', () => {
  test.each(CASES)(
    '$layout (seed $seed, $transactions transactions)',
    async ({ layout, seed, transactions }) => {
      const { pdf, expected } = await generateStatement({ layout, seed, transactions });
      const extracted = await extractText(new Uint8Array(pdf), { maxPages: 100 });
      const parsed = parseStatement(extracted.lines);
      const fieldDiffs = SUMMARY_FIELDS.filter(
        (f) => JSON.stringify(got(parsed, f)) !== JSON.stringify(want(expected, f)),
      );
      const score = f1(parsed, expected);
      table.push(
        `${layout.padEnd(11)} ${String(seed).padStart(4)}  ${String(expected.transactions.length).padStart(4)}  ${String(extracted.pages).padStart(5)}  ${SUMMARY_FIELDS.length - fieldDiffs.length}/${SUMMARY_FIELDS.length}  ${score.f1.toFixed(3)}`,
      );
      expect(fieldDiffs.map((f) => ({ f, got: got(parsed, f), want: want(expected, f) }))).toEqual([]);
      expect({ missing: score.missing.slice(0, 5), extra: score.extra.slice(0, 5) }).toEqual({
        missing: [],
        extra: [],
      });
      expect(parsed.checks.reconciled).toBe(true);
    },
  );
});
