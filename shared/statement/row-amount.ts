/**
 * A transaction row's amount: the last amount cell (a lone CR/DR marker cell joins it), before a
 * running balance or side columns (points, cashback, a foreign amount) that the header names, with
 * decimals — or whole, in a currency without a minor unit.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { hasDigit } from './chars.js';
import { nearEdge } from './column-extent.js';
import {
  CURRENCY_CODES,
  isRateCell,
  LONE_MARKER,
  LONE_SYMBOL,
  type ParsedAmount,
  parseAmount,
} from './money.js';
import type { TableHeader } from './table-header.js';

/** A last cell that ends in the amount: "COFFEE 4.50", "COFFEE 4.50 CR". */
const SHARED_CELL = /^(.*\S)\s+(\S+(?:\s(?:CR|DR|Cr|Dr))?)$/;

/** Where a row's amount sits; `cells` is the row's cells, with a shared last cell split in two. */
export interface AmountTail {
  amount: ParsedAmount;
  index: number;
  columnSign: -1 | 0;
  cells: Cell[];
}

/**
 * The row's amount: the last amount cell (a lone CR/DR marker cell joins the amount before it).
 * When the header shows a running-balance column, or the rows' arithmetic does (`balanceEdge`, the
 * column's right edge), the amount is the one before the balance.
 * The line's own cells are never changed: a split works on a copy.
 */
export function takeAmount(
  cells: Cell[],
  from: number,
  header: TableHeader | null,
  table: TableFacts,
): AmountTail | null {
  const { whole, balanceEdge } = table;
  let row = joinMarks(cells, cells.length - 1, from);
  let end = row.length - 1;
  let marked = withMarker(row, end, from, header, whole);
  if (marked) return marked;
  // A running balance after the amount, named by the header or shown by the rows' arithmetic
  // (running-balance.ts): the amount, its marker and its mark are before it.
  const balance = header?.hasBalance || nearEdge(row[end]?.x1 ?? Number.NaN, balanceEdge);
  if (balance && end > from && parseAmount(row[end]?.text ?? '')) {
    end--;
    const before = row.length;
    row = joinMarks(row, end, from);
    end -= before - row.length;
    marked = withMarker(row, end, from, header, whole);
    if (marked) return marked;
  }
  // Cashback or points printed after the amount, under their own column, or a foreign amount there
  // that no header names ("+521,18 EUR  CHF 499,60"): its currency is not the statement's.
  const last = end;
  while (end > from && isBeside(row, end, header, table)) end--;
  if (end < from) return null;
  // The marker or mark may come before such a column ("58,05  D  USD 63,10", "805,10  €  USD 875,11").
  if (end < last) {
    const n = row.length;
    row = joinMarks(row, end, from);
    end -= n - row.length;
    const before = withMarker(row, end, from, header, whole);
    if (before) return before;
  }
  const cell = row[end] as Cell;
  const a = parseAmount(cell.text);
  // Under no header, or a box of summary labels taken for one (it names no description), a bare
  // whole figure (yen) that ends where the table's amounts end is the amount.
  if (
    isMoney(a, whole, header, cell) ||
    (a !== null && whole && !header?.namesDescription && nearEdge(cell.x1, table.amountEdge))
  ) {
    // Under a header, its credit column; under none, or a box of labels taken for one (it names no
    // description), the credit column the rows show.
    const credit = header?.namesDescription
      ? header.isCreditColumn(cell)
      : header?.isCreditColumn(cell) || nearEdge(cell.x1, table.creditEdge());
    return { amount: a, index: end, columnSign: credit ? -1 : 0, cells: row };
  }
  // The amount may share the last cell with the end of the description: "COFFEE 4.50".
  const m = SHARED_CELL.exec(cell.text);
  const a2 = m && end === row.length - 1 ? parseAmount(m[2] ?? '') : null;
  if (!m || !isMoney(a2, whole, header)) return null;
  const split = row.slice(0, end);
  split.push({ text: m[1] ?? '', x0: cell.x0, x1: cell.x1 }, { text: m[2] ?? '', x0: cell.x1, x1: cell.x1 });
  return { amount: a2, index: end + 1, columnSign: 0, cells: split };
}

/**
 * Cell `end` stands beside the amount, after it: under a side column the header names, a foreign
 * amount no header names, or a rate with the cashback it earned ("2%", "2%  0,70 €").
 */
