/** The shape of the fuzzer's wording: its languages and the fields each vocabulary fills. */

/** The languages a fuzzed statement is written in. */
export const LANGUAGES = [
  'en-US',
  'en-GB',
  'en-IN',
  'en-CA',
  'en-AU',
  'en-SG',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Labels of the summary and header, each drawn from its synonyms. */
export type LabelField =
  | 'previousBalance'
  | 'payments'
  | 'credits'
  | 'paymentsAndCredits'
  | 'purchases'
  | 'cashAdvances'
  | 'balanceTransfers'
  | 'fees'
  | 'interest'
  | 'newBalance'
  | 'minimumPayment'
  | 'dueDate'
  | 'creditLimit'
  | 'availableCredit'
  | 'statementPeriod'
  | 'statementDate'
  | 'cardNumber'
  | 'cardholder'
  | 'accountNumber'
  | 'customerNumber'
  | 'email'
  | 'phone'
  | 'aprPurchases'
  | 'aprCash';

/** Section headings of the transaction table. */
export type SectionField = 'paymentsCredits' | 'purchases' | 'cash' | 'transfers' | 'fees' | 'interest';

/** Column headers of the transaction table. */
export type ColumnField =
  | 'date'
  | 'postDate'
  | 'description'
  | 'reference'
  | 'category'
  | 'points'
  | 'amount'
  | 'foreignAmount'
  | 'debit'
  | 'credit';

/** Row descriptions the issuer writes itself (not merchants). */
export type RowField =
  | 'payment'
  | 'refund'
  | 'lateFee'
  | 'fxFee'
  | 'cashAdvance'
  | 'cashFee'
  | 'transfer'
  | 'transferFee'
  | 'interest'
  | 'cashInterest'
  | 'emiPrincipal'
  | 'emiInterest';

export interface Vocabulary {
  labels: Record<LabelField, readonly string[]>;
  sections: Record<SectionField, readonly string[]>;
  columns: Record<ColumnField, readonly string[]>;
  rows: Record<RowField, readonly string[]>;
  /** Twelve abbreviated month names, then twelve full ones. */
  months: readonly string[];
  monthsLong: readonly string[];
  /** Between the two dates of a period: "to", "bis", "au". */
  periodJoin: readonly string[];
  title: readonly string[];
  summaryTitle: readonly string[];
  transactionsTitle: readonly string[];
  page: string;
  continued: string;
  /** A page break's running-balance lines: carried forward (page end), brought forward (next top). */
  carried: readonly [string, string];
  /** Before a section's name on its total line: "Total", "Summe". */
  total: string;
  primaryCard: string;
  addOnCard: string;
  /** Greeting templates: {sal} salutation, {last} surname, {full} full name. */
  greetingMale: readonly string[];
  greetingFemale: readonly string[];
  salutationMale: readonly string[];
  salutationFemale: readonly string[];
  /** Rewards (points) table: title, opening, earned, redeemed, closing. */
  rewards: readonly [string, string, string, string, string];
  /** Year-to-date totals table: title, fees, interest. */
  ytd: readonly [string, string, string];
  /** EMI schedule: title, instalment, principal, interest, outstanding. */
  emi: readonly [string, string, string, string, string];
  /** Headers of a running-balance column. */
  balanceColumn: readonly string[];
  /** Interest charge calculation (US statements): title, balance type, APR, balance subject to interest, interest. */
  interestTable: readonly [string, string, string, string, string];
  /** An interest example in the terms: {amount} a purchase, {interest} its interest, {rate} the APR. */
  interestExample: string;
}
