/**
 * The amounts statements print most ("1,234.56", "-$45.00", "£12.50", "9,999.99 Dr", "45,00-") read
 * without money.ts's AMOUNT_RE, character by character: every amount cell of every row passes
 * through here. The result is exactly what the regex path gives; shapes this does not know are
 * handed back (undefined) for the regex to decide.
 */
import { CODE, isAmountSep, isDigit } from './chars.js';
import type { Cents } from './types.js';

/** An amount as printed, read into integer cents. */
export interface ParsedAmount {
  cents: Cents;
  /** -1 when printed as a credit (minus, CR, parentheses), +1 when marked debit/plus, 0 when unsigned. */
  sign: -1 | 0 | 1;
  /** ISO code when a symbol or code was printed with it. */
  currency: string | null;
  /** Whether the printed number had decimals (transactions always do; limits often don't). */
  hasDecimals: boolean;
}

/** The code of a single-character currency symbol AMOUNT_RE reads in front of the number. */
function symbolCode(c: number): string | null {
  switch (c) {
    case CODE.dollar:
      return 'USD';
    case 0xa3: // £
      return 'GBP';
    case 0x20ac: // €
      return 'EUR';
    case 0x20b9: // ₹
      return 'INR';
    case 0xa5: // ¥
      return 'JPY';
    default:
      return null;
  }
}

const MINUS = CODE.minus;
const PLUS = CODE.plus;
const SPACE = CODE.space;

/**
 * `[-+]? symbol? [-+]? number -? ( ?(CR|Cr|cr|DR|Dr|dr|C|D))?` with the number made of digits and
 * `.`/`,` and ending in a digit. In that shape AMOUNT_RE's number group can only be the whole digit
 * part (nothing else can consume a digit), so the match reduces to NUMBER's grouping rules.
 * Returns undefined for any other shape.
 */
export function plainAmount(text: string): ParsedAmount | null | undefined {
  let from = 0;
  let to = text.length;
  let minus = false;
  let plus = false;
  let c = text.charCodeAt(0);
  if (c === MINUS || c === PLUS) {
    minus = c === MINUS;
    plus = c === PLUS;
    c = text.charCodeAt(++from);
  }
  const currency = symbolCode(c);
  if (currency !== null) {
    c = text.charCodeAt(++from);
    if ((c === MINUS || c === PLUS) && !minus && !plus) {
      minus = c === MINUS;
      plus = c === PLUS;
      c = text.charCodeAt(++from);
    }
  }
  // The marker, then a trailing minus, from the end.
  const mark = markAt(text, to);
  if (mark !== 0) {
    to -= mark > 0 ? mark : -mark;
    if (text.charCodeAt(to - 1) === SPACE) to--;
  }
  if (text.charCodeAt(to - 1) === MINUS && to - 1 > from) {
    minus = true;
    to--;
  }
  if (!isDigitAt(text, from) || !isDigitAt(text, to - 1)) return undefined;
  for (let i = from; i < to; i++) if (!isDigitAt(text, i) && !isSep(text, i)) return undefined;
  const body = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!matchesNumber(body)) return null;
  const cents = compactCents(body);
  if (cents < 0) return null;
  // As AMOUNT_RE's reading: any minus or a C… marker is a credit, else a plus or D… a debit.
  const sign = minus || mark > 0 ? -1 : plus || mark < 0 ? 1 : 0;
  return { cents, sign, currency, hasDecimals: compactDecimals };
}

/**
 * The length of a CR/DR marker ending `text` at `to`: positive for a credit (C…), negative for a
 * debit (D…), 0 for none. Only the marker spellings AMOUNT_RE accepts.
 */
function markAt(text: string, to: number): number {
  const last = text.charCodeAt(to - 1);
  const prev = text.charCodeAt(to - 2);
  if (last === CODE.R && (prev === CODE.C || prev === CODE.D)) return prev === CODE.C ? 2 : -2; // CR DR
  if (last === CODE.r && (prev === CODE.C || prev === CODE.c)) return 2; // Cr cr
  if (last === CODE.r && (prev === CODE.D || prev === CODE.d)) return -2; // Dr dr
  if (last === CODE.C) return 1; // C
  if (last === CODE.D) return -1; // D
  return 0;
}

