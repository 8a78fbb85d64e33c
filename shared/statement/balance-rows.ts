/**
 * Rows a transaction table prints that are not transactions: a balance as a dated row ("01/03
 * Previous balance  1,234.56", "24.04.  Saldo da pagare  1.884,02"), and the running balance where
 * a page breaks ("Carried forward", "Übertrag", "Report", "Riporto"). Their amounts are balances,
 * not money that moved. A merchant whose name starts like a label ("NEW BALANCE ATHLETICS 0123")
 * stays a row.
 */
import { AMOUNT_LABELS, normaliseLabel } from './labels.js';
import type { ParsedAmount } from './money.js';

/** The running balance at a page break, in the languages we read (folded like a label). */
const CARRIED =
  /^(balance )?(carried|brought) (forward|fwd|over)$|^(balance )?[cb] f$|^(ubertrag|vortrag|a reporter|report|reporte|suma y sigue|suma anterior|a riportare|riporto|transport|a transportar|transporte)$/;

const BALANCE_RULES = AMOUNT_LABELS.filter(
  (r) => r.field === 'previousBalance' || r.field === 'newBalance' || r.field === 'totalDue',
);

/** What a non-transaction row is: a statement balance (by its label's field) or a page's carry. */
export type BalanceRow = 'previousBalance' | 'newBalance' | 'totalDue' | 'carried';

/** A balance the table printed as a row, for the summary to take when its box does not print it. */
export interface BalanceRowReading {
  field: Exclude<BalanceRow, 'carried'>;
  amount: ParsedAmount;
  page: number;
  y: number;
  label: string;
}

/** Whether a row's whole description is a balance label or a carried-forward line, and which. */
export function balanceRowKind(description: string): BalanceRow | null {
  const label = normaliseLabel(description);
  if (CARRIED.test(label)) return 'carried';
  for (const r of BALANCE_RULES) {
    const m = r.re.exec(label);
    // No merchant is called "Previous balance …", so its label may go on ("Saldo vorige opgave");
    // a closing balance's must be the whole description ("NEW BALANCE ATHLETICS" is a shop).
    if (m && m.index === 0 && (r.field === 'previousBalance' || m[0].length === label.length))
      return r.field as BalanceRow;
  }
  return null;
}
