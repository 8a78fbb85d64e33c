/**
 * What a fuzzed statement prints in its summary, and the ExpectedStatement that follows from it:
 * one list of printed figures feeds both the renderer and the expected JSON, so neither can
 * disagree with the other.
 */
import type { ExpectedStatement } from '../types.js';
import { layoutSignature } from './grammar.js';
import type { FuzzLayout } from './layout-types.js';
import { type FuzzModel, major } from './model.js';
import type { LabelField } from './vocabulary.js';

/** Summary fields in the order the balance equation reads them. */
export type FigureField =
  | 'previousBalance'
  | 'payments'
  | 'credits'
  | 'purchases'
  | 'cashAdvances'
  | 'balanceTransfers'
  | 'fees'
  | 'interest'
  | 'newBalance';

export interface PrintedFigure {
  field: FigureField;
  label: LabelField;
  cents: number;
  /** The operator a formula row prints before this figure. */
  op: '' | '-' | '+' | '=';
}

/** The balance-equation figures the layout prints, in order (the summary's main rows). */
export function printedFigures(m: FuzzModel): PrintedFigure[] {
  const l = m.layout;
  const t = m.totals;
  const out: PrintedFigure[] = [];
  const add = (
    field: FigureField,
    label: LabelField,
    cents: number,
    op: PrintedFigure['op'],
    optional = true,
  ): void => {
    if (optional && l.summary.omitZero && cents === 0) return;
    out.push({ field, label, cents, op });
  };
  if (l.missingBalance !== 'previousBalance')
    add('previousBalance', 'previousBalance', t.previousBalance, '', false);
  if (l.summary.combined) add('payments', 'paymentsAndCredits', t.payments + t.credits, '-');
  else {
    add('payments', 'payments', t.payments, '-');
    add('credits', 'credits', t.credits, '-');
  }
  add('purchases', 'purchases', t.purchases, '+');
  add('cashAdvances', 'cashAdvances', t.cashAdvances, '+');
  add('balanceTransfers', 'balanceTransfers', t.balanceTransfers, '+');
  add('fees', 'fees', t.fees, '+');
  add('interest', 'interest', t.interest, '+');
  if (l.missingBalance !== 'newBalance') add('newBalance', 'newBalance', t.newBalance, '=', false);
  if (out[0]) out[0] = { ...out[0], op: '' };
  return out;
}

/** The other figures (payment information) a layout prints, each null when left out. */
export function paymentInfo(m: FuzzModel): {
  minimumPayment: number | null;
  dueDate: string | null;
  creditLimit: number | null;
  availableCredit: number | null;
} {
  const omit = new Set(m.layout.summary.omit);
  return {
    minimumPayment: omit.has('minimumPayment') ? null : m.totals.minimumPayment,
    dueDate: omit.has('dueDate') ? null : m.dueDate,
    creditLimit: omit.has('creditLimit') ? null : m.totals.creditLimit,
    availableCredit: omit.has('availableCredit') ? null : m.totals.availableCredit,
  };
}

