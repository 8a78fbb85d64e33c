/**
 * Finds transaction rows in rebuilt lines: a row starts with a date (optionally a posting date, or a
 * reference cell first) and ends with an amount. Lines in between that carry no date are wrapped
 * descriptions or foreign-currency details of the row above; headings set the section.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { perKey } from '../per-key.js';
import { amountEdge } from './amount-edge.js';
import { type BalanceRow, type BalanceRowReading, balanceRowKind } from './balance-rows.js';
import { categoryColumn } from './category-column.js';
import { endsCategoryName, isCategoryName } from './category-names.js';
import { hasDigit } from './chars.js';
import { type Section, sectionOf } from './classify.js';
import { creditColumnEdge } from './credit-column.js';
import { DATE_AFTER_MAX, dateColumnAfter } from './date-after.js';
import { type DateToken, readDateAt } from './dates.js';
import { keptAmount, keptToken } from './kept.js';
import {
  alignedWith,
  hasWord,
  isJustAbove,
  isOrphanText,
  type LooseLine,
  merchantsAbove,
} from './merchant-lines.js';
import {
  CURRENCY_CODES,
  foreignIn,
  isForeignMark,
  isRateCell,
  type ParsedAmount,
  parseAmount,
} from './money.js';
import { countsWholeUnits, type TableFacts, takeAmount } from './row-amount.js';
import { isDateLed, rowLines } from './row-split.js';
import { runningBalanceEdge } from './running-balance.js';
import { findHeader, type TableHeader } from './table-header.js';
import { afterTime } from './time-of-day.js';

/** A transaction row before dates are resolved and types decided. */
export interface RawTransaction {
  date: DateToken;
  postDate: DateToken | null;
  description: string;
  amount: ParsedAmount;
  /** Sign implied by the column the amount sits in (a "Credit" column), when there is one. */
  columnSign: -1 | 0;
  /** The amount's sign was printed as "+" or "-" (not a CR/DR marker or brackets): see choose.ts. */
  plusMinus: boolean;
  section: Section | null;
  foreign: { cents: number; currency: string } | null;
  /** The merchant category the statement prints in a column of its own, when it has one. */
  category: string | null;
  page: number;
  /** x of the description's first cell, to recognise its wrapped continuation lines. */
  descX: number;
  /** Right edge of the amount's cell: which column it stands in (parse.ts, otherColumnEdge). */
  amountX1: number;
  /** Words on their own line just above the row, aligned with its description, no nearer to the row before. */
  above?: string;
  /** That line also has a section heading's form ("PURCHASE ACTIVITY"): it does not show the layout. */
  aboveHeading?: boolean;
  /** The row had no words of its own and took the line above as its description. */
  tookAbove?: boolean;
  /**
   * Words on their own line just above the row that `above` did not take: aligned with its
   * description but nearer to the row before, or not aligned with it (a category stands where the
   * description would). Its merchant only in a layout that shows merchants above their rows
   * (merchant-lines.ts).
   */
  aboveLoose?: LooseLine;
}

/**
 * A row's detail line that happens to be made of section words: one singular noun, perhaps after
 * one word ("RECURRING PAYMENT", "PURCHASE"). Headings use plurals or other forms ("PURCHASE
 * ACTIVITY", "FEES CHARGED", "Compras", "Paiements et crédits").
 */
const DETAIL_LINE = /^([a-z]+ )?(payment|credit|purchase|debit|fee|charge|refund|return|transfer|advance)$/i;

/** A marker printed on a line of its own under a row: two letters, so a stray initial never counts. */
const LINE_MARKER = /^(CR|Cr|cr|DR|Dr|dr)$/;
/** A cell of eight or more digits and nothing else. */
const ALL_DIGITS = /^\d{8,}$/;
/** Cells that are only a reference number (long, digit-heavy, no spaces): dropped from descriptions. */
const REFERENCE = /^(?=[A-Z0-9-]*\d{4})[A-Z0-9-]{8,}$/;
/** "Fee = 215.88": a line of a charge's breakdown, printed inside its row. */
const BREAKDOWN = /=\s*[\d.,]+\d\b/;
/** A row's words up to and with its breakdown ("Rent Transfer Fee = 215.88 "). */
const BREAKDOWN_HEAD = new RegExp(`^.*${BREAKDOWN.source}\\s*`);
/** A points or count cell: a signed whole number of up to six digits. */
const POINTS = /^[-+]?\d{1,6}$/;
/** A long reference number opening the description cell ("74678448287600688427124 REVV PAYTM"). */
const LEADING_REF = /^\d{10,}\s+(?=\S*[A-Za-z])/;
/**
 * Reads every transaction row of the document. `rowsAt`, when given (one slot per line), is set to 1
 * at each line that carried a row, so the summary reader can leave them alone whatever their
 * descriptions say (marks by index: a set of 10,000 lines cost more than reading their rows);
 * `whole`: the statement counts in whole units (`countsWholeUnits`: yen and won have no minor unit,
 * so their amounts are whole numbers, "12,345", "¥980"), passed by a caller that has it already.
 * Balances printed as rows ("Previous balance", "Neuer Saldo") are no transactions: they go to
 * `balances`.
 */
