/**
 * Where a table's amounts end, when no header names the amount column: the commonest right edge of
 * the last figure of dated rows. In a currency without a minor unit a bare "449" is a count or an
 * amount; one that ends where the table's amounts end is the amount, as it is under an "Amount"
 * header (row-amount.ts, isMoney).
 */
import type { Cell, Line } from '../pdf/layout.js';
import { commonestEdge, endsInAmount, nearEdge } from './column-extent.js';
import { dateWithin } from './date-after.js';
import { isDateLed } from './row-split.js';

/** Rows that must end at one place before it is taken for the amount column. */
const MIN_ROWS = 5;

/**
 * The amount column's right edge, or null when too few rows show one. `balanceEdge`: a running
 * balance's column (running-balance.ts), whose figure ends the rows after the amount's.
 */
export function amountEdge(lines: Line[], balanceEdge: number | null = null): number | null {
  const edges: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    // A row leads with its date, or prints it after a reference or the description ("NETFLIX.COM
    // 09/01  2,324"), as date-after.ts reads it.
    if (line.cells.length < 2 || !endsInAmount(line.cells)) continue;
    if (!isDateLed(line) && !dateWithin(line.cells, line.cells.length - 1)) continue;
    const cells = line.cells;
    const last = cells[cells.length - 1] as Cell;
    // "10,437  33,126": the amount is the figure before the running balance.
    const amount = nearEdge(last.x1, balanceEdge) && cells.length > 2 ? cells.slice(0, -1) : cells;
    if (amount !== cells && !endsInAmount(amount)) continue;
    edges.push((amount[amount.length - 1] as Cell).x1);
  }
  const column = commonestEdge(edges);
  return column && column.count >= MIN_ROWS ? column.edge : null;
}
