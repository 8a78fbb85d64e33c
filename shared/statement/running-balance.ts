/**
 * A running-balance column that no header names: a table printed without column headers, or under
 * a header in words we do not know ("Solde progressif", "Running total"). The statement's own
 * arithmetic shows it: down the rows, each figure in the last column differs from the one above by
 * the amount printed just before it. Where it does, that column is the balance and the figure
 * before it the row's amount; read the other way, every row would take its balance for its amount.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { commonestEdge, nearEdge } from './column-extent.js';
import { dateWithin } from './date-after.js';
import {
  LONE_MARKER,
  LONE_SYMBOL,
  mayEndFigure,
  type ParsedAmount,
  parseAmount,
  signedCents,
} from './money.js';

/** Neighbouring rows whose balances must follow from their amounts before a column is taken for one. */
const MIN_STEPS = 3;
/** Share of neighbouring row pairs whose step must match: sections and cards may restart a running total. */
const MIN_SHARE = 0.6;

/** A row's line ending in two figures: the amount's magnitude, the last figure signed, its right edge. */
interface Tail {
  amount: number;
  balance: number;
  edge: number;
}

/**
 * The right edge (x1) of the running-balance column when the rows' arithmetic shows one, or null.
 * `whole`: amounts of a currency without a minor unit count without decimals.
 */
export function runningBalanceEdge(lines: Line[], whole: boolean): number | null {
  const tails: Tail[] = [];
  for (let li = 0; li < lines.length; li++) {
    const t = tailOf(lines[li] as Line, whole);
    if (t) tails.push(t);
  }
  // The column's edge: the commonest right edge of the last figures.
  const column = commonestEdge(tails.map((t) => t.edge));
  if (column === null || column.count < MIN_STEPS + 1) return null;
  const edge = column.edge;
  let steps = 0;
  let held = 0;
  let before: Tail | null = null;
  for (const t of tails) {
    if (!nearEdge(t.edge, edge)) continue;
    if (before) {
      steps++;
      if (Math.abs(t.balance - before.balance) === t.amount) held++;
    }
    before = t;
  }
  return held >= MIN_STEPS && held >= MIN_SHARE * steps ? edge : null;
}

function tailOf(line: Line, whole: boolean): Tail | null {
  const cells = line.cells;
  const n = cells.length;
  if (n < 3) return null;
  const last = cells[n - 1] as Cell;
  // The amount may be followed by its currency mark and its Dr/Cr marker, each in a cell of its
  // own, before the balance ("39,20  €  Dr  2 134,78 Dr").
  let k = n - 2;
  for (let skipped = 0; skipped < 2 && k > 1 && isMarkOrMarker((cells[k] as Cell).text); skipped++) k--;
  const before = cells[k] as Cell;
  // Cheap refusals first: both cells must end a figure (a digit, a bracket, a sign or a Cr/Dr).
  if (!mayEndFigure(before.text) || !mayEndFigure(last.text)) return null;
  // The cell before is most often a row's description: asked first, it refuses most lines.
  const a = figureOf(before.text, whole);
  const b = a && figureOf(last.text, whole);
  if (!b || !a || !dateWithin(cells, k)) return null;
  return { amount: a.cents, balance: signedCents(b), edge: last.x1 };
}

/** A currency mark or a Dr/Cr marker alone in its cell. */
function isMarkOrMarker(text: string): boolean {
  return text.length <= 3 && (LONE_SYMBOL.test(text) || LONE_MARKER.test(text));
}

function figureOf(text: string, whole: boolean): ParsedAmount | null {
  const a = parseAmount(text);
  return a && (a.hasDecimals || whole) ? a : null;
}
