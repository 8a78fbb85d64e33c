/**
 * Reading printed amounts into integer cents: `1,234.56`, `1.234,56`, `1,23,456.78`, with `$ £ € ₹`
 * or ISO codes, and every way statements write a credit (`-45.00`, `-$45.00`, `45.00 CR`, `(45.00)`,
 * `45,00-`) or a debit (`DR`, `Dr`, `D`). Floats never touch money: digits are read as integers.
 */
import { CODE, isAsciiSpace, isDigit, isLower, isUpper } from './chars.js';
import { type ParsedAmount, plainAmount, readNumber } from './plain-amount.js';
import type { Cents } from './types.js';

export type { ParsedAmount } from './plain-amount.js';

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  S$: 'SGD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  CA$: 'CAD',
  AU$: 'AUD',
  SG$: 'SGD',
  R$: 'BRL',
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '¥': 'JPY',
  円: 'JPY',
};
/** The dollars a bare "$" may stand for besides the US one: a statement in one prints "$" for its own. */
export const OTHER_DOLLARS: ReadonlySet<string> = new Set(['CAD', 'AUD', 'SGD', 'NZD', 'HKD']);

/**
 * Whether an amount printed with a currency mark (`text`, read as `amount`) is in another currency
 * than the statement's: its code differs, and it is no bare "$" on a statement in another dollar
 * ("$0.21" of cashback on a Canadian statement is Canadian).
 */
export function isForeignMark(amount: ParsedAmount, text: string, currency: string | null): boolean {
  if (amount.currency === null || amount.currency === currency) return false;
  const bareDollar = amount.currency === 'USD' && !text.includes('US');
  return !(bareDollar && currency !== null && OTHER_DOLLARS.has(currency));
}

/** ISO codes we accept next to an amount; a closed list so words like "AND" never read as currencies. */
// biome-ignore format: a table reads better on few lines
/** A currency symbol alone in a cell ("$", "€", "S$", "Rs."), set apart from its amount. */
export const LONE_SYMBOL = /^(?:[$£€₹¥]|(?:US|S|A|C|R)\$|Rs\.?|Fr\.)$/;
/** A Dr/Cr marker alone in a cell ("58,05  D", "45.00  Cr"). */
export const LONE_MARKER = /^(CR|Cr|cr|DR|Dr|dr|C|D)$/;

export const CURRENCY_CODES = new Set([
  'USD',
  'GBP',
  'EUR',
  'INR',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'JPY',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'MXN',
  'BRL',
  'ZAR',
  'AED',
  'SAR',
  'THB',
  'MYR',
  'IDR',
  'PHP',
  'CNY',
  'KRW',
  'TRY',
]);

/** Thousands grouped by `,` `.`, a space of any width, or an apostrophe (Swiss: "1'234.56", "1’234.56"). */
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f'’ ]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CUR = String.raw`(?:US|S|A|C|CA|AU|SG|HK|NZ|R)\$|[$£€₹¥円]|Rs\.?|S?Fr\.|Dhs?\.?|[A-Z]{3}`;
/**
 * One amount, anchored to the whole string: optional sign or "(", optional currency (before or after),
 * the number, optional trailing minus, ")" and CR/DR marker. Numbered groups (see below),
 * because named ones make every match build a groups object.
 */
const AMOUNT_RE = new RegExp(
  String.raw`^(\()?\s*([-+−])?\s*(${CUR})?\s*([-+−])?\s*(${NUMBER})\s*(${CUR})?\s*(-)?\s*(\))?\s*(CR|Cr|cr|DR|Dr|dr|C|D)?\.?$`,
  'u',
);

/** AMOUNT_RE's groups: open, lead, cur1, lead2, num, cur2, trail, close, mark. */
const OPEN = 1;
const LEAD = 2;
const CUR1 = 3;
const LEAD2 = 4;
const NUM = 5;
const CUR2 = 6;
const TRAIL = 7;
const CLOSE = 8;
const MARK = 9;

/** A percentage at the start of a cell ("2%", "1.5 %"), then nothing or a figure ("2%  $0.36"). */
const RATE_CELL = /^\d{1,2}(?:[.,]\d{1,2})? ?%(?: +(\S.*))?$/;

