/** The spending summary: totals, daily average, categories, top merchants, largest purchase. */

import { daysBetween } from '../statement/calendar.js';
import type { StatementSummary, TransactionType } from '../statement/types.js';
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

interface Tally {
  amount: number;
  count: number;
}

function byCategory(totals: Map<Category, Tally>, totalSpend: number): CategoryTotal[] {
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

function topMerchants(totals: Map<string, MerchantTotal>): MerchantTotal[] {
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
  // One pass instead of a filter per figure. Each figure still adds its transactions in statement
  // order, as the per-figure filters did, so the sums are the same.
  let spent = 0;
  let refunded = 0;
  let paidOrCredited = 0;
  const categories = new Map<Category, Tally>();
  const merchants = new Map<string, MerchantTotal>();
  let largest: AnalyzedTransaction | null = null;
  for (const t of transactions) {
    if (SPEND_TYPES.has(t.type)) {
      spent += t.amount;
      const entry = categories.get(t.category);
      if (entry) {
        entry.amount += t.amount;
        entry.count += 1;
      } else categories.set(t.category, { amount: 0 + t.amount, count: 1 });
    }
    if (t.type === 'credit') refunded += t.amount;
    if (t.type === 'payment' || t.type === 'credit') paidOrCredited += t.amount;
    if (t.type === 'purchase' && t.amount > 0) {
      const entry = merchants.get(t.merchant);
      if (entry) {
        entry.amount += t.amount;
        entry.count += 1;
      } else merchants.set(t.merchant, { merchant: t.merchant, amount: 0 + t.amount, count: 1 });
      if (largest === null || t.amount > largest.amount) largest = t;
    }
  }
  const totalSpend = spent + refunded;
  const days = periodDays(statement);
  return {
    totalSpend,
    totalCredits: -paidOrCredited,
    dailyAverage: days === null ? null : Math.round(totalSpend / days),
    byCategory: byCategory(categories, totalSpend),
    topMerchants: topMerchants(merchants),
    largest: largest
      ? { date: largest.date, description: largest.description, amount: largest.amount }
      : null,
  };
}
