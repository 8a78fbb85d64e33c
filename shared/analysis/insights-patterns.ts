/** Insights from spending patterns: subscriptions, possible duplicates, unusually large purchases. */
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
  const charges = transactions
    .filter((t) => t.type !== 'payment' && t.amount > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Only charges with the same merchant and amount can pair: compare within those groups (in date
  // order), not across a whole busy window — a 9,000-row statement made the window scan O(n·window).
  const groups = new Map<string, number[]>();
  charges.forEach((t, i) => {
    const key = `${t.merchant}\u0000${t.amount}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const dayOf = (t: AnalyzedTransaction) => Date.parse(`${t.date}T00:00:00Z`) / 86_400_000;
  const found: Array<[number, AnalyzedTransaction, AnalyzedTransaction]> = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const used = new Set<number>();
    g.forEach((ai, k) => {
      if (used.has(ai)) return;
      const a = charges[ai] as AnalyzedTransaction;
      for (let m = k + 1; m < g.length; m++) {
        const bi = g[m] as number;
        const b = charges[bi] as AnalyzedTransaction;
        if (dayOf(b) - dayOf(a) > DUPLICATE_WINDOW_DAYS) break;
        if (used.has(bi)) continue;
        found.push([ai, a, b]);
        used.add(bi);
      }
    });
  }
  const pairs = found
    .sort((x, y) => x[0] - y[0])
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

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Purchases far above this statement's typical purchase (more than 3× the median, and above a floor). */
export function unusualInsight({ summary, transactions }: InsightInput): Insight[] {
  const purchases = transactions.filter((t) => t.type === 'purchase' && t.amount > 0);
  if (purchases.length < UNUSUAL_MIN_PURCHASES) return [];
  const typical = median(purchases.map((t) => t.amount));
  const threshold = Math.max(typical * UNUSUAL_FACTOR, UNUSUAL_FLOOR);
  const unusual = purchases.filter((t) => t.amount > threshold).sort((a, b) => b.amount - a.amount);
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
