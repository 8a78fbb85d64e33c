/**
 * The fuzzed statement's content in integer cents: the cycle's transactions (the hand-made layouts'
 * generator, rescaled to the country's currency and reworded in the layout's language), EMI and tax
 * rows, add-on cards, the cardholder's planted personal data, and every figure derived from the rows
 * so the statement reconciles.
 */
import { addDays, toMajor } from '../format.js';
import { periodFor, sumType } from '../model.js';
import { cardNumber } from '../pii.js';
import { createRng } from '../prng.js';
import type { ModelTotals } from '../types.js';
import { COUNTRY } from './countries.js';
import { bankId } from './ids.js';
import type { FuzzLayout } from './layout-types.js';
import { type FuzzTransaction, fuzzRows, unitOf } from './rows.js';
import { vocabulary } from './vocabulary.js';

export type { FuzzTransaction } from './rows.js';

export interface FuzzCard {
  digits: string;
  /** The holder's name as printed above the card's section. */
  holder: string;
}

export interface FuzzModel {
  layout: FuzzLayout;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  cards: FuzzCard[];
  /** The primary holder's name as the address block prints it (salutation and case included). */
  name: string;
  address: string[];
  greeting: string | null;
  email: string;
  phone: string;
  accountNumber: string;
  customerNumber: string;
  /** An IBAN or CKYC number the header may print (planted PII). */
  bankId: { label: string; value: string } | null;
  apr: { purchase: number; cashAdvance: number };
  /** In printed order. */
  transactions: FuzzTransaction[];
  totals: ModelTotals;
  rewards: { opening: number; earned: number; redeemed: number; closing: number };
  ytd: { fees: number; interest: number };
  emiSchedule: Array<{ n: number; principal: number; interest: number; outstanding: number }>;
  example: { amount: number; interest: number };
}

/** Smallest minimum payment per currency, in cents. */
const MIN_FLOOR: Record<string, number> = { JPY: 300_000, INR: 20_000, AED: 10_000, GBP: 500, SGD: 5000 };

/** Rows in the order the layout prints them: by card, then by section when sectioned, then by date (newest first if drawn so). */
export function printedOrder(layout: FuzzLayout, rows: readonly FuzzTransaction[]): FuzzTransaction[] {
  const rank: Record<FuzzTransaction['type'], number> = {
    payment: 0,
    credit: 0,
    purchase: 1,
    cash_advance: 2,
    balance_transfer: 3,
    fee: 4,
    interest: 5,
  };
  const keyed = rows.map((r, i) => ({ r, i }));
  keyed.sort((a, b) => {
    if (a.r.card !== b.r.card) return a.r.card - b.r.card;
    if (layout.sectioned && rank[a.r.type] !== rank[b.r.type]) return rank[a.r.type] - rank[b.r.type];
    const byDate = a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : 0;
    return (layout.newestFirst ? -byDate : byDate) || a.i - b.i;
  });
  return keyed.map((k) => k.r);
}

