/**
 * The statement engine: rebuilt lines in, a verified ParsedStatement out. Generic by design: no
 * per-issuer templates, only the conventions statements share (see labels.ts, classify.ts).
 */
import { StatementError } from '../errors.js';
import type { Line } from '../pdf/layout.js';
import type { BalanceRowReading } from './balance-rows.js';
import { choose, type Selection } from './choose.js';
import { classify } from './classify.js';
import { nearEdge } from './column-extent.js';
import { otherColumnEdge } from './credit-column.js';
import { findCurrency } from './currency.js';
import {
  type DateToken,
  type DayMonthOrder,
  dateResolver,
  forgetLastDate,
  inferOrder,
  rememberDates,
  resolveDate,
} from './dates.js';
import { despaceLines } from './despace.js';
import { dropEmptySides } from './empty-side.js';
import { explain, takenIndex } from './explain.js';
import { findAprs, findCardLast4, findIssuer, findMinimumWarning } from './facts.js';
import { type AmountField, forgetLabels, normaliseLabel, rememberLabels } from './labels.js';
import { forgetLastAmount } from './money.js';
import { countsWholeUnits } from './row-amount.js';
import { unfoldSideColumn } from './side-column.js';
import { readSummary, type SummaryFigures } from './summary.js';
import { type RawTransaction, readTransactions } from './transactions.js';
import { unfoldTwoColumns } from './two-columns.js';
import type { IsoDate, ParsedStatement, StatementSummary, Transaction } from './types.js';

/** Parses a statement's lines; throws NOT_A_STATEMENT when nothing statement-like is found. */
export function parseStatement(printed: Line[]): ParsedStatement {
  rememberLabels();
  rememberDates();
  try {
    return parseLines(printed);
  } finally {
    // The readers keep their last answer between calls; none of this statement's text stays.
    forgetLastDate();
    forgetLastAmount();
    forgetLabels();
  }
}

/**
 * The rows as transactions, their dates resolved. At module level rather than inside parseLines: V8
 * keeps optimised code only while a closure of it lives, so a per-call closure over 9,000 rows was
 * compiled again after each full collection of the worker (docs/load.md, "Per-call closures").
 */
function buildTransactions(
  raw: readonly RawTransaction[],
  resolve: (t: DateToken) => IsoDate | null,
  withSections: boolean,
  signs: SignReading,
  creditEdge: number | null = null,
): Transaction[] {
  const out: Transaction[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawTransaction;
    const date = resolve(r.date);
    if (!date) continue;
    // `creditEdge`: an unsigned amount in that column reads as a credit (otherColumnEdge's hypothesis).
    const inCredits = creditEdge !== null && r.amount.sign === 0 && nearEdge(r.amountX1, creditEdge);
    const printedSign = r.columnSign === -1 || inCredits ? -1 : signOf(r, signs);
    const section = withSections ? r.section : null;
    const { type, amount } = classify(r.description, r.amount.cents, printedSign, section);
    const foreign = r.foreign
      ? { amount: amount < 0 ? -r.foreign.cents : r.foreign.cents, currency: r.foreign.currency }
      : null;
    const t: Transaction = {
      date,
      postDate: r.postDate ? resolve(r.postDate) : null,
      description: r.description,
      amount,
      type,
      foreign,
    };
    // Set after, not spread in: a literal with a spread is built by a slow generic copy.
    if (r.category) t.printedCategory = r.category;
    out.push(t);
  }
  return postingAfter(out);
}

/**
 * The rows with their two dates in the order time allows: a charge is posted on or after the day it
 * was made. When some rows would be posted before they were made and none after, the columns were
 * read the wrong way round (a posting date printed first, under no header that says so): swapped.
 */
function postingAfter(rows: Transaction[]): Transaction[] {
  let before = 0;
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i] as Transaction;
    if (t.postDate === null || t.postDate === t.date) continue;
    if (t.postDate > t.date) return rows;
    before++;
  }
  if (before === 0) return rows;
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i] as Transaction;
    if (t.postDate !== null) [t.date, t.postDate] = [t.postDate, t.date];
  }
  return rows;
}