function isBeside(row: Cell[], end: number, header: TableHeader | null, table: TableFacts): boolean {
  const cell = row[end] as Cell;
  return header?.isSideColumn(cell) === true || isForeignAfter(row, end, table) || isRateCell(cell.text);
}

/** What a row's amount depends on beyond its own cells, the same for every row of a statement. */
export interface TableFacts {
  /** Amounts are whole units (yen, won): see printsWholeUnits and WHOLE_CURRENCIES. */
  whole: boolean;
  /** Right edge of a running-balance column the rows' arithmetic shows (running-balance.ts), or null. */
  balanceEdge: number | null;
  /** The statement's currency, when known. */
  currency: string | null;
  /** A date column after the description that the rows show (date-after.ts), for tables without a header. */
  dateAfter: Cell | null;
  /** A category column the rows show (category-column.ts), for tables without a header. */
  category: Cell | null;
  /** Where the table's amounts end (amount-edge.ts), for bare whole figures under no header. */
  amountEdge: number | null;
  /**
   * Right edge of a credit column the rows show (credit-column.ts), for tables without a header:
   * found on first use, as a table under a header that names its columns never asks.
   */
  creditEdge: () => number | null;
}

/**
 * Cell `end` is an amount whose ISO code names another currency than the statement's ("CHF 499,60";
 * a "$" alone may be the statement's own dollar), after an amount of the statement's own: unmarked,
 * marked with the statement's currency, or with a symbol only ("$72.12  44.23 EUR" on an Australian
 * statement). Where no mark says the statement's currency, a code after an unmarked amount is
 * foreign all the same ("412.79  USD 448.69").
 */
function isForeignAfter(row: Cell[], end: number, table: TableFacts): boolean {
  const { currency, whole } = table;
  const text = (row[end] as Cell).text;
  const a = parseAmount(text);
  if (!a?.currency || a.currency === currency || !text.includes(a.currency)) return false;
  // The row's own amount may carry its Dr/Cr marker ("388.92  D  EUR 265.03"), its currency mark
  // ("269,25  $  EUR 247,70") or both ("141.93  £  D  165.59 EUR") in cells of their own.
  let before = end - 1;
  let mark = '';
  for (let skipped = 0; skipped < 2 && before >= 1; skipped++) {
    const t = (row[before] as Cell).text;
    if (LONE_MARKER.test(t)) before--;
    else if (mark === '' && isLoneMark(t, false)) {
      mark = t;
      before--;
    } else break;
  }
  const ownCell = (row[before] as Cell | undefined)?.text ?? '';
  const ownText = mark === '' ? ownCell : `${ownCell} ${mark}`;
  const own = parseAmount(ownText);
  if (!isMoney(own, whole, null)) return false;
  if (own.currency === null) return true;
  return currency !== null && (own.currency === currency || !ownText.includes(own.currency));
}

/**
 * `cells` with a currency mark set apart from the amount it belongs to joined to it, whether the
 * amount ends at `end` or a Dr/Cr marker of its own follows ("3521.49  €  Cr": tracking sets all
 * three apart); the same array when there is none.
 */
function joinMarks(cells: Cell[], end: number, from: number): Cell[] {
  const joined = joinLoneMark(cells, end, from);
  if (joined !== cells || !LONE_MARKER.test(cells[end]?.text ?? '')) return joined;
  return joinLoneMark(cells, end - 1, from);
}

/** The longest cell a currency mark set apart can be, with a bracket: "( EUR", "CA$ )". */
const MARK_MAX = 6;

/** isLoneMark's cheap half: a short cell without a digit. */
function mayBeMark(text: string): boolean {
  return text.length <= MARK_MAX && !hasDigit(text);
}

/**
 * `cells` with a currency mark set apart from the amount at `end` joined to it ("23.24  $", "EUR  1
 * 713,55": tracking widens the gap); the same array when there is none.
 */
