/** Money and date wording shared by the insights and the text report. */

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', INR: '₹' };

/** The symbol a reader expects for a currency, or the ISO code followed by a space. */
export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `;
}

/** "12,345.67" from a major-unit amount; `decimals` 0 rounds to whole units. */
export function groupDigits(major: number, decimals = 2): string {
  return Math.abs(major).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** "$1,234.56" (or "-$12.00") from integer cents. */
export function formatMoney(cents: number, currency: string, decimals = 2): string {
  const sign = cents < 0 ? '-' : '';
  return `${sign}${currencySymbol(currency)}${groupDigits(cents / 100, decimals)}`;
}

export { daysBetween } from '../statement/dates.js';

/** "1 purchase" / "3 purchases". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
