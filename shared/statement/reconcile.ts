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

/** |amount| summed per type (and payments with credits together), plus the signed total. */
interface Sums {
  byType: Record<TransactionType, number>;
  paymentsAndCredits: number;
  total: number;
}

/** One pass over the transactions; each sum adds in transaction order, as separate passes would. */
function sumsOf(txns: Transaction[]): Sums {
  const byType: Record<TransactionType, number> = {
    purchase: 0,
    payment: 0,
    credit: 0,
    fee: 0,
    interest: 0,
    cash_advance: 0,
    balance_transfer: 0,
  };
  let paymentsAndCredits = 0;
  let total = 0;
  for (const t of txns) {
    const abs = Math.abs(t.amount);
    if (Object.hasOwn(byType, t.type)) byType[t.type] += abs;
    if (t.type === 'payment' || t.type === 'credit') paymentsAndCredits += abs;
    total += t.amount;
  }
  return { byType, paymentsAndCredits, total };
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
  const sums = sumsOf(txns);
  const perType: Array<[string, number | null, number]> = [
    ['payments', s.payments, opts.combinedPaymentsCredits ? sums.paymentsAndCredits : sums.byType.payment],
    ['credits', opts.combinedPaymentsCredits ? null : s.credits, sums.byType.credit],
    ['purchases', s.purchases, sums.byType.purchase],
    ['cash advances', s.cashAdvances, sums.byType.cash_advance],
    ['balance transfers', s.balanceTransfers, sums.byType.balance_transfer],
    ['fees', s.fees, sums.byType.fee],
    ['interest', s.interest, sums.byType.interest],
  ];
  for (const [name, figure, actual] of perType) {
    if (figure === null) continue;
    details.push({ name: `${name} vs transactions`, expected: figure, actual, ok: actual === figure });
  }
  if (s.previousBalance !== null && s.newBalance !== null && txns.length > 0) {
    const actual = s.previousBalance + sums.total;
    details.push({
      name: 'transactions vs new balance',
      expected: s.newBalance,
      actual,
      ok: actual === s.newBalance,
    });
  }
  return { reconciled: details.length > 0 && details.every((d) => d.ok), details };
}
