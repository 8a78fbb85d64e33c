/** Money and date wording shared by the insights and the text report. */

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', INR: '₹' };

/** The symbol a reader expects for a currency, or the ISO code followed by a space. */
export function currencySymbol(currency: string | null): string {
  // No currency printed: plain numbers, never a guessed sign.
  if (currency === null) return '';
  return SYMBOLS[currency] ?? `${currency} `;
}

// `toLocaleString` with options builds a new Intl.NumberFormat on every call (tens of µs each, the
// biggest fixed cost of an analysis); the same formatter, built once per precision, prints the same.
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, format);
  }
  return format;
}

/**
 * What Intl prints, without Intl (building the first formatter costs about 20 ms of a command-line
 * run): the number's shortest decimal form, rounded half away from zero to `decimals` places as
 * Intl rounds it, grouped by threes and padded with zeros. Null when an exponent is involved ("1e+21",
 * "5e-7"); Intl decides those.
 */
function unroundedDigits(x: number, decimals: number): string | null {
  const text = String(x);
  const dot = text.indexOf('.');
  let whole = dot < 0 ? text : text.slice(0, dot);
  let fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  if (fraction.length > decimals) [whole, fraction] = roundHalfUp(whole, fraction, decimals);
  let grouped = whole;
  for (let i = whole.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return decimals === 0 ? grouped : `${grouped}.${fraction.padEnd(decimals, '0')}`;
}

/** `whole.fraction` rounded half away from zero to `decimals` places, on its decimal digits. */
function roundHalfUp(whole: string, fraction: string, decimals: number): [string, string] {
  const digits = `${whole}${fraction.slice(0, decimals)}`.split('').map(Number);
  if (fraction.charCodeAt(decimals) - 48 >= 5) {
    let i = digits.length - 1;
    for (; i >= 0 && digits[i] === 9; i--) digits[i] = 0;
    if (i >= 0) digits[i] = (digits[i] as number) + 1;
    else digits.unshift(1);
  }
  const cut = digits.length - decimals;
  return [
    digits
      .slice(0, cut)
      .join('')
      .replace(/^0+(?=\d)/, ''),
    digits.slice(cut).join(''),
  ];
}

/** "12,345.67" from a major-unit amount; `decimals` 0 rounds to whole units. */
export function groupDigits(major: number, decimals = 2): string {
  const x = Math.abs(major);
  const plain =
    Number.isInteger(decimals) && decimals >= 0 && decimals <= 20 ? unroundedDigits(x, decimals) : null;
  return plain ?? formatter(decimals).format(x);
}

/** "$1,234.56" (or "-$12.00") from integer cents. */
export function formatMoney(cents: number, currency: string | null, decimals = 2): string {
  const sign = cents < 0 ? '-' : '';
  return `${sign}${currencySymbol(currency)}${groupDigits(cents / 100, decimals)}`;
}

/** "1 purchase" / "3 purchases". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
