/**
 * Builds the cents model of one statement: period, cardholder, card, transactions, and summary
 * figures derived from the transactions so the statement always reconciles.
 */
import { addDays, isoDate } from './format.js';
import { accountNumber, cardNumber, person } from './pii.js';
import { createRng } from './prng.js';
import { REGION_TEXT } from './texts.js';
import { generateTransactions } from './transactions.js';
import type { LayoutTraits, ModelTotals, ModelTransaction, StatementModel } from './types.js';

export interface ModelInput {
  layout: string;
  traits: LayoutTraits;
  seed: number;
  count: number;
  /** Cardholder, card and account drawn from this seed (one card across months); default `seed`. */
  holderSeed?: number | undefined;
}

/**
 * The statement period from the seed: start month = seed mod 12 (so seed ≡ 11 mod 12 gives a
 * December→January cycle on mid-month layouts), year 2024..2026.
 */
export function periodFor(seed: number, midMonth: boolean, startDay: number): { start: string; end: string } {
  const s = Math.abs(Math.trunc(seed));
  const month = (s % 12) + 1;
  const year = 2024 + (Math.floor(s / 12) % 3);
  if (!midMonth) return { start: isoDate(year, month, 1), end: isoDate(year, month + 1, 0) };
  const start = isoDate(year, month, startDay);
  return { start, end: addDays(isoDate(year, month + 1, startDay), -1) };
}

/** Sums one transaction type's magnitudes (integer cents). */
export function sumType(txs: readonly ModelTransaction[], type: ModelTransaction['type']): number {
  let total = 0;
  for (const t of txs) if (t.type === type) total += Math.abs(t.amount);
  return total;
}

/** Every summary figure, computed from the transactions and the previous balance. */
export function computeTotals(
  txs: readonly ModelTransaction[],
  previousBalance: number,
  traits: LayoutTraits,
  limitBase: number,
): ModelTotals {
  const payments = sumType(txs, 'payment');
  const credits = sumType(txs, 'credit');
  const purchases = sumType(txs, 'purchase');
  const cashAdvances = sumType(txs, 'cash_advance');
  const balanceTransfers = sumType(txs, 'balance_transfer');
  const fees = sumType(txs, 'fee');
  const interest = sumType(txs, 'interest');
  const newBalance =
    previousBalance - payments - credits + purchases + cashAdvances + balanceTransfers + fees + interest;
  const floor = REGION_TEXT[traits.region].minPaymentFloor;
  const minimumPayment =
    newBalance <= 0
      ? 0
      : Math.min(newBalance, Math.max(floor, Math.round(newBalance / 100) + fees + interest));
  // Whole-unit credit lines (like real ones), always above the balance.
  const step = 100_000 * REGION_TEXT[traits.region].scale;
  const creditLimit = Math.max(limitBase, Math.ceil((Math.max(newBalance, 0) * 1.3) / step) * step);
  const availableCredit = Math.max(0, creditLimit - Math.max(newBalance, 0));
  return {
    previousBalance,
    payments,
    credits,
    purchases,
    cashAdvances,
    balanceTransfers,
    fees,
    interest,
    newBalance,
    minimumPayment,
    creditLimit,
    availableCredit,
  };
}

/** Generates the whole statement model for a layout, seed and transaction count. */
export function buildModel(input: ModelInput): StatementModel {
  const { traits } = input;
  const rng = createRng(input.seed, input.layout);
  const text = REGION_TEXT[traits.region];
  const period = periodFor(input.seed, traits.midMonthCycle, rng.int(3, 26));
  const previousBalance = rng.chance(0.08) ? 0 : Math.round(rng.int(30_000, 450_000) * text.scale);
  const transactions = generateTransactions(rng, {
    traits,
    count: input.count,
    periodStart: period.start,
    periodEnd: period.end,
    previousBalance,
  });
  const limitBase =
    Math.round((rng.pick([5000, 8000, 12000, 15000, 25000, 31700]) * text.scale) / 1000) * 100_000;
  let totals = computeTotals(transactions, previousBalance, traits, limitBase);
  // Now and then an overpayment leaves a credit balance (a negative new balance).
  const payment = transactions.find((t) => t.type === 'payment');
  if (payment && input.count <= 40 && rng.chance(0.1)) {
    payment.amount -= totals.newBalance + Math.round(rng.int(500, 6_000) * text.scale);
    totals = computeTotals(transactions, previousBalance, traits, limitBase);
  }
  // The same draws as before from the statement's own stream; a holder seed replaces them afterwards.
  let holder = {
    cardDigits: cardNumber(rng, traits.card),
    accountNumber: accountNumber(rng, traits.region),
    person: person(rng, traits.region),
  };
  if (input.holderSeed !== undefined) {
    const h = createRng(input.holderSeed, `${input.layout}:holder`);
    holder = {
      cardDigits: cardNumber(h, traits.card),
      accountNumber: accountNumber(h, traits.region),
      person: person(h, traits.region),
    };
  }
  return {
    region: traits.region,
    currency: text.currency,
    issuer: traits.issuer,
    periodStart: period.start,
    periodEnd: period.end,
    dueDate: addDays(period.end, traits.region === 'in' ? 20 : 25),
    ...holder,
    apr: { purchase: traits.aprPurchase, cashAdvance: traits.aprCash },
    transactions,
    totals,
  };
}
