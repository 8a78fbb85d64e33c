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
import { dateIndex } from './date-after.js';
import { isJustAbove, isOrphanText } from './merchant-lines.js';
import { isRateCell, mayEndFigure, parseAmount } from './money.js';

/** Two columns' right edges are at least this far apart (points): an amount's width. */
const MIN_GAP = 20;

/** Rows that end in one unsigned figure: the figure's cell, the cell before it, the row's line. */
interface RowFigure {
  cell: Cell;
  before: Cell;
  line: number;
}

/**
 * The credit column's right edge, or null when the rows show none. `balanceEdge`: a running
 * balance's column (running-balance.ts), whose figure comes after the amount.
 */
export function creditColumnEdge(lines: Line[], whole: boolean, balanceEdge: number | null): number | null {
  const rows = rowFigures(lines, whole, balanceEdge);
  const main = commonestEdge(rows.map((r) => r.cell.x1));
  // Most tables end every row at one place: their words need no reading.
  if (!main || rows.every((r) => Math.abs(r.cell.x1 - main.edge) < MIN_GAP)) return null;
  // The figures of rows whose words say a credit; a merchant printed on a line of its own over the
  // row (one that ends in no figure) speaks for it.
  const credited = rows.filter((r) => {
    const line = lines[r.line] as Line;
    const above = r.line > 0 ? (lines[r.line - 1] as Line) : null;
    // A summary box's labels over its values ("Please pay by  Credit limit" over "3 Oct 2025
    // £12'000.00") are no merchant line, whatever "credit" they say.
    const merchant =
      above !== null &&
      isJustAbove(above, line) &&
      !endsInAmount(above.cells) &&
      isOrphanText(above, null, 0);
    return saysCredit(line.text) || (merchant && saysCredit((above as Line).text));
  });
  const credit = commonestEdge(
    credited.filter((r) => Math.abs(r.cell.x1 - main.edge) >= MIN_GAP).map((r) => r.cell.x1),
  );
  if (!credit) return null;
  const said = (edge: number) => credited.filter((r) => nearEdge(r.cell.x1, edge)).length;
  if (said(credit.edge) < said(main.edge)) return null;
  // Two columns side by side, not one column of amounts aligned on their left or centred, whose
  // right edges differ with their widths: the credit column's figures clear the debits'. And
  // nothing lies between them: a row in the right-hand column leaves the left-hand one empty, where
  // two tables printed side by side put the right table's dates and words.
  const debitRows = rows.filter((r) => nearEdge(r.cell.x1, main.edge));
  const creditRows = rows.filter((r) => nearEdge(r.cell.x1, credit.edge));
  const debits = extentOf(debitRows.map((r) => r.cell));
  const credits = extentOf(creditRows.map((r) => r.cell));
  const [left, right] =
    credits.x0 > debits.x1 ? [debits, creditRows] : credits.x1 < debits.x0 ? [credits, debitRows] : [];
  if (!left || !right) return null;
  return right.every((r) => r.before.x1 < left.x0) ? credit.edge : null;
}

/**
 * The rows' single unsigned figures. A signed figure says its own side; a row has one figure (two
 * are an amount and a side column); a line with a figure before its date is a box or a worked
 * example, not a row.
 */
function rowFigures(lines: Line[], whole: boolean, balanceEdge: number | null): RowFigure[] {
  const isFigure = (cell: Cell | undefined) => {
    // The cheap refusal first: most cells (dates, descriptions) end in no figure.
    const a = cell && mayEndFigure(cell.text) && parseAmount(cell.text);
    return a && (a.hasDecimals || whole) ? a : null;
  };
  // A figure before the row's date, or just before its own figure, but for a cashback after its
  // rate ("2%  0,70 €").
  const figureBefore = (cells: Cell[], date: number, f: number): boolean => {
    for (let i = 0; i < date; i++) if (isFigure(cells[i])) return true;
    return isFigure(cells[f - 1]) !== null && !isRateCell((cells[f - 2] as Cell | undefined)?.text ?? '');
  };
  const out: RowFigure[] = [];
  for (let li = 0; li < lines.length; li++) {
    const cells = (lines[li] as Line).cells;
    const end = amountEnd(cells);
    if (end < 1) continue;
    const f = nearEdge((cells[end] as Cell).x1, balanceEdge) ? end - 1 : end;
    const a = isFigure(cells[f]);
    if (f < 1 || !a || a.sign !== 0) continue;
    const date = dateIndex(cells, f);
    if (date < 0 || figureBefore(cells, date, f)) continue;
    out.push({ cell: cells[f] as Cell, before: cells[f - 1] as Cell, line: li });
  }
  return out;
}

/** What otherColumnEdge needs of a row: its amount's sign and column. */
interface RowAmount {
  amount: { sign: -1 | 0 | 1 };
  columnSign: -1 | 0;
  amountX1: number;
}

/**
 * A second column of unsigned amounts beside the one most rows end in, when no header and no word
 * says which it is: refunds without a word of credit ("AMZN Mktp US*Q3UXK833N") in a credit column
 * that nothing names. Its right edge, or null. Only a hypothesis: read as credits, the rows must
 * prove the statement (choose.ts), as the figures of a debit column printed apart never would.
 */
export function otherColumnEdge(rows: readonly RowAmount[]): number | null {
  const unsigned = rows.filter((r) => r.amount.sign === 0 && r.columnSign === 0);
  const main = commonestEdge(unsigned.map((r) => r.amountX1));
  if (!main) return null;
  const other = commonestEdge(
    unsigned.filter((r) => Math.abs(r.amountX1 - main.edge) >= MIN_GAP).map((r) => r.amountX1),
  );
  return other && other.count < main.count ? other.edge : null;
}