export function readTransactions(
  lines: Line[],
  currency: string | null,
  rowsAt?: Uint8Array,
  whole: boolean = countsWholeUnits(lines, currency),
  balances?: BalanceRowReading[],
): RawTransaction[] {
  const out: RawTransaction[] = [];
  // What every row's reading shares, with the columns the rows themselves show (a running balance,
  // a date or category column) for tables whose header does not name them.
  const balanceEdge = runningBalanceEdge(lines, whole);
  let creditEdge: number | null | undefined;
  const table: TableFacts = {
    whole,
    balanceEdge,
    currency,
    dateAfter: dateColumnAfter(lines),
    category: categoryColumn(lines),
    amountEdge: whole ? amountEdge(lines, balanceEdge) : null,
    creditEdge: () => {
      if (creditEdge === undefined) creditEdge = creditColumnEdge(lines, whole, balanceEdge);
      return creditEdge;
    },
  };
  let section: Section | null = null;
  let header: TableHeader | null = null;
  let last: RawTransaction | null = null;
  let lastY = 0;
  // Lines since the section heading without a row: a heading far from any row (a "Credit" box
  // title, a summary's "Payments / Credits") is not the heading of the rows that come later.
  let sinceSection = 0;
  let orphan: Line | null = null;
  // How far the orphan line sits below the row before it (Infinity when none on its page).
  let orphanGap = Number.POSITIVE_INFINITY;
  // Whether the orphan line is also a section heading.
  let orphanHeading = false;
  // A date-led line that gave no row: its amount may have wrapped onto the next line.
  let wrapped: Line | null = null;
  // sectionOf once per text: the lines between rows are mostly page headers, printed on every page.
  const sectionIn = perKey(sectionOf);
  // Likewise balanceRowKind: merchants and page furniture repeat, and most answers are "no".
  const balanceKind = perKey(balanceRowKind);
  // Per row in `out`: whether it starts a block of rows, and its line's y (see withoutBalanceRows).
  const starts: boolean[] = [];
  const ys: number[] = [];
  let boundary = true;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (sinceSection > SECTION_REACH) section = null;
    let read = 0;
    const above = wrapped;
    const joined = above && withWrappedAmount(above, line);
    wrapped = null;
    const source = joined ?? line;
    // Most lines hold just themselves (null): read without wrapping each in an array.
    const split = rowLines(source);
    for (let p = 0; p < (split ? split.length : 1); p++) {
      const part = split ? (split[p] as Line) : source;
      const row = readRow(part, header, section, read === 0 ? orphan : null, table);
      if (!row) continue;
      // descX 0: the row has no words of its own and already took the line above.
      const tied = orphan !== null && orphan.y - part.y <= orphanGap + TIE_SLACK;
      if (read === 0 && orphan) {
        const aligned = row.descX === 0 || alignedWith(orphan, row.descX);
        if (aligned && tied) {
          row.above = squeeze(orphan.text);
          if (orphanHeading) row.aboveHeading = true;
        } else if (isJustAbove(orphan, part) && !(aligned && orphanHeading)) {
          // Kept for merchantsAbove to judge with the whole table in view.
          row.aboveLoose = {
            text: squeeze(orphan.text),
            x0: orphan.cells[0]?.x0 ?? 0,
            aligned,
            hangs: orphan.y - part.y >= HANGS * orphanGap,
          };
        }
      }
      // Where a block of rows starts: the first on a page or under a (repeated) header.
      starts.push(boundary || out.length === 0 || (out[out.length - 1] as RawTransaction).page !== row.page);
      ys.push(part.y);
      boundary = false;
      out.push(row);
      last = row;
      read++;
    }
    if (read > 0) {
      if (rowsAt) {
        rowsAt[li] = 1;
        if (joined) rowsAt[li - 1] = 1;
      }
      lastY = line.y;
      sinceSection = 0;
      orphan = null;
      continue;
    }
    if (isDateLed(line)) wrapped = line;
    // "Übertrag  3.776,32" between rows: a page's running total, which no summary label may take;
    // a "Cr" under it is its own, not the last row's.
    if (out.length > 0 && isCarryLine(line, balanceKind)) {
      if (rowsAt) rowsAt[li] = 1;
      last = null;
      continue;
    }
    // "Cr" on the line under a row's amount: that row is a credit ("1,415.67" / "Cr"). Alone, or
    // after words in the row's description column (a wrapped line, a reference number).
    if (last && line.page === last.page && lastY - line.y < 16 && markerLine(line, last)) {
      const mark = line.cells[line.cells.length - 1] as Cell;
      if (LINE_MARKER.test(mark.text) && mark.x0 > last.descX + 40 && last.amount.sign === 0) {
        last.amount = { ...last.amount, sign: /^c/i.test(mark.text) ? -1 : 1 };
        lastY = line.y;
        continue;
      }
    }
    sinceSection++;
    orphan = isOrphanText(line, last, lastY) ? line : null;
    orphanGap = last && last.page === line.page ? lastY - line.y : Number.POSITIVE_INFINITY;
    orphanHeading = false;
    const h = findHeader(line);
    if (h) {
      header = h;
      boundary = true;
      continue;
    }
    // A line just under a row, starting in its description column, continues that row
    // ("RECURRING PAYMENT" under "NETFLIX.COM" is not a Payments heading) unless it has a heading's
    // form ("PURCHASE ACTIVITY", "Compras"), or the row's merchant was printed above it.
    const x0 = line.cells[0]?.x0 ?? 0;
    const heading =
      line.cells.length <= 2 && !line.cells.some((c) => parseAmount(c.text)) ? sectionIn(line.text) : null;
    const under = last && line.page === last.page && lastY - line.y < 16 && Math.abs(x0 - last.descX) < 4;
    const headingForm =
      heading !== null && (!DETAIL_LINE.test(line.text.trim()) || !!last?.above || !!last?.tookAbove);
    if (last && under && !headingForm && !isDatedFigureLine(line)) {
      if (!last.foreign) last.foreign = foreignIn(line.text, currency);
      lastY = line.y;
      continue;
    }
    if (heading) {
      orphanHeading = orphan === line;
      section = heading === 'none' ? null : heading;
      sinceSection = 0;
      // The words may also be the merchant line of the row below ("INTEREST CHARGE ON PURCHASES"
      // printed above its date row), so the orphan set above stays; the section holds either way.
      last = null;
      continue;
    }
    if (last && line.page === last.page && !last.foreign) {
      const f = foreignIn(line.text, currency);
      if (f && !readDateAt(line.cells[0]?.text ?? '')) last.foreign = f;
    }
  }
  // Merchants first: a row's own words under its merchant line are a category ("TRANSPORT", which a
  // Swiss statement's carried-forward line also reads), not a balance row's label.
  const labelled = (r: RawTransaction): boolean => balanceKind(r.description) !== null;
  return withoutBalanceRows(merchantsAbove(out, labelled), starts, ys, balanceKind, balances);
}

