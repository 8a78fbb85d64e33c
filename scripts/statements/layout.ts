/**
 * What every layout provides, and the one function that turns a model plus a layout's printing
 * choices into the ExpectedStatement (so no layout can invent a figure it does not print).
 */
import type { TransactionType } from '../../shared/statement/types.js';
import type { FlowFrame, FlowRow } from './flow.js';
import { toMajor } from './format.js';
import type { FontSet, Painter } from './pdf.js';
import type {
  ExpectedPii,
  ExpectedStatement,
  LayoutName,
  LayoutTraits,
  ModelTransaction,
  StatementModel,
} from './types.js';

export interface LayoutDef {
  name: LayoutName;
  traits: LayoutTraits;
  size: readonly [number, number];
  fonts: FontSet;
  frame: FlowFrame;
  /** Summary figures the layout prints; everything else is null in the expected JSON. */
  prints: {
    combinedPaymentsCredits: boolean;
    postDate: boolean;
    apr: boolean;
  };
  /** The transactions in printed order. */
  order(model: StatementModel): ModelTransaction[];
  /** Table rows (section headings, transactions, detail lines, trailing tables). */
  rows(model: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[];
  /** Everything on a page except the flowed rows: summary, address, headers, footers. */
  chrome(p: Painter, model: StatementModel, page: number, pageCount: number): void;
  /** A transaction's amount exactly as the activity table prints it. */
  amountText(amount: number, type: TransactionType): string;
  pii(model: StatementModel): ExpectedPii;
}

/** The section order most issuers use; layouts pick the headings' wording. */
export const SECTION_ORDER: readonly TransactionType[] = [
  'payment',
  'credit',
  'purchase',
  'cash_advance',
  'balance_transfer',
  'fee',
  'interest',
];

/** Stable grouping of transactions by type, in the given section order, empty groups dropped. */
export function bySection(
  txs: readonly ModelTransaction[],
  order: ReadonlyArray<TransactionType | readonly TransactionType[]> = SECTION_ORDER,
): ModelTransaction[][] {
  return order
    .map((key) => {
      const types: readonly TransactionType[] = Array.isArray(key) ? key : [key as TransactionType];
      return txs.filter((t) => types.includes(t.type));
    })
    .filter((g) => g.length > 0);
}

/** The expected JSON for a model as this layout prints it. */
export function buildExpected(def: LayoutDef, model: StatementModel): ExpectedStatement {
  const t = model.totals;
  const combined = def.prints.combinedPaymentsCredits;
  const m = (cents: number): number => toMajor(cents);
  return {
    layout: def.name,
    currency: model.currency,
    issuer: model.issuer,
    cardLast4: model.cardDigits.slice(-4),
    periodStart: model.periodStart,
    periodEnd: model.periodEnd,
    dueDate: model.dueDate,
    previousBalance: m(t.previousBalance),
    // A combined figure with refunds in it cannot be split: both null (as the real corpus reads it).
    payments: combined && t.credits !== 0 ? null : m(combined ? t.payments + t.credits : t.payments),
    credits: combined ? (t.credits !== 0 ? null : 0) : m(t.credits),
    purchases: m(t.purchases),
    cashAdvances: def.traits.cashAdvances ? m(t.cashAdvances) : null,
    balanceTransfers: def.traits.balanceTransfers ? m(t.balanceTransfers) : null,
    fees: m(t.fees),
    interest: m(t.interest),
    newBalance: m(t.newBalance),
    minimumPayment: m(t.minimumPayment),
    creditLimit: m(t.creditLimit),
    availableCredit: m(t.availableCredit),
    apr: def.prints.apr
      ? { purchase: model.apr.purchase, cashAdvance: model.apr.cashAdvance }
      : { purchase: null, cashAdvance: null },
    transactions: def.order(model).map((tx) => ({
      date: tx.date,
      postDate: def.prints.postDate ? tx.postDate : null,
      description: tx.description,
      amount: m(tx.amount),
      type: tx.type,
      foreign: tx.foreign ? { amount: m(tx.foreign.amount), currency: tx.foreign.currency } : null,
      category: tx.category,
    })),
    pii: def.pii(model),
  };
}
