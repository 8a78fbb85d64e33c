/**
 * Words printed on a line of their own between transaction rows: a merchant printed above its date
 * row, or something else (a summary box's labels, a wrapped description). Rows are read by
 * transactions.ts; this decides which such lines may be a row's merchant, and when a layout prints
 * every merchant that way.
 */
import type { Line } from '../pdf/layout.js';
import { isCategoryName, startsWithCategoryName } from './category-names.js';
import { readDateAt } from './dates.js';
import { AMOUNT_LABELS, DATE_LABELS, matchLabel, normaliseLabel } from './labels.js';
import { foreignIn, parseAmount } from './money.js';

/** What the merchant-above reading needs of a row. */
interface RowWords {
  /** The row's page: a column may start elsewhere on a page set at another width. */
  page: number;
  description: string;
  category: string | null;
  above?: string;
  /** The line above is also a section heading: every layout prints those over its first rows. */
  aboveHeading?: boolean;
  /** The row had no words of its own and took the line above as its description. */
  tookAbove?: boolean;
  /** A line above the row that `above` did not take: taken only once the layout is known. */
  aboveLoose?: LooseLine;
}

/** A line of words just above a row that is not plainly its merchant line (see merchantsAbove). */
export interface LooseLine {
  text: string;
  x0: number;
  /** It starts where the row's description does (but sits nearer to the row before). */
  aligned: boolean;
  /** It sits at least twice as far from this row as from the row before: that row's wrapped line. */
  hangs?: boolean;
}

/**
 * Layouts that print the merchant on its own line above each date row ("DOORDASH*SWEETGREEN" over
 * "21/06/2024  23/06/2024  RESTAURANT  39,12"): when most rows have such a line, it is their
 * description, and the row's own words are a category. One row with a line above (a cardholder's
 * name over the first row) proves nothing, so the layout must show it on most rows, the first included.
 */
export function merchantsAbove<T extends RowWords>(rows: T[], isBalanceRow: (r: T) => boolean): T[] {
  // A row that took the line above for want of words of its own shows the layout as well; a
  // section heading over a section's first row ("PURCHASE ACTIVITY" over "NETFLIX.COM …") does not:
  // a short statement of four sections would otherwise have "most" rows under such a line.
  let n = 0;
  // Indexed: for…of allocates an iterator result per row until this once-per-parse loop is optimised.
  for (let i = 0; i < rows.length; i++) if (showsLayout(rows[i] as T)) n++;
  // Wrapped descriptions also sit between rows, but the first row has none above it (the first
  // transaction: a previous balance printed as a row has no merchant).
  const first = rows.find((r) => !isBalanceRow(r));
  const column = merchantColumn(rows, isBalanceRow);
  if (column === null && (n < MERCHANT_ABOVE_MIN || n < rows.length / 2 || !first || !showsLayout(first)))
    return rows;
  if (
    column === null &&
    ownMerchants(rows, isBalanceRow) > Math.max(MERCHANT_ABOVE_MIN, rows.length * OWN_SHARE)
  )
    return rows;
  for (const r of rows) {
    // Lines are spaced as evenly as type allows: a merchant line a point nearer to the row before
    // than to its own is still its own in a layout that prints every merchant above its row.
    const l = r.aboveLoose;
    const start = column?.get(r.page);
    const inColumn = l !== undefined && start !== undefined && Math.abs(l.x0 - start) <= ALIGN_SLACK;
    const loose = l && (l.aligned || inColumn) && !l.hangs ? l.text : undefined;
    const above = r.above ?? loose;
    if (!above || above === r.description) continue;
    // A row whose own words read as a balance ("Closing balance") keeps them, whatever line sits
    // above it (a foreign detail line of the row before), unless that line is in the merchant column
    // and names no figure ("354,31 CHF @ 1.0432" is no merchant).
    if (isBalanceRow(r) && (!inColumn || FIGURE.test(above))) continue;
    // Nor is a foreign detail line any row's merchant: a row with words of its own keeps them. (A
    // layout whose wrapped rows print their merchant above, as vertically centred cells do, prints
    // the other rows' merchants on their own lines, some after the row before's foreign line.)
    const own = hasWord(r.description);
    if (own && foreignIn(above, null) !== null) continue;
    if (own) r.category ??= r.description;
    r.description = above;
  }
  return rows;
}

/**
 * A layout that prints each row's category where a merchant would stand and the merchant on the line
 * above it, in a column of its own, under no header that says so ("NETFLIX.COM" over "07/08/2026
 * DIGITAL GOODS  15,49"): most rows have such a line, nearly all starting at one place on their page
 * (a page set at another width starts it elsewhere), and the rows' own words repeat, as categories
 * do and merchants do not, or are mostly category names. The column's start on each page, or null.
 */
