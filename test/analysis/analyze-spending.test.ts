import { analyzeSpending } from '../../shared/analysis/index.js';
import { chaseStatement, statement, tx } from './fixtures.js';

describe('analyzeSpending', () => {
  it('adds a merchant, a category and a recurring flag to every transaction, in order', () => {
    const parsed = chaseStatement();
    const { transactions } = analyzeSpending(parsed);
    expect(transactions.map((t) => t.description)).toEqual(parsed.transactions.map((t) => t.description));
    const costco = transactions.find((t) => t.description.startsWith('COSTCO'));
    expect([costco?.merchant, costco?.category]).toEqual(['Costco', 'Groceries']);
    const recurring = transactions.filter((t) => t.recurring).map((t) => t.merchant);
    expect(recurring.sort()).toEqual(['Apple', 'Netflix', 'YouTube Premium']);
  });

  it('gives the Chase statement only the insights its data supports, alerts first', () => {
    const { insights } = analyzeSpending(chaseStatement());
    const kinds = insights.map((i) => i.kind);
    expect(kinds).toContain('minimum_payment');
    expect(kinds).toContain('utilization');
    expect(kinds).toContain('due_date');
    expect(kinds).toContain('subscriptions');
    // No fee, interest or foreign line on this statement, and no identical charges within two days.
    expect(kinds).not.toContain('interest_fees');
    expect(kinds).not.toContain('foreign_fees');
    expect(kinds).not.toContain('duplicates');
    const order = { alert: 0, warning: 1, info: 2 };
    const ranks = insights.map((i) => order[i.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('reports nothing invented for a statement with no summary figures', () => {
    const parsed = statement({}, [tx('2024-01-02', 'CORNER SHOP', 500)]);
    const { summary, insights } = analyzeSpending(parsed);
    expect(insights).toEqual([]);
    expect(summary.dailyAverage).toBeNull();
    expect(summary.totalSpend).toBe(500);
  });
});
