/**
 * scoreParse, the fuzz report's yardstick: a parse that says exactly what the expected statement
 * says scores every field and F1 = 1; each kind of misreading is counted where it belongs.
 */
import { fuzzExpected } from '../../scripts/statements/fuzz/index.js';
import { scoreParse } from '../../scripts/statements/fuzz/score.js';
import type { ExpectedStatement } from '../../scripts/statements/types.js';
import type { ParsedStatement } from '../../shared/statement/types.js';

const cents = (n: number | null): number | null => (n === null ? null : Math.round(n * 100));

/** The parse a perfect engine would return for an expected statement. */
function perfect(e: ExpectedStatement): ParsedStatement {
  return {
    summary: {
      issuer: e.issuer,
      cardLast4: e.cardLast4,
      currency: e.currency as string,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      dueDate: e.dueDate,
      previousBalance: cents(e.previousBalance),
      payments: cents(e.payments),
      credits: cents(e.credits),
      purchases: cents(e.purchases),
      cashAdvances: cents(e.cashAdvances),
      balanceTransfers: cents(e.balanceTransfers),
      fees: cents(e.fees),
      interest: cents(e.interest),
      newBalance: cents(e.newBalance),
      minimumPayment: cents(e.minimumPayment),
      creditLimit: cents(e.creditLimit),
      availableCredit: cents(e.availableCredit),
      apr: e.apr,
      minimumPaymentWarning: null,
    },
    transactions: e.transactions.map((t) => ({
      date: t.date,
      postDate: t.postDate,
      description: t.description,
      amount: cents(t.amount) ?? 0,
      type: t.type,
      foreign: t.foreign ? { amount: cents(t.foreign.amount) ?? 0, currency: t.foreign.currency } : null,
    })),
    checks: { reconciled: true, level: 'verified', details: [], gaps: [] },
  };
}

const { expected } = fuzzExpected(42);

describe('scoreParse', () => {
  it('gives a perfect parse every field, F1 = 1 and its reconciliation', () => {
    const s = scoreParse(expected, perfect(expected));
    expect(s.fields.wrong).toEqual([]);
    expect(s.fields.right).toBe(s.fields.total);
    expect(s.transactions).toMatchObject({ precision: 1, recall: 1, f1: 1, missing: [], extra: [] });
    expect(s.reconciled).toBe(true);
    expect(s.level).toBe('verified');
  });

  it('lists a wrong figure and a wrong currency with what was wanted and what was read', () => {
    const p = perfect(expected);
    p.summary.newBalance = (p.summary.newBalance ?? 0) + 100;
    p.summary.currency = 'XXX';
    const s = scoreParse(expected, p);
    expect(s.fields.wrong.map((w) => w.field).sort()).toEqual(['currency', 'newBalance']);
    expect(s.fields.right).toBe(s.fields.total - 2);
  });

  it('counts a sign flip as a missing and an extra row, which the loose date+amount match also sees', () => {
    const p = perfect(expected);
    const first = p.transactions[0];
    if (!first) throw new Error('seed 42 has rows');
    first.amount = -first.amount;
    const s = scoreParse(expected, p);
    const n = expected.transactions.length;
    expect(s.transactions.missing).toHaveLength(1);
    expect(s.transactions.extra).toHaveLength(1);
    expect(s.transactions.precision).toBeCloseTo((n - 1) / n, 10);
    expect(s.loose.f1).toBeLessThan(1);
  });

  it('counts a description with a trailing reference as wrong in the exact match only', () => {
    const p = perfect(expected);
    const first = p.transactions[0];
    if (!first) throw new Error('seed 42 has rows');
    first.description = `${first.description} 1234567890`;
    const s = scoreParse(expected, p);
    expect(s.transactions.f1).toBeLessThan(1);
    expect(s.loose.f1).toBe(1);
  });

  it('scores an engine refusal as nothing read, not even the fields that should be null', () => {
    const s = scoreParse(expected, null);
    expect(s.transactions.f1).toBe(0);
    expect(s.level).toBe('error');
    expect(s.fields.right).toBe(
      s.fields.wrong.filter((w) => w.want === null).length === 0 ? 0 : s.fields.right,
    );
  });
});
