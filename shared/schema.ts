/**
 * The Analysis JSON (schemaVersion 1) of docs/contract.md, as a zod schema, and the one
 * function that turns the internal cents model into it. Amounts leave here as major units.
 */
import { z } from 'zod';
import type { AnalyzedTransaction, Insight, SpendSummary } from './analysis/types.js';
import { CATEGORIES } from './analysis/types.js';
import { labelWords } from './statement/labels.js';
import type { Explanation, ParsedStatement } from './statement/types.js';
import { TRANSACTION_TYPES } from './statement/types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.number().refine((n) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
  message: 'at most 2 decimals',
});
const moneyOrNull = money.nullable();

export const statementSchema = z.object({
  issuer: z.string().nullable(),
  cardLast4: z
    .string()
    .regex(/^\d{4,5}$/)
    .nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  previousBalance: moneyOrNull,
  payments: moneyOrNull,
  credits: moneyOrNull,
  purchases: moneyOrNull,
  cashAdvances: moneyOrNull,
  balanceTransfers: moneyOrNull,
  fees: moneyOrNull,
  interest: moneyOrNull,
  newBalance: moneyOrNull,
  minimumPayment: moneyOrNull,
  creditLimit: moneyOrNull,
  availableCredit: moneyOrNull,
  apr: z.object({ purchase: z.number().nullable(), cashAdvance: z.number().nullable() }),
});

export const transactionSchema = z.object({
  date: isoDate,
  postDate: isoDate.nullable(),
  description: z.string(),
  merchant: z.string(),
  amount: money,
  type: z.enum(TRANSACTION_TYPES),
  category: z.enum(CATEGORIES),
  recurring: z.boolean(),
  foreign: z.object({ amount: money, currency: z.string() }).nullable(),
});

export const analysisSchema = z.object({
  schemaVersion: z.literal(1),
  statement: statementSchema,
  transactions: z.array(transactionSchema),
  summary: z.object({
    totalSpend: money,
    totalCredits: money,
    dailyAverage: moneyOrNull,
    byCategory: z.array(
      z.object({ category: z.enum(CATEGORIES), amount: money, count: z.number().int(), share: z.number() }),
    ),
    topMerchants: z.array(z.object({ merchant: z.string(), amount: money, count: z.number().int() })),
    largest: z.object({ date: isoDate, description: z.string(), amount: money }).nullable(),
  }),
  insights: z.array(
    z.object({
      kind: z.string(),
      severity: z.enum(['info', 'warning', 'alert']),
      title: z.string(),
      detail: z.string(),
      amount: moneyOrNull,
    }),
  ),
  checks: z.object({
    /** Exactly `level === 'verified'`. */
    reconciled: z.boolean(),
    /** verified: both balances read, every check holds and the rows account for the movement; partial: the checks that ran held; unverified: one failed or none ran. */
    level: z.enum(['verified', 'partial', 'unverified']),
    /** Each failed check in words, naming the gap. */
    gaps: z.array(z.string()),
    details: z.array(z.object({ name: z.string(), expected: money, actual: money, ok: z.boolean() })),
  }),
  meta: z.object({
    engine: z.enum(['local', 'llm', 'hybrid']),
    model: z.string().nullable(),
    degraded: z.boolean(),
    degradedReason: z.string().optional(),
    pages: z.number().int(),
    /** Text items the engine ignored as invisible: render mode 3/7, clipped, off the page, background colour. */
    hiddenText: z.number().int().nonnegative(),
    timings: z.object({
      extractMs: z.number(),
      parseMs: z.number(),
      analyzeMs: z.number(),
      llmMs: z.number(),
      totalMs: z.number(),
    }),
    redactions: z.record(z.string(), z.number().int()),
    /**
     * Where each summary figure was read (page, how label and value sat, the label's words) and what
     * the reconciliation search changed; absent when the figures came from the LLM.
     */
    provenance: z
      .object({
        fields: z.array(
          z.object({
            field: z.string(),
            value: money,
            label: z.string(),
            page: z.number().int(),
            how: z.enum(['beside', 'below', 'grid', 'formula']),
            others: z.array(z.object({ value: money, label: z.string(), page: z.number().int() })),
          }),
        ),
        tried: z.number().int(),
        changed: z.array(z.string()),
      })
      .optional(),
    /** What the LLM step spent and refused; absent when the LLM was not asked. */
    llm: z
      .object({
        calls: z.number().int(),
        promptTokens: z.number().int(),
        completionTokens: z.number().int(),
        cost: z.number(),
        rejections: z.array(z.object({ model: z.string(), reason: z.string() })),
      })
      .optional(),
  }),
});

export type Analysis = z.infer<typeof analysisSchema>;
export type AnalysisMeta = Analysis['meta'];

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
    transactions: parts.transactions.map((t) => ({
      date: t.date,
      postDate: t.postDate,
      description: t.description,
      merchant: t.merchant,
      amount: toMajor(t.amount),
      type: t.type,
      category: t.category,
      recurring: t.recurring,
      foreign: t.foreign ? { amount: toMajor(t.foreign.amount), currency: t.foreign.currency } : null,
    })),
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
