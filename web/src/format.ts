/** How figures read on the page: the browser's locale, the statement's currency, dates without time zones. */

const DAY_MS = 86_400_000;

/** "$1,234.56" in the statement's currency; "—" for an unknown value; a plain number when no currency is printed. */
export function money(amount: number | null | undefined, currency: string | null): string {
  if (amount === null || amount === undefined) return '—';
  if (currency === null)
    return new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      amount,
    );
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    // An ISO code Intl does not know still reads fine as "XYZ 12.00".
    return `${currency} ${amount.toFixed(2)}`;
  }
}

/** "12 Jan 2027" from an ISO date, read as a calendar day (never shifted by the time zone). */
export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** "12 Jan" (no year), for chart labels. */
export function shortDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Today in the reader's own calendar, as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** "in 12 days", "today", "3 days ago": how far the due date is from today. */
export function relativeDays(due: string, today: string): string {
  const n = daysBetween(today, due);
  if (n === 0) return 'due today';
  if (n === 1) return '1 day left';
  if (n > 1) return `${n} days left`;
  return n === -1 ? 'was due yesterday' : `was due ${-n} days ago`;
}

/** "46%" from a 0..1 share. */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
