import {
  foreignFeesInsight,
  interestFeesInsight,
  minimumPaymentInsight,
} from '../../shared/analysis/insights-cost.js';
import { atx, summary } from './fixtures.js';

describe('interest_fees insight', () => {
  it('totals interest and each named fee, with how to avoid them', () => {
    const transactions = [
      atx('2024-05-02', 'Late Fee', 4000, { type: 'fee', description: 'LATE FEE' }),
      atx('2024-05-09', 'Fx', 123, { type: 'fee', description: 'FOREIGN TRANSACTION FEE' }),
      atx('2024-05-31', 'Interest', 2345, { type: 'interest', description: 'PURCHASE INTEREST CHARGE' }),
    ];
    const [insight] = interestFeesInsight({
      summary: summary({ interest: 2345, fees: 4123, newBalance: 150000, dueDate: '2024-06-25' }),
      transactions,
    });
    expect(insight?.kind).toBe('interest_fees');
    expect(insight?.amount).toBe(2345 + 4123);
    expect(insight?.title).toBe('You paid $64.68 in interest and fees this period');
    expect(insight?.detail).toContain('Interest: $23.45.');
    expect(insight?.detail).toContain('late payment fee $40.00');
    expect(insight?.detail).toContain('foreign transaction fee $1.23');
    expect(insight?.detail).toContain('pay the full statement balance ($1,500.00) by 2024-06-25');
  });

  it('uses the fee and interest lines when the summary box has no figures', () => {
    const transactions = [
      atx('2024-05-02', 'Annual', 9500, { type: 'fee', description: 'ANNUAL MEMBERSHIP FEE' }),
    ];
    const [insight] = interestFeesInsight({ summary: summary(), transactions });
    expect(insight?.amount).toBe(9500);
    expect(insight?.title).toBe('You paid $95.00 in fees this period');
    expect(insight?.detail).toContain('annual fee $95.00');
  });

  it('says nothing when there was no interest and no fee', () => {
    expect(interestFeesInsight({ summary: summary({ interest: 0, fees: 0 }), transactions: [] })).toEqual([]);
  });
});

describe('minimum_payment insight', () => {
  it("prefers the statement's own printed warning and says so", () => {
    const s = summary({
      newBalance: 508429,
      apr: { purchase: 19.99, cashAdvance: null },
      minimumPaymentWarning: { years: 15, months: null, totalCost: 1212800 },
    });
    const [insight] = minimumPaymentInsight({ summary: s, transactions: [] });
    expect(insight?.title).toBe('Paying only the minimum would take 15 years');
    expect(insight?.detail).toContain('Your statement says');
    expect(insight?.detail).toContain('$12,128');
    // $12,128.00 − $5,084.29, rounded to whole dollars
    expect(insight?.detail).toContain('$7,044 more than the balance');
    expect(insight?.amount).toBe(1212800);
  });

  it('otherwise simulates the US formula and states it', () => {
    const s = summary({ newBalance: 508429, apr: { purchase: 19.99, cashAdvance: null } });
    const [insight] = minimumPaymentInsight({ summary: s, transactions: [] });
    expect(insight?.title).toBe('Paying only the minimum would take about 15 years 1 month');
    expect(insight?.detail).toContain("the month's interest plus 1% of the balance, at least $40");
    expect(insight?.detail).toContain('Estimated');
    expect(insight?.amount).toBeGreaterThan(508429);
  });

  it('invents nothing without an APR, or outside the US where minimum rules differ', () => {
    const noApr = summary({ newBalance: 508429 });
    const gbp = summary({ currency: 'GBP', newBalance: 508429, apr: { purchase: 24.9, cashAdvance: null } });
    expect(minimumPaymentInsight({ summary: noApr, transactions: [] })).toEqual([]);
    expect(minimumPaymentInsight({ summary: gbp, transactions: [] })).toEqual([]);
  });
});

describe('foreign_fees insight', () => {
  it('totals the foreign fees and names the purchases made in another currency', () => {
    const transactions = [
      atx('2024-05-03', 'Cafe de Flore', 5436, { foreign: { amount: 5000, currency: 'EUR' } }),
      atx('2024-05-03', 'Fee', 163, { type: 'fee', description: 'FOREIGN TRANSACTION FEE' }),
      atx('2024-05-04', 'Hotel Le Marais', 21740, { foreign: { amount: 20000, currency: 'EUR' } }),
      atx('2024-05-04', 'Fee', 652, { type: 'fee', description: 'FOREIGN TRANSACTION FEE' }),
      atx('2024-05-05', 'Target', 2000),
    ];
    const [insight] = foreignFeesInsight({ summary: summary(), transactions });
    expect(insight?.amount).toBe(815);
    expect(insight?.title).toBe('$8.15 in foreign transaction fees');
    expect(insight?.detail).toContain('Cafe de Flore $54.36 (€50.00) on 2024-05-03');
    expect(insight?.detail).toContain('Hotel Le Marais $217.40 (€200.00)');
    expect(insight?.detail).not.toContain('Target');
  });

  it('falls back to the purchase on the same or previous day when none is marked foreign', () => {
    const transactions = [
      atx('2024-05-03', 'Coffee', 450),
      atx('2024-05-03', 'Duty Free', 10000),
      atx('2024-05-04', 'Fee', 300, { type: 'fee', description: 'NON-STERLING TRANSACTION FEE' }),
      atx('2024-05-09', 'Later', 9900),
    ];
    const [insight] = foreignFeesInsight({ summary: summary({ currency: 'GBP' }), transactions });
    expect(insight?.detail).toContain('charged on 1 purchase: Duty Free £100.00 on 2024-05-03');
  });

  it('says nothing when no foreign fee was charged', () => {
    const transactions = [atx('2024-05-03', 'Cafe', 5436, { foreign: { amount: 5000, currency: 'EUR' } })];
    expect(foreignFeesInsight({ summary: summary(), transactions })).toEqual([]);
  });
});
