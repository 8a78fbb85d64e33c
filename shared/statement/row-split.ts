/**
 * Rows that do not arrive one per line with their amount in a cell of its own:
 * - a sequence number printed before the date ("1  10 DEC PAYMENT … ($40.90)", "10 28 DEC …");
 * - two-column pages, where two rows share one text line ("… $5.60 43 19 DEC TRANSACTION … $879.08");
 * - the amount run into the description cell, with another box's text to its right.
 * Each line is turned into the row lines it holds, each ending in its own amount cell, so the row
 * reader sees one row per line. Lines that are not date-led come back unchanged.
 */
import { type Cell, type Line, withCells } from '../pdf/layout.js';
import { isDigit, isSpace } from './chars.js';
import { readDateAt } from './dates.js';
import { isRateCell, parseAmount } from './money.js';

/** A sequence number before the date: one to three digits. */
const SEQUENCE = /^\d{1,3}$/;
/**
 * A whole number in a cell of its own before the date: a row number, or the points a points column
 * printed first gives the row (up to six digits: "1044", "12 500" is no such cell).
 */
const LEADING_NUMBER = /^\d{1,6}$/;
/** "10 28 DEC …": a sequence number and the date in one cell. */
const SEQUENCE_LEAD = /^(\d{1,3})\s+(?=\d)/;

/**
 * An amount with decimals followed, in the same cell, by a number and more (a second row's start).
 * Asked of a line's text first (see rowLines), then of its cells where the line holds one.
 */
export const AMOUNT_THEN_TEXT = /\d[.,]\d\d\)? +\d/;

const isDecimalAmount = (t: string) => parseAmount(t)?.hasDecimals === true;

/** The row lines one printed line holds, or null when it holds just itself (most lines). */
export function rowLines(line: Line): Line[] | null {
  // dropSequence answers only for a line whose first cell, as it returns it, reads as a date.
  const cells = dropSequence(line.cells);
  if (!cells) return null;
  // Only a cell with an amount followed by more text can hold a second row. A cell's match is one
  // of its line's too (the line is its cells joined), so one test of the line refuses most lines.
  if (!AMOUNT_THEN_TEXT.test(line.text) || !anyAmountThenText(cells)) {
    const split = splitTrailingAmount(cells);
    // Most rows come back as they were printed: no new line to build.
    return split === line.cells ? null : [withCells(line, split)];
  }
  const rows = splitAtSecondRow(cells);
  const out: Line[] = [];
  for (const r of rows) {
    const split = splitTrailingAmount(r);
    // Most rows come back as they were printed: no new line to build.
    if (rows.length === 1 && split === line.cells) return null;
    out.push(withCells(line, split));
  }
  return out.length > 0 ? out : null;
}

/** Whether a cell holds an amount followed by more text (indexed: no closure per line). */
function anyAmountThenText(cells: Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (AMOUNT_THEN_TEXT.test((cells[i] as Cell).text)) return true;
  return false;
}

/** True when the line opens with a date, after a sequence number if one is printed. */
export function isDateLed(line: Line): boolean {
  return dropSequence(line.cells) !== null;
}

/** The cells without a leading sequence number, or null when the line is not led by a date. */
function dropSequence(cells: Cell[]): Cell[] | null {
  const first = cells[0];
  if (!first) return null;
  if (readDateAt(first.text)) {
    const m = mayLeadSequence(first.text) ? SEQUENCE_LEAD.exec(first.text) : null;
    // "10 28 DEC": the date is "28 DEC" when "10 28" is no date on its own.
    if (m && readDateAt(first.text.slice(m[0].length)) && !looksLikeDayMonth(first.text)) {
      return [{ ...first, text: first.text.slice(m[0].length) }, ...cells.slice(1)];
    }
    return cells;
  }
  if (LEADING_NUMBER.test(first.text) && cells[1] && readDateAt(cells[1].text)) return cells.slice(1);
  const m = mayLeadSequence(first.text) ? SEQUENCE_LEAD.exec(first.text) : null;
  if (m && readDateAt(first.text.slice(m[0].length))) {
    return [{ ...first, text: first.text.slice(m[0].length) }, ...cells.slice(1)];
  }
  return null;
}

/** SEQUENCE_LEAD's cheap half: one to three digits, then a space of any kind (`\s`). */
function mayLeadSequence(text: string): boolean {
  let n = 0;
  while (n < 4 && isDigit(text.charCodeAt(n))) n++;
  return n >= 1 && n <= 3 && isSpace(text.charCodeAt(n));
}

