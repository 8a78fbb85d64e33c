/**
 * Subscriptions followed across statements: every charge the analysis marked recurring, grouped by
 * merchant, in date order, with the first and last time it was seen and each change of price.
 */
import type { Analysis } from '../schema.js';
import type { Subscription } from '../schema-combined.js';

/** Major units to integer cents (Analysis amounts have at most two decimals). */
export function cents(major: number): number {
  return Math.round(major * 100);
}

interface Charge {
  date: string;
  amount: number;
  statement: number;
}

/** Recurring charges across `statements` (one currency), biggest total first. */
export function trackSubscriptions(statements: readonly Analysis[]): Subscription[] {
  const byMerchant = new Map<string, Charge[]>();
  statements.forEach((a, statement) => {
    for (const t of a.transactions) {
      // A refund of a subscription is not a price: only charges are followed.
      if (!t.recurring || t.amount <= 0) continue;
      const list = byMerchant.get(t.merchant) ?? [];
      list.push({ date: t.date, amount: cents(t.amount), statement });
      byMerchant.set(t.merchant, list);
    }
  });
  const out: Subscription[] = [];
  for (const [merchant, charges] of byMerchant) {
    charges.sort((x, y) => x.date.localeCompare(y.date));
    const first = charges[0] as Charge;
    const last = charges[charges.length - 1] as Charge;
    const priceChanges: Subscription['priceChanges'] = [];
    for (let i = 1; i < charges.length; i++) {
      const before = charges[i - 1] as Charge;
      const now = charges[i] as Charge;
      if (now.amount !== before.amount)
        priceChanges.push({ date: now.date, from: before.amount / 100, to: now.amount / 100 });
    }
    out.push({
      merchant,
      firstSeen: first.date,
      lastSeen: last.date,
      charges: charges.length,
      statements: new Set(charges.map((c) => c.statement)).size,
      total: charges.reduce((sum, c) => sum + c.amount, 0) / 100,
      latestAmount: last.amount / 100,
      priceChanges,
    });
  }
  return out.sort((x, y) => y.total - x.total || x.merchant.localeCompare(y.merchant));
}
