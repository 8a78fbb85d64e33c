/**
 * How a fuzzed layout prints money and dates: digit grouping and decimals, the currency mark, the
 * sign convention of credits, and dates in the layout's language.
 */
import type { DateFormat, FuzzLayout } from './layout-types.js';
import { vocabulary } from './vocabulary.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

function groupInt(digits: string, sep: string, indian: boolean): string {
  if (indian && digits.length > 3) {
    const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
    return `${head}${sep}${digits.slice(-3)}`;
  }
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A magnitude in the layout's number format: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 / 1,23,456.78 / 1,235 (yen). */
export function formatNumber(layout: Pick<FuzzLayout, 'amountFormat' | 'decimals'>, cents: number): string {
  const abs = Math.abs(Math.round(cents));
  const int = String(Math.floor(abs / 100));
  const frac = pad2(abs % 100);
  const [sep, dec] = (
    {
      'comma-dot': [',', '.'],
      'dot-comma': ['.', ','],
      'space-comma': [' ', ','],
      'apostrophe-dot': ["'", '.'],
      indian: [',', '.'],
      'plain-dot': ['', '.'],
      'plain-comma': ['', ','],
    } as const
  )[layout.amountFormat];
  const grouped = groupInt(int, sep, layout.amountFormat === 'indian');
  return layout.decimals === 0 ? grouped : `${grouped}${dec}${frac}`;
}

/** The currency mark around a printed magnitude, as the layout's summary prints it. */
export function withMark(layout: FuzzLayout, text: string): string {
  const c = layout.currencyText;
  switch (layout.currencyMark) {
    case 'symbol-before':
      return /[A-Za-z]/.test(c) ? `${c} ${text}` : `${c}${text}`;
    case 'code-before':
      return `${c} ${text}`;
    case 'symbol-after':
    case 'code-after':
      return `${text} ${c}`;
    default:
      return text;
  }
}

/** A summary figure: the magnitude with its mark; a negative balance in the layout's credit style. */
export function summaryValue(layout: FuzzLayout, cents: number): string {
  const text = withMark(layout, formatNumber(layout, cents));
  // Dr/Cr layouts mark their balances too ("12,345.00 Dr"), as Indian statements do.
  if (layout.sign === 'dr-cr')
    return `${text}${gap(layout)}${cents < 0 ? creditWord(layout.drWord) : layout.drWord}`;
  // The account's way, the balance owed is the negative one.
  if (layout.accountSigns) return cents > 0 ? `${layout.minus}${text}` : cents < 0 ? `+${text}` : text;
  if (cents >= 0) return text;
  switch (layout.sign) {
    case 'leading-minus':
      return `${layout.minus}${text}`;
    case 'trailing-minus':
      // The minus hugs the number, the mark stays outside: "3.714,52- €".
      return withMark(layout, `${formatNumber(layout, cents)}${layout.minus}`);
    case 'parentheses':
      return `(${text})`;
    default:
      return `${text}${gap(layout)}${layout.crWord}`;
  }
}

/** What stands between a number and its credit or debit marker: a space, or nothing ("45.00CR"). */
export function gap(layout: Pick<FuzzLayout, 'markerHugs'>): string {
  return layout.markerHugs ? '' : ' ';
}

/** The credit marker that pairs with a debit marker: DR → CR, Dr → Cr, D → C. */
export function creditWord(dr: string): string {
  return ({ DR: 'CR', Dr: 'Cr' } as Record<string, string>)[dr] ?? 'C';
}

/** A table amount: its text, the column it goes to, and a marker printed on the line below. */
export interface TableAmount {
  text: string;
  column: 'amount' | 'debit' | 'credit';
  below: string | null;
}

/** A transaction amount (signed cents) as the table prints it. */
export function tableAmount(layout: FuzzLayout, cents: number): TableAmount {
  const bare = formatNumber(layout, cents);
  const n = layout.rowMark ? withMark(layout, bare) : bare;
  const credit = cents < 0;
  const plain = (text: string): TableAmount => ({ text, column: 'amount', below: null });
  switch (layout.sign) {
    case 'leading-minus':
      if (layout.accountSigns) return plain(credit ? `+${n}` : cents > 0 ? `${layout.minus}${n}` : n);
      if (layout.plusCredits) return plain(credit ? `+${n}` : n);
      return plain(credit ? `${layout.minus}${n}` : layout.plusCharges && cents > 0 ? `+${n}` : n);
    case 'trailing-minus':
      // The minus hugs the number, the mark stays outside: "3.714,52- €".
      return plain(
        credit ? (layout.rowMark ? withMark(layout, `${bare}${layout.minus}`) : `${n}${layout.minus}`) : n,
      );
    case 'parentheses':
      return plain(credit ? `(${n})` : n);
    case 'cr-suffix':
      return plain(credit ? `${n}${gap(layout)}${layout.crWord}` : n);
    case 'cr-next-line':
      return { text: n, column: 'amount', below: credit ? layout.crWord : null };
    case 'debit-credit-columns':
      return { text: n, column: credit ? 'credit' : 'debit', below: null };
    case 'section-heading':
      return plain(n);
    case 'dr-cr':
      return plain(`${n}${gap(layout)}${credit ? creditWord(layout.drWord) : layout.drWord}`);
  }
}

/** The amount column's header: "{cur}" filled when the layout marks its currency there, dropped otherwise. */
export function amountHeader(layout: FuzzLayout): string {
  const h = layout.columnHeaders.amount;
  const mark = layout.currencyMark;
  if (mark === 'none') return h.replace(/\s*\(?(?:in )?\{cur\}\)?/, '');
  if (mark === 'header-only' && !h.includes('{cur}')) return `${h} (${layout.currency})`;
  return h.replace(
    '{cur}',
    mark === 'header-only' || mark.startsWith('code') ? layout.currency : layout.currencyText,
  );
}

/** An ISO date in one of the layout's formats, with the language's month names. */
export function formatDay(layout: FuzzLayout, iso: string, format: DateFormat = layout.dateFormat): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const v = vocabulary(layout.language);
  const name = (layout.longMonths && format === 'D Mon YYYY' ? v.monthsLong : v.months)[m - 1] ?? '?';
  const mon = layout.upperMonths ? name.toUpperCase() : name;
  // Round 13: a day or month without its leading zero; two-digit years keep theirs ("1/5/26").
  const p2 = layout.unpadded ? String : pad2;
  switch (format) {
    case 'DD/MM/YYYY':
      return `${p2(d)}/${p2(m)}/${y}`;
    case 'MM/DD/YYYY':
      return `${p2(m)}/${p2(d)}/${y}`;
    case 'DD.MM.YYYY':
      return `${p2(d)}.${p2(m)}.${y}`;
    case 'DD Mon':
      return `${p2(d)} ${mon}`;
    case 'Mon DD':
      return `${mon} ${p2(d)}`;
    case 'D Mon YYYY':
      return `${d} ${mon} ${y}`;
    case 'YYYY-MM-DD':
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case 'DD-MM-YYYY':
      return `${p2(d)}-${p2(m)}-${y}`;
    case 'DD/MM/YY':
      return `${p2(d)}/${p2(m)}/${pad2(y % 100)}`;
    case 'MM/DD/YY':
      return `${p2(m)}/${p2(d)}/${pad2(y % 100)}`;
    case 'DD-Mon-YY':
      return `${p2(d)}-${mon}-${pad2(y % 100)}`;
    case 'DD-Mon-YYYY':
      return `${p2(d)}-${mon}-${y}`;
    case 'DD.MM.':
      return `${p2(d)}.${p2(m)}.`;
    case 'Mon DD, YYYY':
      return `${mon} ${p2(d)}, ${y}`;
    case 'MM/DD':
      return `${p2(m)}/${p2(d)}`;
    case 'DD/MM':
      return `${p2(d)}/${p2(m)}`;
    case 'DDMonYY':
      // Always in capitals, as the issuers print it.
      return `${pad2(d)}${name.toUpperCase()}${pad2(y % 100)}`;
    case "DD Mon'YY":
      return `${p2(d)} ${mon}'${pad2(y % 100)}`;
    case 'DD.MM.YY':
      return `${p2(d)}.${p2(m)}.${pad2(y % 100)}`;
    case 'YYYY/MM/DD':
      return `${y}/${p2(m)}/${p2(d)}`;
    case 'DD/Mon/YYYY':
      return `${p2(d)}/${mon}/${y}`;
  }
}

/** Abbreviated weekdays, Monday first, as each language's issuers print them before a date. */
const WEEKDAYS: Record<string, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  de: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  es: ['lun.', 'mar.', 'mié.', 'jue.', 'vie.', 'sáb.', 'dom.'],
  it: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  pt: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
};

/** What a row prints before its date (round 12): the weekday and a space or a comma, or nothing. */
export function weekdayBefore(layout: FuzzLayout, iso: string): string {
  if (layout.rowWeekday === 'none') return '';
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const monday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const names = WEEKDAYS[layout.language.slice(0, 2)] ?? (WEEKDAYS.en as readonly string[]);
  const name = names[monday] ?? '';
  const printed = layout.upperMonths ? name.toUpperCase() : name;
  return layout.rowWeekday === 'before-comma' ? `${printed}, ` : `${printed} `;
}