/**
 * The rows without those that print a balance ("Previous balance", "Neuer Saldo", "Übertrag"),
 * whose readings go to `balances`. Only a block's first or last row is asked: balances open and
 * close a table or a page, and asking every row cost a label fold per distinct merchant.
 */
function withoutBalanceRows(
  out: RawTransaction[],
  starts: boolean[],
  ys: number[],
  kindOf: (description: string) => BalanceRow | null,
  balances?: BalanceRowReading[],
): RawTransaction[] {
  let kept: RawTransaction[] | null = null;
  for (let i = 0; i < out.length; i++) {
    const row = out[i] as RawTransaction;
    const edge = starts[i] === true || i === out.length - 1 || starts[i + 1] === true;
    const kind = edge ? kindOf(row.description) : null;
    if (!kind) {
      kept?.push(row);
      continue;
    }
    kept ??= out.slice(0, i);
    // Before any transaction, "Balance brought forward" is the previous statement's balance;
    // after them, a page's running total.
    const field = kind === 'carried' && kept.length === 0 ? 'previousBalance' : kind;
    if (field !== 'carried')
      balances?.push({
        field,
        // A balance in the credit column is in credit.
        amount: row.columnSign === -1 ? { ...row.amount, sign: -1 } : row.amount,
        page: row.page,
        y: ys[i] ?? 0,
        label: row.description,
      });
  }
  return kept ?? out;
}