/** A cell holding a rate, with the cashback it earned perhaps: never an amount, nor a description's words. */
export function isRateCell(text: string): boolean {
  if (text.indexOf('%') < 1) return false;
  const m = RATE_CELL.exec(text);
  return m !== null && (m[1] === undefined || parseAmount(m[1]) !== null);
}

/**
 * Parses a whole string as one amount, or returns null when it is not exactly an amount. Two fast
 * paths (plainAmount, the mayBeAmount prefilter) answer first; what they answer is exactly what
 * amountByRegex gives (test/statement/fast-paths.test.ts).
 */
export function parseAmount(raw: string): ParsedAmount | null {
  if (raw === lastRaw) return lastAmount;
  lastRaw = raw;
  lastAmount = readAmount(raw);
  return lastAmount;
}

// The last text read and its answer: a row's amount cell is asked about by the row splitter, the
// header's columns and the row reader in turn. `forgetLastAmount` empties it after each parse.
let lastRaw: string | null = null;
let lastAmount: ParsedAmount | null = null;

/** Drops parseAmount's last answer (the answers are shared: callers never change them). */
export function forgetLastAmount(): void {
  lastRaw = null;
  lastAmount = null;
}

function readAmount(raw: string): ParsedAmount | null {
  if (holdsWords(raw)) return null;
  const text = parenAfterCode(minusAfterCode(asciiMinus(raw.trim())));
  if (text.length === 0 || text.length > 40) return null;
  const plain = plainAmount(text);
  if (plain !== undefined) return plain;
  if (!mayBeAmount(text)) return null;
  return matchAmount(text);
}

/** parseAmount without its fast paths, on trimmed text: AMOUNT_RE alone, the spec they must equal. */
export function amountByRegex(printed: string): ParsedAmount | null {
  const text = parenAfterCode(minusAfterCode(asciiMinus(printed)));
  if (text.length === 0 || text.length > 40) return null;
  return matchAmount(text);
}

/** AMOUNT_RE's reading of text whose minus signs are already rewritten (readAmount's, amountByRegex's). */
function matchAmount(text: string): ParsedAmount | null {
  const m = AMOUNT_RE.exec(text);
  if (!m) return null;
  const cur1 = toCurrency(m[CUR1]);
  const cur2 = toCurrency(m[CUR2]);
  if ((m[CUR1] && !cur1) || (m[CUR2] && !cur2)) return null;
  if (Boolean(m[OPEN]) !== Boolean(m[CLOSE])) return null;
  const num = readNumber(m[NUM] ?? '');
  if (!num) return null;
  const lead = m[LEAD];
  const lead2 = m[LEAD2];
  const mark = m[MARK]?.charCodeAt(0);
  let sign: -1 | 0 | 1 = 0;
  if (m[OPEN] || isMinus(lead) || isMinus(lead2) || m[TRAIL] || mark === CODE.C || mark === CODE.c) sign = -1;
  else if (lead === '+' || lead2 === '+' || mark === CODE.D || mark === CODE.d) sign = 1;
  return { cents: num.cents, sign, currency: cur1 ?? cur2, hasDecimals: num.hasDecimals };
}

const MINUS_BEFORE_CODE = /(\d)-(\s*(?:[A-Z]{3}|[A-Z]{0,2}\$|[€£¥₹円]|Rs\.?|S?Fr\.?|Dhs?\.?))$/;

/** "2,157.38- CAD", "4,878.36- S$", "3.714,52- €", "209,04- Dhs": a trailing minus printed before the currency's code or symbol, moved after it. */
function minusAfterCode(text: string): string {
  return text.includes('-') ? text.replace(MINUS_BEFORE_CODE, '$1$2-') : text;
}

const CODE_BEFORE_PAREN = /^((?:US|S|A|C|CA|AU|SG|HK|NZ|R)?\$|[£€₹¥]|Rs\.?|[A-Z]{3}) ?\((.*)\)$/;

/** "$(1,234.56)", "USD (45.00)": the accounting form with the currency outside the brackets, read as "($1,234.56)". */
function parenAfterCode(text: string): string {
  return text.charCodeAt(text.length - 1) === CODE.closeParen && text.charCodeAt(0) !== CODE.openParen
    ? text.replace(CODE_BEFORE_PAREN, '($1$2)')
    : text;
}

