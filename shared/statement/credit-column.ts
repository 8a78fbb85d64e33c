/**
 * Debit and credit columns that no header names: a table printed without column headers, or under
 * headers in words we do not read. The rows show them: most rows' amounts end at one place (the
 * debits), and the rows whose words say a payment or a refund ("PAYMENT RECEIVED", "GUTSCHRIFT")
 * end at another, in a column of its own beside the first, which is the credit column. Read
 * without it, every payment would count as a charge.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { saysCredit } from './classify.js';
import { amountEnd, commonestEdge, endsInAmount, extentOf, nearEdge } from './column-extent.js';
import { dateWithin } from './date-after.js';
import { ABOVE_REACH } from './merchant-lines.js';
import { parseAmount } from './money.js';
import { isRateCell } from './row-amount.js';

/** Two columns' right edges are at least this far apart (points): an amount's width. */
const MIN_GAP = 20;

/**
 * The credit column's right edge, or null when the rows show none. `balanceEdge`: a running
 * balance's column (running-balance.ts), whose figure comes after the amount.
 */
export function creditColumnEdge(lines: Line[], whole: boolean, balanceEdge: number | null): number | null {
  // Rows' single figures, the cells before them, and the figures of rows whose words say a credit.
  const figures: Cell[] = [];
  const befores: Cell[] = [];
  const credited: Cell[] = [];
  const isFigure = (cell: Cell | undefined) => {
    const a = cell && parseAmount(cell.text);
    return a && (a.hasDecimals || whole) ? a : null;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const cells = line.cells;
    const end = amountEnd(cells);
    if (end < 1) continue;
    const f = nearEdge((cells[end] as Cell).x1, balanceEdge) ? end - 1 : end;
    const a = isFigure(cells[f]);
    // A signed figure says its own side. A row has one figure: two are an amount and a side
    // column, and a line with a figure before its date is a box or a worked example, not a row.
    if (f < 1 || !a || a.sign !== 0 || !dateWithin(cells, f) || figureBefore(cells, f)) continue;
    const cell = cells[f] as Cell;
    figures.push(cell);
    befores.push(cells[f - 1] as Cell);
    // A merchant printed on a line of its own over the row (one that ends in no figure) speaks for it.
    const above = li > 0 ? (lines[li - 1] as Line) : null;
    const merchant =
      above !== null &&
      above.page === line.page &&
      above.y - line.y < ABOVE_REACH &&
      !endsInAmount(above.cells);
    if (saysCredit(line.text) || (merchant && saysCredit((above as Line).text))) credited.push(cell);
  }
  // A figure before the row's own, but not a cashback after its rate ("2%  0,70 €").
  function figureBefore(cells: Cell[], f: number): boolean {
    for (let i = 0; i < f; i++)
      if (isFigure(cells[i]) && !isRateCell((cells[i - 1] as Cell | undefined)?.text ?? '')) return true;
    return false;
  }
  const main = commonestEdge(figures.map((c) => c.x1));
  if (!main) return null;
  const credit = commonestEdge(
    credited.filter((c) => Math.abs(c.x1 - main.edge) >= MIN_GAP).map((c) => c.x1),
  );
  if (!credit) return null;
  const said = (edge: number) => credited.filter((c) => nearEdge(c.x1, edge)).length;
  if (said(credit.edge) < said(main.edge)) return null;
  // Two columns side by side, not one column of amounts aligned on their left or centred, whose
  // right edges differ with their widths: the credit column's figures clear the debits'. And
  // nothing lies between them: a row in the right-hand column leaves the left-hand one empty, where
  // two tables printed side by side put the right table's dates and words.
  const at = (edge: number) => figures.flatMap((c, i) => (nearEdge(c.x1, edge) ? [i] : []));
  const debitRows = at(main.edge);
  const creditRows = at(credit.edge);
  const debits = extentOf(debitRows.map((i) => figures[i] as Cell));
  const credits = extentOf(creditRows.map((i) => figures[i] as Cell));
  const [left, right] =
    credits.x0 > debits.x1 ? [debits, creditRows] : credits.x1 < debits.x0 ? [credits, debitRows] : [];
  if (!left || !right) return null;
  return right.every((i) => (befores[i] as Cell).x1 < left.x0) ? credit.edge : null;
}