/**
 * How much nearer (points) to the row before a line of words above a row may sit and still be this
 * row's merchant line: lines are spaced as evenly as type allows, and a tracked or taller row (a
 * time of day after its date) moves its baseline by up to a point.
 */
const TIE_SLACK = 1;

/**
 * A line this many times farther from the row under it than from the row over it hangs from the row
 * over it (its wrapped line, under cells set halfway down a wrapped description): no merchant line.
 */
const HANGS = 2;

/**
 * Words, a date and a figure with decimals at the end ("Total Balance  13/11/2025  450.44"): a
 * balance or total line of its own, even printed just under a row in its description column, so
 * never that row's wrapped words, nor what lets a "Cr" under it mark that row.
 */
function isDatedFigureLine(line: Line): boolean {
  const cells = line.cells;
  const n = cells.length;
  if (n < 3 || !hasDigit((cells[n - 1] as Cell).text)) return false;
  if (parseAmount((cells[n - 1] as Cell).text)?.hasDecimals !== true) return false;
  for (let i = 1; i < n - 1; i++) if (readDateAt((cells[i] as Cell).text)) return true;
  return false;
}

/** A label cell and a figure, the label a carried-forward one ("Carried forward", "Riporto"). */
function isCarryLine(line: Line, kindOf: typeof balanceRowKind): boolean {
  const n = line.cells.length;
  if (n < 2 || n > 3 || !hasDigit((line.cells[n - 1] as Cell).text)) return false;
  return kindOf((line.cells[0] as Cell).text) === 'carried';
}

/** The first amount with a currency mark after the row's amount, or null. */
function foreignAfter(cells: Cell[], index: number, table: TableFacts): RawTransaction['foreign'] {
  for (let k = index + 1; k < cells.length; k++) {
    const text = (cells[k] as Cell).text;
    const a = parseAmount(text);
    // A figure in the statement's own currency there is a cashback or a balance, not foreign.
    if (a?.currency && isForeignMark(a, text, table.currency) && (a.hasDecimals || table.whole))
      return { cents: a.cents, currency: a.currency };
  }
  return null;
}

/**
 * A row whose amount wrapped onto the line below it ("11 12 DEC TRANSACTION--…" then "$2.50"): the
 * row's line with that amount as its last cell, or null. The amount is alone on its line, has
 * cents, sits right of the date, and follows at once.
 */
function withWrappedAmount(row: Line, line: Line): Line | null {
  const cell = line.cells[0];
  if (line.cells.length !== 1 || !cell || line.page !== row.page || row.y - line.y >= 16) return null;
  if (cell.x0 < (row.cells[0]?.x0 ?? 0) + 40 || parseAmount(cell.text)?.hasDecimals !== true) return null;
  const prev = row.cells[row.cells.length - 1];
  if (prev && parseAmount(prev.text)) return null;
  return { ...row, cells: [...row.cells, cell], text: `${row.text}  ${cell.text}` };
}

/**
 * Steps past a time of day after a date ("13/10/2023 18:36:42"): in the words left in the date's
 * cell, or in the next cell when none are left (a cell of its own, or the time before the
 * description's first words). Never the row's last cell, which holds its amount.
 */
function pastTime(at: { rest: string; restOf: number; i: number }, cells: readonly Cell[]): void {
  if (at.rest !== '') {
    at.rest = afterTime(at.rest) ?? at.rest;
    return;
  }
  const cell = cells[at.i];
  const after = cell && at.i < cells.length - 1 ? afterTime(cell.text) : null;
  if (after === null) return;
  at.rest = after;
  at.restOf = at.i;
  at.i++;
}

/**
 * A line that may carry a row's Dr/Cr marker under its amount: the marker alone, or after one cell
 * of words that starts no further right than the row's own (a wrapped line, a reference number)
 * and holds no amount; under a row whose merchant is printed on the line above, in that line's column.
 */
