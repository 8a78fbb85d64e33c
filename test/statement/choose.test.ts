/**
 * The reconciliation search: when the first reading of the box does not add up, another printed
 * reading of a figure is tried, and the statement's own arithmetic decides.
 */
import { choose } from '../../shared/statement/choose.js';
import { explain } from '../../shared/statement/explain.js';
import type { Candidate } from '../../shared/statement/summary.js';
import type { StatementSummary } from '../../shared/statement/types.js';
import { summary, tx } from '../analysis/fixtures.js';

const at = (cents: number, label: string, how: Candidate['from']['how'] = 'below'): Candidate => ({
  amount: { cents, sign: 0, currency: null, hasDecimals: true },
  from: { page: 1, y: 700, label, how },
});

const rows = [
  tx('2024-08-15', 'PAYMENT RECEIVED', -66_396_40, { type: 'payment' }),
  tx('2024-08-15', 'TANISHQ', 100_321_02),
  tx('2024-08-15', 'GST', 44_31, { type: 'fee' }),
];

function base(fees: number | null): StatementSummary {
  return summary({ currency: 'INR', periodStart: '2024-08-12', periodEnd: '2024-09-11', fees });
}

const candidates = {
  previousBalance: [at(66_396_40, 'Previous Balance')],
  payments: [at(66_396_40, 'Payments')],
  purchases: [at(100_321_02, 'Purchases & Other Debits', 'grid')],
  newBalance: [at(100_365_33, 'Closing Balance', 'grid')],
};

describe('choose', () => {
  test('a further figure read under the wrong label is replaced by its other printed reading', () => {
    // "Other Debits" (the second line of the purchases label) read as a fee label: fees = purchases.
    const fees = [at(100_321_02, 'Other Debits'), at(44_31, 'Fees, Taxes & Charges', 'grid')];
    const { reading, choice } = choose({
      candidates: { ...candidates, fees },
      rows: [rows, null],
      base: base(100_321_02),
      typesPrinted: false,
    });
    expect(reading.checks.level).toBe('verified');
    expect(reading.summary.fees).toBe(44_31);
    expect(choice.changed).toEqual(['fees: printed reading 2']);
    // --explain names the reading that was taken, not the first one printed.
    const taken = explain(
      { amounts: {}, candidates: { ...candidates, fees }, dates: {} },
      reading.selection,
      choice,
    );
    expect(taken.fields.find((f) => f.field === 'fees')?.from.label).toBe('Fees, Taxes & Charges');
  });

  test('with no other reading that reconciles, the first reading stays and the gap is named', () => {
    const fees = [at(100_321_02, 'Other Debits'), at(99_99, 'Fees', 'grid')];
    const { reading, choice } = choose({
      candidates: { ...candidates, fees },
      rows: [rows, null],
      base: base(100_321_02),
      typesPrinted: false,
    });
    expect(reading.checks.level).toBe('unverified');
    expect(reading.summary.fees).toBe(100_321_02);
    expect(choice.changed).toEqual([]);
    expect(reading.checks.gaps.join(' ')).toMatch(/does not add up/);
  });
});
