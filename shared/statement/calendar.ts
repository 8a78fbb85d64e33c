/**
 * Calendar arithmetic on ISO dates with integers instead of Date objects: the parser resolves
 * thousands of dates per statement and the analysis compares as many, so these run hot. Each fast
 * path covers the well-formed inputs and falls back to the Date-based reading for anything else,
 * so odd inputs answer exactly as before.
 */
import type { IsoDate } from './types.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year; Date.UTC's reading of years 0–99 as 1900–1999 is kept. */
export function daysIn(month: number, year: number): number {
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && month >= 1 && month <= 12) {
    return month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Builds an ISO date string. */
export function iso(year: number, month: number, day: number): IsoDate {
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && isSmall(month) && isSmall(day)) {
    // A statement's rows share a few dozen dates: each string is built once, not once per row.
    const key = year * 10_000 + month * 100 + day;
    let text = ISO_TEXT.get(key);
    if (text === undefined) {
      if (ISO_TEXT.size >= ISO_TEXT_MAX) ISO_TEXT.clear();
      text = `${year}-${pad2(month)}-${pad2(day)}`;
      ISO_TEXT.set(key, text);
    }
    return text;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO strings by `yyyymmdd`; a calendar date is no personal data, and the table stays small. */
const ISO_TEXT = new Map<number, IsoDate>();
const ISO_TEXT_MAX = 4096;

function isSmall(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 99;
}

/** Adds whole days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const da = dayNumber(a);
  const db = dayNumber(b);
  if (da !== null && db !== null) return db - da;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * Days since 1970-01-01 of a plain `YYYY-MM-DD` (year 100–9999, day 1–31, rolling over like
 * Date.parse does for "02-30"), or null for anything else (then the caller asks Date).
 */
export function dayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // Days from the civil date (H. Hinnant's algorithm): years start in March, so February is last.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The integer value of ASCII digits text[from..to), or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * `year * 10000 + month * 100 + day` of `date` plus `days`: compares like the ISO strings do.
 * Null when `date` is not plain ISO or the result leaves four-digit years (then ask addDays).
 */
export function addDaysKey(date: string, days: number): number | null {
  const n = dayNumber(date);
  if (n === null) return null;
  // The inverse of dayNumber (same algorithm).
  const z = n + days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year > 9999 || year < 0 ? null : year * 10000 + month * 100 + day;
}
