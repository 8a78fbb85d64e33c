/**
 * The reconciliation search: when the first reading of the box does not add up, another printed
 * reading of a figure is tried, and the statement's own arithmetic decides.
 */
import { choose } from '../../shared/statement/choose.js';
import type { Candidate } from '../../shared/statement/summary.js';
import type { StatementSummary, Transaction } from '../../shared/statement/types.js';

const at = (cents: number, label: string, how: Candidate['from']['how'] = 'below'): Candidate => ({
  amount: { cents, sign: 0, currency: null, hasDecimals: true },
  from: { page: 1, y: 700, label, how },
});

const row = (amount: number, type: Transaction['type'], description: string): Transaction => ({
  date: '2024-08-15',
  postDate: null,
  description,
  amount,
  type,
  foreign: null,
});

const rows = [
  row(-66_396_40, 'payment', 'PAYMENT RECEIVED'),
  row(100_321_02, 'purchase', 'TANISHQ'),
  row(44_31, 'fee', 'GST'),
];

function base(fees: number | null): StatementSummary {
  return {
    issuer: null,
    cardLast4: null,
    currency: 'INR',
    periodStart: '2024-08-12',
    periodEnd: '2024-09-11',
    dueDate: null,
    previousBalance: null,
    payments: null,
    credits: null,
    purchases: null,
    cashAdvances: null,
    balanceTransfers: null,
    fees,
    interest: null,
    newBalance: null,
    minimumPayment: null,
    creditLimit: null,
    availableCredit: null,
    apr: { purchase: null, cashAdvance: null },
    minimumPaymentWarning: null,
  };
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
