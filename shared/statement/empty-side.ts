/**
 * Debit and credit columns that print their empty side. Many issuers fill the column a row leaves
 * empty with a zero or a dash: a charge reads "34,99  0,00", a payment "0,00  92,58" or
 * "-  92,58". Read as printed, the zero would be the row's last figure, hence its amount, and a
 * dash would end the row in no figure at all. When the rows show such a pair of columns, the
 * placeholders are dropped, so the rows read as the same table with its empty cells left blank:
 * every later reader (the row's amount, its column, the credit column the rows show) sees only
 * the figure the row is about.
 *
 * The pair is found over the whole statement, not row by row: the two columns where most dated
 * rows hold a figure in one and a placeholder in the other. So a running balance that happens to
 * be zero ("PAYMENT  0,00  2.962,38  0,00") keeps its zero, and a row's own zero amount before a
 * balance ("INTEREST  0.00  1,234.56") is left alone where the rows show no such columns.
 */
import { type Cell, type Line, withCells } from '../pdf/layout.js';
import { nearEdge } from './column-extent.js';
import { dateIndex } from './date-after.js';
import { isRateCell, LONE_SYMBOL, parseAmount } from './money.js';

/** A dash standing for an empty cell: one or two hyphens or dashes. */
const DASH = /^[-–—−]{1,2}$/;
/**
 * A dash this far (points) from its neighbours may stand in a column of its own; closer, it is a
 * figure's sign. A sign set further apart by tracking ("1.234,56  -") still never makes a pair of
 * columns: beside right-aligned figures of different widths, it ends at a different place each row.
 */
const DASH_GAP = 3;
/** The cells a row's end is read in: an amount, its other side, a balance, side columns. */
const RUN_MAX = 5;
/** Rows that must show the pair, at least, and their least share of the dated rows ending in figures. */
const MIN_ROWS = 3;
const MIN_SHARE = 0.5;

/**
 * A figure, a placeholder, or what may follow the amounts: a rate with what it earned ("2%  0,70"),
 * or a currency mark set apart from its figure ("186,96  €  -").
 */
type Kind = 'figure' | 'zero' | 'dash' | 'side' | 'mark' | null;

/** A figure or a placeholder at a row's end: its cell's index and right edge. */
interface EndCell {
  index: number;
  x1: number;
  empty: boolean;
}

function kindOf(cells: Cell[], i: number): Kind {
  const cell = cells[i] as Cell;
  const text = cell.text;
  if (DASH.test(text)) {
    const before = cells[i - 1];
    const after = cells[i + 1];
    const apart = (!before || cell.x0 - before.x1 >= DASH_GAP) && (!after || after.x0 - cell.x1 >= DASH_GAP);
    return apart ? 'dash' : null;
  }
  if (isRateCell(text)) return 'side';
  if (LONE_SYMBOL.test(text)) return 'mark';
  const a = parseAmount(text);
  if (!a) return null;
  return a.cents === 0 ? 'zero' : 'figure';
}

/** The figures and placeholders that end a dated row, when it holds at least one of each; else null. */
function endOf(cells: Cell[]): EndCell[] | null {
  // The row's date comes before its end, and is never one of its figures: a yearless "01.07." reads
  // as 1.07 too, and a row whose merchant is printed on the line above has nothing between them.
  const dated = dateIndex(cells, cells.length - 1);
  if (dated < 0) return null;
  const out: EndCell[] = [];
  let figures = 0;
  // A mark set apart after a figure ends its column: a dash in that column on another row is
  // right-aligned with the mark, not with the digits ("202,45  €" over "-").
  let markEnd = Number.NaN;
  for (let i = cells.length - 1; i > dated && cells.length - i <= RUN_MAX; i--) {
    const kind = kindOf(cells, i);
    if (kind === null) break;
    const cell = cells[i] as Cell;
    if (kind === 'side' || kind === 'mark') {
      markEnd = kind === 'mark' ? cell.x1 : Number.NaN;
      continue;
    }
    if (kind === 'figure') figures++;
    const x1 = kind !== 'dash' && !Number.isNaN(markEnd) ? markEnd : cell.x1;
    markEnd = Number.NaN;
    out.push({ index: i, x1, empty: kind !== 'figure' });
  }
  if (figures === 0 || figures === out.length) return null;
  return out;
}

/**
 * A zero ("0.00", "0,00", "€0,00", "0") or a dash standing alone among a line's cells: the cheap test
 * of a line's text that refuses most lines (most statements print no placeholder at all).
 */
const MAY_HOLD_PLACEHOLDER = /(?:^| )(?:[^\s\d]{0,3}0(?:[.,]00)?[^\s\d]{0,3}|[-–—−]{1,2})(?: |$)/;

/** The lines with the placeholders of debit and credit columns dropped, when the rows print them. */
export function dropEmptySides(lines: Line[]): Line[] {
  let ends: Array<EndCell[] | null> | null = null;
  let shown = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.cells.length < 2 || !MAY_HOLD_PLACEHOLDER.test(line.text)) continue;
    const end = endOf(line.cells);
    if (!end) continue;
    ends ??= new Array(lines.length).fill(null);
    ends[li] = end;
    shown++;
  }
  if (ends === null || shown < MIN_ROWS) return lines;
  // The dated rows that end in a figure and show no placeholder.
  let dated = shown;
  for (let li = 0; li < lines.length; li++) {
    const cells = (lines[li] as Line).cells;
    if (ends[li] || cells.length < 2 || kindOf(cells, cells.length - 1) === null) continue;
    if (dateIndex(cells, cells.length - 1) >= 0) dated++;
  }
  if (shown < MIN_SHARE * dated) return lines;
  // One pair per table: two tables printed side by side put theirs at other edges.
  const drops: number[] = new Array(lines.length).fill(-1);
  const open = ends;
  for (let pair = placeholderColumns(open); pair !== null; pair = placeholderColumns(open)) {
    for (let li = 0; li < lines.length; li++) {
      const end = open[li];
      const drop = end ? placeholderIn(end, pair) : -1;
      if (drop < 0) continue;
      drops[li] = drop;
      open[li] = null;
    }
  }
  return lines.map((line, li) => {
    const drop = drops[li] as number;
    return drop < 0
      ? line
      : withCells(
          line,
          line.cells.filter((_, i) => i !== drop),
        );
  });
}

/**
 * The right edges of the two columns that take turns holding a row's figure and a placeholder, on
 * the most rows (at least MIN_ROWS); on a tie, the pair further left (a balance comes after them).
 */
function placeholderColumns(ends: ReadonlyArray<EndCell[] | null>): [number, number] | null {
  const edges: number[] = [];
  for (const end of ends)
    for (const c of end ?? []) if (!edges.some((e) => nearEdge(c.x1, e))) edges.push(c.x1);
  edges.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let bestCount = MIN_ROWS - 1;
  for (let a = 0; a < edges.length; a++)
    for (let b = a + 1; b < edges.length; b++) {
      const pair: [number, number] = [edges[a] as number, edges[b] as number];
      let count = 0;
      for (const end of ends) if (end && placeholderIn(end, pair) >= 0) count++;
      if (count > bestCount) {
        best = pair;
        bestCount = count;
      }
    }
  return best;
}

/** The index of the row's placeholder in one of the pair's columns, the other holding a figure; or -1. */
function placeholderIn(end: EndCell[], [left, right]: [number, number]): number {
  const l = end.find((c) => nearEdge(c.x1, left));
  const r = end.find((c) => nearEdge(c.x1, right));
  if (!l || !r || l.empty === r.empty) return -1;
  return l.empty ? l.index : r.index;
}
