/**
 * The Analysis JSON (schemaVersion 1) of docs/contract.md, as a zod schema. The one function that
 * turns the internal cents model into it is in analysis-json.ts: the pipeline builds the document
 * without building this schema (every zod object built costs start-up time, and nothing in the
 * service parses its own output); tests, docs and the OpenAPI check validate against it.
 */
import { z } from 'zod';
import { CATEGORIES } from './analysis/types.js';
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
    /** Text items the engine ignored as invisible: render mode 3/7, transparent, under 1 pt, clipped, off the page, background colour. */
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
            how: z.enum(['beside', 'below', 'grid', 'formula', 'row']),
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
