/**
 * What we ask the model to return, as zod schemas: the source of the strict JSON Schema sent to
 * OpenRouter and the check applied to the reply. Money comes back in major units as printed
 * (models copy "1,234.56" more reliably than they multiply by 100); extraction.ts converts to cents.
 */
import { z } from 'zod';
import { CATEGORIES } from '../analysis/types.js';
import { TRANSACTION_TYPES } from '../statement/types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .describe('YYYY-MM-DD');
const money = z.number().describe('major units as printed, e.g. 1234.56');
const moneyOrNull = money.nullable();

/** Reply when the local parse reconciled: names and categories only, plus a short narrative. */
export const enrichmentReplySchema = z.object({
  transactions: z.array(
    z.object({
      index: z.number().int().describe('the number given to the transaction'),
      merchant: z.string().describe('cleaned merchant name, e.g. "Amazon", "Uber Eats"'),
      category: z.enum(CATEGORIES),
    }),
  ),
  summary: z.string().describe('2 to 4 plain-language sentences about this statement'),
});
export type EnrichmentReply = z.infer<typeof enrichmentReplySchema>;

/** Reply when the local parse did not reconcile: the whole statement, re-extracted. */
export const extractionReplySchema = z.object({
  statement: z.object({
    issuer: z.string().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('ISO 4217 code'),
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
    newBalance: moneyOrNull.describe('negative only for a credit balance'),
    minimumPayment: moneyOrNull,
    creditLimit: moneyOrNull,
    availableCredit: moneyOrNull,
    purchaseApr: z.number().nullable().describe('percent, e.g. 19.99'),
    cashAdvanceApr: z.number().nullable().describe('percent, e.g. 24.99'),
  }),
  transactions: z.array(
    z.object({
      date: isoDate,
      postDate: isoDate.nullable(),
      description: z.string().describe('first printed line, as printed'),
      amount: money.describe(
        'positive when it raises the balance owed, negative for payments, credits, refunds',
      ),
      type: z.enum(TRANSACTION_TYPES),
      merchant: z.string(),
      category: z.enum(CATEGORIES),
    }),
  ),
  summary: z.string().describe('2 to 4 plain-language sentences about this statement'),
});
export type ExtractionReply = z.infer<typeof extractionReplySchema>;