function parseLines(printed: Line[]): ParsedStatement {
  const lines = dropEmptySides(unfoldSideColumn(unfoldTwoColumns(despaceLines(printed))));
  const currency = findCurrency(lines);
  const rowLines = new Uint8Array(lines.length);
  const wholeUnits = countsWholeUnits(lines, currency);
  const balanceRows: BalanceRowReading[] = [];
  const raw = readTransactions(lines, currency, rowLines, wholeUnits, balanceRows);
  const figures = withBalanceRows(readSummary(lines, rowLines, wholeUnits), balanceRows);
  const order = inferOrder(allDates(raw, figures), currency);
  const period = resolvePeriod(figures, order);
  const anchor = period.end ?? resolveFirst(figures.dates.dueDate, order, null);

  const resolve = dateResolver(order, anchor);
  // `signs`: printed "+"/"-" as printed, the account's way (a charge "-", a payment "+"), or a "+"
  // as a credit; a credit column and CR/DR markers keep their meaning.
  const build = (withSections: boolean, signs: SignReading = 'printed'): Transaction[] =>
    buildTransactions(raw, resolve, withSections, signs);

  const a = figures.amounts;
  const mag = (f: AmountField) => (a[f] ? a[f].cents : null);
  const base: StatementSummary = {
    issuer: findIssuer(lines),
    cardLast4: findCardLast4(lines, rowLines),
    currency,
    periodStart: period.start,
    periodEnd: period.end,
    dueDate: resolveFirst(figures.dates.dueDate, order, anchor),
    previousBalance: null,
    payments: null,
    credits: null,
    purchases: null,
    cashAdvances: mag('cashAdvances'),
    balanceTransfers: mag('balanceTransfers'),
    fees: mag('fees'),
    interest: mag('interest'),
    newBalance: null,
    minimumPayment: mag('minimumPayment'),
    creditLimit: mag('creditLimit'),
    availableCredit: mag('availableCredit'),
    apr: findAprs(lines, rowLines),
    minimumPaymentWarning: findMinimumWarning(lines, rowLines),
  };
  const hasSections = raw.some((r) => r.section !== null);
  // Rows under another reading of their signs, with and without headings, each read only if asked for.
  const readLater = (signs: SignReading): [() => Transaction[], (() => Transaction[]) | null] => [
    once(() => build(true, signs)),
    hasSections ? once(() => build(false, signs)) : null,
  ];
  const { reading, choice } = choose({
    candidates: figures.candidates,
    rows: [build(true), hasSections ? once(() => build(false)) : null],
    base,
    typesPrinted: hasSections,
    flippedRows: chargesMayBeMinus(raw) ? readLater('account') : null,
    plusCreditRows: plusMayBeCredit(raw) ? readLater('plus-credit') : null,
    // Found only when the search gets that far: most statements verify on their first reading.
    otherColumnCredits: (() => {
      const edge = once(() => otherColumnEdge(raw));
      const read = (sections: boolean) =>
        once(() => {
          const e = edge();
          return e === null ? null : buildTransactions(raw, resolve, sections, 'printed', e);
        });
      const [withSections, without] = [read(true), read(false)];
      return (sections: boolean) => (sections ? withSections() : without());
    })(),
  });
  if (!looksLikeCardStatement(reading.summary, reading.transactions.length)) {
    throw new StatementError(
      'NOT_A_STATEMENT',
      'This PDF does not look like a credit-card statement: no card balances or transactions were found.',
    );
  }
  const combined =
    !figures.candidates.payments && !figures.candidates.credits && !!figures.candidates.paymentsAndCredits;
  return {
    summary: asReported(reading.summary, reading.transactions, combined, {
      verified: reading.checks.level === 'verified',
      debits: reading.selection.debits,
      feesLabel: feesLabelOf(figures, reading.selection),
    }),
    transactions: reading.transactions,
    checks: reading.checks,
    explain: explain(figures, reading.selection, choice),
  };
}

