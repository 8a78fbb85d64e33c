/**
 * The vocabulary of the layout grammar: every choice a fuzzed layout can make, and the FuzzLayout
 * that records one seed's choices (plain data, printable and replayable).
 */
import type { Country } from './country-types.js';
import type { ColumnField, LabelField, Language, SectionField } from './vocabulary.js';

export const SUMMARY_FORMS = ['list', 'grid', 'table', 'formula'] as const;
export const CURRENCY_MARKS = [
  'symbol-before',
  'symbol-after',
  'code-before',
  'code-after',
  'header-only',
  'none',
] as const;
export const AMOUNT_FORMATS = ['comma-dot', 'dot-comma', 'space-comma', 'apostrophe-dot', 'indian'] as const;
export const SIGN_CONVENTIONS = [
  'leading-minus',
  'trailing-minus',
  'parentheses',
  'cr-suffix',
  'cr-next-line',
  'debit-credit-columns',
  'section-heading',
  'dr-cr',
] as const;
export const DATE_FORMATS = [
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD.MM.YYYY',
  'DD Mon',
  'Mon DD',
  'D Mon YYYY',
  'YYYY-MM-DD',
] as const;
/** Date forms drawn late (round 7), so every earlier seed keeps its draws: two-digit years, dashes, no year. */
export const LATER_DATE_FORMATS = [
  'DD-MM-YYYY',
  'DD/MM/YY',
  'DD-Mon-YY',
  'DD-Mon-YYYY',
  'MM/DD/YY',
  'DD.MM.',
] as const;
/** Round 8: the year after a comma, as US statements print it ("Jan 05, 2025"). */
export const COMMA_YEAR_FORMAT = 'Mon DD, YYYY' as const;
/**
 * Round 10: numeric dates without a year ("01/05"), as most US issuers print their rows, and the
 * day-first twin other countries print; only the period can say which order a short statement uses.
 */
export const YEARLESS_FORMATS = ['MM/DD', 'DD/MM'] as const;
/**
 * Round 11: dates no earlier round drew. Indian issuers' compact "05DEC25" and "05 Dec'25", two-digit
 * years after dots as German and Dutch issuers print them ("05.12.25"), and the year-first
 * "2025/12/05" of Japanese statements.
 */
export const ROUND_ELEVEN_DATE_FORMATS = ['DDMonYY', "DD Mon'YY", 'DD.MM.YY', 'YYYY/MM/DD'] as const;
/** Round 12: the month's name between slashes ("05/Jan/2026", "05/JAN/2026"), as some Indian issuers print rows. */
export const SLASHED_MONTH_FORMAT = 'DD/Mon/YYYY' as const;
/** Round 12: the weekday before a row's date ("Mon 05 Jan", "Mo., 05.01.2026"), bare or with a comma. */
export const ROW_WEEKDAYS = ['none', 'before', 'before-comma'] as const;
/** Amounts without digit grouping ("1234.56", "1234,56"), drawn late like the dates above. */
export const UNGROUPED_FORMATS = ['plain-dot', 'plain-comma'] as const;
export const DECOYS = ['rewards', 'interest-example', 'emi-schedule', 'ytd'] as const;
/** Columns of the transaction table; `amount` stands for the debit and credit pair when split. */
export const COLUMN_KINDS = [
  'date',
  'postDate',
  'description',
  'reference',
  'category',
  'points',
  'amount',
  'foreignAmount',
] as const;

export type SummaryForm = (typeof SUMMARY_FORMS)[number];
export type CurrencyMark = (typeof CURRENCY_MARKS)[number];
export type AmountFormat = (typeof AMOUNT_FORMATS)[number] | (typeof UNGROUPED_FORMATS)[number];
export type SignConvention = (typeof SIGN_CONVENTIONS)[number];
export type DateFormat =
  | (typeof DATE_FORMATS)[number]
  | (typeof LATER_DATE_FORMATS)[number]
  | typeof COMMA_YEAR_FORMAT
  | (typeof YEARLESS_FORMATS)[number]
  | (typeof ROUND_ELEVEN_DATE_FORMATS)[number]
  | typeof SLASHED_MONTH_FORMAT;
