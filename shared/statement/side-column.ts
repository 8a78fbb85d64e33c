/**
 * A column of notices printed beside the transaction table (messages, a points balance, the service
 * line), as many issuers print one on the table's first page. Its lines have their own pitch, so
 * some fall between the table's rows and some on a row's own line ("16/07 MARRIOTT … 688.86  Points
 * balance  55,168"): read as they are, a row would end in the notice's words or figure, and a notice
 * line between rows would sit where a wrapped line or a merchant line does. Such a page is read as
 * the table, then the column, as a person reads it (two-columns.ts does the same for two tables).
 *
 * The column shows itself by lines of its own that start at one place right of the table, beside
 * dated rows whose figures all end before it, and whose rows keep their words on the left or, where
 * a merchant line stands over each row, not all hold a cell of it on their lines (so it is no
 * description column of a table that prints its amount first).
 */
import { type Cell, type Line, withCells } from '../pdf/layout.js';
import { dateWithin } from './date-after.js';
import { readDateAt } from './dates.js';
import { parseAmount } from './money.js';

/** Starts this close (points) are one column. */
const ALIGN_SLACK = 4;
/** Lines the column needs a cell on (lines of its own, or after a row's last figure). */
const MIN_LINES = 3;
/** Figures where it starts that make it a grid's column of values. */
const MIN_FIGURES = 2;
/** Lines of others a column's run may skip between two of its own. */
const MAX_LINES_BETWEEN = 3;
/** Of those, cells with a word of four letters or more. */
const MIN_WORDED = 2;
/** Dated rows it must stand beside (a table may end, or break for a section, beside it). */
const MIN_ROWS = 1;
/** Rows too few to tell a column of notes from a description column by. */
const FEW_ROWS = 2;
/** Space (points) between the table's last cell and the column, at least. */
const MIN_GAP = 8;
/** Share of the rows beside it that must keep words of a description left of it. */
const WORDS_SHARE = 0.6;

const LETTERS = /\p{L}{2}/u;
const WORD = /\p{L}{4}/u;

/** The lines with each page that prints such a column read as the table first, then the column. */
export function unfoldSideColumn(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let start = 0; start < lines.length; ) {
    const page = (lines[start] as Line).page;
    let end = start;
    while (end < lines.length && (lines[end] as Line).page === page) end++;
    const pageLines = lines.slice(start, end);
    const side = sideColumnOf(pageLines);
    if (side) {
      out ??= lines.slice(0, start);
      out.push(...unfold(pageLines, side));
    } else out?.push(...pageLines);
    start = end;
  }
  return out ?? lines;
}

/** A cell where a column may start: its line, that line's place on the page, and the cell. */
interface Found {
  line: Line;
  index: number;
  cell: Cell;
}

interface Side {
  /** Where the column's cells start, less the slack. */
  x: number;
  /** Its first and last lines' y (top is the larger: y grows up the page). */
  top: number;
  bottom: number;
}

/** The page's lines, those beside the column cut at its start, its cells after the rest. */
function unfold(pageLines: Line[], side: Side): Line[] {
  const left: Line[] = [];
  const right: Line[] = [];
  for (const line of pageLines) {
    const k =
      line.y <= side.top + 1 && line.y >= side.bottom - 1 ? line.cells.findIndex((c) => c.x0 >= side.x) : -1;
    if (k < 0) left.push(line);
    else if (k === 0) right.push(line);
    else {
      left.push(withCells(line, line.cells.slice(0, k)));
      right.push(withCells(line, line.cells.slice(k)));
    }
  }
  return [...left, ...right];
}

