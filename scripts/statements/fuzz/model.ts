/**
 * The fuzzed statement's content in integer cents: the cycle's transactions (the hand-made layouts'
 * generator, rescaled to the country's currency and reworded in the layout's language), EMI and tax
 * rows, add-on cards, the cardholder's planted personal data, and every figure derived from the rows
 * so the statement reconciles.
 */
import { addDays, toMajor } from '../format.js';
import { periodFor, sumType } from '../model.js';
import { cardNumber } from '../pii.js';
import { createRng, type Rng } from '../prng.js';
import { REGION_TEXT } from '../texts.js';
import { generateTransactions } from '../transactions.js';
import type { ModelTotals, ModelTransaction } from '../types.js';
import { COUNTRY } from './countries.js';
import type { FuzzLayout } from './grammar.js';
import { type RowField, vocabulary } from './vocabulary.js';

export interface FuzzTransaction extends ModelTransaction {
  /** 0 = the primary card, then the add-on cards. */
  card: number;
  points: number;
  categoryLabel: string;
}

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

const CATEGORY_LABELS: Record<string, string> = {
  Groceries: 'GROCERY STORES',
  Dining: 'RESTAURANTS',
  'Transport & Fuel': 'TRANSPORT',
  Travel: 'TRAVEL',
  Shopping: 'RETAIL',
  'Subscriptions & Digital': 'DIGITAL GOODS',
  'Utilities & Telecom': 'UTILITIES',
  Health: 'PHARMACIES',
  Entertainment: 'ENTERTAINMENT',
  Cash: 'CASH',
  'Fees & Interest': 'CHARGES',
  'Payments & Credits': 'PAYMENTS',
  Other: 'MISC',
};

/** The currency's smallest printed step in cents: 100 for yen (no decimals), else 1. */
export function unitOf(layout: FuzzLayout): number {
  return layout.decimals === 0 ? 100 : 1;
}

/** Which issuer-written description (in the hand-made generator's English) a row carries. */
function rowField(description: string, region: keyof typeof REGION_TEXT): RowField | 'tax' | null {
  const t = REGION_TEXT[region];
  if (t.payment.includes(description)) return 'payment';
  if (description === t.fxFee) return 'fxFee';
  if (description === t.lateFee) return 'lateFee';
  if (description === t.purchaseInterest) return 'interest';
  if (description === t.cashInterest) return 'cashInterest';
  if (description === t.cashAdvanceFee) return 'cashFee';
  if (description === t.balanceTransferFee) return 'transferFee';
  if (description === t.feeTax) return 'tax';
  if (description.startsWith(t.cashAdvance)) return 'cashAdvance';
  if (description.startsWith(t.balanceTransfer)) return 'transfer';
  return null;
}

function taxLabel(layout: FuzzLayout): string {
  return layout.tax === 'VAT' ? 'VAT @ 5% ON FEES' : `${layout.tax ?? 'GST'} @ 18% ON FEES`;
}

