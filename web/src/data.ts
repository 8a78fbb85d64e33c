/** Figures the page derives from the Analysis JSON: spending per day or week, and the subscriptions list. */
import type { Analysis } from '../../shared/schema.js';
import { addDays, daysBetween } from './format.js';

type Tx = Analysis['transactions'][number];

/** Longer periods are drawn by week so bars stay readable. */
export const MAX_DAILY_BARS = 62;

export interface Bucket {
  /** First day of the bucket (ISO). */
  start: string;
  /** Last day of the bucket (ISO). */
  end: string;
  /** Charges in the bucket, in major units. */
  amount: number;
}

/** A charge raises what is owed for something bought: payments and refunds are not spending. */
export function isCharge(t: Tx): boolean {
  return t.amount > 0 && t.type !== 'payment';
}

/** The days the chart spans: the statement period, widened to any transaction outside it. */
export function chartRange(a: Analysis): { start: string; end: string } | null {
  const dates = a.transactions.map((t) => t.date).sort();
  const starts = [a.statement.periodStart, dates[0]].filter((d): d is string => !!d).sort();
  const ends = [a.statement.periodEnd, dates[dates.length - 1]].filter((d): d is string => !!d).sort();
  const start = starts[0];
  const end = ends[ends.length - 1];
  return start && end ? { start, end } : null;
}

/** Charges per day (or per week past MAX_DAILY_BARS days), every bucket present even when empty. */
export function spendingSeries(a: Analysis): { unit: 'day' | 'week'; buckets: Bucket[] } {
  const range = chartRange(a);
  if (!range) return { unit: 'day', buckets: [] };
  const days = daysBetween(range.start, range.end) + 1;
  const unit = days > MAX_DAILY_BARS ? 'week' : 'day';
  const width = unit === 'week' ? 7 : 1;
  const count = Math.ceil(days / width);
  const cents = new Array<number>(count).fill(0);
  for (const t of a.transactions) {
    if (!isCharge(t)) continue;
    const i = Math.floor(daysBetween(range.start, t.date) / width);
    if (i >= 0 && i < count) cents[i] = (cents[i] ?? 0) + Math.round(t.amount * 100);
  }
  const buckets = cents.map((c, i) => {
    const start = addDays(range.start, i * width);
    const last = addDays(start, width - 1);
    return { start, end: [last, range.end].sort()[0] ?? last, amount: c / 100 };
  });
  return { unit, buckets };
}

export interface SubscriptionRow {
  merchant: string;
  monthly: string;
  yearly: string;
  note: string;
}

// The subscriptions insight lists "<merchant> <money>/month (<money>/year; <how>)" joined by "; ".
const ITEM =
  /(?:^|; )(.+?) ((?:[A-Z]{3} )?[^\s\d]*[\d,.]+)\/month \(((?:[A-Z]{3} )?[^\s\d]*[\d,.]+)\/year; ([^)]*)\)/g;

/** The subscriptions the analysis found, with monthly and yearly cost as the insight words them. */
export function subscriptions(a: Analysis): SubscriptionRow[] {
  const insight = a.insights.find((i) => i.kind === 'subscriptions');
  if (!insight) return [];
  return [...insight.detail.matchAll(ITEM)].map((m) => ({
    merchant: m[1] ?? '',
    monthly: m[2] ?? '',
    yearly: m[3] ?? '',
    note: m[4] ?? '',
  }));
}
