/**
 * Checks the numbers to the cent: the summary equation, each transaction type against its summary
 * figure, and the transactions against the change in balance, and grades what they prove:
 * `verified` only when both balances were read, every check holds and the transactions account for
 * the whole movement between them; `partial` when the checks that could run held but that bar is
 * not met; `unverified` when a check failed or none could run. "Verified" is a claim to a person
 * about their money, so it needs the balances, not just a section total that happens to match.
 */
import { formatCents } from './money.js';
import type { Check, CheckLevel, Checks, StatementSummary, Transaction, TransactionType } from './types.js';

export interface ReconcileOptions {
  /** The statement prints one "Payments and credits" figure (held in `payments`, with credits 0). */
  combinedPaymentsCredits?: boolean;
  /**
   * One printed figure for every charge ("Purchases/ Charges", "Purchase/Debits" that include fees
   * and interest), kept out of `purchases`: checked against all charge rows, and in the equation
   * in place of the charge figures that are not printed apart.
   */
  debits?: number | null;
  /**
   * Whether the rows' types were printed (section headings, Dr/Cr columns) rather than inferred
   * from their descriptions. When inferred, a type total that differs from its figure is our
   * reading's split (one row holding a purchase and its fee), not the statement's arithmetic: it
   * is reported, but does not stop a statement whose balances, equation and rows all hold from
   * being verified.
   */
  typesPrinted?: boolean;
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
  // Indexed: for…of allocates an iterator result per row until this once-per-parse loop is optimised.
  for (let i = 0; i < txns.length; i++) {
    const t = txns[i] as Transaction;
    const abs = Math.abs(t.amount);
    if (Object.hasOwn(byType, t.type)) byType[t.type] += abs;
    if (t.type === 'payment' || t.type === 'credit') paymentsAndCredits += abs;
    total += t.amount;
  }
  return { byType, paymentsAndCredits, total };
}

/** Runs every check the statement's printed figures allow. */
export function reconcile(s: StatementSummary, txns: Transaction[], opts: ReconcileOptions = {}): Checks {
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
  const debits = opts.debits ?? null;
  if (debits !== null) components.push(debits);
  if (
    s.previousBalance !== null &&
    s.newBalance !== null &&
    components.filter((c) => c !== null).length >= 2
  ) {
    const charges =
      debits ?? v(s.purchases) + v(s.cashAdvances) + v(s.balanceTransfers) + v(s.fees) + v(s.interest);
    const actual = s.previousBalance - v(s.payments) - v(s.credits) + charges;
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
  if (debits !== null) {
    const b = sums.byType;
    perType.push(['charges', debits, b.purchase + b.fee + b.interest + b.cash_advance + b.balance_transfer]);
  }
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
  const level = levelOf(s, txns, details, opts.typesPrinted ?? true);
  return { reconciled: level === 'verified', level, details, gaps: details.filter((d) => !d.ok).map(gapOf) };
}

/** The grade the checks earn (see the file comment). */
function levelOf(
  s: StatementSummary,
  txns: Transaction[],
  details: Check[],
  typesPrinted: boolean,
): CheckLevel {
  const holds = (name: string) => details.some((d) => d.name === name && d.ok);
  const money = holds('transactions vs new balance') && holds('summary equation');
  const blocking = details.filter(
    (d) => !d.ok && (typesPrinted || !money || !d.name.endsWith(' vs transactions')),
  );
  if (details.length === 0 || blocking.length > 0) return 'unverified';
  const movement = details.some((d) => d.name === 'transactions vs new balance');
  return s.previousBalance !== null && s.newBalance !== null && movement && txns.length > 0
    ? 'verified'
    : 'partial';
}

/** A failed check in words, with the size of the gap: what a person reads beside "not verified". */
export function gapOf(d: Check): string {
  const gap = formatCents(Math.abs(d.actual - d.expected));
  if (d.name === 'summary equation') {
    return `the summary box does not add up: its figures give ${formatCents(d.actual)}, the printed new balance is ${formatCents(d.expected)} (${gap} apart)`;
  }
  if (d.name === 'transactions vs new balance') {
    const side = d.actual < d.expected ? 'short of' : 'over';
    return `the transactions are ${gap} ${side} the printed movement between the balances`;
  }
  const what = d.name.replace(/ vs transactions$/, '');
  const side = d.actual < d.expected ? 'short of' : 'over';
  return `the ${what} rows are ${gap} ${side} the printed ${what} figure`;
}
