/**
 * Pages that print the transaction table twice side by side ("Date Description Amount | Date
 * Description Amount"), so each text line holds a row of the left table and a row of the right.
 * The header says so by repeating its columns. Below such a header, each line of the page is cut
 * where the second copy starts, and the page is read as the left table, then the right one (its
 * header first, so its columns are known): rows, their wrapped lines and "CR" lines stay together.
 * A page can also announce its two tables by one section heading printed twice on a line
 * ("TRANSACTIONS FOR … #4567 (CONTINUED)   TRANSACTIONS FOR … #7890 (CONTINUED)"). There a left
 * row's text may run past the cut in one text run ("… $12.85 42" then "18 DEC …"): such a run is
 * cut after its first amount, or before a sequence number and date inside it.
 */
import { type Cell, type Line, withCells } from '../pdf/layout.js';
import { hasDigit } from './chars.js';
import { columnKind } from './column-kinds.js';
import { parseAmount } from './money.js';
import { findHeader } from './table-header.js';

/** The lines with every two-table page reordered as one table after the other; unchanged otherwise. */
export function unfoldTwoColumns(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // A header has no digits; rows, which are most lines, all have some.
    const cut =
      line.cells.length >= 6 && !hasDigit(line.text)
        ? secondCopyAt(line)
        : line.cells.length === 2
          ? twinHeadingAt(line)
          : null;
    if (cut === null) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    const left: Line[] = [];
    const right: Line[] = [];
    let k = i;
    for (; k < lines.length && (lines[k] as Line).page === line.page; k++) {
      const l = lines[k] as Line;
      const [a, b] = splitCells(l.cells, cut);
      if (a.length > 0) left.push(same(a, l.cells) ? l : withCells(l, a));
      if (b.length > 0) right.push(same(b, l.cells) ? l : withCells(l, b));
    }
    out.push(...left, ...right);
    i = k - 1;
  }
  return out ?? lines;
}

/** The cells left and right of the cut; a run that crosses it is cut where its text allows. */
function splitCells(cells: Cell[], cut: number): [Cell[], Cell[]] {
  const left: Cell[] = [];
  const right: Cell[] = [];
  for (const c of cells) {
    if (c.x0 >= cut) right.push(c);
    else if (c.x1 <= cut) left.push(c);
    else {
      const at = runCut(c.text);
      if (at === null) left.push(c);
      else {
        left.push({ text: c.text.slice(0, at).trimEnd(), x0: c.x0, x1: cut });
        right.push({ text: c.text.slice(at).trimStart(), x0: cut, x1: c.x1 });
      }
    }
  }
  return [left, right];
}

/** An amount with cents, as rows print it: "$12.85", "($40.90)", "1,234.56". */
const CENTS_AMOUNT = /\(?-?[$£€₹]?\d[\d,.]*[.,]\d\d\)?(?= |$)/g;
/** Whether a text holds such an amount (no `g` flag: `test` keeps no state between calls). */
const HAS_CENTS = /\d[.,]\d\d\b/;
/** A sequence number and a day-month date starting a row: " 46 20 DEC". */
const SEQUENCE_DATE = / \d{1,3} \d{1,2} [A-Za-z]{3}\b| \d{1,3} \d{1,2}[/.-]\d{1,2}\b/;

/**
 * Where a text run that crosses the cut ends its left part: after its first amount when more text
 * follows ("… $7.18 FEES (CONTINUED)"), else before a row start inside it ("xx xx 46 20 DEC …").
 */
function runCut(text: string): number | null {
  CENTS_AMOUNT.lastIndex = 0;
  const m = CENTS_AMOUNT.exec(text);
  if (m) {
    const end = m.index + m[0].length;
    if (end < text.length && text.slice(end).trim() !== '') return end;
  }
  const s = SEQUENCE_DATE.exec(text);
  return s && s.index > 0 && (!m || s.index < m.index) ? s.index + 1 : null;
}

/**
 * Where the second of two copies of one heading starts ("TRANSACTIONS FOR … #4567" beside "…
 * #7890"), or null: the two cells read the same once their digits are set aside.
 */
function twinHeadingAt(line: Line): number | null {
  const [a, b] = line.cells as [Cell, Cell];
  if (a.text.length < 10 || a.text.length !== b.text.length) return null;
  const bare = (t: string) => t.replace(/\d/g, '#');
  if (bare(a.text) !== bare(b.text) || HAS_CENTS.test(a.text) || !/[A-Za-z]{3}/.test(a.text)) return null;
  // Two equal figures side by side ("3,750,000 JPY  3,750,000 JPY": a limit and the credit available
  // under it) are a summary's values, not a heading: whole amounts have no cents to tell them by.
  if (parseAmount(a.text)) return null;
  return b.x0 - 2;
}

/** True when `part` is `cells` itself, cell for cell (no cell was cut or moved). */
function same(part: Cell[], cells: Cell[]): boolean {
  return part.length === cells.length && part.every((c, i) => c === cells[i]);
}

/**
 * Where the second copy of a table header starts, or null: the line is a header, and from some cell
 * on, its columns repeat the kinds of its first three or more, and the first copy is a header.
 */
function secondCopyAt(line: Line): number | null {
  const cells = line.cells;
  const kinds = cells.map((c) => columnKind(c.text));
  const first = kinds[0];
  if (!first) return null;
  for (let k = 3; k <= cells.length - 3; k++) {
    if (kinds[k] !== first) continue;
    const width = cells.length - k;
    if (width > k) continue;
    let same = true;
    for (let j = 0; j < width && same; j++) same = kinds[j] === kinds[k + j] && kinds[j] !== null;
    if (same && findHeader(withCells(line, cells.slice(0, k)))) return (cells[k] as Cell).x0 - 2;
  }
  return null;
}
