/** Insights from spending patterns: subscriptions, possible duplicates, unusually large purchases. */
import { daysBetween } from '../statement/calendar.js';
import { formatMoney, plural } from './format.js';
import type { InsightInput } from './insights-cost.js';
import type { Subscription } from './recurring.js';
import type { AnalyzedTransaction, Insight } from './types.js';

const DUPLICATE_WINDOW_DAYS = 2;
const UNUSUAL_FACTOR = 3;
/** Below this (in minor units) a purchase is never "unusual", whatever the median. */
const UNUSUAL_FLOOR = 10_000;
const UNUSUAL_MIN_PURCHASES = 8;
const LIST_MAX = 5;

/** Lists subscriptions with their monthly and yearly cost. */
export function subscriptionsInsight(
  { summary }: InsightInput,
  subscriptions: readonly Subscription[],
): Insight[] {
  if (subscriptions.length === 0) return [];
  const money = (c: number) => formatMoney(c, summary.currency);
  const monthly = subscriptions.reduce((s, x) => s + x.monthly, 0);
  const yearly = subscriptions.reduce((s, x) => s + x.yearly, 0);
  const list = subscriptions
    .map((s) => {
      const how = s.observed ? `${s.cadence}, seen ${s.charges}×` : 'assumed monthly';
      return `${s.merchant} ${money(s.monthly)}/month (${money(s.yearly)}/year; ${how})`;
    })
    .join('; ');
  return [
    {
      kind: 'subscriptions',
      severity: 'info',
      title: `${plural(subscriptions.length, 'subscription')} ${subscriptions.length === 1 ? 'costs' : 'cost'} about ${money(monthly)} a month`,
      detail: `${list}. Together about ${money(yearly)} a year; cancel the ones you no longer use.`,
      amount: monthly,
    },
  ];
}

/** Same merchant, same amount, within two days (payments excluded). */
export function duplicatesInsight({ summary, transactions }: InsightInput): Insight[] {
  // Only charges with the same merchant and amount can pair: group those first (by merchant, then
  // amount: no key string per charge), then walk each group in date order. A stable date sort of a
  // group gives the order a date sort of all charges would, so pairs are listed by (date, position).
  const groups = new Map<string, Map<number, number[]>>();
  // A loop, not forEach with an arrow: the arrow would be compiled again after each full collection.
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i] as AnalyzedTransaction;
    if (t.type === 'payment' || !(t.amount > 0)) continue;
    let byAmount = groups.get(t.merchant);
    if (!byAmount) {
      byAmount = new Map();
      groups.set(t.merchant, byAmount);
    }
    const g = byAmount.get(t.amount);
    if (g) g.push(i);
    else byAmount.set(t.amount, [i]);
  }
  const at = (i: number) => transactions[i] as AnalyzedTransaction;
  const found: Array<[number, AnalyzedTransaction, AnalyzedTransaction]> = [];
  for (const byAmount of groups.values()) {
    for (const group of byAmount.values()) {
      if (group.length < 2) continue;
      const g = group.sort((x, y) => byDate(at(x), at(y)));
      const used = new Set<number>();
      g.forEach((ai, k) => {
        if (used.has(k)) return;
        const a = at(ai);
        for (let m = k + 1; m < g.length; m++) {
          const b = at(g[m] as number);
          if (daysBetween(a.date, b.date) > DUPLICATE_WINDOW_DAYS) break;
          if (used.has(m)) continue;
          found.push([ai, a, b]);
          used.add(m);
        }
      });
    }
  }
  const pairs = found
    .sort((x, y) => byDate(x[1], y[1]) || x[0] - y[0])
    .map(([, a, b]): [AnalyzedTransaction, AnalyzedTransaction] => [a, b]);
  if (pairs.length === 0) return [];
  const money = (c: number) => formatMoney(c, summary.currency);
  const extra = pairs.reduce((s, [, b]) => s + b.amount, 0);
  const list = pairs
    .map(([a, b]) => `${a.merchant} ${money(a.amount)} on ${a.date} and ${b.date}`)
    .join('; ');
  return [
    {
      kind: 'duplicates',
      severity: 'warning',
      title: `${plural(pairs.length, 'possible duplicate charge')}`,
      detail: `${list}. If you made only one of each, ask the merchant or your card issuer to reverse ${money(extra)}.`,
      amount: extra,
    },
  ];
}

function byDate(a: AnalyzedTransaction, b: AnalyzedTransaction): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function median(values: readonly number[]): number {
  // A typed array sorts numbers natively, without a comparator call per comparison.
  const s = Float64Array.from(values).sort();
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// Module-level callbacks over every purchase: an inline arrow is compiled again after each full
// collection (V8 keeps optimised code only while a closure of it lives).
const isPurchase = (t: AnalyzedTransaction): boolean => t.type === 'purchase' && t.amount > 0;
const amountOf = (t: AnalyzedTransaction): number => t.amount;
const largestFirst = (a: AnalyzedTransaction, b: AnalyzedTransaction): number => b.amount - a.amount;

/** Purchases far above this statement's typical purchase (more than 3× the median, and above a floor). */
export function unusualInsight({ summary, transactions }: InsightInput): Insight[] {
  const purchases = transactions.filter(isPurchase);
  if (purchases.length < UNUSUAL_MIN_PURCHASES) return [];
  const typical = median(purchases.map(amountOf));
  const threshold = Math.max(typical * UNUSUAL_FACTOR, UNUSUAL_FLOOR);
  const unusual: AnalyzedTransaction[] = [];
  for (const t of purchases) if (t.amount > threshold) unusual.push(t);
  unusual.sort(largestFirst);
  if (unusual.length === 0) return [];
  const money = (c: number) => formatMoney(c, summary.currency);
  const shown = unusual.slice(0, LIST_MAX).map((t) => `${t.merchant} ${money(t.amount)} on ${t.date}`);
  const more = unusual.length > LIST_MAX ? ` and ${unusual.length - LIST_MAX} more` : '';
  return [
    {
      kind: 'unusual',
      severity: 'info',
      title: `${plural(unusual.length, 'unusually large purchase')}`,
      detail:
        `Your typical purchase this period was ${money(Math.round(typical))}; ` +
        `these were over ${UNUSUAL_FACTOR}× that: ${shown.join('; ')}${more}. Check you recognise them.`,
      amount: unusual.reduce((s, t) => s + t.amount, 0),
    },
  ];
}
