/**
 * Types of the synthetic statement generator: the public ExpectedStatement (major units, what a
 * perfect parser would return) and the internal cents model every layout renders from.
 */
import type { Category } from '../../shared/analysis/types.js';
import type { TransactionType } from '../../shared/statement/types.js';

export const LAYOUT_NAMES = ['northwind', 'meridian', 'albion', 'rheinland', 'saffron', 'larkspur'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface GenerateOptions {
  layout: LayoutName;
  seed: number;
  /** Number of transaction rows (2..120 typical); default 25. Ignored when `pages` is set. */
  transactions?: number;
  /** Add transactions until the PDF has this many pages. */
  pages?: number;
  /** Encrypt with AES-256; the PDF needs this password to open. */
  userPassword?: string;
  /** Encrypt with an owner password only: the PDF opens without a password. */
  ownerPasswordOnly?: string;
  /**
   * Draws the cardholder, card and account numbers from this seed instead of `seed`: statements of
   * several seeds (several months) then belong to one card. Unset, nothing changes.
   */
  holderSeed?: number;
}

export interface ExpectedTransaction {
  date: string;
  postDate: string | null;
  description: string;
  amount: number;
  type: TransactionType;
  foreign: { amount: number; currency: string } | null;
  category: Category;
}

export interface ExpectedPii {
  name: string;
  address: string[];
  cardNumber: string;
  accountNumber: string | null;
  email: string | null;
  phone: string | null;
  other: string[];
  /** A greeting line naming the holder ("Dear Mr Smith,"), where printed (fuzzed layouts). */
  greeting?: string | null;
  /** A customer or relationship number, where printed (fuzzed layouts). */
  customerNumber?: string | null;
  /** Every card section's holder name, the add-on cards' included (fuzzed layouts). */
  holderNames?: string[];
}

export interface ExpectedStatement {
  layout: string;
  /** Null when nothing on the statement says the currency (fuzzed layouts only). */
  currency: string | null;
  issuer: string | null;
  cardLast4: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  dueDate: string | null;
  previousBalance: number | null;
  payments: number | null;
  credits: number | null;
  purchases: number | null;
  cashAdvances: number | null;
  balanceTransfers: number | null;
  fees: number | null;
  interest: number | null;
  newBalance: number | null;
  minimumPayment: number | null;
  creditLimit: number | null;
  availableCredit: number | null;
  apr: { purchase: number | null; cashAdvance: number | null };
  transactions: ExpectedTransaction[];
  pii: ExpectedPii;
}

/** Regions decide currency, merchants, cities and names. */
export type Region = 'us' | 'uk' | 'de' | 'in';

/** One generated transaction, in cents; `amount` is signed (charge +, payment/credit −). */
export interface ModelTransaction {
  date: string;
  postDate: string;
  description: string;
  /** A second printed line (wrapped description) that layouts with wrapping print. */
  wrap: string | null;
  amount: number;
  type: TransactionType;
  category: Category;
  foreign: { amount: number; currency: string; rate: number } | null;
  /** A reference number for layouts with a reference column. */
  ref: string;
}

/** Summary totals in cents, positive magnitudes (newBalance may be negative). */
export interface ModelTotals {
  previousBalance: number;
  payments: number;
  credits: number;
  purchases: number;
  cashAdvances: number;
  balanceTransfers: number;
  fees: number;
  interest: number;
  newBalance: number;
  minimumPayment: number;
  creditLimit: number;
  availableCredit: number;
}

export interface ModelPerson {
  name: string;
  address: string[];
  email: string;
  phone: string;
}

/** Everything a layout needs to draw one statement. */
export interface StatementModel {
  region: Region;
  currency: string;
  issuer: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** The full card number, digits only. */
  cardDigits: string;
  accountNumber: string;
  person: ModelPerson;
  apr: { purchase: number; cashAdvance: number };
  transactions: ModelTransaction[];
  totals: ModelTotals;
}

/** What a layout tells the model generator about itself. */
export interface LayoutTraits {
  region: Region;
  issuer: string;
  /** Which card network's number to plant. */
  card: 'visa' | 'amex' | 'mc2' | 'mc5';
  cashAdvances: boolean;
  balanceTransfers: boolean;
  /** Cycle starts mid-month (year only inferable from the period), else a calendar month. */
  midMonthCycle: boolean;
  aprPurchase: number;
  aprCash: number;
  /** Foreign transaction fee in basis points. */
  fxFeeBps: number;
}
