import { addDays, formatDate, formatMoney, toMajor } from '../../scripts/statements/format.js';
import { buildModel } from '../../scripts/statements/model.js';
import { northwind } from '../../scripts/statements/northwind.js';
import { germanIban, luhnValid, withLuhn } from '../../scripts/statements/pii.js';
import { createRng } from '../../scripts/statements/prng.js';

describe('money formatting', () => {
  it.each([
    [123456, 'us', '1,234.56'],
    [123456, 'eu', '1.234,56'],
    [12345678, 'in', '1,23,456.78'],
    [1234567890, 'in', '1,23,45,678.90'],
    [-4500, 'us', '45.00'],
    [5, 'us', '0.05'],
  ] as const)('formats %d cents in %s style as %s', (cents, style, printed) => {
    expect(formatMoney(cents, style)).toBe(printed);
  });

  it('converts cents to major units exactly', () => {
    expect(toMajor(123456)).toBe(1234.56);
    expect(toMajor(-10)).toBe(-0.1);
    expect(toMajor(29)).toBe(0.29);
  });
});

describe('dates', () => {
  it.each([
    ['MM/DD', '12/05'],
    ['MM/DD/YY', '12/05/26'],
    ['MM/DD/YYYY', '12/05/2026'],
    ['DD/MM/YYYY', '05/12/2026'],
    ['DD.MM.YYYY', '05.12.2026'],
    ['DD Mon', '05 Dec'],
    ['Mon DD', 'Dec 05'],
    ['D Mon YYYY', '5 Dec 2026'],
  ] as const)('prints 2026-12-05 as %s → %s', (style, printed) => {
    expect(formatDate('2026-12-05', style)).toBe(printed);
  });

  it('adds days across a year end and a leap day', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('planted numbers', () => {
  it('computes the Luhn check digit of a known test card', () => {
    expect(withLuhn('411111111111111')).toBe('4111111111111111');
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('builds German IBANs whose mod-97 check holds', () => {
    const iban = germanIban('0532013000').replace(/ /g, '');
    const rearranged = `${iban.slice(4)}1314${iban.slice(2, 4)}`;
    let rem = 0;
    for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
    expect(rem).toBe(1);
    expect(iban).toHaveLength(22);
  });

  it('draws the same sequence for the same seed and label', () => {
    const a = createRng(5, 'x');
    const b = createRng(5, 'x');
    const c = createRng(5, 'y');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });
});

describe('statement scenarios across seeds', () => {
  const models = Array.from({ length: 60 }, (_, seed) =>
    buildModel({ layout: 'northwind', traits: northwind.traits, seed, count: 25 }),
  );

  it('sometimes charges a late fee with no payment that cycle', () => {
    const late = models.filter((m) => m.transactions.some((t) => t.description === 'LATE FEE'));
    expect(late.length).toBeGreaterThan(0);
    for (const m of late) expect(m.transactions.some((t) => t.type === 'payment')).toBe(false);
  });

  it('sometimes leaves a credit balance, with a zero minimum payment', () => {
    const credit = models.filter((m) => m.totals.newBalance < 0);
    expect(credit.length).toBeGreaterThan(0);
    for (const m of credit) expect(m.totals.minimumPayment).toBe(0);
  });

  it('charges interest when the previous balance was not paid in full', () => {
    for (const m of models) {
      const paid = m.transactions.filter((t) => t.type === 'payment').reduce((s, t) => s - t.amount, 0);
      if (paid < m.totals.previousBalance) expect(m.totals.interest).toBeGreaterThan(0);
    }
  });
});
