/**
 * Send less: of the statement text, keep only what an extraction needs, the transaction lines and
 * the summary figures with their labels, dates and rates. Rewards boxes, warnings, terms, marketing,
 * addresses and scan lines (OMR codes, page footers) are most of a statement and none of the
 * answer. The rules are about lines in general, not about any issuer:
 * - a line that starts with a date and carries an amount is a transaction;
 * - a short line (a label and its value) with a summary word and an amount, a date or a rate is a figure;
 * - a bare value directly under a short label is that label's figure (layouts that stack them);
 * - a short line with no digits naming a transaction kind is a section heading (it types the rows below).
 * What trimming gets wrong only costs an extraction that fails the proof, never a wrong answer.
 */
import { keepRedactedLines, type Redacted } from '../privacy/prepare.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** 01/28, 28.01.2025, 2025-01-28, 28 Jan, Jan 28. */
const DATE = new RegExp(
  `\\b(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s?${MONTH}(?:\\s?\\d{2,4})?|${MONTH}\\s?\\d{1,2}(?:,?\\s?\\d{4})?)\\b`,
  'i',
);
const LEADING_DATE = new RegExp(`^\\W{0,3}${DATE.source}`, 'i');
/** An amount with cents (1,234.56 / 1.234,56 / 1 234,56) or with a currency sign. */
const AMOUNT = /\d[\d,.\s\u00a0']*[.,]\d{2}(?!\d)|[$€£¥₹]\s?-?\d|\d\s?[$€£¥₹]/;
const RATE = /\d(?:[.,]\d+)?\s?%/;
const SUMMARY_WORD =
  /\b(?:balance|payments?|credits?|purchases?|debits?|charges?|fees?|interest|cash|advances?|transfers?|due|minimum|limit|available|apr|rate|period|statement|closing|opening|billing|saldo|total|amount|new|previous)\b/i;
/** Sums that are about something else: rewards, the minimum-payment warning table, year-to-date. */
const NOT_THE_ACCOUNT =
  /\b(?:points?|miles|rewards?|cash ?back|bonus|years?|estimated|savings|year-to-date|ytd|warning|in (?:19|20)\d{2})\b/i;
const KIND_WORD =
  /\b(?:payments?|credits?|purchases?|debits?|fees?|interest|cash advances?|balance transfers?|transactions?|activity|charges?)\b/i;
const BARE_VALUE = new RegExp(`^[-+(]?\\s*(?:${AMOUNT.source}|${DATE.source})[^a-z]*$`, 'i');

/** The number of words a label-and-value line has at most; prose is longer. */
const SHORT = 8;

/** The text to send and what it tells us about the answer's size. */
export interface Trimmed {
  text: Redacted;
  /** Lines that look like transactions (date first, amount present): sizes max_tokens. */
  transactionLines: number;
}

/** The lines of `text` an extraction needs, in their order. */
export function trimStatementText(text: Redacted): Trimmed {
  let transactionLines = 0;
  const kept = keepRedactedLines(text, (lines) => {
    const marks = chooseLines(lines);
    transactionLines = marks.transactionLines;
    return marks.keep;
  });
  return { text: kept, transactionLines };
}

/** Which lines (white space already collapsed) an extraction needs, and how many are transactions. */
function chooseLines(lines: readonly string[]): { keep: boolean[]; transactionLines: number } {
  const keep = new Array<boolean>(lines.length).fill(false);
  let transactionLines = 0;
  lines.forEach((line, i) => {
    if (line === '') return;
    const words = line.split(' ').length;
    const hasAmount = AMOUNT.test(line);
    if (LEADING_DATE.test(line) && hasAmount && !NOT_THE_ACCOUNT.test(line)) {
      keep[i] = true;
      transactionLines++;
      return;
    }
    const isLabel = (l: string) =>
      l.split(' ').length <= SHORT && SUMMARY_WORD.test(l) && !NOT_THE_ACCOUNT.test(l);
    if (isLabel(line) && (hasAmount || DATE.test(line) || RATE.test(line))) {
      keep[i] = true;
      return;
    }
    if (BARE_VALUE.test(line) && i > 0 && isLabel(lines[i - 1] ?? '')) {
      keep[i] = true;
      keep[i - 1] = true;
      return;
    }
    // A heading starts with a capital and ends without punctuation ("Payments and Other Credits").
    const heading = words <= 5 && /^[A-Z]/.test(line) && !/[\d:.,;]$/.test(line) && !/\d/.test(line);
    if (heading && KIND_WORD.test(line) && !NOT_THE_ACCOUNT.test(line)) keep[i] = true;
  });
  return { keep, transactionLines };
}
