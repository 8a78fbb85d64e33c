/**
 * Lines and cells of the scan text. Extracted rows join their cells with two spaces and
 * `pdftotext -layout` pads columns with runs of spaces, so two or more spaces (or a tab) separate
 * side-by-side columns: an address block beside the issuer's box is still found cell by cell.
 */

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

const DATE_START =
  /^\s*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2} [A-Za-z]{3,9}\.?(?: \d{2,4})?|[A-Za-z]{3,9}\.? \d{1,2}(?:, \d{4})?)(?=\s|$)/;
/** The slow twin of endsWithAmount (the spec its tests compare against). */
export const AMOUNT_END = /\d[\d,.' ]*[.,]\d{2}(?:\s*(?:CR|DR|Cr|Dr|C|D|[-+]))?\s*$/;

/** True for a transaction row: starts with a date and ends with an amount (merchant text lives here). */
export function isTransactionRow(line: string): boolean {
  return DATE_START.test(line) && endsWithAmount(line);
}

/** True for a row that ends with an amount (a transaction row whose date column we did not read). */
export function endsWithAmount(line: string): boolean {
  // Unanchored at its start, the pattern would rescan a long line of digits from every position.
  return AMOUNT_END.test(line.trimEnd().slice(-40));
}
