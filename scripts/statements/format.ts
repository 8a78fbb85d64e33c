/** Date and money formatting for the printed statements, and the cents → major-units conversion. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number } {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return { y, m, d };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// Day numbers are memoised both ways: long statements convert the same few dozen dates often.
const dayOfIso = new Map<string, number>();
const isoOfDay = new Map<number, string>();

function dayNumber(iso: string): number {
  let n = dayOfIso.get(iso);
  if (n === undefined) {
    const { y, m, d } = parts(iso);
    n = Date.UTC(y, m - 1, d) / 86_400_000;
    dayOfIso.set(iso, n);
  }
  return n;
}

function isoOf(day: number): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    isoOfDay.set(day, iso);
  }
  return iso;
}

/** Adds whole days to an ISO date (UTC arithmetic, so no DST drift). */
export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The ISO date for a year, 1-based month and day. */
export function isoDate(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

export type DateStyle =
  | 'MM/DD'
  | 'MM/DD/YY'
  | 'MM/DD/YYYY'
  | 'DD/MM/YYYY'
  | 'DD.MM.YYYY'
  | 'DD Mon'
  | 'Mon DD'
  | 'D Mon YYYY'
  | 'Mon DD, YYYY';

/** Prints an ISO date in one of the statement conventions. */
export function formatDate(iso: string, style: DateStyle): string {
  const { y, m, d } = parts(iso);
  const mon = MONTHS[m - 1] ?? '???';
  const yy = pad2(y % 100);
  switch (style) {
    case 'MM/DD':
      return `${pad2(m)}/${pad2(d)}`;
    case 'MM/DD/YY':
      return `${pad2(m)}/${pad2(d)}/${yy}`;
    case 'MM/DD/YYYY':
      return `${pad2(m)}/${pad2(d)}/${y}`;
    case 'DD/MM/YYYY':
      return `${pad2(d)}/${pad2(m)}/${y}`;
    case 'DD.MM.YYYY':
      return `${pad2(d)}.${pad2(m)}.${y}`;
    case 'DD Mon':
      return `${pad2(d)} ${mon}`;
    case 'Mon DD':
      return `${mon} ${pad2(d)}`;
    case 'D Mon YYYY':
      return `${d} ${mon} ${y}`;
    case 'Mon DD, YYYY':
      return `${mon} ${pad2(d)}, ${y}`;
  }
}

export type Grouping = 'us' | 'eu' | 'in';

function group(intPart: string, style: Grouping): string {
  const sep = style === 'eu' ? '.' : ',';
  if (style === 'in' && intPart.length > 3) {
    // Indian grouping: last three digits, then pairs (1,23,45,678).
    const head = intPart.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
    return `${head}${sep}${intPart.slice(-3)}`;
  }
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The magnitude of a cents amount with grouping and two decimals: 1,234.56 / 1.234,56 / 1,23,456.78. */
export function formatMoney(cents: number, style: Grouping = 'us'): string {
  const abs = Math.abs(Math.round(cents));
  const intPart = String(Math.floor(abs / 100));
  const frac = pad2(abs % 100);
  return `${group(intPart, style)}${style === 'eu' ? ',' : '.'}${frac}`;
}

/** Whole units only (credit lines are often printed without cents): 31,700. */
export function formatWhole(cents: number, style: Grouping = 'us'): string {
  return group(String(Math.floor(Math.abs(cents) / 100)), style);
}

/** Cents to major units for the expected JSON (exact: integer division, no float sums). */
export function toMajor(cents: number): number {
  return Number((cents / 100).toFixed(2));
}

/** A percentage with two decimals, e.g. 19.99%. */
export function formatRate(rate: number, style: Grouping = 'us'): string {
  const s = rate.toFixed(2);
  return style === 'eu' ? s.replace('.', ',') : s;
}