/**
 * "–45.00", "45.00−": typesetting prints the minus as an en dash or the minus sign (U+2212); both
 * read as the hyphen-minus. Two scans of a short string: cheaper than a regex on every amount.
 */
function asciiMinus(text: string): string {
  if (text.indexOf('\u2013') < 0 && text.indexOf('\u2212') < 0) return text;
  return text.replace(/[\u2013\u2212]/g, '-');
}

function isMinus(s: string | undefined): boolean {
  return s === '-' || s === '−';
}

/** ASCII punctuation AMOUNT_RE can consume: ( ) - + $ . , ' (spaces are handled apart). */
const AMOUNT_PUNCT = new Set<number>([
  CODE.openParen,
  CODE.closeParen,
  CODE.minus,
  CODE.plus,
  CODE.dollar,
  CODE.dot,
  CODE.comma,
  CODE.apostrophe,
]);
/** Lower-case letters AMOUNT_RE can consume: the s of "Rs", the r of "Fr.", the h, s of "Dhs", the r, c, d of CR/DR markers. */
const AMOUNT_LOWER = new Set<number>([CODE.s, CODE.r, CODE.c, CODE.d, CODE.h]);

/**
 * A cheap necessary condition for AMOUNT_RE: a digit, at most eight letters (two currencies of
 * three and a two-letter marker), no lower-case letter outside "Rs"/"cr"/"dr", no run of letters
 * longer than a code and a marker ("USDCR"), nor than a currency when it opens the text, and no
 * ASCII character the pattern cannot consume. Most cells (words, dates, references, "DELTA AIR
 * 0062345") fail it, which spares the big regex; anything non-ASCII is left for the regex to judge.
 */
function mayBeAmount(text: string): boolean {
  let digit = false;
  let letters = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = isLower(c);
    if (lower || isUpper(c)) {
      if (lower && !AMOUNT_LOWER.has(c)) return false;
      letters++;
      run++;
      if (run > 5 || (run > 3 && run === i + 1)) return false;
      continue;
    }
    run = 0;
    if (isDigit(c)) digit = true;
    else if (c < 128 && !isAsciiSpace(c) && !AMOUNT_PUNCT.has(c)) return false;
  }
  return digit && letters <= 8;
}

/**
 * Whether `text` holds letters no amount has: a lower-case one outside "Rs"/"cr"/"dr"/"Fr."/"Dhs",
 * more than eight, or four opening the text (no currency is written with more than three, and the
 * trimming and minus rewrites change neither letters nor a text that opens with one). Each refuses
 * it in plainAmount (which reads no word first) and in mayBeAmount alike, so true means
 * parseAmount(text) is null; a description ("AMZN Mktp US*VR4H5STU6", "UNITED 1214039814575") is
 * refused within its first word. Every row's description cells are asked whether they hold an
 * amount, by the currency count and the row reader.
 */
function holdsWords(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c)) {
      if (c !== CODE.s && c !== CODE.r && c !== CODE.c && c !== CODE.d && c !== CODE.h) return true;
    } else if (!isUpper(c)) continue;
    if (++letters > 8 || (letters === 4 && i === 3)) return true;
  }
  return false;
}

/**
 * Whether `text` can be an amount with a currency: it holds a digit, and a symbol (`$ £ € ₹ ¥ 円`) or an
 * ASCII capital, which every currency AMOUNT_RE reads has ("Rs.", "Fr.", "Dhs", "EUR", "US$").
 * False means parseAmount(text)?.currency is null, without reading it (test/statement/fast-paths.test.ts).
 * Two native scans: as fast in the 200-page parse as the character walk they replaced, and shorter.
 */
export function mayCarryCurrency(text: string): boolean {
  // Opening and closing with a digit, it is a bare number at most: AMOUNT_RE reads a currency only
  // before or after the number. Dates and most amount cells ("04/07", "1,111.99") stop here.
  if (isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(text.length - 1))) return false;
  return CURRENCY_MARK.test(text) && ANY_DIGIT.test(text);
}

