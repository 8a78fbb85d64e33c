/** The page's own logic, run in Node: CSV, spending buckets, subscriptions from the insight, table view, URLs. */
import { formatMoney } from '../../shared/analysis/format.js';
import { subscriptionsInsight } from '../../shared/analysis/insights-patterns.js';
import type { Subscription } from '../../shared/analysis/recurring.js';
import type { Analysis } from '../../shared/schema.js';
import type { StatementSummary } from '../../shared/statement/types.js';
import { CSV_HEADER, transactionsCsv } from '../../web/src/csv.js';
import { chartRange, MAX_DAILY_BARS, spendingSeries, subscriptions } from '../../web/src/data.js';
import { analyzeUrl } from '../../web/src/endpoint.js';
import { humanMessage, PASSWORD_CODES } from '../../web/src/messages.js';
import { visibleRows } from '../../web/src/table-model.js';
import { fakeAnalysis } from '../http/support.js';
import { readCsv } from './e2e.js';

type Tx = Analysis['transactions'][number];

function tx(over: Partial<Tx>): Tx {
  return {
    date: '2024-01-05',
    postDate: null,
    description: 'SHOP',
    merchant: 'Shop',
    amount: 10,
    type: 'purchase',
    category: 'Shopping',
    recurring: false,
    foreign: null,
    ...over,
  };
}

function withTransactions(txs: Tx[], period: [string | null, string | null]): Analysis {
  const a = fakeAnalysis(1);
  a.transactions = txs;
  a.statement.periodStart = period[0];
  a.statement.periodEnd = period[1];
  return a;
}

describe('transactionsCsv', () => {
  const txs = [
    tx({ description: 'CAFE "LE PARIS", 5E', merchant: 'Cafe, Le Paris', amount: 12.5 }),
    tx({ description: '=HYPERLINK("x")', merchant: '@evil', amount: -3, type: 'credit' }),
    tx({ foreign: { amount: 11.2, currency: 'EUR' }, recurring: true }),
  ];

  test('writes the header and one row per transaction, quoting commas and quotes', () => {
    const rows = readCsv(transactionsCsv(txs, 'USD'));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(txs.length + 1);
    expect(rows[1]?.[2]).toBe(txs[0]?.description);
    expect(rows[1]?.[3]).toBe(txs[0]?.merchant);
    expect(rows.slice(1).map((r) => Number(r[6]))).toEqual(txs.map((t) => t.amount));
    expect(rows[3]?.slice(8)).toEqual(['yes', '11.20', 'EUR']);
  });

  test('defuses text a spreadsheet would run as a formula, but keeps negative amounts as numbers', () => {
    const row = readCsv(transactionsCsv(txs, 'USD'))[2] ?? [];
    expect(row[2]).toBe(`'${txs[1]?.description}`);
    expect(row[3]).toBe(`'${txs[1]?.merchant}`);
    expect(row[6]).toBe('-3.00');
  });
});

describe('spendingSeries', () => {
  test('has one bucket per day of the period, summing only charges', () => {
    const txs = [
      tx({ date: '2024-01-03', amount: 10 }),
      tx({ date: '2024-01-03', amount: 5.25, type: 'fee' }),
      tx({ date: '2024-01-09', amount: -100, type: 'payment' }),
      tx({ date: '2024-01-10', amount: -4, type: 'credit' }),
      tx({ date: '2024-01-31', amount: 7 }),
    ];
    const { unit, buckets } = spendingSeries(withTransactions(txs, ['2024-01-01', '2024-01-31']));
    expect(unit).toBe('day');
    expect(buckets).toHaveLength(31);
    expect(buckets.find((b) => b.start === '2024-01-03')?.amount).toBe(15.25);
    expect(buckets.reduce((s, b) => s + b.amount, 0)).toBeCloseTo(22.25, 2);
    expect(buckets[buckets.length - 1]?.end).toBe('2024-01-31');
  });

  test('widens the range to transactions outside the period', () => {
    const a = withTransactions([tx({ date: '2023-12-30' })], ['2024-01-01', '2024-01-31']);
    expect(chartRange(a)).toEqual({ start: '2023-12-30', end: '2024-01-31' });
    expect(spendingSeries(a).buckets).toHaveLength(33);
  });

  test(`switches to weeks past ${MAX_DAILY_BARS} days, the last week cut at the period end`, () => {
    const a = withTransactions([tx({ date: '2024-03-30', amount: 9 })], ['2024-01-01', '2024-03-31']);
    const { unit, buckets } = spendingSeries(a);
    expect(unit).toBe('week');
    expect(buckets).toHaveLength(Math.ceil(91 / 7));
    expect(buckets[buckets.length - 1]).toEqual({ start: '2024-03-25', end: '2024-03-31', amount: 9 });
  });

  test('draws nothing without a period or dated transactions', () => {
    expect(spendingSeries(withTransactions([], [null, null])).buckets).toEqual([]);
  });
});