/** True when the text opens with a day and a month name ("10 DEC"), not a sequence number and a date. */
function looksLikeDayMonth(text: string): boolean {
  return DAY_MONTH.test(text);
}

// Patterns as constants: a literal in a function builds a new RegExp each time it runs.
const DAY_MONTH = /^\d{1,2}\s+[A-Za-z]{3}/;
const THREE_LETTERS = /[A-Za-z]{3}/;
const TWO_LETTERS = /[A-Za-z]{2}/;
const DIGIT = /\d/;
const CENTS = /\d[.,]\d{2}\b/;
const ALNUM = /[\p{L}\p{N}]/u;
/** A text cell ending in an amount: the words, then the amount (and its marker). */
const TEXT_THEN_AMOUNT = /^(.*\S)\s+(\(?-?[$£€₹]?-?[\d.,]+\)?(?:\s?(?:CR|DR|Cr|Dr))?)$/;

/**
 * Splits a line where a second date-led row starts right after an amount: "… $5.60 43 19 DEC …".
 * Only inside a cell: the split point must be an amount, an optional sequence number and a date
 * followed by words.
 */
function splitAtSecondRow(cells: Cell[]): Cell[][] {
  const out: Cell[][] = [];
  let current: Cell[] = [];
  for (const cell of cells) {
    const words = cell.text.split(' ');
    let from = 0;
    for (let w = 0; w < words.length - 2; w++) {
      if (!isDecimalAmount(words[w] as string)) continue;
      let next = w + 1;
      if (SEQUENCE.test(words[next] as string)) next++;
      const restText = words.slice(next).join(' ');
      const date = readDateAt(restText);
      if (!date || !THREE_LETTERS.test(date.rest)) continue;
      current.push({ ...cell, text: words.slice(from, w + 1).join(' ') });
      out.push(current);
      current = [];
      from = next;
      w = next - 1;
    }
    current.push(from === 0 ? cell : { ...cell, text: words.slice(from).join(' ') });
  }
  out.push(current);
  return out.filter((c) => c.length > 0);
}

/**
 * When the amount closes a text cell and no later cell holds an amount with decimals (text of
 * another box, a points figure), the amount gets a cell of its own and what follows it is dropped.
 * Later amounts are another box's too when words come first and two or more amounts follow them
 * ("… $59.68 | XXXX XXXXXXXX | 24.90% P | $0.00 | $0.00": a rates table beside the row); one
 * amount after words is the row's own, past a category column ("Fee = 215.88 | Rent | 21,842.74").
 */
function splitTrailingAmount(cells: Cell[]): Cell[] {
  const last = cells[cells.length - 1];
  if (!last) return cells;
  const lastIsAmount = isDecimalAmount(last.text);
  // With the amount last, a cell is looked at only with a box's title and two cells after it: the
  // three last cells never are, so a row of date, words and amount (most rows) is done here.
  if (lastIsAmount && cells.length <= 3) return cells;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i] as Cell;
    const boxAfter =
      i + 2 < cells.length - 1 && isBoxText((cells[i + 1] as Cell).text) && amountsAfter(cells, i + 2) >= 2;
    if (lastIsAmount && !boxAfter) continue;
    const m = TEXT_THEN_AMOUNT.exec(cell.text);
    // "3 806,78" is one amount grouped by a space, not words and an amount ("COFFEE 4.50"); nor is
    // "( 279,28", an amount whose bracket tracking set apart ("€ )" closes it in the next cell).
    // Nor is a rate with its cashback ("3% Fr. 21.15"), nor a date after its weekday ("Mi., 23.12.").
    if (
      m &&
      isDecimalAmount(m[2] ?? '') &&
      !isDecimalAmount(cell.text) &&
      ALNUM.test(m[1] ?? '') &&
      !isRateCell(cell.text) &&
      readDateAt(cell.text)?.rest !== ''
    ) {
      if (!boxAfter && cells.slice(i + 1).some((c) => CENTS.test(c.text))) return cells;
      return [
        ...cells.slice(0, i),
        { ...cell, text: m[1] ?? '' },
        { text: m[2] ?? '', x0: cell.x1, x1: cell.x1 },
      ];
    }
  }
  return cells;
}

/** How many cells from `from` on hold an amount with decimals. */
function amountsAfter(cells: Cell[], from: number): number {
  let n = 0;
  for (let k = from; k < cells.length; k++) if (isDecimalAmount((cells[k] as Cell).text)) n++;
  return n;
}

/** Words without a digit: a label or title of another box, not a column of the row. */
function isBoxText(text: string): boolean {
  return TWO_LETTERS.test(text) && !DIGIT.test(text);
}