const CURRENCY_MARK = /[A-Z$£€₹¥円]/;
const ANY_DIGIT = /\d/;

/**
 * Whether a text's end could close a printed figure: a digit, ")", "-", the letter of a Cr/Dr marker
 * ("45.00 Cr", "23.24 D"), a currency symbol or code ("12,50 €", "2.456,22 CHF", "33.09 Fr."). The cheap refusal
 * before parseAmount in scans of every line: a description ("SEATTLE WA") rarely ends so.
 */
export function mayEndFigure(text: string): boolean {
  const n = text.length;
  const c = text.charCodeAt(n - 1);
  if (isDigit(c) || c === CODE.closeParen || c === CODE.minus) return true;
  const p = text.charCodeAt(n - 2);
  // "Cr", "DR": r or R after C, c, D or d.
  if ((c === CODE.r || c === CODE.R) && (p === CODE.C || p === CODE.c || p === CODE.D || p === CODE.d))
    return true;
  // "23.24 D", "23.24C": C or D after a space or a digit.
  if ((c === CODE.C || c === CODE.D) && (p === CODE.space || isDigit(p))) return true;
  if (c === CODE.dollar || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9) return true; // $ € £ ¥ ₹
  if (c === 0x5186) return true; // 円
  // "33.09 Fr.", "417.11 Dhs", "12.00 Rs.": the marks spelled in letters that may follow a figure.
  if ((c === CODE.dot || c === 0x73 || c === 0x68) && endsLetterMark(text)) return true;
  const before = text.charCodeAt(n - 4);
  return n >= 5 && (before === CODE.space || isDigit(before)) && CURRENCY_CODES.has(text.slice(n - 3));
}

/** A currency mark in letters closing a figure: "Fr.", "Dhs", "Dh.", "Rs", after a space or a digit. */
const LETTER_MARK_END = /[\s\d](?:S?Fr\.|Dhs?\.?|Rs\.?)$/;

/** LETTER_MARK_END, its regex run only on a text that ends in one of the marks (descriptions end in "s" and "."). */
function endsLetterMark(text: string): boolean {
  const bare = text.endsWith('.') ? text.slice(0, -1) : text;
  return (
    (bare.endsWith('Dhs') || bare.endsWith('Dh') || bare.endsWith('Rs') || bare.endsWith('Fr')) &&
    LETTER_MARK_END.test(text)
  );
}

/** Signed cents: credits negative, everything else positive. */
export function signedCents(a: ParsedAmount): Cents {
  return a.sign === -1 ? -a.cents : a.cents;
}

function toCurrency(token: string | undefined): string | null {
  if (!token) return null;
  if (SYMBOLS[token]) return SYMBOLS[token] ?? null;
  if (/^Rs\.?$/.test(token)) return 'INR';
  if (/^S?Fr\.$/.test(token)) return 'CHF'; // Swiss francs: "Fr. 1'742.40"
  if (/^Dhs?\.?$/.test(token)) return 'AED'; // UAE dirhams: "Dhs 417.11"
  return CURRENCY_CODES.has(token) ? token : null;
}

/** Formats cents as a plain decimal string ("-1234.56"), for messages and reports. */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * "EUR 45.00", "45,00 EUR", "USD 1,234.56 @ 0.9213", "Foreign amount: 45.00 EUR", and thousands
 * grouped by a space inside one cell ("1 039,97 USD"; cells are joined by two) or an apostrophe
 * ("USD 1'010.07").
 */
const FOREIGN =
  /\b([A-Z]{3})\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}|[\d.,'’]*\d[.,]\d{2})\b|\b(\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}|\d[\d.,'’]*[.,]\d{2})\s?([A-Z]{3})\b/;

/** A foreign-currency detail line's amount, when its code differs from the statement's currency. */
export function foreignIn(text: string, currency: string | null): { cents: number; currency: string } | null {
  const m = FOREIGN.exec(text);
  if (!m) return null;
  const code = m[1] ?? m[4] ?? '';
  const num = m[2] ?? m[3] ?? '';
  if (!CURRENCY_CODES.has(code) || code === currency) return null;
  const a = parseAmount(num);
  return a ? { cents: a.cents, currency: code } : null;
}
