/**
 * Recognises a transaction table's header row ("Date  Description  Reference  Amount", "Datum
 * Punkte  Beschreibung  Betrag in EUR") and keeps what its columns tell us: what each column holds
 * (column-kinds.ts), which date comes first, where a running balance, a separate Credit column, a
 * reference, category or points column sits. Rows are read against it by position: a cell belongs
 * to the header cell it overlaps most.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { type ColumnKind, columnKind, DATE_WORD, OTHER_WORD } from './column-kinds.js';
import { readDateAt } from './dates.js';
import { normaliseLabel } from './labels.js';
import { parseAmount } from './money.js';

export type { ColumnKind } from './column-kinds.js';

export interface TableHeader {
  postDateFirst: boolean;
  /** The date column's header when another column (a description, a reference) comes before it. */
  dateAfter: Cell | null;
  hasBalance: boolean;
  /** The header names the description's column (a box of summary labels taken for a header does not). */
  namesDescription: boolean;
  /** The header names a merchant-category column. */
  namesCategory: boolean;
  isCreditColumn(cell: Cell): boolean;
  isReference(cell: Cell): boolean;
  /** True for a cell under a column that holds numbers other than the row's amount (cashback, points). */
  isSideColumn(cell: Cell): boolean;
  /** What the column a row's cell sits under holds, or null when it is under none. */
  kindOf(cell: Cell): ColumnKind | null;
}

/** A header cell naming a column other than a date; on the folded text too, as "\b" ends no word at an accent ("Libellé", "Débit (CHF)"). */
function namesOtherColumn(c: Cell): boolean {
  return OTHER_WORD.test(c.text) || OTHER_WORD.test(normaliseLabel(c.text));
}

/** Columns only a transaction table has: its header names at least one. */
const TABLE_COLUMNS = new Set<ColumnKind>(['description', 'amount', 'debit', 'credit', 'foreignAmount']);

/** A space and a letter: words under a reference header (a constant: a literal is rebuilt per call). */
const SPACE_LETTER = /\s[a-z]/i;

/** Columns whose cells are never part of the description. */
const BESIDE_DESCRIPTION = new Set<ColumnKind>(['reference', 'category', 'points']);

/**
 * The most columns a header names: a row number, two dates, a category, points, the description, a
 * reference, debit and credit, cashback, a card and a foreign amount. More cells are a line of prose.
 */
const MAX_COLUMNS = 12;

/** The header a line is, or null when it is not a table header. */
export function findHeader(line: Line): TableHeader | null {
  const cells = line.cells;
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return null;
  if (!cells.some((c) => DATE_WORD.test(c.text)) || !cells.some(namesOtherColumn)) return null;
  if (cells.some((c) => parseAmount(c.text) || readDateAt(c.text))) return null;
  if (cells.some((c) => c.text.length > 45)) return null;

  const kinds = cells.map((c) => columnKind(c.text));
  // A row of summary labels ("Closing balance  Minimum Payment  Due Date  Credit Limit") names a
  // date too, but no column a transaction table has: a description or an amount.
  if (!kinds.some((k) => k !== null && TABLE_COLUMNS.has(k))) return null;
  const postIdx = kinds.indexOf('postDate');
  const transIdx = kinds.indexOf('date');
  const balanceIdx = kinds.indexOf('balance');
  const debitIdx = kinds.indexOf('debit');
  const creditIdx = kinds.indexOf('credit');
  const credit = debitIdx >= 0 && creditIdx >= 0 ? cells[creditIdx] : undefined;
  const firstDate = kinds.findIndex((k) => k === 'date' || k === 'postDate');
  // kindOf only answers with a kind the header has: a table without a column beside the
  // description or a side column (most) answers those questions without placing the cell.
  const besideColumn = kinds.some((k) => k !== null && BESIDE_DESCRIPTION.has(k));
  const sideColumn = kinds.includes('points') || kinds.includes('foreignAmount');
  const near = (a: Cell, b: Cell) => a.x1 >= b.x0 - 12 && a.x0 <= b.x1 + 12;
  // A row cell is asked about right after itself (reference? then category?): the last answer is
  // kept. A table per cell cost more than it saved: most cells are asked once.
  let lastCell: Cell | null = null;
  let lastKind: ColumnKind | null = null;
  const kindOf = (cell: Cell): ColumnKind | null => {
    if (cell === lastCell) return lastKind;
    const i = columnUnder(cells, cell);
    let kind = i < 0 ? null : (kinds[i] ?? null);
    // A column beside the description claims only cells right under its header: a description
    // whose header is centred over a wide column may start left of that header.
    if (kind && BESIDE_DESCRIPTION.has(kind) && !near(cell, cells[i] as Cell)) kind = null;
    lastCell = cell;
    lastKind = kind;
    return kind;
  };
  return {
    postDateFirst: postIdx >= 0 && transIdx >= 0 && postIdx < transIdx,
    dateAfter: firstDate > 0 ? (cells[firstDate] as Cell) : null,
    hasBalance: balanceIdx >= 0 && balanceIdx === cells.length - 1,
    namesDescription: kinds.includes('description'),
    namesCategory: kinds.includes('category'),
    isCreditColumn: (cell) => credit !== undefined && kindOf(cell) === 'credit',
    // A reference holds no words: words under it are a description running long.
    isReference: (cell) => {
      if (!besideColumn) return false;
      const k = kindOf(cell);
      if (k === 'reference') return !SPACE_LETTER.test(cell.text.slice(1));
      return k !== null && BESIDE_DESCRIPTION.has(k);
    },
    isSideColumn: (cell) => {
      if (!sideColumn) return false;
      const k = kindOf(cell);
      return k === 'points' || k === 'foreignAmount';
    },
    kindOf,
  };
}

/**
 * The header cell a row's cell sits under. Words are left-aligned under their header, so a word
 * cell belongs to the last header starting at or before it (a long description running under the
 * next header stays a description). Numbers are often right-aligned and wider than their header,
 * so an amount belongs to the header it overlaps most, or the nearest within a column gap.
 */
function columnUnder(header: Cell[], cell: Cell): number {
  if (!parseAmount(cell.text)) {
    let at = -1;
    for (let i = 0; i < header.length; i++) if ((header[i] as Cell).x0 - 6 <= cell.x0) at = i;
    return at;
  }
  let best = -1;
  let bestOverlap = 0;
  let nearest = -1;
  let nearestGap = 14;
  for (let i = 0; i < header.length; i++) {
    const h = header[i] as Cell;
    const overlap = Math.min(h.x1, cell.x1) - Math.max(h.x0, cell.x0);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    } else if (overlap <= 0 && -overlap < nearestGap) {
      nearest = i;
      nearestGap = -overlap;
    }
  }
  return best >= 0 ? best : nearest;
}
