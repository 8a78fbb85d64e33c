import { type ExpectedStatement, generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { luhnValid } from '../../scripts/statements/pii.js';
import { CATEGORIES } from '../../shared/analysis/types.js';

const cents = (major: number | null): number => Math.round((major ?? 0) * 100);

function typeSum(e: ExpectedStatement, type: string): number {
  return e.transactions.filter((t) => t.type === type).reduce((s, t) => s + Math.abs(cents(t.amount)), 0);
}

const CASES = LAYOUTS.flatMap((layout) =>
  [
    { seed: 1, transactions: 25 },
    { seed: 11, transactions: 60 },
    { seed: 42, transactions: 2 },
    { seed: 7, transactions: 120 },
  ].map((c) => ({ layout, ...c })),
);

describe('generated statements reconcile', () => {
  it.each(CASES)('$layout seed $seed with $transactions rows satisfies the balance equation', async (c) => {
    const { expected: e } = await generateStatement(c);
    // A combined payments-and-credits figure with refunds in it is printed but reported as null/null.
    const unsplit = e.payments === null && e.credits === null;
    const paidIn = unsplit
      ? typeSum(e, 'payment') + typeSum(e, 'credit')
      : cents(e.payments) + cents(e.credits);
    const lhs =
      cents(e.previousBalance) -
      paidIn +
      cents(e.purchases) +
      cents(e.cashAdvances) +
      cents(e.balanceTransfers) +
      cents(e.fees) +
      cents(e.interest);
    expect(lhs).toBe(cents(e.newBalance));
    expect(e.transactions).toHaveLength(c.transactions);
  });

  it.each(CASES)('$layout seed $seed: each type sums to its summary figure', async (c) => {
    const { expected: e } = await generateStatement(c);
    const unsplit = e.payments === null && e.credits === null;
    if (unsplit) expect(typeSum(e, 'credit')).toBeGreaterThan(0);
    else {
      expect(typeSum(e, 'payment')).toBe(cents(e.payments));
      expect(typeSum(e, 'credit')).toBe(cents(e.credits));
    }
    expect(typeSum(e, 'purchase')).toBe(cents(e.purchases));
    expect(typeSum(e, 'fee')).toBe(cents(e.fees));
    expect(typeSum(e, 'interest')).toBe(cents(e.interest));
    // A figure the layout does not print is null, and then no transaction may carry that type.
    expect(typeSum(e, 'cash_advance')).toBe(cents(e.cashAdvances));
    expect(typeSum(e, 'balance_transfer')).toBe(cents(e.balanceTransfers));
  });
});

describe('generated statement content', () => {
  it.each(LAYOUTS)('%s signs amounts by type and uses the intended categories', async (layout) => {
    const { expected: e } = await generateStatement({ layout, seed: 5, transactions: 80 });
    for (const t of e.transactions) {
      if (t.type === 'payment' || t.type === 'credit') {
        expect(t.amount).toBeLessThan(0);
        expect(t.category).toBe('Payments & Credits');
      } else {
        expect(t.amount).toBeGreaterThan(0);
      }
      if (t.type === 'fee' || t.type === 'interest') expect(t.category).toBe('Fees & Interest');
      if (t.type === 'cash_advance') expect(t.category).toBe('Cash');
      expect(CATEGORIES).toContain(t.category);
      expect(t.description).toBe(t.description.replace(/\s+/g, ' ').trim());
      expect(Number.isInteger(Math.round(t.amount * 100))).toBe(true);
    }
  });

  it.each(LAYOUTS)('%s keeps every date inside the statement period', async (layout) => {
    const { expected: e } = await generateStatement({ layout, seed: 23, transactions: 60 });
    expect(e.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const t of e.transactions) {
      expect(t.date >= (e.periodStart as string) && t.date <= (e.periodEnd as string)).toBe(true);
      if (t.postDate) expect(t.postDate >= t.date && t.postDate <= (e.periodEnd as string)).toBe(true);
    }
    expect((e.dueDate as string) > (e.periodEnd as string)).toBe(true);
  });

  it('gives a December-to-January period for seeds congruent to 11 mod 12', async () => {
    const { expected: e } = await generateStatement({ layout: 'northwind', seed: 23, transactions: 10 });
    expect(e.periodStart?.slice(5, 7)).toBe('12');
    expect(e.periodEnd?.slice(5, 7)).toBe('01');
    expect(Number(e.periodEnd?.slice(0, 4))).toBe(Number(e.periodStart?.slice(0, 4)) + 1);
  });

  it.each(LAYOUTS)('%s plants a Luhn-valid card number ending in cardLast4', async (layout) => {
    const { expected: e } = await generateStatement({ layout, seed: 9 });
    const digits = e.pii.cardNumber.replace(/\D/g, '');
    expect(luhnValid(digits)).toBe(true);
    expect(digits.endsWith(e.cardLast4 as string)).toBe(true);
    expect(e.pii.address.length).toBeGreaterThanOrEqual(2);
  });

  it('uses a 15-digit Amex-style number on meridian and a Mastercard 2-series on albion', async () => {
    const amex = (await generateStatement({ layout: 'meridian', seed: 3 })).expected.pii.cardNumber;
    const mc2 = (await generateStatement({ layout: 'albion', seed: 3 })).expected.pii.cardNumber;
    expect(amex).toMatch(/^3\d{3} \d{6} \d{5}$/);
    expect(Number(mc2.slice(0, 4))).toBeGreaterThanOrEqual(2221);
    expect(Number(mc2.slice(0, 4))).toBeLessThanOrEqual(2720);
  });

  it('plants a duplicate charge, a subscription and a foreign purchase with its fee in a typical statement', async () => {
    const found = { duplicate: false, foreign: false, fxFee: false, subscription: false };
    for (const layout of LAYOUTS) {
      const { expected: e } = await generateStatement({ layout, seed: 2, transactions: 40 });
      const tx = e.transactions;
      found.duplicate ||= tx.some((a, i) =>
        tx.some(
          (b, j) =>
            j !== i && b.type === 'purchase' && a.description === b.description && a.amount === b.amount,
        ),
      );
      found.foreign ||= tx.some((t) => t.foreign !== null && t.foreign.currency !== e.currency);
      found.fxFee ||= tx.some((t) => t.type === 'fee' && /FOREIGN|NON-STERLING|MARKUP/.test(t.description));
      found.subscription ||= tx.some((t) => t.category === 'Subscriptions & Digital');
    }
    expect(found).toEqual({ duplicate: true, foreign: true, fxFee: true, subscription: true });
  });
});
