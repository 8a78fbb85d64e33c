/** Shared test data for the LLM engine: a small statement that reconciles, and an engine wired to the fake. */
import type { AnalyzedTransaction, Category } from '../../shared/analysis/types.js';
import { createLlmEngine, type LlmEngine, type LlmRequest, type LlmTuning } from '../../shared/llm/engine.js';
import { createLogger } from '../../shared/log.js';
import type { Redacted } from '../../shared/privacy/prepare.js';
import { reconcile } from '../../shared/statement/reconcile.js';
import type { ParsedStatement, StatementSummary, Transaction } from '../../shared/statement/types.js';
import type { FakeOpenRouter } from '../support/fake-openrouter.js';

export const CARD_NUMBER = '4111 1111 1111 1111';
export const HOLDER = 'JANE Q CARDHOLDER';

const rows: Array<[string, string, number, Transaction['type'], Category]> = [
  ['2025-03-02', 'AMZN MKTP US*2K3L81 SEATTLE WA', 12000, 'purchase', 'Shopping'],
  ['2025-03-05', `UBER *EATS HELP.UBER.COM ${HOLDER}`, 18000, 'purchase', 'Dining'],
  ['2025-03-10', 'PAYMENT THANK YOU', -50000, 'payment', 'Payments & Credits'],
  ['2025-03-12', `AMZN MKTP REFUND CARD ${CARD_NUMBER}`, -2000, 'credit', 'Payments & Credits'],
  ['2025-03-28', 'INTEREST CHARGE ON PURCHASES', 1525, 'interest', 'Fees & Interest'],
];

export const transactions: Transaction[] = rows.map(([date, description, amount, type]) => ({
  date,
  postDate: null,
  description,
  amount,
  type,
  foreign: null,
}));

const sum = (type: Transaction['type']) =>
  transactions.filter((t) => t.type === type).reduce((acc, t) => acc + t.amount, 0);

export const summary: StatementSummary = {
  issuer: 'Example Bank',
  cardLast4: '1111',
  currency: 'USD',
  periodStart: '2025-03-01',
  periodEnd: '2025-03-31',
  dueDate: '2025-04-25',
  previousBalance: 100000,
  payments: -sum('payment'),
  credits: -sum('credit'),
  purchases: sum('purchase'),
  cashAdvances: null,
  balanceTransfers: null,
  fees: null,
  interest: sum('interest'),
  newBalance: 100000 + transactions.reduce((acc, t) => acc + t.amount, 0),
  minimumPayment: 3500,
  creditLimit: 500000,
  availableCredit: null,
  apr: { purchase: 19.99, cashAdvance: null },
  minimumPaymentWarning: null,
};

export const parsed: ParsedStatement = { summary, transactions, checks: reconcile(summary, transactions) };

export const analyzed: AnalyzedTransaction[] = transactions.map((t, i) => ({
  ...t,
  merchant: t.description.split(' ')[0] ?? '',
  category: rows[i]?.[4] ?? 'Other',
  recurring: false,
}));

/** The statement as extracted text, with a holder name and a full card number in it. */
export const statementText = [
  'EXAMPLE BANK PLATINUM CARD',
  `${HOLDER}, 1 MAIN STREET, SPRINGFIELD`,
  `Card number ${CARD_NUMBER}`,
  'Statement period 03/01/2025 - 03/31/2025',
  ...transactions.map((t) => `${t.date.slice(5)} ${t.description} ${(t.amount / 100).toFixed(2)}`),
].join('\n');

/**
 * Text a test hands the engine as if the redactor had made it. Only tests of shared/llm (which take
 * redaction as given) use this; in the code only shared/privacy/prepare.ts makes `Redacted`.
 */
export function asRedacted(text: string): Redacted {
  return text as Redacted;
}

/** A stand-in for shared/privacy/redact.ts: card numbers and the holder's name become placeholders. */
export function standInRedact(text: string): Redacted {
  return asRedacted(text.replace(/\b(?:\d[ -]?){12,18}\d\b/g, '[CARD]').replaceAll(HOLDER, '[NAME]'));
}

/** A request as the pipeline would build it, redaction included. */
export function request(over: Partial<LlmRequest> = {}): LlmRequest {
  return {
    parsed,
    transactions: analyzed,
    reconciled: true,
    redactedText: standInRedact(statementText),
    redactedDescriptions: transactions.map((t) => standInRedact(t.description)),
    deadline: Date.now() + 30_000,
    ...over,
  };
}

/** The enrichment reply a good model gives for `n` transactions. */
export function enrichmentReply(
  n: number,
  summaryText = 'You spent on shopping and dining. Pay in full.',
): string {
  return JSON.stringify({
    transactions: Array.from({ length: n }, (_, i) => ({
      index: i + 1,
      merchant: `Merchant ${i + 1}`,
      category: i % 2 === 0 ? 'Shopping' : 'Dining',
    })),
    summary: summaryText,
  });
}

/** The extraction reply a good model gives for the fixture, in major units; `tweak` edits it first. */
export function extractionReply(
  tweak: (r: {
    statement: Record<string, unknown>;
    transactions: Array<Record<string, unknown>>;
  }) => void = () => {},
): string {
  const major = (c: number | null) => (c === null ? null : c / 100);
  const reply = {
    statement: {
      issuer: summary.issuer,
      currency: summary.currency,
      periodStart: summary.periodStart,
      periodEnd: summary.periodEnd,
      dueDate: summary.dueDate,
      previousBalance: major(summary.previousBalance),
      payments: major(summary.payments),
      credits: major(summary.credits),
      purchases: major(summary.purchases),
      cashAdvances: null,
      balanceTransfers: null,
      fees: null,
      interest: major(summary.interest),
      newBalance: major(summary.newBalance),
      minimumPayment: major(summary.minimumPayment),
      creditLimit: major(summary.creditLimit),
      availableCredit: null,
      purchaseApr: 19.99,
      cashAdvanceApr: null,
    },
    transactions: transactions.map((t, i) => ({
      date: t.date,
      postDate: null,
      description: standInRedact(t.description),
      amount: t.amount / 100,
      type: t.type,
      merchant: `Merchant ${i + 1}`,
      category: rows[i]?.[4] ?? 'Other',
    })),
    summary: 'Balance went down after a payment.',
  };
  tweak(reply);
  return JSON.stringify(reply);
}

export interface Harness {
  engine: LlmEngine;
  sleeps: number[];
  logs: string[];
  clock: { t: number };
}

/** An engine pointed at the fake, with recorded sleeps and logs; `fakeClock` replaces Date.now. */
export function harness(
  fake: FakeOpenRouter,
  models: string[],
  opts: { tuning?: Partial<LlmTuning>; fakeClock?: boolean } = {},
): Harness {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const clock = { t: 1_750_000_000_000 };
  const engine = createLlmEngine({
    apiKey: 'sk-or-test-key',
    baseUrl: fake.url,
    models,
    logger: createLogger('debug', (line) => logs.push(line)),
    ...(opts.fakeClock ? { now: () => clock.t } : {}),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.t += ms;
    },
    random: () => 0,
    referer: 'https://example.test/app',
    title: 'Analyzer Test',
    // Client-side rotation is what most tests watch; OpenRouter's in-request failover has its own tests.
    tuning: { minCallMs: 50, transportFailover: false, ...opts.tuning },
  });
  return { engine, sleeps, logs, clock };
}
