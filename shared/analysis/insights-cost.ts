/** Insights about what credit cost this period: interest and fees, minimum payments, foreign fees. */

import { daysBetween } from '../statement/calendar.js';
import type { StatementSummary } from '../statement/types.js';
import { feeKind } from './fees.js';
import { formatMoney, plural } from './format.js';
import { describeMonths, simulateMinimumPayments, US_MINIMUM_RULE } from './payoff.js';
import type { AnalyzedTransaction, Insight } from './types.js';

/** What every insight builder receives. */
export interface InsightInput {
  summary: StatementSummary;
  transactions: readonly AnalyzedTransaction[];
}

// Predicates over every transaction live at module level, not inline: V8 keeps a function's
// optimised code only while a closure of it lives, so an arrow created per call is compiled again
// after each full collection (docs/load.md, "Per-call closures").
const addAmount = (s: number, t: AnalyzedTransaction): number => s + t.amount;
const isFee = (t: AnalyzedTransaction): boolean => t.type === 'fee';
const isInterest = (t: AnalyzedTransaction): boolean => t.type === 'interest';
const isForeignFee = (t: AnalyzedTransaction): boolean =>
  t.type === 'fee' && feeKind(t.description)?.kind === 'foreign';
const isSpend = (t: AnalyzedTransaction): boolean =>
  (t.type === 'purchase' || t.type === 'cash_advance') && t.amount > 0;
const isForeign = (t: AnalyzedTransaction): boolean => t.foreign !== null;

function total(txs: readonly AnalyzedTransaction[]): number {
  return txs.reduce(addAmount, 0);
}

/** Interest and fees charged this period, each fee named, with how to avoid them. */
export function interestFeesInsight({ summary, transactions }: InsightInput): Insight[] {
  const feeTxs = transactions.filter(isFee);
  const interestTxs = transactions.filter(isInterest);
  // The printed summary box is authoritative; the lines fill in when it is missing.
  const interest = summary.interest ?? (interestTxs.length > 0 ? total(interestTxs) : 0);
  const fees = summary.fees ?? (feeTxs.length > 0 ? total(feeTxs) : 0);
  if (interest <= 0 && fees <= 0) return [];
  const money = (c: number) => formatMoney(c, summary.currency);

  const parts: string[] = [];
  const advice: string[] = [];
  if (interest > 0) {
    parts.push(`Interest: ${money(interest)}.`);
    const balance =
      summary.newBalance !== null && summary.newBalance > 0 ? ` (${money(summary.newBalance)})` : '';
    const due = summary.dueDate ? ` by ${summary.dueDate}` : ' by the due date';
    advice.push(`pay the full statement balance${balance}${due} to stop paying interest on purchases`);
  }
  if (fees > 0) {
    const named = new Map<string, number>();
    for (const t of feeTxs) {
      const kind = feeKind(t.description);
      const label = kind?.label ?? 'other fee';
      named.set(label, (named.get(label) ?? 0) + t.amount);
      if (kind && !advice.includes(kind.advice)) advice.push(kind.advice);
    }
    const list = [...named].map(([label, cents]) => `${label} ${money(cents)}`).join(', ');
    parts.push(`Fees: ${money(fees)}${list ? ` (${list})` : ''}.`);
  }
  const what = interest > 0 && fees > 0 ? 'interest and fees' : interest > 0 ? 'interest' : 'fees';
  return [
    {
      kind: 'interest_fees',
      severity: 'warning',
      title: `You paid ${money(interest + fees)} in ${what} this period`,
      detail: `${parts.join(' ')} To avoid them: ${advice.join('; ')}.`,
      amount: interest + fees,
    },
  ];
}

