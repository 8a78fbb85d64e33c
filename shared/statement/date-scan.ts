/**
 * Scanning one printed date at a position. Numeric dates (`01/28/24`, `28.01.2024`, `01-07-2023`,
 * ISO) are read character by character: every row of every statement starts with one, so this is
 * the parser's hottest path. Each scanner accepts exactly what its regex in NUMERIC_DATE_SPEC accepts
 * (backtracking included; test/statement/fast-paths.test.ts checks it on seeded random text); month
 * names still go through regexes.
 */

import { WEEKDAY_NAMES, WEEKDAY_PREFIX } from '../weekdays.js';
import { isDigit, isSpace, isWordChar } from './chars.js';

/** A date as printed: the year may be missing, and `a/b` may be month/day or day/month. */
export interface DateToken {
  /** For numeric dates: first and second number as printed; for named months: day and month. */
  a: number;
  b: number;
  year: number | null;
  /** `numeric` dates need the day/month order decided per statement; `named` and `dotted` don't. */
  kind: 'numeric' | 'named' | 'dotted' | 'iso';
  text: string;
}

/** A date read from a string: the token and the index just past it. */
export interface DateHit {
  token: DateToken;
  end: number;
}

/**
 * Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese.
 * Longer forms first, so "June" is not read as "Jun" and "Sept" not as "Sep" plus a letter.
 */
