/**
 * Recognises a transaction table's header row ("Date  Description  Reference  Amount") and keeps
 * what the columns tell us: which date comes first, where a running balance, a separate Credit
 * column or a reference column sits.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { readDateAt } from './dates.js';
import { parseAmount } from './money.js';

export interface TableHeader {
  postDateFirst: boolean;
  /** The date column's header when another column (a description, a reference) comes before it. */
  dateAfter: Cell | null;
  hasBalance: boolean;
  isCreditColumn(cell: Cell): boolean;
  isReference(cell: Cell): boolean;
  /** True for a cell under a column that holds numbers other than the row's amount (cashback, points). */
  isSideColumn(cell: Cell): boolean;
}

/** A date column's header, in the languages we read ("Date", "Datum", "Data operazione", "Fecha"). */
const DATE_WORD =
  /\bdate\b|^(trans|post(ed|ing)?|txn)\.?$|\b(datum|data|fecha|belegdatum|buchungsdatum|valuta|wertstellung)\b/i;
/** Another column's header: description, amount, reference… in the same languages. */
const OTHER_WORD =
  /\b(description|details|merchant|transaction|amount|debits?|credits?|reference|narrative|particulars|beschreibung|verwendungszweck|umsatz|betrag|descrizione|importo|operazione|descripci[oó]n|importe|concepto|libell[ée]|montant|op[ée]ration|omschrijving|bedrag|descri[cç][aã]o|valor|montante)\b/i;

const SIDE_COLUMN = /\b(cash ?back|points?|rewards?|miles)\b/i;

/** The header a line is, or null when it is not a table header. */
export function findHeader(line: Line): TableHeader | null {
  const cells = line.cells;
  if (cells.length < 2 || cells.length > 9) return null;
  if (!cells.some((c) => DATE_WORD.test(c.text)) || !cells.some((c) => OTHER_WORD.test(c.text))) return null;
  if (cells.some((c) => parseAmount(c.text) || readDateAt(c.text))) return null;
  if (cells.some((c) => c.text.length > 45)) return null;

  const lower = cells.map((c) => c.text.toLowerCase());
  const postIdx = lower.findIndex((t) => /\bpost(ed|ing)?\b/.test(t));
  const transIdx = lower.findIndex((t) => /\btrans(action)?\b.*date|^date$|^trans\.?( date)?$|^txn/.test(t));
  const balanceIdx = lower.findIndex((t) => /^(running )?balance\b/.test(t));
  const debitIdx = lower.findIndex((t) => /^(debits?|dr|withdrawals?)\b/.test(t));
  const creditIdx = lower.findIndex((t) => /^(credits?|cr|payments?\/credits?)\b/.test(t));
  const refIdx = lower.findIndex((t) => /^(ref(erence)?\.?( no\.?| number)?|reference)$/.test(t));
  const credit = debitIdx >= 0 && creditIdx >= 0 ? cells[creditIdx] : undefined;
  const firstDate = cells.findIndex((c) => DATE_WORD.test(c.text));
  // Columns of other numbers printed beside the amount: cashback earned, reward points.
  const side = cells.filter((c) => SIDE_COLUMN.test(c.text));
  const ref = refIdx >= 0 ? cells[refIdx] : undefined;
  const near = (a: Cell, b: Cell) => a.x1 >= b.x0 - 12 && a.x0 <= b.x1 + 12;
  return {
    postDateFirst: postIdx >= 0 && transIdx >= 0 && postIdx < transIdx,
    dateAfter: firstDate > 0 ? (cells[firstDate] as Cell) : null,
    hasBalance: balanceIdx >= 0 && balanceIdx === cells.length - 1,
    isCreditColumn: (cell) => (credit ? near(cell, credit) : false),
    isReference: (cell) => (ref ? near(cell, ref) && !/\s[a-z]/i.test(cell.text.slice(1)) : false),
    isSideColumn: (cell) => side.some((c) => near(cell, c)),
  };
}
