/**
 * Lines and cells of the scan text. Extracted rows join their cells with two spaces and
 * `pdftotext -layout` pads columns with runs of spaces, so two or more spaces (or a tab) separate
 * side-by-side columns: an address block beside the issuer's box is still found cell by cell.
 */
import { WEEKDAY_PREFIX } from '../weekdays.js';

export interface TextCell {
  text: string;
  /** Scan offsets of the cell's trimmed text. */
  start: number;
  end: number;
  /** Offset from the start of its line: a rough column position. */
  col: number;
}

export interface TextLine {
  text: string;
  start: number;
  cells: TextCell[];
}

/** Splits text into lines, and each line into cells separated by 2+ spaces or tabs. */
export function toLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const cells: TextCell[] = [];
    const re = /\S+(?: \S+)*/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      cells.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length, col: m.index });
    }
    lines.push({ text: raw, start, cells });
    start += raw.length + 1;
  }
  return lines;
}

/** The cell of `line` nearest in column to `col` (the same column of a neighbouring row). */
export function cellNear(line: TextLine | undefined, col: number): TextCell | undefined {
  if (!line) return undefined;
  let best: TextCell | undefined;
  for (const c of line.cells) {
    // A cell "covers" the column when it starts before it and reaches it, else distance to its start.
    const d = c.col <= col && col < c.col + c.text.length ? 0 : Math.abs(c.col - col);
    if (!best || d < (best.col <= col && col < best.col + best.text.length ? 0 : Math.abs(best.col - col))) {
      best = c;
    }
  }
  return best;
}

// A date leading a row: 05/11, 05.11.2026, 05.11. (no year), 05-Nov-26, 05/Nov/2026, 2026-11-05,
// 2026/11/05 (2026/11/5 too, as the engine reads it), 05NOV26, 5 Nov 2026, 05 Nov'26, Nov 05, 2026;
// with a footnote mark against it ("01/15/25*"), or its weekday before it ("Mon 05 Jan", "Mo., 05.01.2026").
const DATE_START = new RegExp(
  String.raw`^\s*(?:${WEEKDAY_PREFIX})?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\.\d{1,2}\.|\d{4}([-/.])\d{2}\1\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}[-./][A-Za-z]{3,9}\.?[-./]\d{2,4}|\d{1,2}[A-Za-z]{3}\d{2}(?:\d{2})?|\d{1,2} [A-Za-z]{3,9}\.?(?:(?: |['’])\d{2,4})?|[A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?)[*†‡]?(?=\s|$)`,
  'i',
);
/**
 * The slow twin of endsWithAmount (the spec its tests compare against): an amount with cents, its
 * closing bracket, a currency mark after it ("874,83 S$", "-79,83 EUR") and a Cr/Dr or sign.
 */
export const AMOUNT_END =
  /\d[\d,.' ]*[.,]\d{2}\)?(?:\s*(?:[A-Z]{1,2}\$|[$€£¥₹]|Rs\.?|[A-Z]{3}))?(?:\s*(?:CR|DR|Cr|Dr|C|D|[-+]))?\s*$/;

/** True for a transaction row: starts with a date and ends with an amount (merchant text lives here). */
export function isTransactionRow(line: string): boolean {
  return DATE_START.test(line) && endsWithAmount(line);
}

// A date on its own in a cell: 05/11, 05/11/2026, 05.11.2026, 05.11., 2026-11-05, 2026/11/05, 5 Nov,
// 5. März 2026, Nov 05. Also 05-Nov-2026, 05/Nov/2026, 05NOV26, 05 Nov'26, a footnote mark against
// any of them ("01/15/25*"), the weekday before any of them ("Mon 05 Jan"), and any of them with the
// time of day after it ("13/10/2023 18:36:42").
const DATE_CELL = new RegExp(
  String.raw`^(?:${WEEKDAY_PREFIX})?(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{4}([-/.])\d{2}\1\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}[-./]\p{L}{3,9}\.?[-./]\d{2,4}|\d{1,2}\p{L}{3}\d{2}(?:\d{2})?|\d{1,2}\.? \p{L}{3,9}\.?(?:(?: |['’])\d{2,4})?|\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)[*†‡]?(?: \d{1,2}:\d{2}(?::\d{2})?)?$`,
  'iu',
);
// Amounts without decimals (yen, "93,506") end table rows too.
const WHOLE_AMOUNT_END = /(?:^|\s)[-(]?\d{1,3}(?:[,.' ]\d{3})+\)?(?:\s*(?:CR|DR|Cr|Dr|-))?\s*$/;

/**
 * True for any row of a transaction table: a transaction row, or a row that ends with an amount and
 * has a date cell elsewhere (a reference, category or merchant column first). Names, addresses and
 * long digit runs are not looked for in such rows: their cells are merchant text. Letter-spaced
 * cells ("3 5 . 6 0  D R") are read closed up.
 */
export function isTableRow(line: string): boolean {
  if (isTransactionRow(line)) return true;
  const cells = line
    .trim()
    .split(/\s{2,}|\t/)
    .map((c) => (/^(?:\S )+\S$/.test(c) ? c.replace(/ /g, '') : c));
  const closed = cells.join('  ');
  if (!endsWithAmount(closed) && !WHOLE_AMOUNT_END.test(closed.slice(-40))) return false;
  return cells.some((cell) => DATE_CELL.test(cell));
}

/**
 * Starts of the lines of transaction tables: the table rows, and a merchant line printed between
 * them (above its date row, maybe after a foreign-amount line of the row before).
 */
export function tableLineStarts(lines: TextLine[]): Set<number> {
  const rows = lines.map((l) => isTableRow(l.text));
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (rows[i] || (rows[i + 1] && (rows[i - 1] || rows[i - 2]))) out.add(l.start);
  });
  return out;
}

/** True for a row that ends with an amount (a transaction row whose date column we did not read). */
export function endsWithAmount(line: string): boolean {
  // Unanchored at its start, the pattern would rescan a long line of digits from every position.
  return AMOUNT_END.test(line.trimEnd().slice(-40));
}
