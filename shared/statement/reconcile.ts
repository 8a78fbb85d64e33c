/**
 * Checks the numbers to the cent: the summary equation, each transaction type against its summary
 * figure, and the transactions against the change in balance. `reconciled` is true only when at
 * least one check could run and every check that could run holds.
 */
import type { Check, StatementSummary, Transaction, TransactionType } from './types.js';

export interface ReconcileOptions {
  /** The statement prints one "Payments and credits" figure (held in `payments`, with credits 0). */
  combinedPaymentsCredits?: boolean;
}

/** Sum of |amount| of the transactions of the given types. */
function sumOf(txns: Transaction[], types: TransactionType[]): number {
  let s = 0;
  for (const t of txns) if (types.includes(t.type)) s += Math.abs(t.amount);
  return s;
}

/** Runs every check the statement's printed figures allow. */
export function reconcile(
  s: StatementSummary,
  txns: Transaction[],
  opts: ReconcileOptions = {},
): { reconciled: boolean; details: Check[] } {
  const details: Check[] = [];
  const v = (n: number | null) => n ?? 0;
  const components = [
    s.payments,
    s.credits,
    s.purchases,
    s.cashAdvances,
    s.balanceTransfers,
    s.fees,
    s.interest,
  ];
  // With fewer than two printed components the equation says nothing the transactions check doesn't.
  if (
    s.previousBalance !== null &&
    s.newBalance !== null &&
    components.filter((c) => c !== null).length >= 2
  ) {
    const actual =
      s.previousBalance -
      v(s.payments) -
      v(s.credits) +
      v(s.purchases) +
      v(s.cashAdvances) +
      v(s.balanceTransfers) +
      v(s.fees) +
      v(s.interest);
    details.push({ name: 'summary equation', expected: s.newBalance, actual, ok: actual === s.newBalance });
  }
  const perType: Array<[string, number | null, TransactionType[]]> = [
    ['payments', s.payments, opts.combinedPaymentsCredits ? ['payment', 'credit'] : ['payment']],
    ['credits', opts.combinedPaymentsCredits ? null : s.credits, ['credit']],
    ['purchases', s.purchases, ['purchase']],
    ['cash advances', s.cashAdvances, ['cash_advance']],
    ['balance transfers', s.balanceTransfers, ['balance_transfer']],
    ['fees', s.fees, ['fee']],
    ['interest', s.interest, ['interest']],
  ];
  for (const [name, figure, types] of perType) {
    if (figure === null) continue;
    const actual = sumOf(txns, types);
    details.push({ name: `${name} vs transactions`, expected: figure, actual, ok: actual === figure });
  }
  if (s.previousBalance !== null && s.newBalance !== null && txns.length > 0) {
    const actual = s.previousBalance + txns.reduce((sum, t) => sum + t.amount, 0);
    details.push({
      name: 'transactions vs new balance',
      expected: s.newBalance,
      actual,
      ok: actual === s.newBalance,
    });
  }
  return { reconciled: details.length > 0 && details.every((d) => d.ok), details };
}
