/**
 * Tables whose figures are not the statement's: reward points and cashback, worked examples of
 * interest ("Sample Illustration of Interest Calculations", "e.g. a purchase of Rs.10,000"),
 * instalment (EMI) schedules. Their labels read like the summary's ("Opening Balance", "Total Amount
 * Due: Rs.10,000", "Payment Due Date: February 18, 2021"), so the summary reader must not take them.
 * A zone starts at such a heading and runs over the block of lines printed close under it.
 */
import type { Line } from '../pdf/layout.js';
import { hasDigit } from './chars.js';
import { isJustAbove } from './merchant-lines.js';

/** Words that name a decoy table in its heading or in the label itself, in the languages we read. */
export const DECOY_WORDS =
  /\b(points?|rewards?|cash ?back|samples?|examples?|e\.g|illustrative|emi|instal?l?ments?|miles|(bonus)?punkte|puntos|punti|pontos|(spaar)?punten|pr[aä]mien|meilen|millas|miglia|milhas|beispiel|ejemplo|esempio|exemplo|voorbeeld|exemple)\b|\billustration of\b|\binterest calculation|\b(raten(plan|zahlung)?|teilzahlung\w*|tilgung\w*|restschuld|aflossing\w*|termijnen|ammortamento|rateizzazione|amortissement|amortizaci[oó]n|plan de (pagos|cuotas)|parcelamento)\b|ch[ée]ancier|presta[cç][oõ]es\b|\bloyalty\b|\bfid[eé]lit[eé]|\bfidelidade?\b|\bfedelt[aà]|\btreue(programm|punkte)?\b|\bloyaliteit\b/i;

const CARD_NAME = /\b(card|visa|mastercard|amex|statement|account)\b/i;

/**
 * A heading: no digits, no address or email, and either short or opening with the decoy word
 * ("Sample Illustration of Interest Calculations …"); a sentence that ends "For example:" is prose.
 */
function isDecoyHeading(text: string): boolean {
  const words = wordCount(text);
  if (words > 12 || !DECOY_WORDS.test(text) || NOT_A_HEADING.test(text)) return false;
  // "Platinum Rewards Mastercard Statement" names the card, not a rewards table.
  if (CARD_NAME.test(text)) return false;
  return words <= 6 || DECOY_WORDS.exec(text)?.index === 0;
}

/** A digit, an email's @ or a web address's dot: an address or a figure, not a heading. */
const NOT_A_HEADING = /[\d@]|\.[a-z]{2}/i;

/** `text.split(' ').length`, without the array: every short line of the statement is asked. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** The largest gap (points) between lines of one block. */
const BLOCK_GAP = 24;

/**
 * For each line, whether it lies in a decoy zone (see the file comment). The rows the row reader
 * took (`rowsAt`) hold a date, so none is a heading: only their position is read.
 */
export function decoyZones(lines: Line[], rowsAt?: Uint8Array): boolean[] {
  const zone: boolean[] = new Array(lines.length).fill(false);
  let open = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const prev = lines[li - 1];
    if (open && (!prev || prev.page !== line.page || prev.y - line.y > BLOCK_GAP)) open = false;
    // A heading stands alone: a row of the box ("Paid via points  -  0.00") is not one, nor are
    // words printed right over a transaction row ("IGST ON EMI INTEREST" above its date row): a
    // layout's merchant line, which a decoy zone opened there would stretch over what follows.
    if (
      rowsAt?.[li] !== 1 &&
      line.cells.length <= 2 &&
      !hasDigit(line.text) &&
      !overRow(lines, li, rowsAt) &&
      line.cells.some((c) => isDecoyHeading(c.text))
    )
      open = true;
    zone[li] = open;
  }
  return zone;
}

/** Whether the next line is a transaction row the reader took, printed close under line `li`. */
function overRow(lines: Line[], li: number, rowsAt?: Uint8Array): boolean {
  const line = lines[li] as Line;
  const next = lines[li + 1];
  return rowsAt?.[li + 1] === 1 && next !== undefined && isJustAbove(line, next);
}

/** A label inside a sentence of terms ("Purchase: Rs.10,000 on January 15, 2021 …") is prose, not the box. */
export function isProse(line: Line): boolean {
  return line.cells.length === 1 && wordCount(line.text) > 8;
}
