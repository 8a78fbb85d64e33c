/**
 * Pages that print the transaction table twice side by side ("Date Description Amount | Date
 * Description Amount"), so each text line holds a row of the left table and a row of the right.
 * The header says so by repeating its columns. Below such a header, each line of the page is cut
 * where the second copy starts, and the page is read as the left table, then the right one (its
 * header first, so its columns are known): rows, their wrapped lines and "CR" lines stay together.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { columnKind } from './column-kinds.js';
import { findHeader } from './table-header.js';

/** The lines with every two-table page reordered as one table after the other; unchanged otherwise. */
export function unfoldTwoColumns(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // A header has no digits; rows, which are most lines, all have some.
    const cut = line.cells.length >= 6 && !hasDigit(line.text) ? secondCopyAt(line) : null;
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
      const a = l.cells.filter((c) => c.x0 < cut);
      const b = l.cells.filter((c) => c.x0 >= cut);
      if (a.length > 0) left.push(a.length === l.cells.length ? l : withCells(l, a));
      if (b.length > 0) right.push(b.length === l.cells.length ? l : withCells(l, b));
    }
    out.push(...left, ...right);
    i = k - 1;
  }
  return out ?? lines;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function withCells(line: Line, cells: Cell[]): Line {
  return { ...line, cells, text: cells.map((c) => c.text).join('  ') };
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
