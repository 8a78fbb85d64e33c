/**
 * A merchant-category column that no header names ("DIGITAL GOODS", "RESTAURANTS" beside each
 * row's merchant): in a table printed without column headers, or under headers in words we do not
 * read. Its cells are words without digits, all starting at one place, and their texts repeat over
 * the rows, as categories do and the merchants beside them do not. The row reader keeps such a cell as the row's
 * printed category rather than words of its description, as it does under a "Category" header.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { isCategoryName } from './category-names.js';
import { amountEnd, extentOf } from './column-extent.js';
import { dateWithin } from './date-after.js';
import { readDateAt } from './dates.js';
import { CURRENCY_CODES, isRateCell, parseAmount } from './money.js';

/** Starts closer than this (points) are one column. */
const ALIGN_SLACK = 4;
/** Cells a column needs before its repetition says anything. */
const MIN_CELLS = 5;
/** At most this share of a category column's cells may be distinct texts… */
const MAX_DISTINCT = 0.75;
/** …and the merchants beside them must be at least this many times as varied. */
const DISTINCT_RATIO = 1.3;

/** The category column's extent (as a cell, its text empty), or null when the rows show none. */
export function categoryColumn(lines: Line[]): Cell | null {
  // Text cells of rows (a dated line that ends in an amount and holds two or more cells with
  // words), by start: a category's words and the merchants beside it, whose names may hold digits.
  // A summary's line of figures is no row: "GBP 80.00 +" under a category column is not words.
  const byStart = new Map<number, Cell[]>();
  for (let li = 0; li < lines.length; li++) {
    const cells = (lines[li] as Line).cells;
    if (cells.length < 4) continue;
    const end = amountEnd(cells);
    if (end < 0) continue;
    const texts: Cell[] = [];
    for (let i = 0; i < end; i++) if (isText((cells[i] as Cell).text)) texts.push(cells[i] as Cell);
    if (texts.length < 2 || !dateWithin(cells, end)) continue;
    for (const c of texts) {
      const x = Math.round(c.x0);
      const list = byStart.get(x) ?? [];
      list.push(c);
      byStart.set(x, list);
    }
  }
  // Each start's column, give or take ALIGN_SLACK points: gathered once for both readings below.
  const columns: Cell[][] = [];
  for (const x of byStart.keys()) {
    const column: Cell[] = [];
    for (let d = -ALIGN_SLACK; d <= ALIGN_SLACK; d++) column.push(...(byStart.get(x + d) ?? []));
    columns.push(column);
  }
  // The most repetitive column of words, and the least repetitive of all: the categories and the
  // merchants beside them.
  let best: Cell[] | null = null;
  let bestShare = Number.POSITIVE_INFINITY;
  let mostDistinct = 0;
  for (const column of columns) {
    if (column.length < MIN_CELLS) continue;
    const share = distinctShare(column);
    mostDistinct = Math.max(mostDistinct, share);
    // A category is words alone ("GROCERY STORES"): a column with a name and number in it is not one.
    if (!wordsAlone(column)) continue;
    if (share < bestShare) [best, bestShare] = [column, share];
  }
  if (best && bestShare <= MAX_DISTINCT && mostDistinct >= DISTINCT_RATIO * bestShare) return extentOf(best);
  return byLabels(columns);
}

/** A column's cells needed before its words say it is a category column. */
const MIN_LABELLED = 3;
/** At least this share of a category column's cells are category names… */
const MIN_LABEL_SHARE = 0.6;
/** …and at most this share of the merchants' beside it. */
const MAX_MERCHANT_LABELS = 0.3;

/**
 * A short table's category column, which repeats too little to show itself: its cells are mostly
 * the names issuers print for merchant categories ("RESTAURANTS", "GROCERY STORES", "Others"),
 * and the text column beside it mostly not.
 */
function byLabels(columns: readonly Cell[][]): Cell | null {
  let best: Cell[] | null = null;
  let bestShare = 0;
  let merchants = false;
  for (const column of columns) {
    if (column.length < MIN_LABELLED) continue;
    const share = column.filter((c) => isCategoryName(c.text)).length / column.length;
    if (share <= MAX_MERCHANT_LABELS) merchants = true;
    if (share > bestShare && wordsAlone(column)) [best, bestShare] = [column, share];
  }
  return best && merchants && bestShare >= MIN_LABEL_SHARE ? extentOf(best) : null;
}

/** Whether a column's cells are all words without digits. */
function wordsAlone(column: readonly Cell[]): boolean {
  return column.every((c) => isWordCell(c.text));
}

/** The share of a column's cells that are distinct texts. */
function distinctShare(column: readonly Cell[]): number {
  return new Set(column.map((c) => c.text)).size / column.length;
}

/**
 * Two letters in a row, and no date ("05 Nov") or figure ("20,80 CHF", "3% 0,22 CHF"): a cell of
 * words, a name or a description.
 */
function isText(text: string): boolean {
  return (
    LETTERS.test(text) &&
    readDateAt(text) === null &&
    parseAmount(text) === null &&
    !isRateCell(text) &&
    // A currency code alone is a currency column's, repeated on every row as a category never is.
    !(text.length === 3 && CURRENCY_CODES.has(text))
  );
}

const LETTERS = /\p{L}\p{L}/u;

/** Letters and spaces only, with two letters in a row: a category's form ("GROCERY STORES"). */
function isWordCell(text: string): boolean {
  return WORDS.test(text);
}

const WORDS = /^(?=.*\p{L}\p{L})[\p{L} &/'.-]+$/u;
