/**
 * A fuzzed statement's rows: the hand-made generator's cycle of transactions, rescaled to the
 * country's currency (yen without decimals), reworded in the layout's language, with EMI and tax
 * rows, add-on card owners and reward points.
 */

import type { Rng } from '../prng.js';
import { REGION_TEXT } from '../texts.js';
import { generateTransactions } from '../transactions.js';
import type { ModelTransaction } from '../types.js';
import { COUNTRY } from './countries.js';
import type { FuzzLayout } from './layout-types.js';
import { type RowField, vocabulary } from './vocabulary.js';

export interface FuzzTransaction extends ModelTransaction {
  /** 0 = the primary card, then the add-on cards. */
  card: number;
  points: number;
  categoryLabel: string;
}

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
export function fuzzRows(
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
    const principal = Math.round(rng.int(120, 750) * info.scale) * 100;
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
