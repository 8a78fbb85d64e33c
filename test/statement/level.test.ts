/**
 * What "verified" claims: both balances read, every check holds and the transactions account for the
 * movement. A section total that matches on its own earns `partial`; any failure `unverified`, with
 * the gap named in words.
 */
import { reconcile } from '../../shared/statement/reconcile.js';
import { summary, tx } from '../analysis/fixtures.js';

const rows = [
  tx('2024-01-05', 'COFFEE', 1250),
  tx('2024-01-09', 'PAYMENT - THANK YOU', -5000, { type: 'payment' }),
];

describe('checks.level', () => {
  test('both balances, the equation and the rows all holding earn verified', () => {
    const c = reconcile(
      summary({ previousBalance: 10000, payments: 5000, purchases: 1250, newBalance: 6250 }),
      rows,
    );
    expect(c.level).toBe('verified');
    expect(c.reconciled).toBe(true);
    expect(c.gaps).toEqual([]);
  });

  test('a section figure that matches its rows without any balance is only partial, never verified', () => {
    const c = reconcile(
      summary({ previousBalance: null, newBalance: null, interest: null, purchases: 1250 }),
      rows,
    );
    expect(c.details.map((d) => d.ok)).toEqual([true]);
    expect(c.level).toBe('partial');
    expect(c.reconciled).toBe(false);
  });

  test('rows that fall short of the movement are unverified, with the gap named', () => {
    const c = reconcile(summary({ previousBalance: 10000, newBalance: 6922 }), rows);
    expect(c.level).toBe('unverified');
    expect(c.reconciled).toBe(false);
    expect(c.gaps).toEqual(['the transactions are 6.72 short of the printed movement between the balances']);
  });

  test('a summary box that does not add up names both sides', () => {
    const c = reconcile(
      summary({ previousBalance: 10000, payments: 5000, purchases: 1250, newBalance: 7250 }),
      rows,
    );
    expect(c.level).toBe('unverified');
    expect(c.gaps[0]).toBe(
      'the summary box does not add up: its figures give 62.50, the printed new balance is 72.50 (10.00 apart)',
    );
  });

  test('no check at all is unverified', () => {
    const c = reconcile(
      summary({ previousBalance: null, newBalance: null, purchases: null, payments: null }),
      [],
    );
    expect(c.details).toEqual([]);
    expect(c.level).toBe('unverified');
  });
});
