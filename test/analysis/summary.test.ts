import { analyzeSpending } from '../../shared/analysis/index.js';
import { summarizeSpending } from '../../shared/analysis/summary.js';
import { atx, chaseStatement } from './fixtures.js';

describe('summarizeSpending', () => {
  const txs = [
    atx('2024-03-01', 'Cafe', 1250, { category: 'Dining' }),
    atx('2024-03-02', 'Grocer', 8000, { category: 'Groceries' }),
    atx('2024-03-03', 'Cafe', 750, { category: 'Dining' }),
    atx('2024-03-04', 'Grocer', -2000, { category: 'Payments & Credits', type: 'credit' }),
    atx('2024-03-05', 'Payment', -50000, { category: 'Payments & Credits', type: 'payment' }),
    atx('2024-03-06', 'Atm', 10000, { category: 'Cash', type: 'cash_advance' }),
    atx('2024-03-06', 'Cash advance fee', 500, { category: 'Fees & Interest', type: 'fee' }),
    atx('2024-03-10', 'Interest', 333, { category: 'Fees & Interest', type: 'interest' }),
    atx('2024-03-11', 'Old card', 90000, { category: 'Other', type: 'balance_transfer' }),
  ];
  const s = summarizeSpending(txs, { periodStart: '2024-03-01', periodEnd: '2024-03-10' });

  it('nets refunds against purchases, cash, fees and interest, leaving out payments and transfers', () => {
    // 1250 + 8000 + 750 + 10000 + 500 + 333 − 2000
    expect(s.totalSpend).toBe(18833);
  });

  it('counts payments and credits as one positive total', () => {
    expect(s.totalCredits).toBe(52000);
  });

  it('averages spend over the days of the period, both ends included', () => {
    expect(s.dailyAverage).toBe(Math.round(18833 / 10));
  });

  it('has no daily average when the period is unknown', () => {
    expect(summarizeSpending(txs, { periodStart: null, periodEnd: '2024-03-10' }).dailyAverage).toBeNull();
  });

  it('breaks spend down by category, largest first, with shares of total spend', () => {
    expect(s.byCategory).toEqual([
      { category: 'Cash', amount: 10000, count: 1, share: 0.531 },
      { category: 'Groceries', amount: 8000, count: 1, share: 0.4248 },
      { category: 'Dining', amount: 2000, count: 2, share: 0.1062 },
      { category: 'Fees & Interest', amount: 833, count: 2, share: 0.0442 },
    ]);
  });

  it('ranks merchants by purchase amount and picks the largest purchase', () => {
    expect(s.topMerchants).toEqual([
      { merchant: 'Grocer', amount: 8000, count: 1 },
      { merchant: 'Cafe', amount: 2000, count: 2 },
    ]);
    expect(s.largest).toEqual({ date: '2024-03-02', description: 'GROCER', amount: 8000 });
  });

  it('keeps every figure in integer cents', () => {
    const values = [s.totalSpend, s.totalCredits, s.dailyAverage, ...s.byCategory.map((c) => c.amount)];
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
  });

  it('adds up the real Chase statement to its printed purchases total', () => {
    const { summary } = analyzeSpending(chaseStatement());
    expect(summary.totalSpend).toBe(508429);
    expect(summary.totalCredits).toBe(423399);
    expect(summary.byCategory.reduce((sum, c) => sum + c.amount, 0)).toBe(508429);
    expect(summary.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(32);
    expect(summary.topMerchants.length).toBeLessThanOrEqual(10);
    expect(summary.largest?.amount).toBe(216319);
    expect(summary.dailyAverage).toBe(Math.round(508429 / 31));
  });
});