/** Decoys drawn late (laterDraws), so earlier seeds keep their draws. */
export const LATER_DECOYS = ['interest-table'] as const;
export type Decoy = (typeof DECOYS)[number] | (typeof LATER_DECOYS)[number];
export type ColumnKind = (typeof COLUMN_KINDS)[number];
/** Figures a layout may leave out (then null in the expected statement). */
export type OptionalFigure = 'minimumPayment' | 'creditLimit' | 'availableCredit' | 'dueDate';

export interface FuzzPiiDraws {
  /** A salutation (Mr, Frau, Sra., …) before the name in the address block. */
  salutation: boolean;
  upperCase: boolean;
  /** A greeting line ("Dear …", "Sehr geehrte …") under the address. */
  greeting: boolean;
  cardMask: 'x-spaced' | 'x-dash-last4' | 'stars' | 'full';
  phoneForm: 'national' | 'international';
  email: boolean;
  accountNumber: boolean;
  customerNumber: boolean;
  /** An IBAN (Europe) or CKYC number (India) in the header. */
  bankId: boolean;
}

/** The drawn layout: every choice the renderer and the expected statement follow. */
export interface FuzzLayout {
  name: string;
  seed: number;
  language: Language;
  country: Country;
  currency: string;
  issuer: string;
  page: 'A4' | 'Letter';
  font: 'helvetica' | 'times' | 'courier' | 'dejavu';
  fontSize: number;
  letterSpacing: 'none' | 'descriptions' | 'amounts';
  labels: Record<LabelField, string>;
  sections: Record<SectionField, string>;
  columnHeaders: Record<ColumnField, string>;
  title: string;
  summaryTitle: string;
  transactionsTitle: string;
  periodJoin: string;
  summary: {
    form: SummaryForm;
    place: 'top' | 'beside-address';
    twoLineHeaders: boolean;
    combined: boolean;
    /** Leave out summary figures that are zero (cash advances, fees, …). */
    omitZero: boolean;
    /** Formula rows print each operator right after the figure before it ("40,803.31 -"). */
    opsAfterValue: boolean;
    /** Payments and credits printed with the credit sign (never in a formula row, whose "-" says it). */
    signedCredits: boolean;
    omit: OptionalFigure[];
  };
  currencyMark: CurrencyMark;
  /** The symbol or code the mark prints ("€", "Rs.", "EUR"). */
  currencyText: string;
  amountFormat: AmountFormat;
  decimals: 0 | 2;
  sign: SignConvention;
  /** The credit marker's spelling ("CR", "Cr") and, for dr-cr, the debit one. */
  crWord: string;
  drWord: string;
  dateFormat: DateFormat;
  /** How the period and due date print (with a year even when the rows have none). */
  summaryDateFormat: DateFormat;
  longMonths: boolean;
  periodStyle: 'range' | 'statement-date';
  midMonthCycle: boolean;
  columns: ColumnKind[];
  referenceDigits: number;
  sectioned: boolean;
  /** A "Total <section>" line closes each section (sectioned layouts). */
  sectionTotals: boolean;
  wrap: boolean;
  merchantAbove: boolean;
  foreign: 'line' | 'column' | 'none';
  twoColumn: boolean;
  cards: number;
  emi: boolean;
  tax: 'GST' | 'IGST' | 'VAT' | null;
  decoys: Decoy[];
  apr: boolean;
  /** True when both balances are printed, so the statement can be checked end to end. */
  verifiable: boolean;
  /** Which balance an unverifiable layout leaves out. */
  missingBalance: 'previousBalance' | 'newBalance' | null;
  tableStart: 'page1' | 'page2';
  pii: FuzzPiiDraws;
  /** The table opens with the previous balance and closes with the new one, as rows (not transactions). */
  balanceRows: boolean;
  /** A table that breaks across pages prints the running balance as "carried forward" / "brought forward" lines. */
  carryForward: boolean;
  /** Rows print the currency mark with their amounts ("-$45.00", "12,50 €"), as the summary does. */
  rowMark: boolean;
  /** The minus sign printed: a hyphen, or an en dash or minus sign as some typesetting makes it. */
  minus: '-' | '–' | '−';
  /** The card was overpaid: the new balance is a credit (printed in the credit style). */
  creditBalance: boolean;
  /** The summary comes after the transactions, not above them. */
  summaryAtEnd: boolean;
  /** A last column with the balance after each row, under this header (null: none). */
  runningBalance: string | null;
  /** Leading-minus layouts that also print a plus on charges ("+45.00", "-20.00"). */
  plusCharges: boolean;
  /**
   * Leading-minus layouts that print signs the account's way, as German and Dutch card statements
   * do: a charge "-45,00", a payment or refund "+20,00", the balance owed "-150,00".
   */
  accountSigns: boolean;
  /** Rows listed newest first within each card and section, as some issuers' statements do. */
  newestFirst: boolean;
  /** Month names printed in capitals ("05 JAN 2025", "MAR 14"). */
  upperMonths: boolean;
  /**
   * The table prints its column headers. Without them the engine reads columns as it must under
   * headers in words it does not know: from the rows alone.
   */
  tableHeader: boolean;
  /** Round 9: the time of day after each row's date ("13/10/2023 18:36:42", "05 Nov 14:05"), as some issuers print it. */
  rowTime: 'none' | 'hm' | 'hms';
  /** Round 9: a first column numbering the rows ("1", "001"). */
  serial: 'none' | 'plain' | 'padded';
  /** Round 9: a column giving each row's card by its last four digits ("4417"), before the amounts. */
  cardColumn: boolean;
  /** Round 9: a long reference number on a line of its own under each row, in the description's column. */
  refBelow: boolean;
  /** Round 9: debit and credit columns printed credits first ("Credits  Charges"). */
  creditsFirst: boolean;
  /**
   * Round 9: a cashback column beside the amount ("2%  $0.36" on each purchase), before it as Apple
   * Card prints it, or after it under its header as some Indian issuers do.
   */
  cashback: 'none' | 'before' | 'after';
  /**
   * Round 10: what debit and credit columns print on a row's empty side: nothing, a zero ("0.00")
   * or a dash, as many Indian and European issuers do.
   */
  emptySide: 'blank' | 'zero' | 'dash';
  /** Round 10: the credit (and Dr/Cr) marker printed against the number ("45.00CR"), as HSBC and Citi do. */
  markerHugs: boolean;
  /** Round 10: a column with each row's currency code before the amount ("EUR  1.234,56"), as Swiss and German issuers print. */
  currencyColumn: boolean;
  /** Round 10: a list summary's labels run into their values with dot leaders ("Previous Balance ........ 1,234.56"). */
  leaders: boolean;
  /** Round 10: the period prints its year once, after its end ("6 Jan – 5 Feb 2026", "Jan 06 - Feb 05, 2026"). */
  periodYearOnce: boolean;
  /**
   * Round 11: a mark right after some rows' dates ("01/15/25*"), as American Express prints one on
   * activity its footnote explains; no part of the row's description.
   */
  rowFlag: boolean;
  /** Round 12: the weekday printed before each row's date, as several UK and European issuers do. */
  rowWeekday: (typeof ROW_WEEKDAYS)[number];
  /**
   * Round 13: days and months printed without a leading zero ("1/5/2026", "Jan 5", "5.1.2026"), as
   * many US issuers and some European ones print them. ISO and compact Indian dates keep theirs.
   */
  unpadded: boolean;
  /**
   * Round 13: a payment coupon closing the statement ("Please detach and return this portion with
   * your payment"), as North American issuers mail it: the account, the new balance, the minimum
   * payment and its due date again, an "Amount Enclosed" blank, the holder's name and address again,
   * and the issuer's remittance address.
   */
  coupon: boolean;
  /**
   * Round 13: every word placed on its own, with no space glyph between words (the gap alone
   * separates them), as report engines write many issuers' PDFs; the text is the same.
   */
  wordRuns: boolean;
  /**
   * Round 14: credits printed with a plus and charges unsigned ("+5,000.00" for a payment, "499.00"
   * for a purchase), as several Indian fintech cards and UK app banks print money coming in.
   */
  plusCredits: boolean;
  /**
   * Round 14: a wrapped row's one-line cells (date, amount, reference…) set halfway down its two
   * description lines, as tables with vertically centred cells (HTML-rendered statements) print them.
   */
  middleCells: boolean;
  /**
   * Round 15: a narrow column of notices beside the table on its first page (messages, the points
   * balance, the service line), in smaller type at its own pitch, as many issuers print one.
   */
  sidebar: boolean;
}
