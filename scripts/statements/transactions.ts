/**
 * Generates one cycle's transactions in integer cents: payments, purchases (with monthly
 * subscriptions, a duplicate charge, a foreign purchase and its fee, a refund), cash advances,
 * balance transfers, fees and interest. Exactly `count` rows, in chronological order.
 */
import { addDays, daysBetween } from './format.js';
import { CITIES, FOREIGN, MERCHANTS, type MerchantEntry, WRAP_LINES } from './merchants.js';
import { createRng, type Rng } from './prng.js';
import { REGION_TEXT } from './texts.js';
import type { LayoutTraits, ModelTransaction } from './types.js';

export interface CycleInput {
  traits: LayoutTraits;
  count: number;
  periodStart: string;
  periodEnd: string;
  previousBalance: number;
}

type Draft = Omit<ModelTransaction, 'postDate' | 'ref' | 'wrap'>;

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Fills `{n4}`, `{A}` and `{city}` placeholders of a merchant template. */
export function expandTemplate(rng: Rng, template: string, cities: readonly string[]): string {
  return template
    .replace(/\{n(\d+)\}/g, (_, n: string) => rng.digits(Number(n)))
    .replace(/\{A\}/g, () => Array.from({ length: 9 }, () => ALNUM[rng.int(0, ALNUM.length - 1)]).join(''))
    .replace(/\{city\}/g, () => rng.pick(cities));
}

const cents = (rng: Rng, min: number, max: number): number =>
  rng.int(Math.round(min * 100), Math.round(max * 100));

