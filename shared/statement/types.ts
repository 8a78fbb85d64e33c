/**
 * The internal model of a parsed statement. Money is integer cents (minor units) everywhere in
 * here; only the output schema converts to major units. A charge is positive, a payment or
 * credit negative. Dates are ISO `YYYY-MM-DD`.
 */

/** Integer minor units (cents, pence, paise). */
export type Cents = number;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const TRANSACTION_TYPES = [
  'purchase',
  'payment',
  'credit',
  'fee',
  'interest',
  'cash_advance',
  'balance_transfer',
] as const;

export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** An amount in another currency, printed beside a transaction. */
export interface ForeignAmount {
  amount: Cents;
  currency: string;
}

/** One transaction line as parsed from the statement. */
export interface Transaction {
  date: IsoDate;
  postDate: IsoDate | null;
  /** First printed line of the description, whitespace collapsed. */
  description: string;
  amount: Cents;
  type: TransactionType;
  foreign: ForeignAmount | null;
  /** The merchant category printed in a column of the row ("Restaurants", "MCC 5812"), when printed. */
  printedCategory?: string;
}

/** The summary box and header facts; every figure is a positive magnitude as printed, or null. */
export interface StatementSummary {
  issuer: string | null;
  cardLast4: string | null;
  /** ISO code; null when nothing on the statement says (no mark, code, header or country hint). */
  currency: string | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  dueDate: IsoDate | null;
  previousBalance: Cents | null;
  payments: Cents | null;
  credits: Cents | null;
  purchases: Cents | null;
  cashAdvances: Cents | null;
  balanceTransfers: Cents | null;
  fees: Cents | null;
  interest: Cents | null;
  /** May be negative for a credit balance. */
  newBalance: Cents | null;
  minimumPayment: Cents | null;
  creditLimit: Cents | null;
  availableCredit: Cents | null;
  apr: { purchase: number | null; cashAdvance: number | null };
  /** The statement's own minimum-payment warning, when printed (e.g. "15 years $12,128"). */
  minimumPaymentWarning: { years: number | null; months: number | null; totalCost: Cents } | null;
}

/** One reconciliation check: what the statement says against what we computed. */
export interface Check {
  name: string;
  expected: Cents;
  actual: Cents;
  ok: boolean;
}

/** Where a summary figure was read: page, the row's height on it, the label, and how label and value sat. */
export interface Provenance {
  page: number;
  y: number;
  label: string;
  /** `row`: a balance printed as a row of the transaction table (balance-rows.ts). */
  how: 'beside' | 'below' | 'grid' | 'formula' | 'row';
}

/** One summary field's reading (field names as in summary/labels.ts, e.g. "totalDue"). */
export interface FieldSource {
  field: string;
  value: Cents;
  from: Provenance;
  /** Other printed readings of the same field, in the order found. */
  others: Array<{ value: Cents; from: Provenance }>;
}

/** The provenance of a parse (see explain.ts). */
export interface Explanation {
  fields: FieldSource[];
  /** Readings the reconciliation search evaluated (1 when the first reading verified). */
  tried: number;
  /** How the chosen reading departs from the first one, in words (empty: the first one won). */
  changed: string[];
}

/** How much the checks prove: see reconcile.ts. */
export type CheckLevel = 'verified' | 'partial' | 'unverified';

/** Every check that ran, the grade they earn and each failure in words. */
export interface Checks {
  /** Exactly `level === 'verified'`. */
  reconciled: boolean;
  level: CheckLevel;
  details: Check[];
  /** One sentence per failed check naming the gap ("the transactions are 672.00 short of …"). */
  gaps: string[];
}

/** The statement engine's output, before analysis. */
export interface ParsedStatement {
  summary: StatementSummary;
  transactions: Transaction[];
  checks: Checks;
  /** Where each summary figure was read and what the reconciliation search changed (absent from LLM readings). */
  explain?: Explanation;
}
