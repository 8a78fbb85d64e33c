import {
  duplicatesInsight,
  subscriptionsInsight,
  unusualInsight,
} from '../../shared/analysis/insights-patterns.js';
import { detectSubscriptions } from '../../shared/analysis/recurring.js';
import { atx, summary } from './fixtures.js';

describe('detectSubscriptions', () => {
  it('treats one charge from a known subscription merchant as monthly', () => {
    const txs = [atx('2024-01-30', 'Netflix', 1549, { description: 'NETFLIX.COM 866-579-7172 CA' })];
    expect(detectSubscriptions(txs)).toEqual([
      {
        merchant: 'Netflix',
        cadence: 'monthly',
        observed: false,
        charges: 1,
        amount: 1549,
        monthly: 1549,
        yearly: 18588,
        indices: [0],
      },
    ]);
  });

  it('finds a weekly charge of a similar amount from an unknown merchant', () => {
    const txs = [
      atx('2024-01-02', 'Meal Kit Co', 6000),
      atx('2024-01-09', 'Meal Kit Co', 6300),
      atx('2024-01-16', 'Meal Kit Co', 5800),
      atx('2024-01-20', 'Corner Shop', 500),
    ];
    const [sub] = detectSubscriptions(txs);
    expect(sub?.cadence).toBe('weekly');
    expect(sub?.amount).toBe(Math.round((6000 + 6300 + 5800) / 3));
    expect(sub?.monthly).toBe(Math.round((6033 * 52) / 12));
    expect(sub?.indices).toEqual([0, 1, 2]);
  });

  it('does not count repeats that differ by more than 10% or come at no regular interval', () => {
    const txs = [
      atx('2024-01-02', 'Amazon', 861),
      atx('2024-01-07', 'Amazon', 872), // similar, but 5 days apart
      atx('2024-01-02', 'Gas Co', 4000),
      atx('2024-01-30', 'Gas Co', 4500), // monthly, but 12.5% apart
      atx('2023-09-10', 'Swiggy', 5800),
      atx('2023-09-17', 'Swiggy', 5500), // a week apart, but only twice: a habit
    ];
    expect(detectSubscriptions(txs)).toEqual([]);
  });

  it('accepts two similar charges a month apart from an unknown merchant', () => {
    const txs = [atx('2024-01-02', 'City Gym', 3000), atx('2024-02-01', 'City Gym', 3000)];
    const [sub] = detectSubscriptions(txs);
    expect([sub?.cadence, sub?.observed, sub?.charges, sub?.monthly, sub?.yearly]).toEqual([
      'monthly',
      true,
      2,
      3000,
      36000,
    ]);
  });
});

describe('subscriptions insight', () => {
  it('lists each subscription with monthly and yearly cost', () => {
    const txs = [
      atx('2024-01-30', 'Netflix', 1549, { description: 'NETFLIX.COM' }),
      atx('2024-01-12', 'YouTube Premium', 2299, { description: 'GOOGLE *YouTubePremium' }),
    ];
    const [insight] = subscriptionsInsight(
      { summary: summary(), transactions: txs },
      detectSubscriptions(txs),
    );
    expect(insight?.title).toBe('2 subscriptions cost about $38.48 a month');
    expect(insight?.detail).toContain('YouTube Premium $22.99/month ($275.88/year; assumed monthly)');
    expect(insight?.detail).toContain('Netflix $15.49/month ($185.88/year; assumed monthly)');
    expect(insight?.detail).toContain('$461.76 a year');
    expect(insight?.amount).toBe(3848);
  });

  it('says nothing without subscriptions', () => {
    expect(subscriptionsInsight({ summary: summary(), transactions: [] }, [])).toEqual([]);
  });
});

describe('duplicates insight', () => {
  it('flags the same merchant and amount within two days', () => {
    const txs = [
      atx('2024-03-01', 'Hulu', 1799),
      atx('2024-03-03', 'Hulu', 1799),
      atx('2024-03-01', 'Cafe', 450),
      atx('2024-03-05', 'Cafe', 450), // four days later: a habit, not a duplicate
    ];
    const [insight] = duplicatesInsight({ summary: summary(), transactions: txs });
    expect(insight?.title).toBe('1 possible duplicate charge');
    expect(insight?.detail).toContain('Hulu $17.99 on 2024-03-01 and 2024-03-03');
    expect(insight?.detail).not.toContain('Cafe');
    expect(insight?.amount).toBe(1799);
  });

  it('ignores payments', () => {
    const txs = [
      atx('2024-03-01', 'Payment', -10000, { type: 'payment' }),
      atx('2024-03-01', 'Payment', -10000, { type: 'payment' }),
    ];
    expect(duplicatesInsight({ summary: summary(), transactions: txs })).toEqual([]);
  });
});

describe('unusual insight', () => {
  const typical = [1000, 1200, 1500, 1800, 2000, 2200, 2500, 3000].map((a, i) =>
    atx(`2024-04-0${i + 1}`, `Shop ${i}`, a),
  );

  it('flags purchases above three times the median and above the floor', () => {
    // median of the ten = 2100 and 3× that is 6300, so the 10000-cent floor decides
    const txs = [...typical, atx('2024-04-20', 'Jeweller', 45000), atx('2024-04-21', 'Bike Shop', 9000)];
    const [insight] = unusualInsight({ summary: summary(), transactions: txs });
    expect(insight?.title).toBe('1 unusually large purchase');
    expect(insight?.detail).toContain('Jeweller $450.00 on 2024-04-20');
    expect(insight?.detail).not.toContain('Bike Shop');
    expect(insight?.amount).toBe(45000);
  });

  it('needs at least eight purchases to know what is typical', () => {
    const txs = [...typical.slice(0, 6), atx('2024-04-20', 'Jeweller', 45000)];
    expect(unusualInsight({ summary: summary(), transactions: txs })).toEqual([]);
  });
});
