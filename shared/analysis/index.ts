/**
 * Spending analysis on top of a parsed statement: merchant names, categories, recurring charges,
 * the spending summary and the insights. Pure and local; all money stays in integer cents.
 */
import type { ParsedStatement } from '../statement/types.js';
import { annotateTransactions } from './annotate.js';
import { dueDateInsight, utilizationInsight } from './insights-account.js';
import {
  foreignFeesInsight,
  type InsightInput,
  interestFeesInsight,
  minimumPaymentInsight,
} from './insights-cost.js';
import { duplicatesInsight, subscriptionsInsight, unusualInsight } from './insights-patterns.js';
import { detectSubscriptions } from './recurring.js';
import { summarizeSpending } from './summary.js';
import type { AnalyzedTransaction, Insight, SpendSummary } from './types.js';

export type { AnalysisInput } from './annotate.js';
export { acceptModelCategory, categorize, needsModelCategory } from './categorize.js';
export { cleanDescription } from './clean.js';
export { cleanMerchant } from './merchant.js';
export { simulateMinimumPayments } from './payoff.js';
export { categoryFromPrinted } from './printed.js';
export { detectSubscriptions } from './recurring.js';
export { type Retyped, retype } from './retype.js';
export { summarizeSpending } from './summary.js';

const SEVERITY_ORDER = { alert: 0, warning: 1, info: 2 } as const;

/** Analyses a parsed statement: transactions with merchant/category/recurring, the summary and insights. */
export function analyzeSpending(parsed: ParsedStatement): {
  transactions: AnalyzedTransaction[];
  summary: SpendSummary;
  insights: Insight[];
} {
  const { transactions, isKnown } = annotateTransactions(parsed.transactions);
  const subscriptions = detectSubscriptions(transactions, isKnown);
  // These objects are this call's own copies, so flagging them in place is safe.
  for (const s of subscriptions)
    for (const i of s.indices) (transactions[i] as AnalyzedTransaction).recurring = true;

  const input: InsightInput = { summary: parsed.summary, transactions };
  const insights = [
    ...interestFeesInsight(input),
    ...minimumPaymentInsight(input),
    ...foreignFeesInsight(input),
    ...utilizationInsight(input),
    ...dueDateInsight(input),
    ...subscriptionsInsight(input, subscriptions),
    ...duplicatesInsight(input),
    ...unusualInsight(input),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  return { transactions, summary: summarizeSpending(transactions, parsed.summary), insights };
}