/** The side column of one page, or null. */
function sideColumnOf(pageLines: Line[]): Side | null {
  // Looked for only right of the amounts' edge: a cheap first look, as most pages have no such
  // column and every column of the table stands left of that edge.
  const edge = amountsEdge(pageLines);
  if (edge === null) return null;
  // Cells of words set apart from what comes before them on their line (or alone on it), by where
  // they start: where a column beside the rows may start. Its lines fall now between rows, now on
  // a row's line after its last figure.
  const starts = new Map<number, Found[]>();
  for (let li = 0; li < pageLines.length; li++) {
    const line = pageLines[li] as Line;
    for (let i = line.cells.length - 1; i >= 0; i--) {
      const cell = line.cells[i] as Cell;
      if (cell.x0 < edge + MIN_GAP - ALIGN_SLACK) break;
      const before = line.cells[i - 1];
      if (before && cell.x0 - before.x1 < MIN_GAP) continue;
      if (!LETTERS.test(cell.text) || readDateAt(cell.text)) continue;
      const x = Math.round(cell.x0);
      const list = starts.get(x) ?? [];
      list.push({ line, index: li, cell });
      starts.set(x, list);
    }
  }
  for (const x of [...starts.keys()].sort((a, b) => a - b)) {
    const found: Found[] = [];
    for (let d = -ALIGN_SLACK; d <= ALIGN_SLACK; d++) found.push(...(starts.get(x + d) ?? []));
    if (found.length < MIN_LINES) continue;
    for (const run of runsOf(found)) {
      // Lines of its own, and words (not markers or codes: "Dr", "CR", "EUR" in a column of their own).
      if (run.length < MIN_LINES || !run.some((f) => f.line.cells[0] === f.cell)) continue;
      if (run.filter((f) => WORD.test(f.cell.text)).length < MIN_WORDED) continue;
      const side = extent(pageLines, run, x - ALIGN_SLACK);
      if (!holdsFigures(pageLines, side) && standsBesideRows(pageLines, side)) return side;
    }
  }
  return null;
}

/**
 * The leftmost right edge (to the point) at which two or more lines end their last figure with
 * decimals or grouped digits, or null when none: no column of the table's amounts ends left of it.
 * Told without reading any row; a summary's values at the right margin, or a decoy's further left,
 * only make it lower (a safe bound: more starts are looked at). Not amount-edge.ts's `amountEdge`:
 * that one reads dated rows' amounts (dates and parseAmount on every line) and needs five of them,
 * where a table's first page beside notes may hold one or two.
 */
function amountsEdge(pageLines: Line[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const line of pageLines) {
    // The line's last figure: a dash or notes may follow it ("5,027.62  -  only the minimum…").
    let last: Cell | null = null;
    for (let i = line.cells.length - 1; i >= Math.max(0, line.cells.length - LAST_CELLS) && !last; i--)
      if (FIGURE_END.test((line.cells[i] as Cell).text)) last = line.cells[i] as Cell;
    if (!last) continue;
    const x = Math.round(last.x1);
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n >= 2 && (best === null || x < best)) best = x;
  }
  return best;
}

/** How many cells from a line's end its last figure is looked for. */
const LAST_CELLS = 4;

/**
 * Text ending in a figure, decimals or thousands ("1.234,56", "45.00 CR", "2,324"), a marker, code
 * or mark after it ("872.18 AU$").
 */
