/**
 * Reading printed amounts into integer cents: `1,234.56`, `1.234,56`, `1,23,456.78`, with `$ £ € ₹`
 * or ISO codes, and every way statements write a credit (`-45.00`, `-$45.00`, `45.00 CR`, `(45.00)`,
 * `45,00-`) or a debit (`DR`, `Dr`, `D`). Floats never touch money: digits are read as integers.
 */
import type { Cents } from './types.js';

export interface ParsedAmount {
  cents: Cents;
  /** -1 when printed as a credit (minus, CR, parentheses), +1 when marked debit/plus, 0 when unsigned. */
  sign: -1 | 0 | 1;
  /** ISO code when a symbol or code was printed with it. */
  currency: string | null;
  /** Whether the printed number had decimals (transactions always do; limits often don't). */
  hasDecimals: boolean;
}

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  S$: 'SGD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '¥': 'JPY',
};
/** ISO codes we accept next to an amount; a closed list so words like "AND" never read as currencies. */
// biome-ignore format: a table reads better on few lines
export const CURRENCY_CODES = new Set([
  'USD', 'GBP', 'EUR', 'INR', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK',
  'PLN', 'CZK', 'HUF', 'MXN', 'BRL', 'ZAR', 'AED', 'SAR', 'THB', 'MYR', 'IDR', 'PHP', 'CNY', 'KRW', 'TRY',
]);

const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f' ]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CUR = String.raw`(?:US|S|A|C|HK|NZ)\$|[$£€₹¥]|Rs\.?|[A-Z]{3}`;
/**
 * One amount, anchored to the whole string: optional sign or "(", optional currency (before or after),
 * the number, optional trailing minus, ")" and CR/DR marker.
 */
const AMOUNT_RE = new RegExp(
  String.raw`^(?<open>\()?\s*(?<lead>[-+−])?\s*(?<cur1>${CUR})?\s*(?<lead2>[-+−])?\s*(?<num>${NUMBER})\s*(?<cur2>${CUR})?\s*(?<trail>-)?\s*(?<close>\))?\s*(?<mark>CR|Cr|cr|DR|Dr|dr|C|D)?\.?$`,
  'u',
);

/** Parses a whole string as one amount, or returns null when it is not exactly an amount. */
export function parseAmount(raw: string): ParsedAmount | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > 40) return null;
  const m = AMOUNT_RE.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const currency = toCurrency(g.cur1) ?? toCurrency(g.cur2);
  if ((g.cur1 && !toCurrency(g.cur1)) || (g.cur2 && !toCurrency(g.cur2))) return null;
  if (Boolean(g.open) !== Boolean(g.close)) return null;
  const num = readNumber(g.num ?? '');
  if (!num) return null;
  let sign: -1 | 0 | 1 = 0;
  const minus = (s?: string) => s === '-' || s === '−';
  if (g.open || minus(g.lead) || minus(g.lead2) || g.trail || /^c/i.test(g.mark ?? '')) sign = -1;
  else if (g.lead === '+' || g.lead2 === '+' || /^d/i.test(g.mark ?? '')) sign = 1;
  return { cents: num.cents, sign, currency, hasDecimals: num.hasDecimals };
}

/** Signed cents: credits negative, everything else positive. */
export function signedCents(a: ParsedAmount): Cents {
  return a.sign === -1 ? -a.cents : a.cents;
}

function toCurrency(token: string | undefined): string | null {
  if (!token) return null;
  if (SYMBOLS[token]) return SYMBOLS[token] ?? null;
  if (/^Rs\.?$/.test(token)) return 'INR';
  return CURRENCY_CODES.has(token) ? token : null;
}

/**
 * Decides which separator is the decimal point: the last `.` or `,` followed by one or two digits at
 * the end is decimal; every other separator groups thousands (or lakhs). "1,234" has no decimals.
 */
function readNumber(s: string): { cents: number; hasDecimals: boolean } | null {
  const compact = s.replace(/[\u00a0\u202f' ]/g, '');
  const dec = /[.,](\d{1,2})$/.exec(compact);
  let intPart = compact;
  let frac = '00';
  let hasDecimals = false;
  if (dec && !/^\d{1,3}[.,]\d{3}$/.test(compact)) {
    intPart = compact.slice(0, dec.index);
    frac = (dec[1] ?? '').padEnd(2, '0');
    hasDecimals = true;
  }
  const digits = intPart.replace(/[.,]/g, '');
  if (!/^\d+$/.test(digits) || digits.length > 13) return null;
  // Grouping must be consistent: no decimal-looking separator left inside the integer part.
  if (hasDecimals && /[.,]\d{1}$|[.,]\d{4,}/.test(intPart)) return null;
  return { cents: Number(digits) * 100 + Number(frac), hasDecimals };
}

/** Formats cents as a plain decimal string ("-1234.56"), for messages and reports. */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
