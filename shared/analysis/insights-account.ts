/** Insights about the account itself: how much of the limit is used, and what is due when. */
import { feeKind, mentionsPenaltyApr } from './fees.js';
import { formatMoney } from './format.js';
import type { InsightInput } from './insights-cost.js';
import type { AnalyzedTransaction, Insight, Severity } from './types.js';

const WARN_ABOVE = 0.3;
const ALERT_ABOVE = 0.9;

/** New balance against the credit limit: warning above 30%, alert above 90%. */
export function utilizationInsight({ summary }: InsightInput): Insight[] {
  const { newBalance, creditLimit } = summary;
  if (newBalance === null || creditLimit === null || creditLimit <= 0 || newBalance < 0) return [];
  const ratio = newBalance / creditLimit;
  const percent = Math.round(ratio * 100);
  const severity: Severity = ratio > ALERT_ABOVE ? 'alert' : ratio > WARN_ABOVE ? 'warning' : 'info';
  const money = (c: number) => formatMoney(c, summary.currency);
  const advice =
    severity === 'info'
      ? 'Keeping it under 30% helps your credit score.'
      : severity === 'warning'
        ? 'Above 30% can lower your credit score; paying down the balance before the statement date helps.'
        : `You are ${ratio > 1 ? 'over' : 'close to'} the limit: further charges may be declined or bring over-limit fees, and your credit score suffers.`;
  return [
    {
      kind: 'utilization',
      severity,
      title: `You are using ${percent}% of your credit limit`,
      detail: `Balance ${money(newBalance)} of a ${money(creditLimit)} limit (${(ratio * 100).toFixed(1)}%). ${advice}`,
      amount: newBalance,
    },
  ];
}

// Module-level predicates: an inline arrow is compiled again after each full collection (insights-cost.ts).
const isLateFee = (t: AnalyzedTransaction): boolean =>
  t.type === 'fee' && feeKind(t.description)?.kind === 'late';
const isPenaltyRow = (t: AnalyzedTransaction): boolean =>
  (t.type === 'fee' || t.type === 'interest') && mentionsPenaltyApr(t.description);

/** The due date and minimum payment; an alert when a late fee or penalty APR shows up. */
export function dueDateInsight({ summary, transactions }: InsightInput): Insight[] {
  const { dueDate, minimumPayment, newBalance } = summary;
  const lateFee = transactions.some(isLateFee);
  const penalty = transactions.some(isPenaltyRow);
  const owes = newBalance === null || newBalance > 0;
  if (!lateFee && !penalty && (!owes || (dueDate === null && minimumPayment === null))) return [];
  const money = (c: number) => formatMoney(c, summary.currency);

  const sentences: string[] = [];
  if (owes && minimumPayment !== null) {
    sentences.push(`Minimum payment ${money(minimumPayment)}${dueDate ? ` due ${dueDate}` : ''}.`);
  } else if (owes && dueDate) {
    sentences.push(`Payment due ${dueDate}.`);
  }
  if (owes && newBalance !== null) {
    sentences.push(`Paying the full ${money(newBalance)} by then avoids interest on purchases.`);
  }
  if (lateFee) sentences.push('A late fee was charged this period: a payment arrived after its due date.');
  if (penalty)
    sentences.push('A penalty APR appears on this statement, which raises the interest on the balance.');
  if (lateFee || penalty)
    sentences.push('Autopay for at least the minimum prevents late fees and penalty rates.');

  const alert = lateFee || penalty;
  const title = alert
    ? lateFee
      ? 'A late payment fee was charged'
      : 'A penalty interest rate applies'
    : dueDate
      ? `Payment due ${dueDate}`
      : 'Payment reminder';
  return [
    {
      kind: 'due_date',
      severity: alert ? 'alert' : 'info',
      title,
      detail: sentences.join(' '),
      amount: minimumPayment,
    },
  ];
}
