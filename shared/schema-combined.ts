/**
 * The command line's document for many statements (`analyze <file|folder>... --json`): every
 * statement's Analysis (or its error) and the combined view across them. Amounts are major units,
 * like the Analysis JSON; each currency gets its own group, since amounts in two currencies never add.
 */
import { z } from 'zod';
import { CATEGORIES } from './analysis/types.js';
import { analysisSchema } from './schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.number();

/** How far a statement's figures were verified (shared/verification.ts decides it). */
export const verificationSchema = z.enum(['verified', 'partial', 'unverified']);

export const statementErrorSchema = z.object({ code: z.string(), message: z.string() });

/** One input file: its Analysis, or the error that stopped it. */
export const statementOutcomeSchema = z.union([
  z.object({ file: z.string(), analysis: analysisSchema }),
  z.object({ file: z.string(), error: statementErrorSchema }),
]);

/** One statement as a column of the months-side-by-side table. */
export const monthColumnSchema = z.object({
  label: z.string(),
  file: z.string(),
  cardLast4: z.string().nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  verification: verificationSchema,
  transactions: z.number().int(),
  spend: money,
  credits: money,
  interest: money,
  fees: money,
  newBalance: money.nullable(),
});

/** A row over time: one amount per column of its currency group, and their sum. */
const seriesSchema = z.object({ amounts: z.array(money), total: money });

export const subscriptionSchema = z.object({
  merchant: z.string(),
  firstSeen: isoDate,
  lastSeen: isoDate,
  charges: z.number().int(),
  statements: z.number().int(),
  total: money,
  latestAmount: money,
  priceChanges: z.array(z.object({ date: isoDate, from: money, to: money })),
});

export const currencyGroupSchema = z.object({
  /** ISO code; null for the statements that print no currency. */
  currency: z.string().nullable(),
  months: z.array(monthColumnSchema),
  categories: z.array(seriesSchema.extend({ category: z.enum(CATEGORIES) })),
  merchants: z.array(seriesSchema.extend({ merchant: z.string(), count: z.number().int() })),
  subscriptions: z.array(subscriptionSchema),
  totals: z.object({
    statements: z.number().int(),
    transactions: z.number().int(),
    spend: money,
    credits: money,
    interest: money,
    fees: money,
  }),
});

export const combinedViewSchema = z.object({
  groups: z.array(currencyGroupSchema),
  notVerified: z.array(
    z.object({ file: z.string(), verification: verificationSchema, failedChecks: z.array(z.string()) }),
  ),
  failed: z.array(z.object({ file: z.string(), error: statementErrorSchema })),
});

/** `--json` with more than one statement (or a folder). */
export const statementsDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  statements: z.array(statementOutcomeSchema),
  combined: combinedViewSchema,
});

export type Verification = z.infer<typeof verificationSchema>;
export type StatementOutcome = z.infer<typeof statementOutcomeSchema>;
export type MonthColumn = z.infer<typeof monthColumnSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
export type CurrencyGroup = z.infer<typeof currencyGroupSchema>;
export type CombinedView = z.infer<typeof combinedViewSchema>;
export type StatementsDocument = z.infer<typeof statementsDocumentSchema>;