function totalsOf(
  rows: readonly FuzzTransaction[],
  previousBalance: number,
  layout: FuzzLayout,
  limitBase: number,
): ModelTotals {
  const unit = unitOf(layout);
  const get = (t: FuzzTransaction['type']): number => sumType(rows, t);
  const [payments, credits, purchases, cashAdvances, balanceTransfers, fees, interest] = (
    ['payment', 'credit', 'purchase', 'cash_advance', 'balance_transfer', 'fee', 'interest'] as const
  ).map(get) as [number, number, number, number, number, number, number];
  const newBalance =
    previousBalance - payments - credits + purchases + cashAdvances + balanceTransfers + fees + interest;
  const floor = MIN_FLOOR[layout.currency] ?? 2500;
  const wanted = Math.max(floor, Math.round(newBalance / 100 / unit) * unit + fees + interest);
  const minimumPayment = newBalance <= 0 ? 0 : Math.min(newBalance, wanted);
  const step = Math.max(100_000, Math.round((COUNTRY[layout.country].scale * 1000) / 1000) * 100_000);
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

/**
 * The rows with the first payment raised past everything owed, so the new balance is a credit of
 * about a tenth of the debt (at least one printed step). Without a payment row they stay as drawn.
 */
function overpaid(rows: FuzzTransaction[], previousBalance: number, layout: FuzzLayout): FuzzTransaction[] {
  const at = rows.findIndex((r) => r.type === 'payment');
  if (at < 0) return rows;
  const owed = totalsOf(rows, previousBalance, layout, 0).newBalance;
  const unit = unitOf(layout);
  const over = Math.max(unit, Math.round(Math.abs(owed) / 10 / unit) * unit);
  const pay = rows[at] as FuzzTransaction;
  const out = [...rows];
  out[at] = { ...pay, amount: pay.amount - Math.max(0, owed) - over };
  return out;
}

/** A name part as an email address writes it: lower case, accents dropped (Lucía → lucia). */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Builds the statement content for a drawn layout and a row count. */
export function buildFuzzModel(layout: FuzzLayout, count: number): FuzzModel {
  const rng = createRng(layout.seed, 'fuzz-model');
  const info = COUNTRY[layout.country];
  const vocab = vocabulary(layout.language);
  const unit = unitOf(layout);
  const period = periodFor(layout.seed, layout.midMonthCycle, rng.int(3, 26));
  const drawn = fuzzRows(rng, layout, count, period);
  const previousBalance = drawn.previousBalance;
  const rows = layout.creditBalance ? overpaid(drawn.rows, previousBalance, layout) : drawn.rows;
  const limitBase = Math.round(rng.pick([5, 8, 12, 15, 25]) * info.scale) * 100_000;
  const totals = totalsOf(rows, previousBalance, layout, limitBase);
  const [first, last, gender] = rng.pick(info.people);
  const caps = (s: string): string => (layout.pii.upperCase ? s.toUpperCase() : s);
  const salutation = rng.pick(gender === 'm' ? vocab.salutationMale : vocab.salutationFemale);
  const fullName = `${first} ${last}`;
  const name = caps(layout.pii.salutation ? `${salutation} ${fullName}` : fullName);
  const greeting = layout.pii.greeting
    ? rng
        .pick(gender === 'm' ? vocab.greetingMale : vocab.greetingFemale)
        .replace('{sal}', salutation)
        .replace('{last}', last)
        .replace('{full}', fullName)
    : null;
  const n = rng.int(2, 2980);
  const code = info.postcode(rng);
  const address = [
    info.streetLine(n, rng.pick(info.streets)),
    info.cityLine(rng.pick(info.cities), code),
  ].map(caps);
  const phones = info.phone(rng);
  const cards: FuzzCard[] = [
    { digits: cardNumber(rng, rng.pick(['visa', 'mc5', 'mc2'] as const)), holder: caps(fullName) },
  ];
  for (let i = 1; i < layout.cards; i++) {
    const [addFirst] = rng.pick(info.people.filter((p) => p[0] !== first));
    cards.push({ digits: cardNumber(rng, 'visa'), holder: caps(`${addFirst} ${last}`) });
  }
  const earned = rows.reduce((s, r) => s + r.points, 0);
  const opening = rng.int(800, 60_000);
  const redeemed = rng.chance(0.4) ? Math.min(opening, rng.int(100, 5000)) : 0;
  const exampleAmount = Math.round(10_000 * info.scale) * 100;
  const schedulePrincipal = Math.round(rng.int(20, 90) * info.scale) * 10_000;
  return {
    layout,
    periodStart: period.start,
    periodEnd: period.end,
    dueDate: addDays(period.end, layout.country === 'IN' ? 20 : 25),
    cards,
    name,
    address,
    greeting,
    email: `${ascii(first)}.${ascii(last)}${rng.int(10, 99)}@example.com`,
    phone: layout.pii.phoneForm === 'national' ? phones.national : phones.international,
    accountNumber: rng.digits(rng.pick([10, 11, 12, 14])),
    customerNumber: `${rng.int(1, 9)}${rng.digits(rng.pick([7, 9, 10]))}`,
    bankId: bankId(layout.seed, layout.country),
    apr: { purchase: rng.pick([19.99, 24.9, 29.99, 36, 42]), cashAdvance: rng.pick([27.9, 29.99, 42]) },
    transactions: printedOrder(layout, rows),
    totals,
    rewards: { opening, earned, redeemed, closing: opening + earned - redeemed },
    ytd: {
      fees: totals.fees + Math.round(rng.int(0, 300) * info.scale) * 100,
      interest: totals.interest + Math.round(rng.int(5, 900) * info.scale) * 100,
    },
    emiSchedule: [1, 2, 3].map((k) => ({
      n: k,
      principal: Math.round(schedulePrincipal / 12 / unit) * unit,
      interest: Math.round((schedulePrincipal * 0.013 * (13 - k)) / 12 / unit) * unit,
      outstanding: Math.round((schedulePrincipal * (12 - k)) / 12 / unit) * unit,
    })),
    example: { amount: exampleAmount, interest: Math.round((exampleAmount * 0.36) / 12 / unit) * unit },
  };
}

/** Cents to the expected JSON's major units. */
export const major = toMajor;
