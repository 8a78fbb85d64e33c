/**
 * Turns the internal cents model into the contract's Analysis JSON (shared/schema.ts describes it).
 * Amounts leave here as major units. Apart from the schema so that building the answer never builds
 * the zod schema: nothing in the service parses its own output.
 */
import type { AnalyzedTransaction, Insight, SpendSummary } from './analysis/types.js';
import type { Analysis, AnalysisMeta } from './schema.js';
import { labelWords } from './statement/labels.js';
import type { Explanation, ParsedStatement } from './statement/types.js';

/** Integer cents to major units (exact for any cents value below 2^53 / 100). */
export function toMajor(cents: number): number {
  return cents / 100;
}

function majorOrNull(cents: number | null): number | null {
  return cents === null ? null : toMajor(cents);
}

/** Everything the output needs, still in cents. */
export interface AnalysisParts {
  parsed: ParsedStatement;
  transactions: AnalyzedTransaction[];
  summary: SpendSummary;
  insights: Insight[];
  meta: AnalysisMeta;
}

/**
 * One transaction as the contract shows it. At module level rather than an arrow inside
 * toAnalysisJson: V8 keeps optimised code only while a closure of it lives, and a per-call arrow was
 * compiled again after each full collection (docs/load.md, "Per-call closures").
 */
function transactionJson(t: AnalyzedTransaction): Analysis['transactions'][number] {
  return {
    date: t.date,
    postDate: t.postDate,
    description: t.description,
    merchant: t.merchant,
    amount: toMajor(t.amount),
    type: t.type,
    category: t.category,
    recurring: t.recurring,
    foreign: t.foreign ? { amount: toMajor(t.foreign.amount), currency: t.foreign.currency } : null,
  };
}

/** Builds the contract's Analysis JSON from the internal model. */
export function toAnalysisJson(parts: AnalysisParts): Analysis {
  const s = parts.parsed.summary;
  return {
    schemaVersion: 1,
    statement: {
      issuer: s.issuer,
      cardLast4: s.cardLast4,
      currency: s.currency,
      periodStart: s.periodStart,
      periodEnd: s.periodEnd,
      dueDate: s.dueDate,
      previousBalance: majorOrNull(s.previousBalance),
      payments: majorOrNull(s.payments),
      credits: majorOrNull(s.credits),
      purchases: majorOrNull(s.purchases),
      cashAdvances: majorOrNull(s.cashAdvances),
      balanceTransfers: majorOrNull(s.balanceTransfers),
      fees: majorOrNull(s.fees),
      interest: majorOrNull(s.interest),
      newBalance: majorOrNull(s.newBalance),
      minimumPayment: majorOrNull(s.minimumPayment),
      creditLimit: majorOrNull(s.creditLimit),
      availableCredit: majorOrNull(s.availableCredit),
      apr: { ...s.apr },
    },
    transactions: parts.transactions.map(transactionJson),
    summary: {
      totalSpend: toMajor(parts.summary.totalSpend),
      totalCredits: toMajor(parts.summary.totalCredits),
      dailyAverage: majorOrNull(parts.summary.dailyAverage),
      byCategory: parts.summary.byCategory.map((c) => ({ ...c, amount: toMajor(c.amount) })),
      topMerchants: parts.summary.topMerchants.map((m) => ({ ...m, amount: toMajor(m.amount) })),
      largest: parts.summary.largest
        ? { ...parts.summary.largest, amount: toMajor(parts.summary.largest.amount) }
        : null,
    },
    insights: parts.insights.map((i) => ({ ...i, amount: majorOrNull(i.amount) })),
    checks: {
      reconciled: parts.parsed.checks.reconciled,
      level: parts.parsed.checks.level,
      gaps: parts.parsed.checks.gaps,
      details: parts.parsed.checks.details.map((d) => ({
        name: d.name,
        expected: toMajor(d.expected),
        actual: toMajor(d.actual),
        ok: d.ok,
      })),
    },
    meta: parts.parsed.explain
      ? { ...parts.meta, provenance: provenanceJson(parts.parsed.explain) }
      : parts.meta,
  };
}

/** The parse's explanation in the output's units, labels reduced to the words that named the field. */
function provenanceJson(e: Explanation): NonNullable<AnalysisMeta['provenance']> {
  return {
    fields: e.fields.map((f) => ({
      field: f.field,
      value: toMajor(f.value),
      label: labelWords(f.from.label),
      page: f.from.page,
      how: f.from.how,
      others: f.others.map((o) => ({
        value: toMajor(o.value),
        label: labelWords(o.from.label),
        page: o.from.page,
      })),
    })),
    tried: e.tried,
    changed: e.changed,
  };
}
