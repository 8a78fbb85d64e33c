/**
 * Reading printed dates: `MM/DD`, `MM/DD/YY(YY)`, `DD/MM/YYYY`, `DD.MM.YYYY`, `05 Nov`, `Nov 05`,
 * `5 Nov 2026`, `05-Nov-26`, ISO. Dates without a year get one from the statement period, so a
 * December transaction on a statement closing in January lands in the right year.
 */
import type { IsoDate } from './types.js';

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

export type DayMonthOrder = 'MD' | 'DM';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** Each pattern matches a date at the start of the string (callers slice as they go). */
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<DateToken, 'text'> | null }> = [
  {
    re: /^(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => ({ a: Number(m[3]), b: Number(m[2]), year: Number(m[1]), kind: 'iso' }),
  },
  {
    re: /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)/,
    read: (m) => ({ a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3]), kind: 'dotted' }),
  },
  {
    // Dashed dates need a year, so phone numbers and ranges never read as dates.
    re: /^(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/,
    read: (m) => ({ a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3]), kind: 'numeric' }),
  },
  {
    re: /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/,
    read: (m) => ({ a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3]), kind: 'numeric' }),
  },
  {
    re: new RegExp(
      String.raw`^(\d{1,2})(?:st|nd|rd|th)?[ \-](${MON})\.?,?(?:[ \-](\d{4}|\d{2}))?(?![\d:])`,
      'i',
    ),
    read: (m) => ({ a: Number(m[1]), b: monthOf(m[2]), year: fullYear(m[3]), kind: 'named' }),
  },
  {
    re: new RegExp(String.raw`^(${MON})\.?[ \-](\d{1,2})(?:st|nd|rd|th)?(?:,?[ \-](\d{4}))?(?![\d:])`, 'i'),
    read: (m) => ({ a: Number(m[2]), b: monthOf(m[1]), year: fullYear(m[3]), kind: 'named' }),
  },
];

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Reads a date token at the start of `text` (leading spaces allowed), or null. */
export function readDateAt(text: string): { token: DateToken; rest: string } | null {
  const trimmed = text.trimStart();
  for (const p of PATTERNS) {
    const m = p.re.exec(trimmed);
    if (!m) continue;
    const t = p.read(m);
    if (!t || t.a < 1 || t.a > 31 || t.b < 1 || t.b > 31) continue;
    if (t.kind !== 'numeric' && t.b > 12) continue;
    return { token: { ...t, text: m[0] }, rest: trimmed.slice(m[0].length) };
  }
  return null;
}

/** Every date token in a string, left to right (for period and due-date lines). */
export function findDates(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\w/.]/.test(text[i - 1] ?? '')) continue; // only at a word start
    const hit = readDateAt(text.slice(i));
    if (hit) {
      out.push(hit.token);
      i += hit.token.text.length - 1;
    }
  }
  return out;
}

/** Month and day of a token, given the statement's order for numeric dates. */
export function monthDay(t: DateToken, order: DayMonthOrder): { month: number; day: number } {
  if (t.kind === 'numeric' && order === 'MD') return { month: t.a, day: t.b };
  return { month: t.b, day: t.a };
}

/**
 * Resolves a token to an ISO date. Without a printed year, takes the year that puts the date on or
 * before the anchor (the period end) plus a small margin: a "12/28" on a statement closing
 * 2026-01-27 is 2025-12-28.
 */
export function resolveDate(t: DateToken, order: DayMonthOrder, anchor: IsoDate | null): IsoDate | null {
  const { month, day } = monthDay(t, order);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, t.year ?? 2000)) return null;
  let year = t.year;
  if (year === null) {
    if (!anchor) return null;
    const ay = Number(anchor.slice(0, 4));
    year = ay;
    if (iso(ay, month, day) > latestFor(anchor)) year = ay - 1;
  }
  if (day > daysIn(month, year)) return null;
  return iso(year, month, day);
}

let lastAnchor = '';
let lastLatest = '';
/** The latest date a year-less date may resolve to: 45 days after the anchor (cached: one anchor per statement). */
function latestFor(anchor: IsoDate): IsoDate {
  if (anchor !== lastAnchor) {
    lastAnchor = anchor;
    lastLatest = addDays(anchor, 45);
  }
  return lastLatest;
}

/** Decides MD vs DM for a statement's numeric dates: impossible readings rule an order out. */
export function inferOrder(tokens: DateToken[], currency: string | null): DayMonthOrder {
  const numeric = tokens.filter((t) => t.kind === 'numeric');
  if (numeric.some((t) => t.a > 12)) return 'DM';
  if (numeric.some((t) => t.b > 12)) return 'MD';
  // Undecidable from the digits alone: follow the currency's convention.
  return currency === 'USD' || currency === null ? 'MD' : 'DM';
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an ISO date string. */
export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