describe('subscriptions (read from the analysis insight)', () => {
  const sub = (merchant: string, monthly: number, observed: boolean): Subscription => ({
    merchant,
    cadence: 'monthly',
    observed,
    charges: observed ? 2 : 1,
    amount: monthly,
    monthly,
    yearly: monthly * 12,
    indices: [0],
  });

  test.each(['USD', 'EUR', 'CHF'])(
    'lists each subscription with its monthly and yearly cost (%s)',
    (currency) => {
      const subs = [
        sub('Netflix', 1549, false),
        sub('Pg&e Webonline', 123456, true),
        sub('Apple', 299, false),
      ];
      const insights = subscriptionsInsight(
        { summary: { currency } as StatementSummary, transactions: [] },
        subs,
      );
      const a = fakeAnalysis(1);
      a.insights = insights.map((i) => ({ ...i, amount: i.amount === null ? null : i.amount / 100 }));
      const rows = subscriptions(a);
      expect(rows.map((r) => r.merchant)).toEqual(subs.map((s) => s.merchant));
      expect(rows.map((r) => r.monthly)).toEqual(subs.map((s) => formatMoney(s.monthly, currency)));
      expect(rows.map((r) => r.yearly)).toEqual(subs.map((s) => formatMoney(s.yearly, currency)));
    },
  );

  test('is empty when the analysis found none', () => {
    expect(subscriptions(fakeAnalysis(1))).toEqual([]);
  });
});

describe('visibleRows', () => {
  const txs = [
    tx({
      date: '2024-01-02',
      merchant: 'Uber',
      description: 'UBER TRIP',
      category: 'Transport & Fuel',
      amount: 30,
    }),
    tx({
      date: '2024-01-01',
      merchant: 'Netflix',
      description: 'NETFLIX.COM',
      category: 'Subscriptions & Digital',
      amount: 15,
    }),
    tx({
      date: '2024-01-03',
      merchant: 'Uber Eats',
      description: 'UBER EATS',
      category: 'Dining',
      amount: 45,
    }),
  ];
  const base = { category: '', query: '', sort: 'date' as const, descending: false };

  test('sorts by date, or by amount from largest', () => {
    expect(visibleRows(txs, base).map((t) => t.date)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    const byAmount = visibleRows(txs, { ...base, sort: 'amount', descending: true }).map((t) => t.amount);
    expect(byAmount).toEqual([...txs.map((t) => t.amount)].sort((x, y) => y - x));
  });

  test('filters by category and searches description and merchant, case-insensitively', () => {
    expect(visibleRows(txs, { ...base, category: 'Dining' }).map((t) => t.merchant)).toEqual(['Uber Eats']);
    expect(visibleRows(txs, { ...base, query: 'uber' })).toHaveLength(2);
    expect(visibleRows(txs, { ...base, query: 'eats', category: 'Transport & Fuel' })).toHaveLength(0);
  });
});

describe('page helpers', () => {
  test('posts to analyze next to the page, also under a stage prefix', () => {
    expect(analyzeUrl('/')).toBe('/analyze');
    expect(analyzeUrl('/prod')).toBe('/prod/analyze');
    expect(analyzeUrl('/prod/')).toBe('/prod/analyze');
  });

  test('asks for a password only after PDF_ENCRYPTED or PDF_BAD_PASSWORD, and words errors for people', () => {
    expect([...PASSWORD_CODES].sort()).toEqual(['PDF_BAD_PASSWORD', 'PDF_ENCRYPTED']);
    const e = { code: 'PDF_ENCRYPTED', message: 'The PDF is encrypted.', requestId: 'r', status: 422 };
    expect(humanMessage(e)).toMatch(/password/i);
    expect(humanMessage({ ...e, code: 'INTERNAL', status: 500 })).not.toMatch(/internal/i);
    const big = {
      ...e,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The PDF is larger than the 4 MB limit.',
      status: 413,
    };
    expect(humanMessage(big)).toContain(big.message);
  });
});
