/**
 * What the readers of columns no header names share (date-after.ts, category-column.ts,
 * running-balance.ts, amount-edge.ts): which lines can be a table's rows, a column's extent from the
 * cells found in it, and a right-aligned column's edge as the rows' figures show it.
 */
import type { Cell } from '../pdf/layout.js';
import { CURRENCY_CODES, LONE_MARKER, LONE_SYMBOL, mayEndFigure, parseAmount } from './money.js';

/** The row's last cell is an amount: a line that can be a transaction row. */
export function endsInAmount(cells: Cell[]): boolean {
  const last = cells[cells.length - 1];
  return last !== undefined && mayEndFigure(last.text) && parseAmount(last.text) !== null;
}

/**
 * The index of the cell with the row's last amount: the last cell, or the one before a currency
 * mark or Dr/Cr marker set in a cell of its own after it ("79,90  €", "58,05  Dr"); -1 when the
 * row ends in no amount.
 */
export function amountEnd(cells: Cell[]): number {
  const n = cells.length;
  if (endsInAmount(cells)) return n - 1;
  const mark = cells[n - 1]?.text ?? '';
  if (n < 2 || !(LONE_SYMBOL.test(mark) || LONE_MARKER.test(mark) || CURRENCY_CODES.has(mark))) return -1;
  const before = (cells[n - 2] as Cell).text;
  return mayEndFigure(before) && parseAmount(before) !== null ? n - 2 : -1;
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

/** Right edges closer than this (points) are one column. */
const EDGE_SLACK = 3;

/**
 * The commonest right edge among `edges` (each rounded to the point; the first seen wins a tie)
 * and how many figures end there, or null when there are none.
 */
export function commonestEdge(edges: readonly number[]): { edge: number; count: number } | null {
  const counts = new Map<number, number>();
  for (let i = 0; i < edges.length; i++) {
    const x = Math.round(edges[i] as number);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best: { edge: number; count: number } | null = null;
  for (const [edge, count] of counts) if (!best || count > best.count) best = { edge, count };
  return best;
}

/** Whether `x1` (a cell's right edge) is at `edge`, give or take EDGE_SLACK points. */
export function nearEdge(x1: number, edge: number | null): boolean {
  return edge !== null && Math.abs(x1 - edge) <= EDGE_SLACK;
}
