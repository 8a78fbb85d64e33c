/**
 * A date column after the description, in a table whose header does not say so: printed without
 * column headers, or under headers in words we do not know ("NETFLIX.COM  02/04/2024  13,99"). The
 * rows show it: many lines that end in an amount carry a date in a cell after their first, all at
 * one place across the page. The row reader then takes that cell as the row's date, as it does
 * under a header that names a date column after the description (table-header.ts, `dateAfter`).
 */
import type { Cell, Line } from '../pdf/layout.js';
import { amountEnd, extentOf } from './column-extent.js';
import { readDateAt } from './dates.js';
import { isDateLed } from './row-split.js';

/** The furthest cell (by index) a row's date may sit at. */
export const DATE_AFTER_MAX = 6;
/** Left edges closer than this (points) are one column. */
const EDGE_SLACK = 4;
/** Rows that must show the column before it is believed. */
const MIN_ROWS = 3;

/** The date column's extent (as a cell, its text empty) when the rows show one after the first cell, or null. */
export function dateColumnAfter(lines: Line[]): Cell | null {
  const at = new Map<number, Cell[]>();
  // Date-led rows, by where their date starts: in a layout that prints each merchant on the line
  // above, most rows start at the date column, right of the description's, and only a row whose
  // wrapped words share its line ("FAST FOOD RESTAURANTS  27 Apr 2026 … 64.56") shows the column.
  let led: Map<number, number> | null = null;
  for (let li = 0; li < lines.length; li++) {
    const cells = (lines[li] as Line).cells;
    const n = cells.length;
    // A date first (after a sequence number, perhaps) is the usual row: nothing to find. A row
    // needs words, a date and an amount.
    if (n < 2) continue;
    if (isDateLed(lines[li] as Line)) {
      const first = cells[0] as Cell;
      // Only a date that starts a row right of the page's text (a bare date in a column) counts.
      if (first.x0 <= LEFT_TEXT || amountEnd(cells) < 1) continue;
      led ??= new Map();
      const key = Math.round(first.x0 / EDGE_SLACK);
      led.set(key, (led.get(key) ?? 0) + 1);
      continue;
    }
    if (n < 3) continue;
    const end = amountEnd(cells);
    // Not date-led, so its first cell is no date: the date found is after it.
    const i = end < 0 ? -1 : dateIndex(cells, end);
    if (i < 0) continue;
    const c = cells[i] as Cell;
    const key = Math.round(c.x0 / EDGE_SLACK);
    const list = at.get(key) ?? [];
    list.push(c);
    at.set(key, list);
  }
  let best: Cell[] | null = null;
  let bestRows = 0;
  for (const [key, list] of at) {
    const rows = list.length + (led?.get(key) ?? 0);
    if (rows > bestRows) [best, bestRows] = [list, rows];
  }
  if (!best || bestRows < MIN_ROWS) return null;
  return extentOf(best);
}

/**
 * Where a date may start a row and still be the first of its line (points from the page's edge):
 * beyond it, the row's date stands in a column right of an empty description.
 */
const LEFT_TEXT = 150;

/** Whether one of the row's cells before `end` is a date: first, or after a reference or the description. */
export function dateWithin(cells: readonly Cell[], end: number): boolean {
  return dateIndex(cells, end) >= 0;
}

/** The index of the row's first date cell before `end` (see dateWithin), or -1. */
export function dateIndex(cells: readonly Cell[], end: number): number {
  for (let i = 0; i < end && i <= DATE_AFTER_MAX; i++) if (readDateAt((cells[i] as Cell).text)) return i;
  return -1;
}
