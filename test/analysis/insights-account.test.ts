import { dueDateInsight, utilizationInsight } from '../../shared/analysis/insights-account.js';
import { atx, summary } from './fixtures.js';

describe('utilization insight', () => {
  const at = (newBalance: number) =>
    utilizationInsight({ summary: summary({ newBalance, creditLimit: 1000000 }), transactions: [] })[0];

  it('is informational at or under 30% of the limit', () => {
    expect(at(300000)?.severity).toBe('info');
    expect(at(300000)?.title).toBe('You are using 30% of your credit limit');
  });

  it('warns above 30% and alerts above 90%', () => {
    expect(at(300100)?.severity).toBe('warning');
    expect(at(900000)?.severity).toBe('warning');
    expect(at(900100)?.severity).toBe('alert');
  });

  it('says the balance is over the limit when it is', () => {
    expect(at(1200000)?.detail).toContain('You are over the limit');
    expect(at(950000)?.detail).toContain('You are close to the limit');
  });

  it('states the balance, the limit and the exact ratio', () => {
    const insight = at(508429);
    expect(insight?.detail).toContain('Balance $5,084.29 of a $10,000.00 limit (50.8%)');
    expect(insight?.amount).toBe(508429);
  });

  it('needs both the balance and the limit', () => {
    expect(utilizationInsight({ summary: summary({ newBalance: 5000 }), transactions: [] })).toEqual([]);
    expect(utilizationInsight({ summary: summary({ creditLimit: 5000 }), transactions: [] })).toEqual([]);
  });
});

describe('due_date insight', () => {
  const s = summary({ dueDate: '2024-02-28', minimumPayment: 5000, newBalance: 508429 });

  it('reminds of the due date and the minimum payment', () => {
    const [insight] = dueDateInsight({ summary: s, transactions: [] });
    expect(insight?.severity).toBe('info');
    expect(insight?.title).toBe('Payment due 2024-02-28');
    expect(insight?.detail).toContain('Minimum payment $50.00 due 2024-02-28');
    expect(insight?.detail).toContain('Paying the full $5,084.29');
    expect(insight?.amount).toBe(5000);
  });

  it('raises an alert when a late fee was charged', () => {
    const late = [atx('2024-02-01', 'Late', 3900, { type: 'fee', description: 'LATE PAYMENT FEE' })];
    const [insight] = dueDateInsight({ summary: s, transactions: late });
    expect(insight?.severity).toBe('alert');
    expect(insight?.title).toBe('A late payment fee was charged');
  });

  it('raises an alert when a penalty APR appears', () => {
    const penalty = [
      atx('2024-02-01', 'Interest', 9000, { type: 'interest', description: 'PENALTY APR INTEREST' }),
    ];
    const [insight] = dueDateInsight({ summary: s, transactions: penalty });
    expect(insight?.severity).toBe('alert');
    expect(insight?.detail).toContain('penalty APR');
  });

  it('says nothing when there is nothing to pay and nothing went wrong', () => {
    const credit = summary({ dueDate: '2024-02-28', minimumPayment: 0, newBalance: -1200 });
    expect(dueDateInsight({ summary: credit, transactions: [] })).toEqual([]);
    expect(dueDateInsight({ summary: summary(), transactions: [] })).toEqual([]);
  });
});