/** The printed form of a card number under the layout's masking. */
export function printedCard(m: FuzzModel, digits: string): string {
  const last4 = digits.slice(-4);
  switch (m.layout.pii.cardMask) {
    case 'x-spaced':
      return `${digits.slice(0, 4)} XXXX XXXX ${last4}`;
    case 'x-dash-last4':
      return `XXXX-${last4}`;
    case 'stars':
      return `**** **** **** ${last4}`;
    case 'full':
      return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
}

/**
 * Whether anything on the page says the currency: a mark, a column of currency codes, lakh grouping
 * (1,23,456.78), which only rupee amounts use, or the cardholder's address in a country whose own dollar, rupee, yen or dirham
 * a statement prints bare (the engine issue's "country hints": "SYDNEY NSW 2000", "SHIBUYA-KU",
 * "P.O. BOX 14033, DUBAI").
 * Otherwise the expected currency is null: a US, UK or euro-area address alone does not say it.
 */
export function currencyPrinted(l: FuzzLayout): boolean {
  return (
    l.currencyMark !== 'none' ||
    l.currencyColumn ||
    l.amountFormat === 'indian' ||
    ADDRESS_SAYS.has(l.currency)
  );
}

/** Currencies the address's country names for a reader: the non-US dollars, the rupee, the yen, the dirham. */
const ADDRESS_SAYS = new Set(['INR', 'CAD', 'AUD', 'SGD', 'JPY', 'AED']);

/** The statement a perfect parser reads from the fuzzed PDF (same shape as the hand-made layouts'). */
export function buildFuzzExpected(m: FuzzModel): ExpectedStatement {
  const l = m.layout;
  const fig = new Map(printedFigures(m).map((f) => [f.field, f.cents]));
  const val = (f: FigureField): number | null => {
    const c = fig.get(f);
    return c === undefined ? null : major(c);
  };
  const info = paymentInfo(m);
  const postDate = l.columns.includes('postDate');
  const primary = m.cards[0] as { digits: string };
  // A combined "Payments and credits" figure is payments only when no refund sits among them (or
  // it is zero); with refunds it cannot be split and both are null, as the corpus's notes read it.
  const payments = val('payments');
  const unsplittable =
    l.summary.combined &&
    payments !== null &&
    payments !== 0 &&
    m.transactions.some((t) => t.type === 'credit');
  const interestTable = l.decoys.includes('interest-table');
  return {
    layout: l.name,
    currency: currencyPrinted(l) ? l.currency : null,
    // The issuer's name without its legal form ("Northgate Bank plc" → "Northgate Bank"), as the
    // engine and the classic generator report it.
    issuer: l.issuer.replace(/ (plc|Ltd|N\.V\.|AG|Co\.|S\.A\.|S\.p\.A\.|GmbH|Inc\.)$/, ''),
    cardLast4: primary.digits.slice(-4),
    periodStart: l.periodStyle === 'range' ? m.periodStart : null,
    periodEnd: m.periodEnd,
    dueDate: info.dueDate,
    previousBalance: val('previousBalance'),
    payments: unsplittable ? null : payments,
    credits: unsplittable ? null : l.summary.combined ? (payments === null ? null : 0) : val('credits'),
    purchases: val('purchases'),
    cashAdvances: val('cashAdvances'),
    balanceTransfers: val('balanceTransfers'),
    fees: val('fees'),
    // The interest charge table prints the period's interest (and the APRs) even where the box does not.
    interest: val('interest') ?? (interestTable ? major(m.totals.interest) : null),
    newBalance: val('newBalance'),
    minimumPayment: info.minimumPayment === null ? null : major(info.minimumPayment),
    creditLimit: info.creditLimit === null ? null : major(info.creditLimit),
    availableCredit: info.availableCredit === null ? null : major(info.availableCredit),
    apr:
      l.apr || interestTable
        ? { purchase: m.apr.purchase, cashAdvance: m.apr.cashAdvance }
        : { purchase: null, cashAdvance: null },
    transactions: m.transactions.map((tx) => ({
      date: tx.date,
      postDate: postDate ? tx.postDate : null,
      description: tx.description,
      amount: major(tx.amount),
      type: tx.type,
      foreign: tx.foreign ? { amount: major(tx.foreign.amount), currency: tx.foreign.currency } : null,
      category: tx.category,
    })),
    pii: {
      name: m.name,
      address: m.address,
      cardNumber: printedCard(m, primary.digits),
      accountNumber: l.pii.accountNumber ? m.accountNumber : null,
      email: l.pii.email ? m.email : null,
      phone: m.phone,
      other: l.pii.bankId && m.bankId ? [m.bankId.value] : [],
      greeting: m.greeting,
      customerNumber: l.pii.customerNumber ? m.customerNumber : null,
      holderNames: m.cards.map((c) => c.holder),
    },
  };
}

/** The layout's signature, re-exported for reports. */
export { layoutSignature };
