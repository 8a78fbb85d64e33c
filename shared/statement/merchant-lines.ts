/**
 * Words printed on a line of their own between transaction rows: a merchant printed above its date
 * row, or something else (a summary box's labels, a wrapped description). Rows are read by
 * transactions.ts; this decides which such lines may be a row's merchant, and when a layout prints
 * every merchant that way.
 */
import type { Line } from '../pdf/layout.js';
import { readDateAt } from './dates.js';
import { AMOUNT_LABELS, DATE_LABELS, matchLabel, normaliseLabel } from './labels.js';
import { parseAmount } from './money.js';

/** What the merchant-above reading needs of a row. */
interface RowWords {
  description: string;
  category: string | null;
  above?: string;
  /** The line above is also a section heading: every layout prints those over its first rows. */
  aboveHeading?: boolean;
  /** The row had no words of its own and took the line above as its description. */
  tookAbove?: boolean;
  /** A line above the row that is nearer to the row before: taken only once the layout is known. */
  aboveLoose?: string;
}

/**
 * Layouts that print the merchant on its own line above each date row ("DOORDASH*SWEETGREEN" over
 * "21/06/2024  23/06/2024  RESTAURANT  39,12"): when most rows have such a line, it is their
 * description, and the row's own words are a category. One row with a line above (a cardholder's
 * name over the first row) proves nothing, so the layout must show it on most rows, the first included.
 */
export function merchantsAbove<T extends RowWords>(rows: T[]): T[] {
  // A row that took the line above for want of words of its own shows the layout as well; a
  // section heading over a section's first row ("PURCHASE ACTIVITY" over "NETFLIX.COM …") does not:
  // a short statement of four sections would otherwise have "most" rows under such a line.
  let n = 0;
  // Indexed: for…of allocates an iterator result per row until this once-per-parse loop is optimised.
  for (let i = 0; i < rows.length; i++) if (showsLayout(rows[i] as T)) n++;
  // Wrapped descriptions also sit between rows, but the first row has none above it.
  const first = rows[0];
  if (n < MERCHANT_ABOVE_MIN || n < rows.length / 2 || !first || !showsLayout(first)) return rows;
  for (const r of rows) {
    // Lines are spaced as evenly as type allows: a merchant line a point nearer to the row before
    // than to its own is still its own in a layout that prints every merchant above its row.
    const above = r.above ?? r.aboveLoose;
    if (!above || above === r.description) continue;
    if (hasWord(r.description)) r.category ??= r.description;
    r.description = above;
  }
  return rows;
}

/** A row under a merchant line that is no section heading, or one that took the line above for want of words. */
function showsLayout(r: RowWords): boolean {
  return (!!r.above && !r.aboveHeading) || !!r.tookAbove;
}

/** Rows with a merchant line above them a layout needs before those lines are read as merchants. */
const MERCHANT_ABOVE_MIN = 3;

/** Whether a line starts where a row's description does. */
export function alignedWith(line: Line, x: number): boolean {
  return Math.abs((line.cells[0]?.x0 ?? -99) - x) < 4;
}

function isSummaryLabel(text: string): boolean {
  const label = normaliseLabel(text);
  return matchLabel(AMOUNT_LABELS, label) !== null || matchLabel(DATE_LABELS, label) !== null;
}

function isDateLabel(text: string): boolean {
  return matchLabel(DATE_LABELS, normaliseLabel(text)) !== null;
}

/**
 * A lone line of words that may be the merchant printed above its date row (as some issuers wrap):
 * one or two text cells, no amount and no date, not just under the last row.
 */
export function isOrphanText(line: Line, last: { page: number } | null, lastY: number): boolean {
  if (line.cells.length > 2 || line.cells.some((c) => parseAmount(c.text) || readDateAt(c.text)))
    return false;
  if (!THREE_LETTERS.test(line.text)) return false;
  // A summary box's labels ("Due Date  Credit Limit") over its values are not a merchant; one
  // amount label alone may be an issuer's row ("INTERESES DEVENGADOS" over its date row).
  if (line.cells.some((c) => isDateLabel(c.text))) return false;
  if (line.cells.length > 1 && line.cells.every((c) => isSummaryLabel(c.text))) return false;
  return !(last && line.page === last.page && lastY - line.y < 6);
}

const THREE_LETTERS = /[A-Za-z]{3}/;
const TWO_LETTERS = /[A-Za-z]{2}/;
const SPACE = / /g;

/** hasWord's spec: two letters in a row, once plain spaces are taken out. */
export function hasWordSpec(text: string): boolean {
  return TWO_LETTERS.test(text) || TWO_LETTERS.test(text.replace(SPACE, ''));
}

/**
 * Two letters in a row, letter-spacing ignored ("A M Z N M k t p" is words): two ASCII letters with
 * nothing but plain spaces between them. hasWordSpec without a copy of the text (every row asks it).
 */
export function hasWord(text: string): boolean {
  let letterBefore = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter && letterBefore) return true;
    letterBefore = letter;
  }
  return false;
}
