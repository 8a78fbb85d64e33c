/**
 * Reads the summary box: figures beside their label ("Previous Balance  $4,233.99"), inside one cell
 * ("New Balance: $5,084.29"), or below it (label above value, as in boxes of several columns).
 * The first occurrence of a field wins: statements repeat the box on the payment coupon.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { type DateToken, findDates, readDateAt } from './dates.js';
import {
  AMOUNT_LABELS,
  type AmountField,
  DATE_LABELS,
  type DateField,
  IGNORE_LABEL,
  matchLabel,
  normaliseLabel,
} from './labels.js';
import { type ParsedAmount, parseAmount } from './money.js';

export interface SummaryFigures {
  amounts: Partial<Record<AmountField, ParsedAmount>>;
  dates: Partial<Record<DateField, DateToken[]>>;
}

/** A label followed, inside the same cell, by its value: "New Balance: $5,084.29". */
const INLINE_VALUE = /^(.*?[A-Za-z)`'’.:])\s*[:=]?\s+(\S.*)$/;
/** How far below a label (in points) its value may sit. */
const BELOW_REACH = 42;

/** Fields that describe the same money: once one is read, a later "below" value must not add the other. */
const SAME_MONEY: Partial<Record<AmountField, AmountField>> = {
  payments: 'paymentsAndCredits',
  paymentsAndCredits: 'payments',
};

/**
 * Collects every labelled figure and date. Values on the label's own row are read first, over the
 * whole document; only then do still-missing fields look below their label, so a wrapped sentence
 * ("Only the minimum / payment  $189") cannot beat the real "Payment, Credits  -$4,233.99" row.
 */
export function readSummary(lines: Line[]): SummaryFigures {
  const out: SummaryFigures = { amounts: {}, dates: {} };
  for (const pass of ['row', 'below'] as const) {
    for (let li = 0; li < lines.length; li++) {
      const cells = (lines[li] as Line).cells;
      // A transaction row is not a summary row, whatever its description says.
      if (isTransactionRow(lines[li] as Line)) continue;
      for (let ci = 0; ci < cells.length; ci++) {
        const cell = cells[ci] as Cell;
        const split = splitInline(cell.text);
        const label = normaliseLabel(split.label);
        if (label.length < 3 || label.length > 60 || IGNORE_LABEL.test(label)) continue;
        const dateField = matchLabel(DATE_LABELS, label);
        const amountField = dateField ? null : matchLabel(AMOUNT_LABELS, label);
        if (!dateField && !amountField) continue;
        const rowRest = [split.value, ...cells.slice(ci + 1).map((c) => c.text)].filter((t) => t !== '');
        const bare = split.value === '' && !continuesText(lines, li, cell);
        // Dates are read in the first pass, row then below: their labels are unambiguous.
        if (dateField && pass === 'row' && !out.dates[dateField]) {
          const dates = datesIn(rowRest) ?? (bare ? datesBelow(lines, li, cell) : null);
          if (dates) out.dates[dateField] = dates;
        }
        if (pass === 'below' && !bare) continue;
        if (amountField && !out.amounts[amountField]) {
          const twin = SAME_MONEY[amountField];
          if (pass === 'below' && twin && out.amounts[twin]) continue;
          const amount = pass === 'row' ? firstAmount(rowRest) : amountBelow(lines, li, cell);
          if (amount) out.amounts[amountField] = amount;
        }
      }
    }
  }
  return out;
}

/** A row that starts with a date and has words after it: a transaction, not a row of values. */
function isTransactionRow(line: Line): boolean {
  const first = line.cells[0];
  const lead = first ? readDateAt(first.text) : null;
  if (!lead) return false;
  const words = [lead.rest, ...line.cells.slice(1).map((c) => c.text)].filter((t) => !readDateAt(t));
  return words.some((t) => /[a-z]{3}/i.test(t));
}

/** True when the cell is the second line of wrapped text (the row just above has words over it). */
function continuesText(lines: Line[], li: number, cell: Cell): boolean {
  const line = lines[li] as Line;
  const prev = lines[li - 1];
  if (!prev || prev.page !== line.page || prev.y - line.y > 12) return false;
  return prev.cells.some(
    (c) => c.x0 < cell.x1 && cell.x0 < c.x1 && /[a-z]{3}/i.test(c.text) && !parseAmount(c.text),
  );
}

/**
 * A summary figure as printed: with decimals, or a whole amount that is clearly money ("$31,700",
 * "10,000") — never a bare short number like "(5$)" or the "7320" of a card number.
 */
function figure(text: string): ParsedAmount | null {
  const a = parseAmount(text);
  if (!a) return null;
  if (a.hasDecimals) return a;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 3 && (a.currency !== null || /\d[,.]\d{3}\b/.test(text)) ? a : null;
}

function splitInline(text: string): { label: string; value: string } {
  if (figure(text)) return { label: '', value: text };
  const m = INLINE_VALUE.exec(text);
  if (m) {
    // Peel values off the end: "New Balance: $5,084.29", "Payment Due Date: 02/28/24".
    const words = text.split(/\s+/);
    for (let k = 1; k < words.length && k <= 4; k++) {
      const value = words.slice(words.length - k).join(' ');
      if (figure(value) || readDateAt(value)) {
        return { label: words.slice(0, words.length - k).join(' '), value };
      }
    }
  }
  return { label: text, value: '' };
}

/** The first cell of the rest of a row that is an amount; stops at the next label. */
function firstAmount(texts: string[]): ParsedAmount | null {
  for (const t of texts) {
    const a = figure(t);
    if (a) return a;
    const label = normaliseLabel(t);
    if (/[a-z]{3}/.test(label) && matchLabel(AMOUNT_LABELS, label)) return null;
    if (/[a-z]{4}/.test(label)) return null; // words, not a value: the row moved on
  }
  return null;
}

function datesIn(texts: string[]): DateToken[] | null {
  const dates = findDates(texts.join('  '));
  return dates.length > 0 ? dates : null;
}

function overlaps(a: Cell, b: Cell): boolean {
  return a.x0 <= b.x1 + 8 && b.x0 <= a.x1 + 8;
}

/** The value printed under a label: the first amount cell overlapping it within reach, not in a transaction row. */
function amountBelow(lines: Line[], li: number, label: Cell): ParsedAmount | null {
  const top = lines[li] as Line;
  for (let k = li + 1; k < lines.length && k <= li + 5; k++) {
    const next = lines[k] as Line;
    if (next.page !== top.page || top.y - next.y > BELOW_REACH) return null;
    if (isTransactionRow(next)) return null;
    for (const c of next.cells) {
      if (!overlaps(c, label)) continue;
      const a = figure(c.text);
      if (a) return a;
      if (/[a-z]{4}/i.test(c.text)) return null; // another label under this one
    }
  }
  return null;
}

function datesBelow(lines: Line[], li: number, label: Cell): DateToken[] | null {
  const top = lines[li] as Line;
  for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
    const next = lines[k] as Line;
    if (next.page !== top.page || top.y - next.y > BELOW_REACH) return null;
    for (const c of next.cells) {
      if (!overlaps(c, label)) continue;
      const dates = findDates(c.text);
      if (dates.length > 0) return dates;
    }
  }
  return null;
}
