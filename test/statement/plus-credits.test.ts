/**
 * Statements that mark money coming in with a plus and leave charges unsigned (Indian fintech cards,
 * UK app banks: "+5,000.00" for a payment, "499.00" for a purchase). The first reading takes a "+"
 * as a charge; the search tries it as a credit and keeps that only when the statement proves it.
 */
import { parseStatement } from '../../shared/statement/parse.js';
import { rowsOf } from '../support/lines.js';

const BOX = [
  ['Lumen Card', 'Statement date 31/07/2025'],
  ['Previous balance', '5,000.00'],
  ['Payments and credits', '5,050.00'],
  ['Purchases', '1,548.00'],
];
const ROWS = [
  ['Date', 'Description', 'Amount'],
  ['02/07/2025', 'PAYMENT RECEIVED - UPI', '+5,000.00'],
  ['05/07/2025', 'SWIGGY BANGALORE', '649.00'],
  ['09/07/2025', 'AMAZON PAY INDIA', '899.00'],
  ['12/07/2025', 'REFUND - MYNTRA', '+50.00'],
];

describe('a "+" that marks the credits', () => {
  test('read as credits when the statement proves it: payments and refunds negative, charges positive', () => {
    const p = parseStatement(rowsOf([...BOX, ['New balance', '1,498.00'], ...ROWS]));
    expect(p.checks.level).toBe('verified');
    expect(p.transactions.map((t) => [t.amount, t.type])).toEqual([
      [-500000, 'payment'],
      [64900, 'purchase'],
      [89900, 'purchase'],
      [-5000, 'credit'],
    ]);
    expect(p.explain?.changed.join(' ')).toContain('a printed "+" read as a credit');
  });

  test('not taken when it does not prove the statement: a cent off, the printed signs stand', () => {
    const p = parseStatement(rowsOf([...BOX, ['New balance', '1,498.01'], ...ROWS]));
    expect(p.checks.level).toBe('unverified');
    expect(p.transactions[0]?.amount).toBe(500000);
    expect(p.explain?.changed.join(' ')).not.toContain('a printed "+"');
  });

  test('never tried where a row prints a "-": a "+" there marks charges', () => {
    const rows = ROWS.map((r, i) => (i === 4 ? [r[0] as string, r[1] as string, '-50.00'] : r));
    const p = parseStatement(rowsOf([...BOX, ['New balance', '1,498.00'], ...rows]));
    expect(p.explain?.changed.join(' ') ?? '').not.toContain('a printed "+"');
    expect(p.transactions[3]?.amount).toBe(-5000);
  });
});