/**
 * The summary as the contract reports it, after the checks have used every figure read:
 * - a combined "Payments and credits" figure is payments (credits 0) only when the rows show no
 *   credit beside the payments, or when it is zero; with refunds among them it cannot be split, so
 *   both are null (the checks still used it whole);
 * - interest the summary does not print, but rows of interest do ("FINANCE CHARGES  491.72"), is
 *   the sum of those rows: printed, if not in the box;
 * - on a verified statement, a figure the box does not print is 0 when its printed breakdown says
 *   so: no purchases when one "New Debits" figure is all fee and interest rows; no interest when
 *   the box's catch-all "Other Debits & Charges" is 0 and no interest row is printed.
 */
function asReported(
  s: StatementSummary,
  rows: Transaction[],
  combined: boolean,
  proof: { verified: boolean; debits: boolean; feesLabel: string | null },
): StatementSummary {
  let out = s;
  if (proof.verified && proof.debits && s.purchases === null && !rows.some((t) => t.type === 'purchase'))
    out = { ...out, purchases: 0 };
  const catchAllZero = s.fees === 0 && proof.feesLabel !== null && CATCH_ALL.test(proof.feesLabel);
  if (proof.verified && catchAllZero && s.interest === null && !rows.some((t) => t.type === 'interest'))
    out = { ...out, interest: 0 };
  if (combined && s.payments !== null && s.payments !== 0 && rows.some((t) => t.type === 'credit'))
    out = { ...out, payments: null, credits: null };
  if (s.interest === null) {
    let interest = 0;
    let seen = false;
    for (const t of rows) {
      if (t.type !== 'interest') continue;
      interest += t.amount;
      seen = true;
    }
    if (seen && interest > 0) out = { ...out, interest };
  }
  return out;
}

/** A fees label that covers every other debit, interest included ("Other Debit&Charges"). */
const CATCH_ALL = /^other debits? (and )?charges$/;

/** The normalised label of the fees figure the reading took, or null. */
function feesLabelOf(figures: SummaryFigures, sel: Selection): string | null {
  const label = figures.candidates.fees?.[takenIndex('fees', sel, 0)]?.from.label;
  return label === undefined ? null : normaliseLabel(label);
}

/**
 * Whether the rows may print their charges with "-" (the account's way): most rows carry a printed
 * "-". Where charges are unsigned and credits "-", the minus rows are the few credits; a lone "-"
 * on one row is a credit (or a misprint), never a reason to read every sign the other way.
 */
function chargesMayBeMinus(raw: RawTransaction[]): boolean {
  let minus = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawTransaction;
    if (r.plusMinus && r.amount.sign === -1) minus++;
  }
  return minus * 2 > raw.length;
}

/**
 * Whether a printed "+" may mark the credits (charges unsigned): some row prints a "+" and none a
 * "-". Where a "+" marks charges, the credits print a "-" (or the statement has none: then reading
 * the "+" rows as credits cannot prove itself).
 */
function plusMayBeCredit(raw: RawTransaction[]): boolean {
  let plus = false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawTransaction;
    if (!r.plusMinus) continue;
    if (r.amount.sign === -1) return false;
    if (r.amount.sign === 1) plus = true;
  }
  return plus;
}

/** How a row's printed "+" and "-" are read: as printed, the other way round, or a "+" as a credit. */
type SignReading = 'printed' | 'account' | 'plus-credit';

/** A row's sign under a reading of its "+" and "-"; a CR/DR marker or brackets keep theirs. */
function signOf(r: RawTransaction, signs: SignReading): -1 | 0 | 1 {
  if (!r.plusMinus || signs === 'printed') return r.amount.sign;
  if (signs === 'account') return -r.amount.sign as -1 | 0 | 1;
  return r.amount.sign === 1 ? -1 : r.amount.sign;
}