/** Rescales, rewords and extends the hand-made generator's rows for this layout. */
function fuzzRows(
  rng: Rng,
  layout: FuzzLayout,
  count: number,
  period: { start: string; end: string },
): { rows: FuzzTransaction[]; previousBalance: number } {
  const info = COUNTRY[layout.country];
  const text = REGION_TEXT[info.region];
  const vocab = vocabulary(layout.language);
  const unit = unitOf(layout);
  const factor = info.scale / text.scale;
  const scale = (c: number): number =>
    Math.sign(c) * Math.max(unit, Math.round((Math.abs(c) * factor) / unit) * unit);
  const previous = rng.chance(0.08) ? 0 : Math.round(rng.int(30_000, 450_000) * text.scale);
  const emi = layout.emi ? (layout.tax ? 3 : 2) : 0;
  const base = generateTransactions(rng, {
    traits: {
      region: info.region,
      issuer: layout.issuer,
      card: 'visa',
      cashAdvances: true,
      balanceTransfers: rng.chance(0.5),
      midMonthCycle: layout.midMonthCycle,
      aprPurchase: 36,
      aprCash: 42,
      fxFeeBps: 300,
    },
    count: Math.max(2, count - emi),
    periodStart: period.start,
    periodEnd: period.end,
    previousBalance: previous,
  });
  const rows: FuzzTransaction[] = base.map((t) => {
    const field = rowField(t.description, info.region);
    let description = t.description;
    if (field === 'tax') description = taxLabel(layout);
    else if (field) {
      const suffix =
        field === 'cashAdvance' || field === 'transfer'
          ? t.description.slice(
              field === 'cashAdvance' ? text.cashAdvance.length : text.balanceTransfer.length,
            )
          : '';
      description = `${rng.pick(vocab.rows[field])}${suffix}`;
    }
    let foreign = layout.foreign === 'none' ? null : t.foreign;
    if (foreign && foreign.currency === layout.currency)
      foreign = { ...foreign, currency: layout.currency === 'USD' ? 'EUR' : 'USD' };
    const amount = scale(t.amount);
    return {
      ...t,
      description,
      wrap: layout.wrap ? t.wrap : null,
      amount,
      foreign: foreign ? { ...foreign, rate: Math.abs(amount) / foreign.amount } : null,
      ref: (t.ref + rng.digits(4)).slice(0, layout.referenceDigits),
      card: 0,
      points: 0,
      categoryLabel: CATEGORY_LABELS[t.category] ?? 'MISC',
    };
  });
  if (emi > 0) {
    const principal = Math.round(rng.int(1500, 9000) * info.scale) * 100;
    const interest = Math.round(principal * 0.013);
    const n = `${rng.int(2, 11)}/12`;
    const add = (description: string, amount: number, type: FuzzTransaction['type']): void => {
      rows.push({
        date: period.end,
        postDate: period.end,
        description,
        wrap: null,
        amount,
        type,
        category: type === 'purchase' ? 'Shopping' : 'Fees & Interest',
        foreign: null,
        ref: rng.digits(layout.referenceDigits),
        card: 0,
        points: 0,
        categoryLabel: type === 'purchase' ? 'RETAIL' : 'CHARGES',
      });
    };
    add(`${rng.pick(vocab.rows.emiPrincipal)} ${n}`, principal, 'purchase');
    add(`${rng.pick(vocab.rows.emiInterest)} ${n}`, interest, 'interest');
    if (layout.tax) add(`${layout.tax} ON EMI INTEREST`, Math.round(interest * 0.18), 'fee');
  }
  for (const r of rows) {
    if (layout.cards > 1 && (r.type === 'purchase' || r.type === 'credit') && rng.chance(0.4))
      r.card = rng.int(1, layout.cards - 1);
    if (r.type === 'purchase')
      r.points = Math.floor(r.amount / (100 * info.scale * (rng.chance(0.5) ? 1 : 2)));
  }
  return { rows, previousBalance: previous === 0 ? 0 : scale(previous) };
}

/** Rows in the order the layout prints them: by card, then by section when sectioned, then by date. */
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
    return a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i;
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

/** Builds the statement content for a drawn layout and a row count. */
export function buildFuzzModel(layout: FuzzLayout, count: number): FuzzModel {
  const rng = createRng(layout.seed, 'fuzz-model');
  const info = COUNTRY[layout.country];
  const vocab = vocabulary(layout.language);
  const unit = unitOf(layout);
  const period = periodFor(layout.seed, layout.midMonthCycle, rng.int(3, 26));
  const { rows, previousBalance } = fuzzRows(rng, layout, count, period);
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
    email: `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(10, 99)}@example.com`,
    phone: layout.pii.phoneForm === 'national' ? phones.national : phones.international,
    accountNumber: rng.digits(rng.pick([10, 11, 12, 14])),
    customerNumber: `${rng.int(1, 9)}${rng.digits(rng.pick([7, 9, 10]))}`,
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
