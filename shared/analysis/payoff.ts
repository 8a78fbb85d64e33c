/**
 * What paying only the minimum costs. Issuers print this figure on US statements (CARD Act); when a
 * statement does not, we simulate the common US formula so the assumption can be stated.
 */
import type { Cents } from '../statement/types.js';

/** How the minimum payment is computed each month. */
export interface MinimumPaymentRule {
  /** Principal share of the balance added to the month's interest, in percent (1 = 1%). */
  percentOfBalance: number;
  /** The smallest minimum payment, in cents (a smaller balance is paid in full). */
  floor: Cents;
}

/**
 * Interest + 1% of the balance, at least $40: the rule Chase and most large US issuers print. With it,
 * Chase's own example ($5,084.29 at 19.99%) comes out at 15 years and about $11,928 against the
 * printed "15 years, $12,128" (1.7% lower: issuers compound daily and round differently).
 */
export const US_MINIMUM_RULE: MinimumPaymentRule = { percentOfBalance: 1, floor: 4000 };

export interface PayoffResult {
  months: number;
  totalPaid: Cents;
  totalInterest: Cents;
  /** False when the balance is still not paid after `maxMonths`. */
  paidOff: boolean;
}

/** Simulates paying only the minimum each month, with no new charges, until the balance is zero. */
export function simulateMinimumPayments(
  balance: Cents,
  aprPercent: number,
  rule: MinimumPaymentRule = US_MINIMUM_RULE,
  maxMonths = 1200,
): PayoffResult {
  const monthlyRate = aprPercent / 100 / 12;
  let owed = balance;
  let months = 0;
  let totalPaid = 0;
  let totalInterest = 0;
  while (owed > 0 && months < maxMonths) {
    const interest = Math.round(owed * monthlyRate);
    const minimum = Math.max(interest + Math.round((owed * rule.percentOfBalance) / 100), rule.floor);
    const payment = Math.min(minimum, owed + interest);
    owed = owed + interest - payment;
    totalPaid += payment;
    totalInterest += interest;
    months += 1;
  }
  return { months, totalPaid, totalInterest, paidOff: owed <= 0 };
}

/** "15 years", "1 year 3 months", "8 months". */
export function describeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 0 ? '' : `${years} year${years === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${rest} month${rest === 1 ? '' : 's'}`;
  return [y, m].filter(Boolean).join(' ') || '0 months';
}