function markerLine(line: Line, row: RawTransaction): boolean {
  const n = line.cells.length;
  if (n === 1) return true;
  const first = line.cells[0] as Cell;
  // descX 0: the row has no words of its own (it took the line above), so any column will do. Under
  // a row whose merchant line stands above it in a column of its own, the line may start there.
  const merchantColumn = row.aboveLoose !== undefined && Math.abs(first.x0 - row.aboveLoose.x0) < 4;
  return (
    n === 2 && (row.descX === 0 || merchantColumn || first.x0 < row.descX + 4) && !parseAmount(first.text)
  );
}

/** Whether what follows a date in its cell is nothing, or only a time of day ("07/09/2024 00:22:18"). */
function onlyTimeAfter(rest: string): boolean {
  const t = rest.trim();
  return t === '' || afterTime(t) === '';
}

/** A figure in the statement's own currency, marked or not: what a rate beside the row earned ("2%  $0.36"). */
function isOwnFigure(text: string, currency: string | null): boolean {
  const a = parseAmount(text);
  return a !== null && !isForeignMark(a, text, currency);
}

/** How many lines without a row a section heading stays in force. */
const SECTION_REACH = 8;

function readRow(
  line: Line,
  header: TableHeader | null,
  section: Section | null,
  above: Line | null,
  table: TableFacts,
): RawTransaction | null {
  const whole = table.whole;
  let cells = header?.dateAfter ? dateFirst(line.cells, header.dateAfter) : line.cells;
  // Where the header names no date column after the first, or one that holds no date here (a box of
  // labels above the table read as its header), the date column the rows show.
  if (cells === line.cells && table.dateAfter) cells = dateFirst(line.cells, table.dateAfter);
  if (cells.length < 2) return null;
  // Leading reference cell before the date (some issuers print a sequence number first).
  let start = 0;
  let lead = readDateAt(cells[0]?.text ?? '');
  if (!lead && cells.length > 2 && REFERENCE.test(cells[0]?.text ?? '')) {
    start = 1;
    lead = readDateAt(cells[1]?.text ?? '');
  }
  if (!lead) return null;
  // What follows the dates: words left in the cell that held the last of them (`rest`, from cell
  // `restOf`), and the next cell to read (`i`).
  const at = { rest: lead.rest.trim(), restOf: start, i: start + 1 };
  pastTime(at, cells);
  let postDate: DateToken | null = null;
  const second = readDateAt(at.rest !== '' ? at.rest : (cells[at.i]?.text ?? ''));
  if (second && (at.rest !== '' || at.i < cells.length - 1)) {
    postDate = second.token;
    if (at.rest === '') at.i++;
    at.rest = second.rest.trim();
    pastTime(at, cells);
  }
  const { rest, i } = at;
  // Words after the date in its own cell are the description's first cell.
  const restCell: Cell | null =
    rest !== '' ? { text: rest, x0: (cells[at.restOf] as Cell).x0, x1: (cells[at.restOf] as Cell).x1 } : null;

  // A lone +, - or = cell is a summary illustration's operator ("New EMI  -  0.00"), not a row.
  for (let k = 0; k < cells.length; k++) if (isOperator(cells[k] as Cell)) return null;
  const tail = takeAmount(cells, i, header, table);
  if (!tail) return null;
  cells = tail.cells;
  // The description's cells: restCell (as index i - 1) when there is one, then cells i… up to the
  // amount. Walked by index, not gathered in a list: a list per row was most of a row's garbage.
  const from = restCell ? i - 1 : i;
  const parts = tail.index - from;

  let foreign: RawTransaction['foreign'] = null;
  let category: string | null = null;
  // A line just above the row, whose words the row may take for want of its own.
  const nearAbove = above !== null && isJustAbove(above, line);
  // The description's words joined as they come: most rows have one, and need no list.
  let words: string | null = null;
  // Where the description's words start: a points or reference cell before them is not it.
  let wordsX = parts > 0 ? (restCell ?? (cells[from] as Cell)).x0 : 0;
  for (let k = from; k < tail.index; k++) {
    const part = (k < i ? restCell : cells[k]) as Cell;
    if (header?.isReference(part)) {
      if (header.kindOf(part) === 'category') category ??= part.text;
      continue;
    }
    // Under no header, or one that does not name the description's column, a category column the
    // rows show (category-column.ts), beside other words, or, a category's name alone, with the
    // merchant on the line above.
    if (
      !header?.namesDescription &&
      table.category &&
      (parts > 1 || (nearAbove && isCategoryName(part.text))) &&
      inCategoryColumn(part, table.category)
    ) {
      category ??= part.text;
      continue;
    }
    // A date printed after the description ("NETFLIX.COM  03.05.  04.05.  13,99"): the posting
    // date when the row has none yet; never words of the description.
    if (k !== from || parts > 1) {
      const d = readDateAt(part.text);
      if (d && onlyTimeAfter(d.rest)) {
        postDate ??= d.token;
        continue;
      }
    }
    // A rate or cashback printed beside the row ("2%", "2%  $0.36", "2%" then "0.36"): no words,
    // and no foreign amount.
    const before = k > from ? ((k - 1 < i ? restCell : cells[k - 1]) as Cell) : null;
    if (
      isRateCell(part.text) ||
      (before && isRateCell(before.text) && isOwnFigure(part.text, table.currency))
    )
      continue;
    // A bare whole number in a cell of its own beside the description's words is a points, count,
    // row-number or card column, before them ("7  NETFLIX.COM") or after ("NETFLIX.COM  4417").
    if ((k !== from || parts > 1) && startsNumeric(part.text) && POINTS.test(part.text)) continue;
    // A currency code in a cell of its own is a currency column ("SPOTIFY AB  EUR  12,34", as Swiss
    // and German issuers print): it says what the amount is in, not who was paid.
    if (part.text.length === 3 && CURRENCY_CODES.has(part.text)) continue;
    const amt = parseAmount(part.text);
    if (amt?.currency && (amt.hasDecimals || whole)) {
      // In the statement's own currency it is a cashback or a fee beside the row, not foreign.
      if (isForeignMark(amt, part.text, table.currency))
        foreign = { cents: amt.cents, currency: amt.currency };
      continue;
    }
    // Another figure in a cell of its own ("563.13  120.82  14,282.40DR" before a date and an
    // amount: a summary's row of values): no words of a merchant.
    if (amt?.hasDecimals) continue;
    // A reference in a cell of its own; first, only when it is all digits ("31618348  NETFLIX.COM").
    if (parts > 1 && (k !== from || ALL_DIGITS.test(part.text)) && REFERENCE.test(part.text)) continue;
    if (words === null) wordsX = part.x0;
    words = words === null ? part.text : `${words} ${part.text}`;
  }
  // A foreign amount printed after the row's own, in a side column ("343.86  234.32 EUR").
  if (!foreign) foreign = foreignAfter(cells, tail.index, table);
  let description = squeeze(words ?? '');
  if (startsNumeric(description)) description = description.replace(LEADING_REF, '');
  // Under a header that names a category column, a category the row's words run into ("BANGALORE
  // IN BOOKS AND STATIONERY": extraction joined the two columns) is the row's category.
  if (category === null && header?.namesCategory) {
    const at = trailingCategory(description);
    if (at > 0) {
      category = description.slice(at);
      description = description.slice(0, at).trimEnd();
    }
  }
  // A row with no words of its own takes the merchant printed just above it; so does a row whose
  // words are only a charge's breakdown ("Rent Transfer Fee = 215.88" under "PhonePe").
  const breakdown = description.includes('=') && BREAKDOWN.test(description);
  let tookAbove = false;
  let worded = hasWord(description);
  if ((!worded || breakdown) && above && nearAbove) {
    // The row's words after its breakdown are columns the header leaves unnamed ("Rent",
    // "TOKEN_ECOM"): kept as what the statement prints about the merchant, for its category.
    if (breakdown) category ??= description.replace(BREAKDOWN_HEAD, '').trim() || null;
    description = squeeze(above.text);
    tookAbove = true;
    worded = hasWord(description);
  }
  if (!worded) return null;
  // Some layouts print the posting date first; the header says which column is which.
  const swap = postDate !== null && header?.postDateFirst === true;
  // A literal with a spread is built by a slow generic copy; the flag is set after instead.
  // The row keeps copies of its date and amount (kept.ts says why).
  const row: RawTransaction = {
    date: keptToken(swap ? (postDate as DateToken) : lead.token),
    postDate: swap ? keptToken(lead.token) : postDate && keptToken(postDate),
    description,
    amount: keptAmount(tail.amount),
    columnSign: tail.columnSign,
    plusMinus: tail.amount.sign !== 0 && printsPlusMinus((tail.cells[tail.index] as Cell).text),
    section,
    foreign,
    category,
    page: line.page,
    descX: wordsX,
    amountX1: (tail.cells[tail.index] as Cell).x1,
  };
  if (tookAbove) row.tookAbove = true;
  return row;
}

