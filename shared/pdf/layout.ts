/**
 * Rebuilds visual rows from pdf.js text items: group by baseline (y), order by x, and keep the
 * horizontal gaps as cell boundaries. pdf-parse's own getText emits side-by-side boxes column by
 * column; statements need "label … value" on one row, so we rebuild rows from positions.
 */

import { isSpace } from '../space.js';

/*
 * Loops over items: a document's items pass through here and through extract.ts and visibility.ts
 * once each, page by page, so these loops often run before V8 optimises them, and there a for…of
 * allocates an iterator result per item. They are indexed, and per-item work avoids building
 * strings and arrays it does not keep: in a worker every allocated megabyte is more scavenging
 * (docs/load.md, "Twentieth round").
 */

/** The part of a pdf.js TextItem we use. */
export interface PositionedItem {
  str: string;
  /** Left edge and baseline, in PDF user-space points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size in points (from the text matrix). */
  size: number;
  /** Drawn smaller than anyone can read (under 1 pt both ways, a zero font size included). */
  unreadable?: true;
}

/** A run of text on one row with no large gap inside. */
export interface Cell {
  text: string;
  x0: number;
  x1: number;
}

/** One visual row of a page. */
export interface Line {
  page: number;
  y: number;
  cells: Cell[];
  /** The cells joined by two spaces: a plain-text view of the row. */
  text: string;
}

/** The line with these cells, its plain-text view rebuilt as every line's is (cells joined by two spaces). */
export function withCells(line: Line, cells: Cell[]): Line {
  return { ...line, cells, text: textOf(cells) };
}

function textOf(cells: Cell[]): string {
  return cells.map(cellText).join('  ');
}

const cellText = (c: Cell): string => c.text;

// Module-level, not an arrow per call: V8 keeps optimised code only while a closure of it lives
// (docs/load.md, "Per-call closures").
const lineText = (l: Line): string => l.text;

/** The lines' plain text, one line of it per line. */
export function linesText(lines: readonly Line[]): string {
  return lines.map(lineText).join('\n');
}

/** A gap wider than this many font sizes starts a new cell. */
const CELL_GAP_EM = 0.9;
/** A gap wider than this many font sizes is a word space inside a cell. */
const SPACE_GAP_EM = 0.15;

// The comparators live at module level: V8 keeps a function's optimised code only while a closure of
// it lives, so an arrow made per call was compiled again after every full collection.
const topDownLeftRight = (a: PositionedItem, b: PositionedItem) => b.y - a.y || a.x - b.x;
const leftRight = (a: PositionedItem, b: PositionedItem) => a.x - b.x;

/** Groups positioned items of one page into rows of cells, top to bottom. */
export function buildLines(items: PositionedItem[], page: number): Line[] {
  const usable = dedupeOverprint(items.filter(hasText));
  if (usable.length === 0) return [];
  // Sort top-down by baseline, then left-right; rows form where baselines lie within a third
  // of the font size (superscripts like ® and slightly shifted cells still join their row).
  usable.sort(topDownLeftRight);
  const lines: Line[] = [];
  let current: PositionedItem[] = [];
  let rowY = Number.NaN;
  let rowSize = 0;
  for (let i = 0; i < usable.length; i++) {
    const it = usable[i] as PositionedItem;
    const tolerance = Math.max(1.5, Math.min(rowSize || it.size, it.size) * 0.35);
    if (current.length > 0 && Math.abs(it.y - rowY) <= tolerance) {
      current.push(it);
      // The row's baseline is its main text's: a smaller item sorted first (a detail line's figure
      // in a narrower column beside it) must not decide where a glyph in another font, set a little
      // lower ("₹649.00" in a fallback font), still belongs.
      if (it.size > rowSize) {
        rowY = it.y;
        rowSize = it.size;
      }
      continue;
    }
    if (current.length > 0) lines.push(toLine(current, page));
    current = [it];
    rowY = it.y;
    rowSize = it.size;
  }
  if (current.length > 0) lines.push(toLine(current, page));
  return lines;
}

/** True when the item shows something besides whitespace. */
const hasText = (it: PositionedItem): boolean => NOT_SPACE.test(it.str);
const NOT_SPACE = /\S/;

/**
 * True when `str.replace(/\s+/g, ' ')` would change it: a whitespace run longer than one, or one
 * that is not a plain space. Most items have neither, and the test builds nothing, where the replace
 * made a new string for every item.
 */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** The text with every whitespace run as one space. */
function oneSpaced(str: string): string {
  return UNEVEN_SPACE.test(str) ? str.replace(/\s+/g, ' ') : str;
}

/**
 * Characters in `str` that are not whitespace (JavaScript's `\s`): `str.replace(/\s+/g, '').length`
 * without building the string, for every item of a document.
 */
