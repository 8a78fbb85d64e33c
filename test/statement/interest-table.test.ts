/**
 * The interest charge table US statements print ("Type of Balance | APR | Balance Subject to Interest
 * Rate | Interest Charge"), its rows labelled with the summary box's own wording: it gives the APRs,
 * and a row's category before a tax rate gives none.
 */
import { findAprs, findMinimumWarning } from '../../shared/statement/facts.js';
import { line } from '../support/lines.js';

test.each([
  ['New Purchases', 'Cash', 42, 27.9],
  ['Spese del periodo', 'Anticipi contanti', 19.99, 29.99],
  ['Purchases/Debits', 'Cash Withdrawals', 24.9, 29.99],
])('rows "%s" and "%s" give the purchase and cash rates', (purchases, cash, p, c) => {
  const rate = (r: number): string => `${r.toFixed(2)}%`;
  const lines = [
    line(400, ['Interest Charge Calculation', 40, 160]),
    line(
      388,
      ['Type of Balance', 40, 100],
      ['Annual Percentage Rate (APR)', 150, 250],
      ['Interest Charge', 445, 500],
    ),
    line(376, [purchases, 40, 100], [rate(p), 220, 250], ['691.00', 360, 390], ['4.32', 480, 500]),
    line(364, [cash, 40, 100], [rate(c), 220, 250], ['0.00', 370, 390], ['0.00', 480, 500]),
  ];
  expect(findAprs(lines)).toEqual({ purchase: p, cashAdvance: c });
});

test('a row whose category reads like a summary label names no rate: "CHARGES  GST @ 18% ON FEES"', () => {
  const lines = [
    line(
      300,
      ['CHARGES', 40, 80],
      ['G S T  @  1 8 %  O N  F E E S', 100, 220],
      ['11/04/24', 300, 340],
      ['287.43', 420, 450],
    ),
  ];
  expect(findAprs(lines)).toEqual({ purchase: null, cashAdvance: null });
});

test('a line the row reader took is no rate and no minimum-payment warning, whatever it prints', () => {
  const lines = [
    line(300, ['05/11', 40, 70], ['Purchases', 100, 160], ['19.99%', 220, 250], ['12.34', 420, 450]),
    line(288, ['Only the minimum payment', 40, 160], ['3 years', 220, 260], ['$1,234.00', 420, 450]),
  ];
  // Unmarked, both lines are read: the rate from the first, the warning from the second.
  expect(findAprs(lines).purchase).toBe(19.99);
  expect(findMinimumWarning(lines)).toEqual({ years: 3, months: null, totalCost: 123_400 });
  const rowsAt = Uint8Array.from([1, 1]);
  expect(findAprs(lines, rowsAt)).toEqual({ purchase: null, cashAdvance: null });
  expect(findMinimumWarning(lines, rowsAt)).toBeNull();
});