/**
 * Where a category name of two words or more that ends the description starts ("… IN BOOKS AND
 * STATIONERY": 13), leaving words before it; -1 when none. One word alone is too often a merchant's
 * own ("BARNES BOOKS").
 */
function trailingCategory(description: string): number {
  // Cheap refusal first: the last word must end some category name of two words or more.
  const last = description.lastIndexOf(' ');
  if (last < 0 || !endsCategoryName(description.slice(last + 1))) return -1;
  for (let at = description.indexOf(' '); at > 0; at = description.indexOf(' ', at + 1)) {
    const tail = description.slice(at + 1);
    if (tail.includes(' ') && isCategoryName(tail)) return at + 1;
  }
  return -1;
}

/** Whitespace runs (a literal in the function would build a new RegExp on every call). */
const SPACES = /\s+/g;
/**
 * Two whitespace characters in a row, or one that is not the plain space. A regex, not a character
 * scan: see MAY_CHANGE in despace.ts for what the two scans they replaced cost.
 */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/** Whitespace collapsed to single spaces and trimmed; most descriptions need no new string. */
function squeeze(text: string): string {
  return (LOOSE_SPACE.test(text) ? text.replace(SPACES, ' ') : text).trim();
}

const SIGN_CHAR = /[+\-\u2212\u2013]/;
/** Brackets, or a CR/DR marker ending the text; not the last letter of a code ("-45.00 CAD"). */
const MARKER_OR_BRACKET = /[()]|(?:^|[^A-Za-z])(?:CR|Cr|cr|DR|Dr|dr|C|D)\.?\s*$/;

