/**
 * When a model's extraction may replace the local parse: only when the statement proves it. The
 * bar is the statement engine's `verified` level (both balances read, the summary equation holds,
 * the transactions account for the whole movement, no check fails) and no contradiction with a
 * figure the local parse read from the statement itself. Anything less keeps the local result.
 *
 * `provesStatement` asks the engine's own grade (`checks.level`, see statement/reconcile.ts) and
 * says in words why a reading falls short of it.
 */
import type { Checks, ParsedStatement, StatementSummary, Transaction } from '../statement/types.js';

/** Why an extraction was refused, in words safe for logs and `meta` (names of checks and fields, no values). */
export type Refusal = string;

/** Null when summary, transactions and checks reach the `verified` level; otherwise why not. */
export function provesStatement(
  summary: StatementSummary,
  transactions: readonly Transaction[],
  checks: Pick<Checks, 'level' | 'details'>,
): Refusal | null {
  // A model's rows could be fitted to the movement alone: from it we also need the box to add up.
  const equation = checks.details.some((d) => d.name === 'summary equation');
  if (checks.level === 'verified') return equation ? null : 'summary equation not checkable';
  if (summary.previousBalance === null || summary.newBalance === null) return 'balances not both read';
  if (transactions.length === 0) return 'no transactions';
  const failed = checks.details.filter((d) => !d.ok).map((d) => d.name);
  if (failed.length > 0) return `checks failed: ${failed.join(', ')}`;
  return 'transactions do not account for the movement';
}

/**
 * Figures a statement prints once and unambiguously: when the local parse read one and the model
 * says something else, one of them misread the statement, and only the local one is traceable.
 */
const ANCHORS = [
  'previousBalance',
  'newBalance',
  'minimumPayment',
  'creditLimit',
  'dueDate',
  'periodEnd',
] as const satisfies ReadonlyArray<keyof StatementSummary>;

/** The names of anchor figures where the model contradicts what the local parse read. */
export function contradictions(local: StatementSummary, model: StatementSummary): string[] {
  return ANCHORS.filter((k) => local[k] !== null && model[k] !== null && local[k] !== model[k]);
}

/** Null when `extraction` may replace `local`; otherwise the refusal for `meta` and the log. */
export function acceptExtraction(extraction: ParsedStatement, local: ParsedStatement): Refusal | null {
  const proof = provesStatement(extraction.summary, extraction.transactions, extraction.checks);
  if (proof !== null) return `not verified: ${proof}`;
  const clash = contradictions(local.summary, extraction.summary);
  if (clash.length > 0) return `contradicts the statement's ${clash.join(', ')}`;
  return null;
}