/** `fn`, run on the first call only: the rows without headings are read only if the search needs them. */
function once<T>(fn: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: fn() };
    return value.v;
  };
}

/**
 * A card statement carries a previous balance, or transactions beside something only card accounts
 * print (minimum payment, credit limit, the card's last digits, an APR). An invoice's "Total due"
 * with a due date is neither.
 */
function looksLikeCardStatement(s: StatementSummary, transactions: number): boolean {
  if (s.previousBalance !== null) return true;
  const cardFacts = [s.minimumPayment, s.creditLimit, s.availableCredit, s.cardLast4, s.apr.purchase];
  return transactions > 0 && cardFacts.some((v) => v !== null);
}

/**
 * A balance the table prints as a row ("01.03.  Saldo Vormonat  1.234,56", "31.03.  Neuer Saldo …")
 * stands in for a summary box that does not print it: the first such row for the previous balance,
 * the last for the new one. Where the box prints the field, its own reading stays.
 */
function withBalanceRows(figures: SummaryFigures, rows: BalanceRowReading[]): SummaryFigures {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as BalanceRowReading;
    if (figures.candidates[r.field]) continue;
    const pick =
      r.field === 'previousBalance' ? r : (rows.findLast((x) => x.field === r.field) as BalanceRowReading);
    figures.amounts[r.field] = pick.amount;
    figures.candidates[r.field] = [
      {
        amount: pick.amount,
        from: { page: pick.page, y: Math.round(pick.y), label: pick.label, how: 'row' },
      },
    ];
  }
  return figures;
}

/** Every date token read: the rows' own, then the summary's (the order inferOrder sees them in). */
function allDates(raw: RawTransaction[], f: SummaryFigures): DateToken[] {
  const out: DateToken[] = [];
  // Indexed loops over the rows: for…of allocates an iterator result per row until optimised.
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawTransaction;
    out.push(r.date);
    if (r.postDate) out.push(r.postDate);
  }
  // for…in visits the fields in Object.values' order; the spread into push that this replaces
  // deoptimised the function on every statement (no feedback past the row loop it was optimised in).
  for (const field in f.dates) {
    const tokens = f.dates[field as keyof SummaryFigures['dates']] as DateToken[];
    for (let i = 0; i < tokens.length; i++) out.push(tokens[i] as DateToken);
  }
  return out;
}

function resolveFirst(
  tokens: DateToken[] | undefined,
  order: DayMonthOrder,
  anchor: IsoDate | null,
): IsoDate | null {
  const t = tokens?.[0];
  return t ? resolveDate(t, order, anchor) : null;
}

/** The period from a "period" line's two dates, or the statement date as its end. */
function resolvePeriod(
  f: SummaryFigures,
  order: DayMonthOrder,
): { start: IsoDate | null; end: IsoDate | null } {
  const p = f.dates.period;
  const statementDate = f.dates.statementDate?.[0] ?? null;
  if (p && p.length >= 2) {
    const [s, e] = p as [DateToken, DateToken];
    // A year printed on only one end ("1 Dec to 31 Dec 2026") lends it to the other.
    const endYearAnchor = e.year !== null ? resolveDate(e, order, null) : null;
    const fallbackAnchor = statementDate ? resolveDate(statementDate, order, null) : null;
    const end = endYearAnchor ?? resolveDate(e, order, fallbackAnchor);
    const start = resolveDate(s, order, end);
    if (start && end && start <= end) return { start, end };
  }
  if (p && p.length === 1) return { start: null, end: resolveDate(p[0] as DateToken, order, null) };
  // Separate "Opening Date" and "Closing Date" (or statement date) rows.
  const end = statementDate ? resolveDate(statementDate, order, null) : null;
  const startToken = f.dates.periodStart?.[0];
  const start = startToken ? resolveDate(startToken, order, end) : null;
  return { start: start && end && start <= end ? start : null, end };
}