/** How long and how much paying only the minimum takes: the statement's own figures, else simulated. */
export function minimumPaymentInsight({ summary }: InsightInput): Insight[] {
  const balance = summary.newBalance;
  const money = (c: number, d = 2) => formatMoney(c, summary.currency, d);
  const warning = summary.minimumPaymentWarning;
  if (warning) {
    const months = (warning.years ?? 0) * 12 + (warning.months ?? 0);
    const duration = months > 0 ? describeMonths(months) : 'many years';
    const interest = balance !== null && balance > 0 ? warning.totalCost - balance : null;
    return [
      {
        kind: 'minimum_payment',
        severity: 'warning',
        title: `Paying only the minimum would take ${duration}`,
        detail:
          `Your statement says that paying only the minimum each month would take ${duration} ` +
          `and cost ${money(warning.totalCost, 0)} in total` +
          (interest !== null && interest > 0 ? `, about ${money(interest, 0)} more than the balance.` : '.'),
        amount: warning.totalCost,
      },
    ];
  }
  const apr = summary.apr.purchase;
  // The simulated rule is the US one; elsewhere minimums differ too much to state a figure.
  if (summary.currency !== 'USD' || apr === null || apr <= 0 || balance === null) return [];
  if (balance <= US_MINIMUM_RULE.floor) return [];
  const result = simulateMinimumPayments(balance, apr);
  if (!result.paidOff) return [];
  const duration = describeMonths(result.months);
  return [
    {
      kind: 'minimum_payment',
      severity: 'warning',
      title: `Paying only the minimum would take about ${duration}`,
      detail:
        `Estimated: paying only the minimum on ${money(balance)} at ${apr}% APR would take ${duration} ` +
        `and cost about ${money(result.totalPaid, 0)} in total (${money(result.totalInterest, 0)} interest). ` +
        `Assumes no new charges and a minimum of the month's interest plus ${US_MINIMUM_RULE.percentOfBalance}% ` +
        `of the balance, at least ${money(US_MINIMUM_RULE.floor, 0)}; your issuer's formula may differ.`,
      amount: result.totalPaid,
    },
  ];
}

/** Purchases that a foreign fee most likely belongs to: those in another currency, else same/previous day. */
function causes(fee: AnalyzedTransaction, purchases: readonly AnalyzedTransaction[]): AnalyzedTransaction[] {
  const near = purchases.filter((p) => {
    const gap = daysBetween(p.postDate ?? p.date, fee.postDate ?? fee.date);
    const gapByDate = daysBetween(p.date, fee.date);
    return (gap >= 0 && gap <= 1) || (gapByDate >= 0 && gapByDate <= 1);
  });
  // Foreign fees are a few percent of the purchase; prefer the one closest to 3%.
  const plausible = near.filter((p) => fee.amount <= p.amount * 0.05);
  const best = plausible.sort(
    (a, b) => Math.abs(fee.amount / a.amount - 0.03) - Math.abs(fee.amount / b.amount - 0.03),
  )[0];
  return best ? [best] : [];
}

/** Foreign transaction fees and the purchases that caused them. */
export function foreignFeesInsight({ summary, transactions }: InsightInput): Insight[] {
  const fees = transactions.filter(isForeignFee);
  const amount = total(fees);
  if (fees.length === 0 || amount <= 0) return [];
  const purchases = transactions.filter(isSpend);
  const foreign = purchases.filter(isForeign);
  const caused = foreign.length > 0 ? foreign : [...new Set(fees.flatMap((f) => causes(f, purchases)))];
  const money = (c: number) => formatMoney(c, summary.currency);
  const list = caused
    .map((p) => {
      const original = p.foreign ? ` (${formatMoney(p.foreign.amount, p.foreign.currency)})` : '';
      return `${p.merchant} ${money(p.amount)}${original} on ${p.date}`;
    })
    .join('; ');
  return [
    {
      kind: 'foreign_fees',
      severity: 'warning',
      title: `${money(amount)} in foreign transaction fees`,
      detail:
        `${plural(fees.length, 'foreign transaction fee')} totalling ${money(amount)}` +
        (caused.length > 0 ? `, charged on ${plural(caused.length, 'purchase')}: ${list}.` : '.') +
        ' A card without foreign transaction fees would have avoided them.',
      amount,
    },
  ];
}
