/**
 * Where a table's amounts end, when no header names the amount column: the commonest right edge of
 * the last figure of date-led rows. In a currency without a minor unit a bare "449" is a count or an
 * amount; one that ends where the table's amounts end is the amount, as it is under an "Amount"
 * header (row-amount.ts, isMoney).
 */
import type { Cell, Line } from '../pdf/layout.js';
import { endsInAmount } from './column-extent.js';
import { isDateLed } from './row-split.js';

/** Right edges closer than this (points) are one column. */
const EDGE_SLACK = 3;
/** Rows that must end at one place before it is taken for the amount column. */
const MIN_ROWS = 5;

/** The amount column's right edge, or null when too few rows show one. */
export function amountEdge(lines: Line[]): number | null {
  const edges = new Map<number, number>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.cells.length < 2 || !endsInAmount(line.cells) || !isDateLed(line)) continue;
    const x = Math.round((line.cells[line.cells.length - 1] as Cell).x1);
    edges.set(x, (edges.get(x) ?? 0) + 1);
  }
  let edge: number | null = null;
  let most = 0;
  for (const [x, n] of edges) if (n > most) [edge, most] = [x, n];
  return most >= MIN_ROWS ? edge : null;
}

/** Whether `cell` ends at the edge (a column's right edge), give or take EDGE_SLACK points. */
export function atEdge(cell: Cell | undefined, edge: number | null): boolean {
  return edge !== null && cell !== undefined && Math.abs(cell.x1 - edge) <= EDGE_SLACK;
}