/**
 * Whether digits-and-separators `s` (a digit at both ends) is all of NUMBER: runs r0..rk between
 * separators are `\d+` alone, `\d+[.,]\d{1,2}`, or r0 of 1–3 digits then groups of 2–3 with an
 * optional last run of 1–2 digits after at least one group.
 */
function matchesNumber(s: string): boolean {
  let runs = 0; // separators seen
  let len = 0; // length of the current run
  let first = 0;
  let middleOk = true; // every finished run after the first has 2–3 digits
  for (let i = 0; i < s.length; i++) {
    if (isDigitAt(s, i)) {
      len++;
      continue;
    }
    if (runs === 0) first = len;
    else if (len < 2 || len > 3) middleOk = false;
    runs++;
    len = 0;
  }
  if (runs === 0) return true;
  if (runs === 1 && len <= 2) return true;
  if (first < 1 || first > 3 || !middleOk) return false;
  return (len >= 2 && len <= 3) || (runs >= 2 && len <= 2);
}

/**
 * Decides which separator is the decimal point: the last `.` or `,` followed by one or two digits at
 * the end is decimal; every other separator groups thousands (or lakhs). "1,234" has no decimals.
 * `s` is AMOUNT_RE's number group (digits, `.`, `,` and grouping spaces or apostrophes).
 */
export function readNumber(s: string): { cents: number; hasDecimals: boolean } | null {
  const cents = compactCents(hasGroupSpace(s) ? s.replace(GROUP_SPACES, '') : s);
  return cents < 0 ? null : { cents, hasDecimals: compactDecimals };
}

const GROUP_SPACES = /[\u00a0\u202f'’ ]/g;

/** Whether a number holds a grouping space or apostrophe (`[\u00a0\u202f'’ ]`). */
function hasGroupSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CODE.space || c === CODE.apostrophe || c === 0xa0 || c === 0x202f || c === 0x2019) return true;
  }
  return false;
}

/**
 * Whether the number compactCents read last had decimals. A module variable rather than a result
 * object: plainAmount builds its own answer, and every amount cell of every row passes here.
 */
let compactDecimals = false;

/**
 * readNumber of a number without grouping spaces (digits, `.` and `,` only): its cents, or -1 when
 * it is not a number; whether it had decimals is left in compactDecimals.
 */
function compactCents(compact: string): number {
  const n = compact.length;
  // The decimal separator: `[.,]` then one or two digits at the very end.
  let decAt = -1;
  if (n >= 3 && isSep(compact, n - 3) && isDigitAt(compact, n - 2) && isDigitAt(compact, n - 1))
    decAt = n - 3;
  else if (n >= 2 && isSep(compact, n - 2) && isDigitAt(compact, n - 1)) decAt = n - 2;
  const intEnd = decAt >= 0 ? decAt : n;
  let whole = 0;
  let count = 0;
  let run = -1; // digits since the last separator of the integer part; -1 before the first
  let badGroup = false;
  const decimalSep = decAt >= 0 ? compact.charCodeAt(decAt) : -1;
  for (let i = 0; i < intEnd; i++) {
    if (isSep(compact, i)) {
      // The decimal point also grouping the digits before it ("13.02.24"): a date, in every
      // country's way of writing numbers, not an amount.
      if (run >= 4 || compact.charCodeAt(i) === decimalSep) badGroup = true;
      run = 0;
    } else if (isDigitAt(compact, i)) {
      whole = whole * 10 + (compact.charCodeAt(i) - CODE.zero);
      count++;
      if (run >= 0) run++;
    } else return -1;
  }
  if (count === 0 || count > 13) return -1;
  if (decAt < 0) {
    compactDecimals = false;
    return whole * 100;
  }
  // Grouping must be consistent: no decimal-looking separator left inside the integer part.
  if (badGroup || run === 1 || run >= 4) return -1;
  const tens = compact.charCodeAt(decAt + 1) - CODE.zero;
  const units = decAt + 2 < n ? compact.charCodeAt(decAt + 2) - CODE.zero : 0;
  compactDecimals = true;
  return whole * 100 + tens * 10 + units;
}

function isSep(s: string, i: number): boolean {
  return isAmountSep(s.charCodeAt(i));
}

function isDigitAt(s: string, i: number): boolean {
  return isDigit(s.charCodeAt(i));
}