const FIGURE_END = /\d[.,'\u00a0\u202f ]\d{2,3}\)?-?\s*[\p{L}\p{Sc}.]{0,4}$/u;

/**
 * Whether figures stand where the column starts, on lines of its extent: a summary grid's column
 * prints its value under its label ("Huidig saldo" over "3.761,44 €"); notes start with words (a
 * points balance has its label first, its figure at the right).
 */
function holdsFigures(pageLines: Line[], side: Side): boolean {
  let n = 0;
  for (const line of pageLines) {
    if (line.y > side.top || line.y < side.bottom) continue;
    for (const c of line.cells)
      if (c.x0 >= side.x && c.x0 <= side.x + 2 * ALIGN_SLACK && firstFigure([c])) {
        if (++n >= MIN_FIGURES) return true;
        break;
      }
  }
  return false;
}

/**
 * The cells of one start in runs down the page: a column's lines follow one another, a row's line
 * or two between them at most (its pitch is its own); the same start further on is something else.
 */
function runsOf(found: Found[]): Found[][] {
  const runs: Found[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const f of [...found].sort((a, b) => a.index - b.index)) {
    if (f.index - last > MAX_LINES_BETWEEN + 1) runs.push([]);
    (runs[runs.length - 1] as Found[]).push(f);
    last = f.index;
  }
  return runs;
}

/**
 * The column's extent down the page: its run of lines, and on through the lines next to those that
 * hold a cell where it starts (a service number after a row's last figure), past one line at most
 * that holds none.
 */
function extent(pageLines: Line[], run: Found[], x: number): Side {
  const at = (line: Line) => line.cells.some((c) => c.x0 >= x && c.x0 <= x + 2 * ALIGN_SLACK);
  const indices = run.map((f) => f.index);
  const reach = (from: number, step: -1 | 1): number => {
    let end = from;
    for (let i = from + step, skipped = 0; i >= 0 && i < pageLines.length; i += step) {
      if (at(pageLines[i] as Line)) {
        end = i;
        skipped = 0;
      } else if (++skipped > 1) break;
    }
    return end;
  };
  const ys = pageLines
    .slice(reach(Math.min(...indices), -1), reach(Math.max(...indices), 1) + 1)
    .map((l) => l.y);
  return { x, top: Math.max(...ys), bottom: Math.min(...ys) };
}

/**
 * Whether dated rows stand beside the column, each with its figures and cells ending before it and,
 * most of them, words of a description there too (or not all of them reaching it).
 */
function standsBesideRows(pageLines: Line[], side: Side): boolean {
  let rows = 0;
  let worded = 0;
  let reaching = 0;
  for (const line of pageLines) {
    if (line.y > side.top || line.y < side.bottom || !isRow(line)) continue;
    const k = line.cells.findIndex((c) => c.x0 >= side.x);
    const left = k < 0 ? line.cells : line.cells.slice(0, k);
    // A row's date stands left of it too: a line whose date is in it (a summary's line of figures,
    // "€108,76  3 MEI 2024  €2.907,64" under a grid's labels; a second table's rows that print
    // their date after the description) says the column is no column of notes.
    if (!dateWithin(left, left.length)) return false;
    // A row whose date is left of the column and its figure right of it: a table stands there.
    if (!firstFigure(left)) return false;
    const last = left[left.length - 1] as Cell;
    if (last.x1 > side.x + ALIGN_SLACK - MIN_GAP) return false;
    rows++;
    if (k >= 0) reaching++;
    if (left.some((c) => LETTERS.test(c.text) && !readDateAt(c.text) && !parseAmount(c.text))) worded++;
  }
  // Rows without words of their own (a merchant printed over each) show it too, where some rows'
  // lines hold no cell of it: a description column after the amounts would be on every row.
  // One or two rows beside it say nothing either way: a column of descriptions runs the table's length.
  return rows >= MIN_ROWS && (worded >= WORDS_SHARE * rows || reaching < rows || rows <= FEW_ROWS);
}

/** A dated line: a date leads it or stands among its first cells. */
function isRow(line: Line): boolean {
  return line.cells.length >= 2 && dateWithin(line.cells, line.cells.length);
}

/**
 * The first cell that reads as money: a figure with decimals, a currency's mark, or digits grouped
 * in thousands ("2,324" in yen), not a bare count or reference.
 */
function firstFigure(cells: readonly Cell[]): Cell | null {
  for (const c of cells) {
    // "04.02." is a date without its year, though it reads as 4.02.
    if (readDateAt(c.text)) continue;
    const a = parseAmount(c.text);
    if (a && (a.hasDecimals || a.currency !== null || GROUPED.test(c.text))) return c;
  }
  return null;
}

const GROUPED = /\d[,.' \u00a0\u202f]\d{3}(?!\d)/;
