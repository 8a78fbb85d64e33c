/**
 * Subscriptions and other recurring charges: merchants known to bill on a schedule, and charges
 * that repeat with the same merchant, an amount within 10%, at a weekly, fortnightly or monthly
 * interval. One statement rarely shows a monthly charge twice, so known merchants count on one charge.
 */

import { perKey } from '../per-key.js';
import { dayNumber, daysBetween } from '../statement/calendar.js';
import type { Cents } from '../statement/types.js';
import { lazily } from './knowledge.js';
import { SUBSCRIPTION_MERCHANTS } from './rules.js';
import { longestMatch, normalizeText, prepareTerms } from './text.js';
import type { AnalyzedTransaction } from './types.js';

export type Cadence = 'weekly' | 'fortnightly' | 'monthly';

export interface Subscription {
  merchant: string;
  cadence: Cadence;
  /** True when the cadence was observed; false when assumed monthly for a known merchant. */
  observed: boolean;
  charges: number;
  /** Average charge, in cents. */
  amount: Cents;
  monthly: Cents;
  yearly: Cents;
  /** Positions of its charges in the transaction list. */
  indices: number[];
}

const known = lazily(() => prepareTerms(SUBSCRIPTION_MERCHANTS));
const SIMILAR = 0.1;
// Two similar food orders a week apart are a habit, not a plan: short cadences need three charges.
// A monthly charge can appear only twice in one statement, so two are enough there.
const CADENCES: readonly { cadence: Cadence; min: number; max: number; perYear: number; charges: number }[] =
  [
    { cadence: 'weekly', min: 6, max: 8, perYear: 52, charges: 3 },
    { cadence: 'fortnightly', min: 13, max: 16, perYear: 26, charges: 3 },
    { cadence: 'monthly', min: 26, max: 35, perYear: 12, charges: 2 },
  ];

/** True when a description names a merchant that bills on a schedule. */
export function isKnownSubscription(description: string): boolean {
  return isKnownWords(normalizeText(description));
}

/** isKnownSubscription for a description already passed through normalizeText. */
export function isKnownWords(text: string): boolean {
  return longestMatch(text, known()) !== null;
}

function similar(a: Cents, b: Cents): boolean {
  return Math.abs(a - b) <= SIMILAR * Math.max(Math.abs(a), Math.abs(b));
}

/** The positions by ascending amount, equal amounts in position order (a stable sort's result). */
function byAmount(indices: readonly number[], txs: readonly AnalyzedTransaction[]): number[] {
  const compared = () => [...indices].sort((a, b) => (txs[a]?.amount ?? 0) - (txs[b]?.amount ?? 0));
  // Whole-cent amounts and positions pack exactly into one number, amount × scale + position,
  // which a typed array sorts natively; a comparator sort calls back into JS per comparison, but
  // for a handful of charges it costs less than allocating the typed array.
  if (indices.length < 16) return compared();
  let scale = 1;
  while (scale <= txs.length) scale *= 2;
  const keys = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const amount = txs[i]?.amount ?? 0;
    const key = amount * scale + i;
    if (!Number.isInteger(amount) || amount <= 0 || !Number.isSafeInteger(key)) return compared();
    keys[k] = key;
  }
  return Array.from(keys.sort(), (key) => key % scale);
}

/** Splits one merchant's charges (positions in ascending order) into groups of similar amounts. */
function amountClusters(indices: number[], txs: readonly AnalyzedTransaction[]): number[][] {
  const sorted = byAmount(indices, txs);
  const clusters: number[][] = [];
  for (const i of sorted) {
    const current = clusters[clusters.length - 1];
    const first = current?.[0];
    if (current && first !== undefined && similar(txs[first]?.amount ?? 0, txs[i]?.amount ?? 0))
      current.push(i);
    else clusters.push([i]);
  }
  return clusters;
}

function observedCadence(
  cluster: number[],
  txs: readonly AnalyzedTransaction[],
): (typeof CADENCES)[number] | null {
  if (cluster.length < 2 || !cadencePossible(cluster, txs)) return null;
  const dates = cluster.map((i) => txs[i]?.date ?? '').sort();
  const gaps = dates.slice(1).map((d, k) => daysBetween(dates[k] ?? d, d));
  return (
    CADENCES.find((c) => cluster.length >= c.charges && gaps.every((g) => g >= c.min && g <= c.max)) ?? null
  );
}

/**
 * False when no cadence can fit, found without sorting: charges min..max days apart span between
 * (n − 1)·min and (n − 1)·max days from the first to the last (every gap is positive, so the dates
 * sorted are in day order), and a merchant's hundreds of irregular charges on a long statement
 * span nothing like that. True (try) when a date is not plain ISO and only Date can read it.
 */
function cadencePossible(cluster: readonly number[], txs: readonly AnalyzedTransaction[]): boolean {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const i of cluster) {
    const day = dayNumber(txs[i]?.date ?? '');
    if (day === null) return true;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const span = last - first;
  const gaps = cluster.length - 1;
  return CADENCES.some((c) => cluster.length >= c.charges && span >= c.min * gaps && span <= c.max * gaps);
}

/**
 * Finds subscriptions among the purchases; `indices` point into `txs`. `isKnown` answers
 * isKnownSubscription for `txs[index]`'s description; a caller that has already read each
 * description can answer it cheaper (by position, without looking the description up).
 */
export function detectSubscriptions(
  txs: readonly AnalyzedTransaction[],
  isKnown: (description: string, index: number) => boolean = perKey(isKnownSubscription),
): Subscription[] {
  const byMerchant = new Map<string, number[]>();
  // A loop, not forEach with an arrow: the arrow would be compiled again after each full collection.
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i] as AnalyzedTransaction;
    if (t.type !== 'purchase' || t.amount <= 0) continue;
    const list = byMerchant.get(t.merchant);
    if (list) list.push(i);
    else byMerchant.set(t.merchant, [i]);
  }
  const found: Subscription[] = [];
  for (const [merchant, indices] of byMerchant) {
    for (const cluster of amountClusters(indices, txs)) {
      const seen = observedCadence(cluster, txs);
      // Only asked when no cadence was seen: a known name matters only then.
      if (!seen && !cluster.some((i) => isKnown(txs[i]?.description ?? '', i))) continue;
      const cadence = seen ?? CADENCES[2];
      if (!cadence) continue;
      const amount = Math.round(cluster.reduce((s, i) => s + (txs[i]?.amount ?? 0), 0) / cluster.length);
      found.push({
        merchant,
        cadence: cadence.cadence,
        observed: seen !== null,
        charges: cluster.length,
        amount,
        monthly: Math.round((amount * cadence.perYear) / 12),
        yearly: amount * cadence.perYear,
        indices: [...cluster].sort((a, b) => a - b),
      });
    }
  }
  return found.sort((a, b) => b.monthly - a.monthly || a.merchant.localeCompare(b.merchant));
}