/** Whether an amount's text carries its sign as "+" or "-" rather than as a CR/DR marker or brackets. */
function printsPlusMinus(text: string): boolean {
  return SIGN_CHAR.test(text) && !MARKER_OR_BRACKET.test(text);
}

/** A lone +, - or = cell. */
function isOperator(c: Cell): boolean {
  return c.text.length === 1 && (c.text === '-' || c.text === '+' || c.text === '=');
}

/** Starts with a digit or a sign: the cheap half of the POINTS and LEADING_REF tests. */
function startsNumeric(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 43;
}

/**
 * Whether a cell stands in the category column: inside its extent, or, a category's name, starting
 * where the column's cells start and running past the end of those the column was found from (its
 * extent comes from rows that print a merchant beside the category; a row whose merchant stands on
 * other lines, as vertically centred cells print a wrapped one, may hold the column's longest name).
 */
function inCategoryColumn(cell: Cell, column: Cell): boolean {
  if (cell.x0 < column.x0 - 1) return false;
  if (cell.x1 <= column.x1 + 1) return true;
  return cell.x0 <= column.x0 + CATEGORY_START_SLACK && isCategoryName(cell.text);
}

/** How far right of its column's first start a category cell may start (the column's own slack, twice). */
const CATEGORY_START_SLACK = 8;

/**
 * A row whose table prints the date after another column ("AMAZON MKTP  05/11/2026  45.00", the
 * header saying so): the date cell under the header's date column is moved first, so the row reads as
 * date, description, rest. Cells stay as printed otherwise.
 */
function dateFirst(cells: Cell[], dateHeader: Cell): Cell[] {
  // The cell is found by its column, so how many come before it matters little: category,
  // description, points and reference columns may all precede the date ("DIGITAL GOODS  NETFLIX.COM
  // 7  20909934  02/04/2024  13,99").

  if (readDateAt(cells[0]?.text ?? '')) return cells;
  const k = cells.findIndex(
    (c, i) =>
      i > 0 &&
      i <= DATE_AFTER_MAX &&
      c.x1 >= dateHeader.x0 - 20 &&
      c.x0 <= dateHeader.x1 + 20 &&
      readDateAt(c.text),
  );
  if (k < 0) return cells;
  return [cells[k] as Cell, ...cells.slice(0, k), ...cells.slice(k + 1)];
}