function joinLoneMark(cells: Cell[], end: number, from: number): Cell[] {
  if (end <= from) return cells;
  const a = cells[end - 1] as Cell;
  const b = cells[end] as Cell;
  // A mark alone is short and has no digit ("€", "Rs.", "CA$", "€ )"): most rows, whose last two
  // cells are words and an amount, are refused here.
  if (!mayBeMark(b.text) && !mayBeMark(a.text)) return cells;
  // The mark may carry the amount's bracket or sign, after it ("( 279,28  € )") or before it
  // ("(EUR  5 620,48)"): the two cells must then read as one amount.
  const joins =
    (isLoneMark(b.text.replace(CLOSING, ''), false) && parseAmount(`${a.text} ${b.text}`) !== null) ||
    (isLoneMark(a.text.replace(OPENING, ''), true) &&
      parseAmount(b.text)?.currency == null &&
      parseAmount(`${a.text} ${b.text}`) !== null);
  if (!joins) return cells;
  // A mark in a column of its own before the amount ("GBP" under "Currency", then "10.99" under
  // "Charges") leaves the amount in its column: the joined cell keeps the amount's extent.
  const apart = isLoneMark(a.text, true) && b.x0 - a.x1 > MARK_COLUMN_GAP;
  return [
    ...cells.slice(0, end - 1),
    { text: `${a.text} ${b.text}`, x0: apart ? b.x0 : a.x0, x1: b.x1 },
    ...cells.slice(end + 1),
  ];
}

/** A mark further than this (points) from its amount stands in a column of its own. */
const MARK_COLUMN_GAP = 12;

/** A closing bracket or sign printed after a currency mark that follows its amount ("€ )", "€ -"). */
const CLOSING = / ?[)\-–−]$/;
/** An opening bracket or sign printed before a currency mark that leads its amount ("(EUR", "- €"). */
const OPENING = /^[(\-–−] ?/;

/**
 * A cell holding only a currency mark: a symbol, or before the amount also an ISO code ("EUR").
 * A code after an amount is left alone: "343.86  234.32 USD" may be a foreign column.
 */
function isLoneMark(text: string, before: boolean): boolean {
  if (text.length > 3) return false;
  return LONE_SYMBOL.test(text) || (before && text.length === 3 && CURRENCY_CODES.has(text));
}

/** "58,05  D": the amount in cell `end - 1` and its Dr/Cr marker in cell `end`, a cell of its own. */
function withMarker(
  cells: Cell[],
  end: number,
  from: number,
  header: TableHeader | null,
  whole: boolean,
): AmountTail | null {
  if (!(end - 1 >= from && LONE_MARKER.test(cells[end]?.text ?? ''))) return null;
  const merged = parseAmount(`${cells[end - 1]?.text} ${cells[end]?.text}`);
  return isMoney(merged, whole, header, cells[end - 1])
    ? { amount: merged, index: end - 1, columnSign: 0, cells }
    : null;
}

/** Currencies without a minor unit, whose rows print whole amounts. */
export const WHOLE_CURRENCIES = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'IDR']);

/** A whole amount grouped in thousands ("478,787", "1.109", "(478,787)"). */
const GROUPED_WHOLE = /^[(-]?\d{1,3}(?:[,.' ]\d{3})+\)?$/;

/**
 * Whether a statement counts in whole units though no mark says which currency: on its first two
 * pages, grouped whole amounts ("478,787", "192,218") outnumber amounts with decimals three to one
 * (a foreign amount or a rate may carry decimals).
 */
export function printsWholeUnits(lines: Line[]): boolean {
  let grouped = 0;
  let decimals = 0;
  for (const line of lines) {
    if (line.page > 2) break;
    if (!/\d[,.' ]\d/.test(line.text)) continue;
    for (const c of line.cells) {
      if (GROUPED_WHOLE.test(c.text)) grouped++;
      else if (parseAmount(c.text)?.hasDecimals) decimals++;
    }
  }
  return grouped >= 6 && grouped >= 3 * decimals;
}

/**
 * Whether a statement counts in whole units: its currency has no minor unit (yen, won), or its
 * figures show so without a mark (printsWholeUnits).
 */
export function countsWholeUnits(lines: Line[], currency: string | null): boolean {
  return (currency !== null && WHOLE_CURRENCIES.has(currency)) || printsWholeUnits(lines);
}

/** A whole amount a row can end with: not a bare count (points, a quantity) unless grouped or marked. */
function isWholeAmount(a: ParsedAmount): boolean {
  return a.currency !== null || a.sign !== 0 || a.cents >= 100_000;
}

/** A row's amount: with decimals, or, in a currency without them, marked, grouped or under the amount column. */
function isMoney(
  a: ParsedAmount | null,
  whole: boolean,
  header: TableHeader | null,
  cell?: Cell,
): a is ParsedAmount {
  return a !== null && (a.hasDecimals || (whole && (isWholeAmount(a) || underAmount(header, cell))));
}

function underAmount(header: TableHeader | null, cell: Cell | undefined): boolean {
  const kind = header && cell ? header.kindOf(cell) : null;
  return kind === 'amount' || kind === 'debit' || kind === 'credit';
}
