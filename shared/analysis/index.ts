/**
 * Spending analysis on top of a parsed statement: merchant names, categories, recurring charges,
 * the spending summary and the insights. Pure and local; all money stays in integer cents.
 */
import type { ParsedStatement } from '../statement/types.js';
import { categorize } from './categorize.js';
import { dueDateInsight, utilizationInsight } from './insights-account.js';
import {
  foreignFeesInsight,
  type InsightInput,
  interestFeesInsight,
  minimumPaymentInsight,
} from './insights-cost.js';
import { duplicatesInsight, subscriptionsInsight, unusualInsight } from './insights-patterns.js';
import { cleanMerchant } from './merchant.js';
import { detectSubscriptions } from './recurring.js';
import { summarizeSpending } from './summary.js';
import type { AnalyzedTransaction, Category, Insight, SpendSummary } from './types.js';

export { categorize } from './categorize.js';
export { cleanMerchant } from './merchant.js';
export { simulateMinimumPayments } from './payoff.js';
export { detectSubscriptions } from './recurring.js';
export { summarizeSpending } from './summary.js';

const SEVERITY_ORDER = { alert: 0, warning: 1, info: 2 } as const;

/** Analyses a parsed statement: transactions with merchant/category/recurring, the summary and insights. */
export function analyzeSpending(parsed: ParsedStatement): {
  transactions: AnalyzedTransaction[];
  summary: SpendSummary;
  insights: Insight[];
} {
  // Statements repeat their merchants (the same shop, the same subscription): clean and categorise
  // each distinct description once.
  const merchants = new Map<string, string>();
  const categories = new Map<string, Category>();
  const base: AnalyzedTransaction[] = parsed.transactions.map((t) => {
    let merchant = merchants.get(t.description);
    if (merchant === undefined) {
      merchant = cleanMerchant(t.description);
      merchants.set(t.description, merchant);
    }
    const key = `${t.type}\u0000${t.description}`;
    let category = categories.get(key);
    if (category === undefined) {
      category = categorize(t.description, t.type);
      categories.set(key, category);
    }
    return { ...t, merchant, category, recurring: false };
  });
  const subscriptions = detectSubscriptions(base);
  const recurring = new Set(subscriptions.flatMap((s) => s.indices));
  const transactions = base.map((t, i) => (recurring.has(i) ? { ...t, recurring: true } : t));

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