export function visibleChars(str: string): number {
  let n = 0;
  for (let i = 0; i < str.length; i++) if (!isSpace(str.charCodeAt(i))) n++;
  return n;
}

/** Rounded positions of one text seen on a page: column → rows. */
type Columns = Map<number, Set<number>>;

/**
 * Fake-bold text is drawn twice, a fraction of a point apart ("ManageManage"); keep one copy.
 * Positions are rounded and kept per text (text → column → rows), so this stays linear on pages
 * with many glyphs and looks up numbers instead of building nine string keys per item. Most texts
 * occur once on a page: the first occurrence is kept as the item itself, and the maps are built
 * only for a text seen twice (they were a Map and a Set per item, 1 MB per 30 pages).
 */
function dedupeOverprint(items: PositionedItem[]): PositionedItem[] {
  const seen = new Map<string, PositionedItem | Columns>();
  const out: PositionedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as PositionedItem;
    const bx = Math.round(it.x);
    const by = Math.round(it.y);
    const known = seen.get(it.str);
    let columns: Columns;
    if (known === undefined) {
      seen.set(it.str, it);
      out.push(it);
      continue;
    }
    if (known instanceof Map) {
      if (nearby(known, bx, by)) continue;
      columns = known;
    } else {
      const kx = Math.round(known.x);
      const ky = Math.round(known.y);
      if (within1(bx, kx) && within1(by, ky)) continue;
      columns = new Map([[kx, new Set([ky])]]);
      seen.set(it.str, columns);
    }
    let rows = columns.get(bx);
    if (!rows) {
      rows = new Set();
      columns.set(bx, rows);
    }
    rows.add(by);
    out.push(it);
  }
  return out;
}

/**
 * True when `b` is `a - 1`, `a` or `a + 1` as a Map compares keys (SameValueZero, so NaN is NaN):
 * what `nearby` finds for one seen position, without the maps.
 */
function within1(a: number, b: number): boolean {
  if (Number.isNaN(a)) return Number.isNaN(b);
  return a - 1 === b || a === b || a + 1 === b;
}

/** True when a point within one unit of (bx, by), diagonals included, was seen. */
function nearby(columns: Map<number, Set<number>>, bx: number, by: number): boolean {
  for (let dx = -1; dx <= 1; dx++) {
    const rows = columns.get(bx + dx);
    if (rows && (rows.has(by - 1) || rows.has(by) || rows.has(by + 1))) return true;
  }
  return false;
}

function toLine(row: PositionedItem[], page: number): Line {
  sortLeftRight(row);
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  let ySum = 0;
  for (let i = 0; i < row.length; i++) {
    const it = row[i] as PositionedItem;
    ySum += it.y;
    const text = oneSpaced(it.str);
    const em = Math.max(it.size, 1);
    if (cell) {
      const gap = it.x - cell.x1;
      if (gap <= CELL_GAP_EM * em) {
        const needsSpace =
          gap > SPACE_GAP_EM * em &&
          cell.text.charCodeAt(cell.text.length - 1) !== 32 &&
          text.charCodeAt(0) !== 32;
        cell.text += needsSpace ? ` ${text}` : text;
        cell.x1 = Math.max(cell.x1, it.x + it.width);
        continue;
      }
      pushTrimmed(cells, cell);
    }
    cell = { text, x0: it.x, x1: it.x + it.width };
  }
  if (cell) pushTrimmed(cells, cell);
  return { page, y: ySum / row.length, cells, text: textOf(cells) };
}

/**
 * Sorts a row left to right, stably, as `row.sort(leftRight)` does. A row holds a handful of items,
 * mostly in order already (the page was sorted by baseline, then x), and V8's sort allocates its
 * work arrays on every call: about 1 MB per 30 pages. An insertion sort is linear on such rows;
 * long rows (a hostile page) take the library sort.
 */
function sortLeftRight(row: PositionedItem[]): void {
  if (row.length > 32) {
    row.sort(leftRight);
    return;
  }
  for (let i = 1; i < row.length; i++) {
    const it = row[i] as PositionedItem;
    let j = i - 1;
    // Only a strictly greater x moves: equal ones keep their order (a stable sort's).
    while (j >= 0 && leftRight(row[j] as PositionedItem, it) > 0) {
      row[j + 1] = row[j] as PositionedItem;
      j--;
    }
    row[j + 1] = it;
  }
}

/** Adds the cell with its text trimmed, unless nothing is left of it. */
function pushTrimmed(cells: Cell[], cell: Cell): void {
  const text = cell.text.trim();
  if (text.length > 0) cells.push({ text, x0: cell.x0, x1: cell.x1 });
}
