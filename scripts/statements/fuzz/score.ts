/**
 * Scores a parse against a fuzzed statement's expected values: summary fields right out of total
 * (with the wrong ones listed), transaction precision, recall and F1 (exact rows, and a loose
 * date-and-amount match that tells lost rows from misread ones), and the verification level.
 */
import type { ParsedStatement, Transaction } from '../../../shared/statement/types.js';
import { MONEY_FIELDS, TEXT_FIELDS } from '../summary-fields.js';
import type { ExpectedStatement, ExpectedTransaction } from '../types.js';

// The fuzz report counts "reconciled with a wrong figure" over the money fields.
export { MONEY_FIELDS } from '../summary-fields.js';

export interface FieldMiss {
  field: string;
  want: unknown;
  got: unknown;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ParseScore {
  fields: { right: number; total: number; wrong: FieldMiss[] };
  transactions: Prf & { expected: number; parsed: number; missing: string[]; extra: string[] };
  /** Rows matched on date and amount only. */
  loose: Prf;
  level: string;
  reconciled: boolean;
}

const cents = (n: number | null): number | null => (n === null ? null : Math.round(n * 100));

function exactKey(t: {
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
    t.description.replace(/\s+/g, ' ').trim(),
    t.amount,
    t.type,
    t.foreign?.amount ?? null,
    t.foreign?.currency ?? null,
  ]);
}

function expectedRow(t: ExpectedTransaction): Transaction {
  return {
    ...t,
    amount: cents(t.amount) ?? 0,
    foreign: t.foreign ? { amount: cents(t.foreign.amount) ?? 0, currency: t.foreign.currency } : null,
  };
}

/** Multiset matching of two key lists. */
function match(want: string[], got: string[]): Prf & { missing: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const k of want) pool.set(k, (pool.get(k) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const k of got) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      pool.set(k, n - 1);
      tp++;
    } else extra.push(k);
  }
  const missing = [...pool].flatMap(([k, n]) => Array<string>(n).fill(k));
  const precision = got.length ? tp / got.length : want.length ? 0 : 1;
  const recall = want.length ? tp / want.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, missing, extra };
}

/** Compares a parse (null when the engine threw) with the expected statement. */
export function scoreParse(expected: ExpectedStatement, parsed: ParsedStatement | null): ParseScore {
  const wrong: FieldMiss[] = [];
  const s = parsed?.summary;
  // A refusal reads nothing: even the fields whose expected value is null count as wrong.
  const differs = (got: unknown, want: unknown): boolean => !s || got !== want;
  for (const f of TEXT_FIELDS) {
    const got = s ? s[f] : null;
    if (differs(got, expected[f])) wrong.push({ field: f, want: expected[f], got });
  }
  for (const f of MONEY_FIELDS) {
    const want = cents(expected[f]);
    const got = s ? s[f] : null;
    if (differs(got, want)) wrong.push({ field: f, want, got });
  }
  for (const f of ['purchase', 'cashAdvance'] as const) {
    const got = s ? s.apr[f] : null;
    if (differs(got, expected.apr[f])) wrong.push({ field: `apr.${f}`, want: expected.apr[f], got });
  }
  const total = TEXT_FIELDS.length + MONEY_FIELDS.length + 2;
  const wantRows = expected.transactions.map(expectedRow);
  const gotRows = parsed?.transactions ?? [];
  const exact = match(wantRows.map(exactKey), gotRows.map(exactKey));
  const loose = match(
    wantRows.map((t) => `${t.date}|${t.amount}`),
    gotRows.map((t) => `${t.date}|${t.amount}`),
  );
  const checks = parsed?.checks as (ParsedStatement['checks'] & { level?: string }) | undefined;
  const reconciled = checks?.reconciled ?? false;
  return {
    fields: { right: total - wrong.length, total, wrong },
    transactions: {
      precision: exact.precision,
      recall: exact.recall,
      f1: exact.f1,
      expected: wantRows.length,
      parsed: gotRows.length,
      missing: exact.missing,
      extra: exact.extra,
    },
    loose: { precision: loose.precision, recall: loose.recall, f1: loose.f1 },
    level: checks?.level ?? (parsed ? (reconciled ? 'verified' : 'unverified') : 'error'),
    reconciled,
  };
}
