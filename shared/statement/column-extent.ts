/**
 * What the readers of columns no header names share (date-after.ts, category-column.ts): which
 * lines can be a table's rows, and a column's extent from the cells found in it.
 */
import type { Cell } from '../pdf/layout.js';
import { mayEndFigure, parseAmount } from './money.js';

/** The row's last cell is an amount: a line that can be a transaction row. */
export function endsInAmount(cells: Cell[]): boolean {
  const last = cells[cells.length - 1];
  return last !== undefined && mayEndFigure(last.text) && parseAmount(last.text) !== null;
}

/** The span of a column's cells, as a cell whose text is empty. */
export function extentOf(cells: readonly Cell[]): Cell {
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    x0 = Math.min(x0, c.x0);
    x1 = Math.max(x1, c.x1);
  }
  return { text: '', x0, x1 };
}
