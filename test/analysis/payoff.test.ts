import { describeMonths, simulateMinimumPayments, US_MINIMUM_RULE } from '../../shared/analysis/payoff.js';

describe('simulateMinimumPayments', () => {
  it("reproduces Chase's printed example: $5,084.29 at 19.99% → 15 years, $12,128", () => {
    // Chase prints "15 years" and "$12,128". The US rule (interest + 1% of the balance, at least
    // $40) gives 181 months and about $11,928: the same year count, and a total within 2% (issuers
    // compound daily and round their own way, which we do not try to copy).
    const r = simulateMinimumPayments(508429, 19.99);
    expect(r.paidOff).toBe(true);
    expect(Math.round(r.months / 12)).toBe(15);
    expect(Math.abs(r.totalPaid - 1212800) / 1212800).toBeLessThan(0.02);
    expect(r.totalPaid - r.totalInterest).toBe(508429);
  });

  it('pays a small balance off with the floor payment', () => {
    // $100 at 12%: month 1 interest $1.00, pay $40; month 2 interest $0.61, pay $40; month 3
    // interest $0.22 (1% of $21.61) and pay the remaining $21.83.
    const r = simulateMinimumPayments(10000, 12);
    expect(r.months).toBe(3);
    expect(r.totalInterest).toBe(100 + 61 + 22);
    expect(r.totalPaid).toBe(10000 + 183);
  });

  it('uses the rule it is given', () => {
    const r = simulateMinimumPayments(100000, 0, { percentOfBalance: 10, floor: 0 }, 5);
    // 0% interest, 10% of a shrinking balance: never finishes within 5 months.
    expect(r.paidOff).toBe(false);
    expect(r.months).toBe(5);
    expect(r.totalInterest).toBe(0);
    expect(US_MINIMUM_RULE).toEqual({ percentOfBalance: 1, floor: 4000 });
  });
});

describe('describeMonths', () => {
  it('writes years and months the way a person says them', () => {
    expect(describeMonths(181)).toBe('15 years 1 month');
    expect(describeMonths(12)).toBe('1 year');
    expect(describeMonths(8)).toBe('8 months');
  });
});
