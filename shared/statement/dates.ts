/**
 * Reading printed dates: `MM/DD`, `MM/DD/YY(YY)`, `DD/MM/YYYY`, `DD.MM.YYYY`, `05 Nov`, `Nov 05`,
 * `5 Nov 2026`, `05-Nov-26`, ISO. Dates without a year get one from the statement period, so a
 * December transaction on a statement closing in January lands in the right year.
 */
import { addDays, addDaysKey, daysIn, iso } from './calendar.js';
import { isSpace, isWordChar } from './chars.js';
import { type DateToken, lastTokenEnd, readTokenFrom } from './date-scan.js';
import type { IsoDate } from './types.js';

export type { DateToken } from './date-scan.js';

export type DayMonthOrder = 'MD' | 'DM';

/** A date at the start of a text, and the text after it. */
type DateAt = { token: DateToken; rest: string } | null;

// The last text read and its answer: a row's first cell is read by the row splitter, then again
// by the row reader. `forgetLastDate` empties it after each parse, so no statement text outlives it.
let lastText: string | null = null;
let lastDate: DateAt = null;

// While a parse runs, the answers for short texts by text: a statement prints the same few dates
// on row after row ("04/07"), and the description read between two rows evicts the last answer.
// Null outside a parse (rememberDates, forgetLastDate), so no statement text outlives it.
let shortAnswers: Map<string, DateAt> | null = null;
/** Texts up to this long are kept: every date form above, and few descriptions. */
const SHORT = 12;

/** Reads a date token at the start of `text` (leading spaces allowed), or null. */
export function readDateAt(text: string): DateAt {
  if (text === lastText) return lastDate;
  const kept = shortAnswers !== null && text.length <= SHORT ? shortAnswers : null;
  const known = kept?.get(text);
  if (known !== undefined) {
    lastText = text;
    lastDate = known;
    return known;
  }
  const token = readTokenFrom(text, 0);
  lastText = text;
  lastDate = token ? { token, rest: text.slice(pastFlag(text, lastTokenEnd())) } : null;
  kept?.set(text, lastDate);
  return lastDate;
}

/**
 * Past a footnote mark printed against a date ("01/15/25*", as American Express flags the rows its
 * footnote explains; "†", "‡"): it marks the row and is no word of its description. Only against the
 * date: "SQ *COFFEE" keeps its asterisk.
 */
function pastFlag(text: string, end: number): number {
  const c = text.charCodeAt(end);
  return c === 42 || c === 0x2020 || c === 0x2021 ? end + 1 : end;
}

/** Starts keeping readDateAt's answers for short texts, until forgetLastDate. */
export function rememberDates(): void {
  shortAnswers = new Map();
}

/** Drops readDateAt's answers (they are shared: callers never change them). */
export function forgetLastDate(): void {
  lastText = null;
  lastDate = null;
  shortAnswers = null;
}

/** `[\w/.]`: a date only starts where none of these precedes it. */
function continuesWord(c: number): boolean {
  return isWordChar(c) || c === 47 || c === 46;
}

/** Every date token in a string, left to right (for period and due-date lines). */
export function findDates(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && continuesWord(text.charCodeAt(i - 1))) continue; // only at a word start
    const token = readTokenFrom(text, i);
    if (token) {
      out.push(token);
      // Past the token's end, not its length from `i`: the token may start after spaces, and a
      // jump that fell short of it re-read the same date once per ten spaces before it.
      i = lastTokenEnd() - 1;
    } else if (isSpace(text.charCodeAt(i))) {
      // Every position in this run of spaces reads from the same next character and finds nothing
      // too: skip the run (re-reading it from each position was quadratic in its length).
      while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
    }
  }
  return out;
}

/** How many days past the anchor a year-less date may still fall (statements print late postings). */
const LATEST_DAYS = 45;

/** An anchor date with its arithmetic done once: its year and the latest date allowed. */
interface Anchor {
  iso: IsoDate;
  year: number;
  /** `yyyymmdd` of anchor + 45 days, or null when the anchor is not a plain ISO date. */
  latest: number | null;
}

function anchorOf(anchor: IsoDate | null): Anchor | null {
  return anchor
    ? { iso: anchor, year: Number(anchor.slice(0, 4)), latest: addDaysKey(anchor, LATEST_DAYS) }
    : null;
}

/**
 * Resolves a token to an ISO date. Without a printed year, takes the year that puts the date on or
 * before the anchor (the period end) plus a small margin: a "12/28" on a statement closing
 * 2026-01-27 is 2025-12-28.
 */
export function resolveDate(t: DateToken, order: DayMonthOrder, anchor: IsoDate | null): IsoDate | null {
  return resolveAt(t, order, anchorOf(anchor));
}

/** resolveDate for every row of a statement: the anchor's arithmetic is done once, not per row. */
export function dateResolver(order: DayMonthOrder, anchor: IsoDate | null): (t: DateToken) => IsoDate | null {
  const a = anchorOf(anchor);
  return (t) => resolveAt(t, order, a);
}

function resolveAt(t: DateToken, order: DayMonthOrder, anchor: Anchor | null): IsoDate | null {
  const md = t.kind === 'numeric' && order === 'MD';
  const month = md ? t.a : t.b;
  const day = md ? t.b : t.a;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, t.year ?? 2000)) return null;
  let year = t.year;
  if (year === null) {
    if (!anchor) return null;
    year = anchor.year;
    if (isAfterLatest(anchor.year, month, day, anchor)) year = anchor.year - 1;
  }
  if (day > daysIn(month, year)) return null;
  return iso(year, month, day);
}

/** Whether a date lies past the latest a year-less date may resolve to. */
function isAfterLatest(year: number, month: number, day: number, anchor: Anchor): boolean {
  // Integer keys compare like the four-digit ISO strings; anything else takes the string path.
  if (anchor.latest !== null) return year * 10000 + month * 100 + day > anchor.latest;
  return iso(year, month, day) > addDays(anchor.iso, LATEST_DAYS);
}

/** Decides MD vs DM for a statement's numeric dates: impossible readings rule an order out. */
export function inferOrder(tokens: DateToken[], currency: string | null): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  // Indexed: for…of allocates an iterator result per token until this once-per-parse loop is optimised.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as DateToken;
    if (t.kind !== 'numeric') continue;
    if (t.a > 12) dayFirst = true;
    if (t.b > 12) monthFirst = true;
  }
  if (dayFirst) return 'DM';
  if (monthFirst) return 'MD';
  // Undecidable from the digits alone: follow the currency's convention.
  return currency === 'USD' || currency === null ? 'MD' : 'DM';
}