function merchantColumn<T extends RowWords>(
  rows: T[],
  isBalanceRow: (r: T) => boolean,
): ReadonlyMap<number, number> | null {
  let n = 0;
  let lined = 0;
  // Starts by page: a page set at another width (the first, beside a column of notes or a summary)
  // moves every column of the table.
  const at = new Map<number, Map<number, number>>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as T;
    // Rows whose merchant line the row reader took as aligned with them show the layout as well.
    if (r.above) lined++;
    const l = r.aboveLoose;
    if (!l || l.aligned) continue;
    n++;
    lined++;
    const x = Math.round(l.x0);
    const onPage = at.get(r.page) ?? new Map<number, number>();
    onPage.set(x, (onPage.get(x) ?? 0) + 1);
    at.set(r.page, onPage);
  }
  if (n < MERCHANT_ABOVE_MIN) return null;
  // Balances printed as rows ("Previous Balance", "Closing Balance") print no merchant above them
  // and show nothing of the layout. They are few, so where more rows lack a line than a few
  // balances explain, no row is asked which it is (asking folds every row's words).
  if (rows.length - lined / COLUMN_SHARE > MAX_BALANCE_ROWS) return null;
  const balance = new Uint8Array(rows.length);
  let balances = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as T;
    if (r.above || r.aboveLoose || !isBalanceRow(r)) continue;
    balance[i] = 1;
    balances++;
  }
  const counted = rows.length - balances;
  if (lined < COLUMN_SHARE * counted) return null;
  // The commonest start of each page, give or take ALIGN_SLACK points.
  let most = 0;
  const starts = new Map<number, number>();
  for (const [page, onPage] of at) {
    let best = 0;
    for (const x of onPage.keys()) {
      let near = 0;
      for (let d = -ALIGN_SLACK; d <= ALIGN_SLACK; d++) near += onPage.get(x + d) ?? 0;
      if (near > best) {
        best = near;
        starts.set(page, x);
      }
    }
    most += best;
  }
  if (most < COLUMN_SHARE * n) return null;
  // The rows' own words repeat, or (a short table) are mostly the names of merchant categories.
  const words = new Set<string>();
  let named = 0;
  for (let i = 0; i < rows.length; i++) {
    if (balance[i] === 1) continue;
    const r = rows[i] as T;
    // A row that took the line above has its merchant for description already: its own words
    // were its category.
    const d = r.tookAbove && r.category !== null ? r.category : r.description;
    words.add(d);
    // "TRAVEL LODGING - HOTELS": the category, and a wrapped line printed on the row's own line.
    if (startsWithCategoryName(d)) named++;
  }
  return words.size <= counted / 2 || named >= CATEGORY_SHARE * counted ? starts : null;
}

/** Balances printed as rows a table may hold: an opening and a closing one for each of a few cards. */
const MAX_BALANCE_ROWS = 8;

/**
 * Rows that print their merchant on their own line: words of their own, no category's name, and no
 * line above. A layout that prints merchants above their rows prints one over every row, so more
 * than a few such rows say the lines over the others are something else (wrapped lines of the row
 * before, nearly as near to the next row as to their own).
 */
function ownMerchants<T extends RowWords>(rows: T[], isBalanceRow: (r: T) => boolean): number {
  let own = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as T;
    if (r.above || r.aboveLoose || r.tookAbove || !hasWord(r.description)) continue;
    if (isCategoryName(r.description) || isBalanceRow(r)) continue;
    own++;
  }
  return own;
}

/** Share of rows that may print their merchant on their own line in a layout that prints it above. */
const OWN_SHARE = 0.2;

/** A figure with decimals: a foreign detail line's, never a merchant's name. */
const FIGURE = /\d[.,]\d{2}(?!\d)/;

/** Share of rows whose own words must be category names when they repeat too little to tell. */
const CATEGORY_SHARE = 0.6;

/** Share of rows (and of their lines above) that must show a merchant column no header names. */
const COLUMN_SHARE = 0.75;
/** Points by which the starts of one column's lines may differ. */
const ALIGN_SLACK = 4;

/** A row under a merchant line that is no section heading, or one that took the line above for want of words. */
function showsLayout(r: RowWords): boolean {
  return (!!r.above && !r.aboveHeading) || !!r.tookAbove;
}

/**
 * How far above its row (points) a merchant printed on a line of its own may sit: a line's pitch and
 * a little. The row reader and the decoy reader (a merchant line is no decoy heading) both use it.
 */
const ABOVE_REACH = 16;

/** Whether `above` is printed just over `line`, on its page, within ABOVE_REACH: where a merchant line stands. */
export function isJustAbove(above: Line, line: Line): boolean {
  return above.page === line.page && above.y - line.y < ABOVE_REACH;
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
  // "Cartão adicional: Ana Simões - XXXX 4269", "Card ending in 4417": the heading of one card's
  // rows, never a merchant (nor, for the holder's name in it, any row's description).
  if (CARD_HEADING.test(line.text)) return false;
  // A summary box's labels ("Due Date  Credit Limit") over its values are not a merchant; one
  // amount label alone may be an issuer's row ("INTERESES DEVENGADOS" over its date row).
  if (line.cells.some((c) => isDateLabel(c.text))) return false;
  if (line.cells.length > 1 && line.cells.every((c) => isSummaryLabel(c.text))) return false;
  return !(last && line.page === last.page && lastY - line.y < 6);
}

const THREE_LETTERS = /[A-Za-z]{3}/;
/** A masked card number's last four digits, or "ending in 1234": what names a card. */
const CARD_HEADING = /(?:[xX]{4}|\*{4}|•{4})[\s-]*\d{4}\b|\bending(?: in)?\s*:?\s*\d{4}\b/i;
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
