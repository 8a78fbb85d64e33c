/**
 * Turns the model's replies into our model: major units to integer cents, sign conventions
 * enforced, and checks that are not expressible in JSON Schema (index ranges, lengths).
 */
import type { Category } from '../analysis/types.js';
import { reconcile } from '../statement/reconcile.js';
import type { Cents, ParsedStatement, StatementSummary, Transaction } from '../statement/types.js';
import type { EnrichmentReply, ExtractionReply } from './schemas.js';
import { safeDescription, safeMerchant, safeNarrative } from './untrusted.js';

/** A merchant/category the model proposes for one transaction (0-based index). */
export interface Override {
  index: number;
  merchant: string;
  category: Category;
}

/** Major units (as printed) to integer cents; null for non-finite or absurd values. */
export function toCents(major: number): Cents | null {
  if (!Number.isFinite(major) || Math.abs(major) >= 1e11) return null;
  // Round the magnitude so both signs round alike (Math.round(-0.5) is -0, Math.round(0.5) is 1).
  const cents = Math.round(Math.abs(major) * 100);
  return major < 0 && cents !== 0 ? -cents : cents;
}

/** The enrichment reply as 0-based overrides; numbers outside 1..count and empty or unsafe names are dropped, first one wins. */
export function enrichmentOverrides(reply: EnrichmentReply, count: number): Override[] {
  const seen = new Set<number>();
  const out: Override[] = [];
  for (const item of reply.transactions) {
    const index = item.index - 1;
    const merchant = safeMerchant(item.merchant);
    if (index < 0 || index >= count || seen.has(index) || merchant === null) continue;
    seen.add(index);
    out.push({ index, merchant, category: item.category });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The narrative as it may be shown: only its safe sentences, bounded (see untrusted.ts); null when none. */
export function cleanNarrative(text: string): string | null {
  return safeNarrative(text);
}

export interface Extraction {
  parsed: ParsedStatement;
  overrides: Override[];
  narrative: string | null;
}

/** The extraction reply as a ParsedStatement (reconciled with our own check), keeping local facts the model never saw. */
export function extractionToParsed(reply: ExtractionReply, local: ParsedStatement): Extraction {
  const s = reply.statement;
  const mag = (n: number | null) => (n === null ? null : abs(toCents(n)));
  const summary: StatementSummary = {
    issuer: s.issuer?.trim() || local.summary.issuer,
    // The card number was redacted before the model saw the text; only the local parse knows it.
    cardLast4: local.summary.cardLast4,
    currency: s.currency ?? local.summary.currency,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    dueDate: s.dueDate,
    previousBalance: s.previousBalance === null ? null : toCents(s.previousBalance),
    payments: mag(s.payments),
    credits: mag(s.credits),
    purchases: mag(s.purchases),
    cashAdvances: mag(s.cashAdvances),
    balanceTransfers: mag(s.balanceTransfers),
    fees: mag(s.fees),
    interest: mag(s.interest),
    newBalance: s.newBalance === null ? null : toCents(s.newBalance),
    minimumPayment: mag(s.minimumPayment),
    creditLimit: mag(s.creditLimit),
    availableCredit: s.availableCredit === null ? null : toCents(s.availableCredit),
    apr: { purchase: s.purchaseApr, cashAdvance: s.cashAdvanceApr },
    minimumPaymentWarning: local.summary.minimumPaymentWarning,
  };
  const transactions: Transaction[] = [];
  const overrides: Override[] = [];
  for (const t of reply.transactions) {
    const cents = toCents(t.amount);
    // An amount we cannot represent makes the whole extraction untrustworthy: zero fails reconciliation.
    const amount =
      cents === null ? 0 : t.type === 'payment' || t.type === 'credit' ? -Math.abs(cents) : cents;
    const merchant = safeMerchant(t.merchant);
    if (merchant !== null) overrides.push({ index: transactions.length, merchant, category: t.category });
    transactions.push({
      date: t.date,
      postDate: t.postDate,
      // A description that gives orders is not what the statement printed: the type stands in for it.
      description: safeDescription(t.description) ?? t.type,
      amount,
      type: t.type,
      foreign: null,
    });
  }
  // Verified exactly like the local parse; a missing credits line means the issuer printed one combined line.
  const checks = reconcile(summary, transactions, {
    combinedPaymentsCredits: summary.credits === null && summary.payments !== null,
  });
  return { parsed: { summary, transactions, checks }, overrides, narrative: cleanNarrative(reply.summary) };
}

function abs(c: Cents | null): Cents | null {
  return c === null ? null : Math.abs(c);
}