const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [
    1,
    ['january', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'jan'],
  ],
  [
    2,
    [
      'february',
      'februar',
      'fevrier',
      'février',
      'févr',
      'fevr',
      'fév',
      'fev',
      'febrero',
      'febbraio',
      'februari',
      'fevereiro',
      'feb',
    ],
  ],
  [3, ['march', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco', 'mar']],
  [4, ['april', 'avril', 'avr', 'abril', 'abr', 'aprile', 'apr']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio']],
  [6, ['june', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'jun']],
  [7, ['july', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'jul']],
  [8, ['august', 'août', 'aout', 'agosto', 'ago', 'augustus', 'aug']],
  [9, ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sept', 'sep', 'set']],
  [10, ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'okt', 'ott', 'out', 'oct']],
  [11, ['november', 'novembre', 'noviembre', 'novembro', 'nov']],
  [
    12,
    [
      'december',
      'dezember',
      'décembre',
      'decembre',
      'déc',
      'diciembre',
      'dicembre',
      'dezembro',
      'dic',
      'dez',
      'dec',
    ],
  ],
];
/** Every name, longest first (the regex tries alternatives in order). */
const MONTH_NAMES = MONTH_WORDS.flatMap(([, names]) => names).sort((a, b) => b.length - a.length);
const MONTH_OF = new Map<string, number>(
  MONTH_WORDS.flatMap(([m, names]) => names.map((n) => [n, m] as const)),
);
const MON = `(?:${MONTH_NAMES.join('|')})`;
/**
 * Sticky, so they match exactly where `lastIndex` points and nobody slices the text. A day's year
 * follows a space, a dash, "de", or an apostrophe ("05 Dec'25", as Indian issuers print it).
 */
const DAY_MONTH_RE = new RegExp(
  String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?[ \-/](?:de )?(${MON})\.?,?(?:(?:[ \-/](?:de )?|['’])(\d{4}|\d{2}))?(?![\d:])`,
  'iy',
);
/**
 * A weekday before a date ("Mon 05 Jan", "Mon, Jan 05", "Mo., 05.01.2026", "ma 05-01-2026"), in
 * the languages above: what follows it must read as a date on its own, so "Mar 05" is still March.
 */
const WEEKDAY_RE = new RegExp(WEEKDAY_PREFIX, 'iy');
/** First letters of WEEKDAY_RE's names, either case. */
const WEEKDAY_INITIAL = new Set(
  WEEKDAY_NAMES.flatMap((n) => [n.charCodeAt(0), n.toUpperCase().charCodeAt(0)]),
);
/**
 * Day, month name and year run together ("05DEC25", "5Dec2025"), as some issuers print every row.
 * Only with its year, and ending where the word does: a code such as "12MAR24X" is no date.
 */
const COMPACT_RE = new RegExp(String.raw`(\d{1,2})(${MON})(\d{4}|\d{2})(?![\p{L}\d:])`, 'iuy');
const MONTH_DAY_RE = new RegExp(
  String.raw`(${MON})\.?[ \-](\d{1,2})(?:st|nd|rd|th)?(?:,?[ \-](\d{4}))?(?![\d:])`,
  'iy',
);
/** The first characters DAY_MONTH_RE can read after the day's digits: mayFollowDay's oracle. */
export const DAY_AFTER_SPEC = /^(?:st|nd|rd|th|er|º|°|\.|[ \-/])/i;

/** First letters of month names, either case. */
const MONTH_INITIAL = new Set(MONTH_NAMES.flatMap((n) => [n.charCodeAt(0), n.toUpperCase().charCodeAt(0)]));

const DOT = 46;
const SLASH = 47;
const DASH = 45;
const COMMA = 44;

/**
 * The spec of the numeric scanners below, as the regexes they replace (sticky: matched at the
 * scanner's start). Not used on the hot path; the equivalence test runs both.
 */
export const NUMERIC_DATE_SPEC = {
  dotted: /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)/y,
  slashed: /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/y,
  dashed: /(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/y,
  iso: /(\d{4})(?:([-.])(\d{2})\2(\d{2})|(\/)(\d{1,2})\/(\d{1,2}))\b/y,
} as const;

/** The date at `from`, after any leading spaces, and the index just past it; or null. */
export function readDateFrom(text: string, from: number): DateHit | null {
  const token = readTokenFrom(text, from);
  return token ? { token, end: tokenEnd } : null;
}

/**
 * Where the token readTokenFrom returned last ends. A module variable rather than a hit object:
 * every row's dates are read here, and the row reader wants the token and the rest of its text.
 */
let tokenEnd = 0;

/** The index just past the token readTokenFrom returned last. */
export function lastTokenEnd(): number {
  return tokenEnd;
}

/**
 * The date token at `from`, after any leading spaces, or null (its end: lastTokenEnd). The
 * separator after the leading digits decides which single pattern can match, so most text is
 * refused after a character or two.
 */
export function readTokenFrom(text: string, from: number): DateToken | null {
  let start = from;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  const c = text.charCodeAt(start);
  if (!isDigit(c)) {
    // "Nov 05" needs its day's digits: words without a digit ("DEUTSCHE POST") skip the patterns.
    // A weekday's word is looked at first: one short scan refuses most words ("THE HOME DEPOT").
    const dated = WEEKDAY_INITIAL.has(c) ? afterWeekday(text, start) : null;
    if (dated) return dated;
    return MONTH_INITIAL.has(c) && hasDigitAfter(text, start)
      ? named(MONTH_DAY_RE, text, start, false)
      : null;
  }
  const n = Math.min(digitRun(text, start), 5);
  const sep = text.charCodeAt(start + n);
  if (n === 4) return sep === DASH || sep === SLASH || sep === DOT ? isoDate(text, start, sep) : null;
  if (n > 2) return null;
  if (sep === DOT) return numericDate(text, start, n, DOT) ?? named(DAY_MONTH_RE, text, start, true);
  // "05/01/2026", or the month's name between slashes: "05/Jan/2026".
  if (sep === SLASH)
    return (
      numericDate(text, start, n, SLASH) ??
      (MONTH_INITIAL.has(text.charCodeAt(start + n + 1)) ? named(DAY_MONTH_RE, text, start, true) : null)
    );
  if (sep === DASH) {
    const dashed = numericDate(text, start, n, DASH);
    if (dashed) return dashed;
  }
  // Amounts ("31,87"), times and codes end here without running the month-name patterns.
  const spaced = mayFollowDay(sep) ? named(DAY_MONTH_RE, text, start, true) : null;
  return spaced ?? (MONTH_INITIAL.has(sep) ? named(COMPACT_RE, text, start, true) : null);
}

/** The date after a weekday at `start` ("Mon 05 Jan"), or null: the weekday alone is no date. */
function afterWeekday(text: string, start: number): DateToken | null {
  if (!mayBeWeekday(text, start)) return null;
  WEEKDAY_RE.lastIndex = start;
  if (!WEEKDAY_RE.test(text)) return null;
  const at = WEEKDAY_RE.lastIndex;
  // A weekday before a weekday is no date ("Mo Di 05"): the date must follow the first.
  const c = text.charCodeAt(at);
  return isDigit(c) || MONTH_INITIAL.has(c) ? readTokenFrom(text, at) : null;
}

/**
 * WEEKDAY_RE's cheap half, without a regex: a word of two to nine letters, a dot or comma perhaps,
 * spaces, then a digit or a month's initial. Most descriptions ("THE HOME DEPOT #8408") fail here.
 */
function mayBeWeekday(text: string, start: number): boolean {
  let i = start;
  while (isWeekdayLetter(text.charCodeAt(i))) i++;
  if (i - start < 2 || i - start > 9) return false;
  if (text.charCodeAt(i) === DOT) i++;
  if (text.charCodeAt(i) === COMMA) i++;
  if (text.charCodeAt(i) !== 32) return false;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return isDigit(c) || MONTH_INITIAL.has(c);
}

/** A letter a weekday's name is spelled with: ASCII, and the accents of "mié" and "sáb". */
function isWeekdayLetter(c: number): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || c === 0xe9 || c === 0xe1 || c === 0xc9 || c === 0xc1;
}

/**
 * What DAY_MONTH_RE allows right after the day's digits: an ordinal's first letter (st, nd, rd,
 * th, the French er; either case), an ordinal sign (º, °), a dot, a space or a dash. Equal to
 * DAY_AFTER_SPEC on every code point (tested).
 */
export function mayFollowDay(c: number): boolean {
  switch (c | 32) {
    case 115: // s
    case 110: // n
    case 114: // r
    case 116: // t
    case 101: // e, of the French "1er"
      return true;
    default:
      // The dot, the space, the dash, the slash, and the ordinal signs of "1º" and "1°".
      return c === DOT || c === 32 || c === DASH || c === SLASH || c === 0xba || c === 0xb0;
  }
}

/**
 * NUMERIC_DATE_SPEC's `dotted`, `slashed` or `dashed` (dashed dates need a year, so phone numbers and
 * ranges never read as dates). `n` is the length of the first number, `sep` the separator after it.
 */
function numericDate(text: string, start: number, n: number, sep: number): DateToken | null {
  const p2 = start + n + 1;
  const r2 = digitRun(text, p2);
  if (r2 < 1 || r2 > 2) return null;
  const p3 = p2 + r2;
  let end = p3;
  let year: number | null = null;
  if (text.charCodeAt(p3) === sep) {
    const r3 = digitRun(text, p3 + 1);
    if (sep === DOT ? r3 !== 0 && r3 !== 2 && r3 !== 4 : r3 !== 2 && r3 !== 4) return null;
    end = p3 + 1 + r3;
    if (sep !== DOT && text.charCodeAt(end) === sep) return null;
    year = r3 === 0 ? null : fullYear(intAt(text, p3 + 1, r3), r3);
  } else if (sep !== SLASH) return null;
  const kind = sep === DOT ? 'dotted' : 'numeric';
  return valid(intAt(text, start, n), intAt(text, p2, r2), year, kind, text, start, end);
}

/**
 * NUMERIC_DATE_SPEC's `iso`, the four digits and the separator already seen: year, month, day,
 * with dashes (ISO), slashes or dots ("2024/03/05", "2024.03.05": East Asian statements print the
 * year first, and a year first is never followed by the day).
 */
function isoDate(text: string, start: number, sep: number): DateToken | null {
  // Two-digit month and day, but after slashes with or without their zeros: "2025/9/1", as
  // Japanese statements also print it. "2026.3.4" or "2026-3-4" may be a version or a code.
  const least = sep === SLASH ? 1 : 2;
  const m = digitRun(text, start + 5);
  if (m < least || m > 2 || text.charCodeAt(start + 5 + m) !== sep) return null;
  const dayAt = start + 6 + m;
  const d = digitRun(text, dayAt);
  if (d < least || d > 2 || isWordChar(text.charCodeAt(dayAt + d))) return null;
  const year = intAt(text, start, 4);
  return valid(intAt(text, dayAt, d), intAt(text, start + 5, m), year, 'iso', text, start, dayAt + d);
}

function named(re: RegExp, text: string, start: number, dayFirst: boolean): DateToken | null {
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m) return null;
  const day = Number(dayFirst ? m[1] : m[2]);
  const month = monthOf(dayFirst ? m[2] : m[1]);
  const y = m[3];
  const year = y ? fullYear(Number(y), y.length) : null;
  return valid(day, month, year, 'named', text, start, start + m[0].length);
}

/** The token when its numbers can be a day and a month (any order for `numeric`), else null; its end in tokenEnd. */
function valid(
  a: number,
  b: number,
  year: number | null,
  kind: DateToken['kind'],
  text: string,
  start: number,
  end: number,
): DateToken | null {
  if (a < 1 || a > 31 || b < 1 || b > 31) return null;
  if (kind !== 'numeric' && b > 12) return null;
  tokenEnd = end;
  return { a, b, year, kind, text: text.slice(start, end) };
}

/** 1–12 from a month name the patterns matched, in any of the languages above. */
function monthOf(name: string | undefined): number {
  return MONTH_OF.get((name ?? '').toLowerCase()) ?? 0;
}

/** A printed year: two digits are this century. */
function fullYear(value: number, digits: number): number {
  return digits === 2 ? 2000 + value : value;
}

/** Whether an ASCII digit appears at or after `i`. */
function hasDigitAfter(text: string, i: number): boolean {
  for (let k = i; k < text.length; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

/** How many ASCII digits start at `i`. */
function digitRun(text: string, i: number): number {
  let n = 0;
  while (isDigit(text.charCodeAt(i + n))) n++;
  return n;
}

/** The value of the `n` digits at `i`. */
function intAt(text: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + text.charCodeAt(i + k) - 48;
  return v;
}