/** Builds the cycle's transactions; the caller derives every summary figure from them. */
export function generateTransactions(rng: Rng, input: CycleInput): ModelTransaction[] {
  const { traits, periodStart, periodEnd } = input;
  const text = REGION_TEXT[traits.region];
  const cities = CITIES[traits.region];
  const merchants = MERCHANTS[traits.region];
  const cycleDays = daysBetween(periodStart, periodEnd);
  const day = (from = 0, to = cycleDays): string =>
    addDays(periodStart, rng.int(from, Math.min(to, cycleDays)));
  const budget = Math.max(2, input.count);
  // Per-row details come from their own stream, drawn row by row, so adding rows never changes
  // earlier rows (the page count then only grows with the row count).
  const rowRng = createRng(rng.int(0, 0x7fffffff), 'rows');
  const out: Draft[] = [];
  const room = (n: number): boolean => out.length + n <= budget - 1; // always keep one purchase slot

  const purchase = (entry: MerchantEntry, date = day()): Draft => ({
    date,
    description: expandTemplate(rng, entry[0], cities),
    amount: cents(rng, entry[2], entry[3]),
    type: 'purchase',
    category: entry[1],
    foreign: null,
  });
  const fee = (description: string, amount: number, date = periodEnd): Draft => ({
    date,
    description,
    amount,
    type: 'fee',
    category: 'Fees & Interest',
    foreign: null,
  });

  // Payment behaviour decides interest and late fees: most pay in full, some partly, few miss.
  const roll = rng.next();
  const scenario = roll < 0.6 ? 'full' : roll < 0.88 ? 'partial' : 'missed';
  const prev = input.previousBalance;
  let unpaid = 0;
  if (scenario !== 'missed' && prev > 0) {
    const amount =
      scenario === 'full' ? prev : Math.max(text.minPaymentFloor, Math.round((prev * rng.int(10, 60)) / 100));
    unpaid = Math.max(0, prev - amount);
    out.push({
      date: day(3, 22),
      description: rng.pick(text.payment),
      amount: -amount,
      type: 'payment',
      category: 'Payments & Credits',
      foreign: null,
    });
  } else {
    unpaid = prev;
    if (room(1) && prev > 0) out.push(fee(text.lateFee, text.lateFeeAmount, day(18, 24)));
  }

  if (budget >= 6 && room(2)) {
    // Monthly subscriptions: fixed prices, one each.
    const subs = merchants.filter((m) => m[2] === m[3]);
    for (const entry of subs.slice(0, Math.min(subs.length, budget >= 12 ? 3 : 1))) {
      if (room(1)) out.push(purchase(entry, day(0, 10)));
    }
  }
  if (budget >= 6 && room(2) && rng.chance(0.85)) {
    const f = rng.pick(FOREIGN[traits.region]);
    const foreignCents = cents(rng, f[4], f[5]);
    const home = Math.round(foreignCents * f[3]);
    const date = day();
    out.push({
      date,
      description: f[0],
      amount: home,
      type: 'purchase',
      category: f[1],
      foreign: { amount: foreignCents, currency: f[2], rate: f[3] },
    });
    out.push(fee(text.fxFee, Math.max(1, Math.round((home * traits.fxFeeBps) / 10000)), date));
  }
  if (budget >= 10 && room(2) && rng.chance(0.6)) {
    // A duplicate charge: same merchant and amount, a day or two apart.
    const entry = rng.pick(merchants.filter((m) => m[1] === 'Dining' || m[1] === 'Shopping'));
    const first = purchase(entry, day(0, cycleDays - 2));
    out.push(first, { ...first, date: addDays(first.date, rng.int(1, 2)) });
  }
  if (budget >= 8 && room(1) && rng.chance(0.55)) {
    const entry = rng.pick(merchants.filter((m) => m[1] === 'Shopping'));
    const refund = purchase(entry);
    out.push({
      ...refund,
      amount: -Math.round(refund.amount / 2),
      type: 'credit',
      category: 'Payments & Credits',
    });
  }
  let cashAdvanced = 0;
  if (traits.cashAdvances && budget >= 12 && room(2) && rng.chance(0.4)) {
    cashAdvanced = Math.round(rng.int(2, 8) * 5000 * regionScale(traits));
    const date = day();
    out.push({
      date,
      description: `${text.cashAdvance} ${rng.pick(cities)}`,
      amount: cashAdvanced,
      type: 'cash_advance',
      category: 'Cash',
      foreign: null,
    });
    out.push(fee(text.cashAdvanceFee, Math.max(1000, Math.round(cashAdvanced * 0.05)), date));
  }
  if (traits.balanceTransfers && budget >= 14 && room(2) && rng.chance(0.3)) {
    const amount = Math.round(rng.int(5, 30) * 10000 * regionScale(traits));
    const date = day(0, 8);
    const bt = traits.region === 'us' ? `${text.balanceTransfer} ${rng.digits(4)}` : text.balanceTransfer;
    out.push({ date, description: bt, amount, type: 'balance_transfer', category: 'Other', foreign: null });
    out.push(fee(text.balanceTransferFee, Math.round(amount * 0.03), date));
  }
  if (unpaid > 0 && room(1)) {
    const interest = Math.max(50, Math.round((unpaid * traits.aprPurchase) / 1200));
    out.push({
      date: periodEnd,
      description: text.purchaseInterest,
      amount: interest,
      type: 'interest',
      category: 'Fees & Interest',
      foreign: null,
    });
  }
  if (cashAdvanced > 0 && room(1)) {
    const interest = Math.max(10, Math.round((cashAdvanced * traits.aprCash * 15) / 36500));
    out.push({
      date: periodEnd,
      description: text.cashInterest,
      amount: interest,
      type: 'interest',
      category: 'Fees & Interest',
      foreign: null,
    });
  }
  if (text.feeTax && room(1)) {
    const fees = out.filter((t) => t.type === 'fee').reduce((s, t) => s + t.amount, 0);
    if (fees > 0) out.push(fee(text.feeTax, Math.round(fees * 0.18)));
  }
  const everyday = merchants.filter((m) => m[2] !== m[3]);
  while (out.length < budget) out.push(purchase(rng.pick(everyday)));

  return finish(rowRng, out, periodEnd);
}

function regionScale(traits: LayoutTraits): number {
  return REGION_TEXT[traits.region].scale;
}

/** Adds posting dates, references and wrapped second lines, then sorts by date (stable). */
function finish(rng: Rng, drafts: Draft[], periodEnd: string): ModelTransaction[] {
  // One literal shape for every row keeps V8's objects monomorphic (8,000-row statements).
  const rows: ModelTransaction[] = drafts.map((d) => {
    const posted = addDays(d.date, d.type === 'purchase' || d.type === 'credit' ? rng.int(0, 2) : 0);
    const lines = WRAP_LINES[d.category];
    return {
      date: d.date,
      postDate: posted > periodEnd ? periodEnd : posted,
      description: d.description.replace(/\s+/g, ' ').trim(),
      wrap: d.type === 'purchase' && lines && rng.chance(0.3) ? rng.pick(lines) : null,
      amount: d.amount,
      type: d.type,
      category: d.category,
      foreign: d.foreign,
      ref: rng.digits(10),
    };
  });
  const index = rows.map((_, i) => i);
  index.sort((a, b) => {
    const da = (rows[a] as ModelTransaction).date;
    const db = (rows[b] as ModelTransaction).date;
    return da < db ? -1 : da > db ? 1 : a - b;
  });
  return index.map((i) => rows[i] as ModelTransaction);
}
