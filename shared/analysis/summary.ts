/** The spending summary: totals, daily average, categories, top merchants, largest purchase. */
import type { StatementSummary, TransactionType } from '../statement/types.js';
import { daysBetween } from './format.js';
import type { AnalyzedTransaction, Category, CategoryTotal, MerchantTotal, SpendSummary } from './types.js';

/** Types that count as spending; credits (refunds) are netted against them in totalSpend. */
export const SPEND_TYPES: ReadonlySet<TransactionType> = new Set([
  'purchase',
  'cash_advance',
  'fee',
  'interest',
]);

const TOP_MERCHANTS = 10;

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function sum(txs: readonly AnalyzedTransaction[]): number {
  return txs.reduce((acc, t) => acc + t.amount, 0);
}

function byCategory(spending: readonly AnalyzedTransaction[], totalSpend: number): CategoryTotal[] {
  const totals = new Map<Category, { amount: number; count: number }>();
  for (const t of spending) {
    const entry = totals.get(t.category) ?? { amount: 0, count: 0 };
    entry.amount += t.amount;
    entry.count += 1;
    totals.set(t.category, entry);
  }
  return [...totals]
    .filter(([category]) => category !== 'Payments & Credits')
    .map(([category, { amount, count }]) => ({
      category,
      amount,
      count,
      share: totalSpend > 0 ? round4(amount / totalSpend) : 0,
    }))
    .sort((a, b) => b.amount - a.amount || a.category.localeCompare(b.category));
}

function topMerchants(purchases: readonly AnalyzedTransaction[]): MerchantTotal[] {
  const totals = new Map<string, MerchantTotal>();
  for (const t of purchases) {
    const entry = totals.get(t.merchant) ?? { merchant: t.merchant, amount: 0, count: 0 };
    entry.amount += t.amount;
    entry.count += 1;
    totals.set(t.merchant, entry);
  }
  return [...totals.values()]
    .sort((a, b) => b.amount - a.amount || b.count - a.count || a.merchant.localeCompare(b.merchant))
    .slice(0, TOP_MERCHANTS);
}

/** Days in the statement period, both ends included; null when either end is unknown. */
export function periodDays(summary: Pick<StatementSummary, 'periodStart' | 'periodEnd'>): number | null {
  if (!summary.periodStart || !summary.periodEnd) return null;
  const days = daysBetween(summary.periodStart, summary.periodEnd) + 1;
  return days > 0 ? days : null;
}

/** Builds the SpendSummary from analysed transactions (all figures integer cents). */
export function summarizeSpending(
  transactions: readonly AnalyzedTransaction[],
  statement: Pick<StatementSummary, 'periodStart' | 'periodEnd'>,
): SpendSummary {
  const spending = transactions.filter((t) => SPEND_TYPES.has(t.type));
  const refunds = transactions.filter((t) => t.type === 'credit');
  const totalSpend = sum(spending) + sum(refunds);
  const totalCredits = -sum(transactions.filter((t) => t.type === 'payment' || t.type === 'credit'));
  const days = periodDays(statement);
  const purchases = transactions.filter((t) => t.type === 'purchase' && t.amount > 0);
  const largest = purchases.reduce<AnalyzedTransaction | null>(
    (best, t) => (best === null || t.amount > best.amount ? t : best),
    null,
  );
  return {
    totalSpend,
    totalCredits,
    dailyAverage: days === null ? null : Math.round(totalSpend / days),
    byCategory: byCategory(spending, totalSpend),
    topMerchants: topMerchants(purchases),
    largest: largest
      ? { date: largest.date, description: largest.description, amount: largest.amount }
      : null,
  };
}
