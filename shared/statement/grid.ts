/**
 * Summary boxes printed as tables rather than "label  value" pairs:
 * - a grid, where each value sits under its label, the label often wrapped over two or three lines
 *   ("Opening / Balance", "Payment/ / Credits"): each figure looks up its own column for its label;
 * - a formula row, where the labels are strung together with the box's operators ("Previous Balance
 *   - Payments + Purchases = Total Due", or labels without operators over "5,139.30 + 28,983.41 - 3,736.60 =")
 *   and the values follow in the same order on a row below.
 * Both give candidates only; summary.ts decides between them and the figures read beside labels.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { perKey } from '../per-key.js';
import { hasDigit } from './chars.js';
import { readDateAt } from './dates.js';
import { AMOUNT_LABELS, type AmountField, IGNORE_LABEL, matchLabel, normaliseLabel } from './labels.js';
import type { ParsedAmount } from './money.js';
import { figure } from './pairs.js';

/** How a value cell is read: `figure`, or `wholeFigure` on a statement in whole units. */
type ReadFigure = (printed: string) => ParsedAmount | null;

/** A figure found in a table, with the label it was read under. */
export interface GridFigure {
  field: AmountField;
  amount: ParsedAmount;
  li: number;
  label: string;
  how: 'grid' | 'formula';
}

/** How far above a value (points) its column's label may start. */
const LABEL_REACH = 40;

/** Figures a row of values carries, with "Dr"/"Cr" marker cells joined to the amount before them. */
function valueCells(line: Line, figure: ReadFigure): Array<{ cell: Cell; amount: ParsedAmount }> {
  const out: Array<{ cell: Cell; amount: ParsedAmount }> = [];
  const cells = line.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    const next = cells[i + 1];
    if (next && /^(cr|dr)$/i.test(next.text)) {
      const merged = figure(`${cell.text} ${next.text}`);
      if (merged) {
        out.push({ cell: { text: cell.text, x0: cell.x0, x1: next.x1 }, amount: merged });
        i++;
        continue;
      }
    }
    // "7,879.62 -": the box's operator after a value, not a trailing minus (that has no space: "45,00-").
    const a = figure(cell.text.replace(OPERATOR_AFTER, ''));
    if (a) out.push({ cell, amount: a });
  }
  return out;
}

const OPERATOR_AFTER = /\s+[-+=]$/;

const overlaps = (a: Cell, b: Cell): boolean => a.x0 <= b.x1 + 4 && b.x0 <= a.x1 + 4;

/** Each figure of a value row, labelled by the text stacked above it in its own column. */
export function readGrid(
  lines: Line[],
  isRowOfTransactions: (li: number) => boolean,
  readFigure: ReadFigure = figure,
): GridFigure[] {
  const out: GridFigure[] = [];
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li] as Line;
    // A value row sits under labels, and is no transaction row: rows lead with a date. The row test
    // comes first, as the row reader's lines answer it from their mark without reading the line.
    if (isRowOfTransactions(li) || !hasDigit(line.text) || readDateAt(line.cells[0]?.text ?? '')) continue;
    if (!labelsAbove(lines, li)) continue;
    const values = valueCells(line, readFigure);
    if (values.length === 0) continue;
    for (const { cell, amount } of values) {
      const parts: string[] = [];
      for (let k = li - 1; k >= 0 && k >= li - 4; k--) {
        const up = lines[k] as Line;
        if (up.page !== line.page || up.y - line.y > LABEL_REACH) break;
        const words = wordsOver(up, cell);
        if (words === null) break; // another row of values: the column's label is not above it
        if (words === '') continue;
        parts.unshift(words);
      }
      // The longest stack of lines that reads as a label: a heading over the whole box ("ACCOUNT
      // SUMMARY") is not part of it, while a label's own first line ("Finance" over "Charges") is.
      for (let from = 0; from < parts.length; from++) {
        const text = parts.slice(from).join(' ');
        // Table labels start with a capital or a digit; "payment" under "Only the minimum" is prose.
        if (/^[a-z]/.test(text)) continue;
        const label = normaliseLabel(text);
        if (label.length < 3 || IGNORE_LABEL.test(label)) continue;
        const field = matchLabel(AMOUNT_LABELS, label);
        if (!field) continue;
        out.push({ field, amount, li, label: text, how: 'grid' });
        break;
      }
    }
  }
  return out;
}

/** A word of two letters (a constant: a literal in the loop is rebuilt per cell). */
const TWO_LETTERS = /[a-z]{2}/i;

/**
 * The words of `up`'s cells over `cell`, joined by spaces ('' when none), or null when one of
 * those cells is a figure. One pass without intermediate arrays: the filter, map and filter it
 * replaces made arrays whose element kinds changed from line to line, and the optimised reader was
 * thrown away and rebuilt every few statements.
 */
function wordsOver(up: Line, cell: Cell): string | null {
  let words = '';
  let found = false;
  for (let i = 0; i < up.cells.length; i++) {
    const c = up.cells[i] as Cell;
    if (!overlaps(c, cell)) continue;
    if (figure(c.text)) return null;
    if (!TWO_LETTERS.test(c.text) || c.text.length > 40) continue;
    words = found ? `${words} ${c.text}` : c.text;
    found = true;
  }
  return words;
}

/** True when one of the four lines above, on the same page and within reach, has a label word. */
function labelsAbove(lines: Line[], li: number): boolean {
  const line = lines[li] as Line;
  for (let k = li - 1; k >= 0 && k >= li - 4; k--) {
    const up = lines[k] as Line;
    if (up.page !== line.page || up.y - line.y > LABEL_REACH) return false;
    LABEL_STEM.lastIndex = 0;
    if (LABEL_STEM.test(up.text) || LIMIT_WORD.test(up.text)) return true;
  }
  return false;
}

/** Labels of figures that are not money movements (limits, minimums, totals) but still sit in grids. */
const LIMIT_WORD =
  /limit|minim|total|opening|closing|new|previous|available|outstanding|dues?\b|disponib|mindest|rahmen|plafond|l[ií]mite|fido|limiet/i;

/** Words of summary labels in the languages we read; a formula row has three or more of them. */
const LABEL_STEM =
  /balance|payment|credit|purchase|charge|advance|fee|interest|due|debit|saldo|solde|zahlung|gutschrift|ums|geb|zins|paiement|achat|frais|int[eé]r|pago|compra|abono|comisi|pagament|acquist|addebit|betaling|aankop|kosten|rente|juros|spend|transaction|versament|rimbors|spese|accredit|storn|prelie|prelev|contant|anticip|trasferiment|commission|gastos|cargo|cuota|efectivo|retir|disposici|traspaso|r[eè]glement|versement|rembours|avoir|retrait|d[eé]pense|belast|entgelt|bargeld|eink[aä]uf|uitgave|bested|opname|terugbetal|tegoed|despesa|estorno|saque|levantament|tarifa|encargo|comiss/gi;

/** True when a line holds at least three label words (a cheap gate before splitting labels). */
function hasLabelWords(text: string): boolean {
  LABEL_STEM.lastIndex = 0;
  let n = 0;
  while (LABEL_STEM.exec(text)) if (++n >= 3) return true;
  return false;
}

/**
 * Splits a run of label words into consecutive summary labels; null unless every word is used.
 * Printed operators ("Previous Balance - Payments + Purchase =Total Due") separate labels outright;
 * a slash joins its two words into one label ("Purchases/ Charges", "Payments / Credits"). Between
 * those, the words are covered by whole labels (a window each label pattern matches to its end)
 * with as few labels as possible: "Total Payment Due" is one label, not "Total Payment" and "Due".
 */
export function splitLabels(text: string): Array<{ field: AmountField; label: string }> | null {
  const joined = text.replace(/\s*\/\s*/g, '/');
  const segments = joined.split(/\s[-+=]\s?|\s?=\s?/).filter((x) => x.trim() !== '');
  const out: Array<{ field: AmountField; label: string }> = [];
  for (const segment of segments) {
    const words = segment.split(/\s+/).filter((w) => w !== '');
    const n = words.length;
    // best[j]: the fewest labels covering words[0, j), and how.
    const best: Array<{ cost: number; prev: number; field: AmountField | null } | null> = new Array(
      n + 1,
    ).fill(null);
    best[0] = { cost: 0, prev: -1, field: null };
    for (let j = 0; j < n; j++) {
      const here = best[j];
      if (!here) continue;
      const relax = (to: number, cost: number, field: AmountField | null) => {
        const cur = best[to];
        if (!cur || cost < cur.cost) best[to] = { cost, prev: j, field };
      };
      if (/^(and|the|of|other|total|&)$/i.test(words[j] as string)) relax(j + 1, here.cost, null);
      for (let k = 1; k <= Math.min(6, n - j); k++) {
        const field = matchWholeLabel(normaliseLabel(words.slice(j, j + k).join(' ')));
        if (field) relax(j + k, here.cost + 1, field);
      }
    }
    if (!best[n]) return null;
    const labels: Array<{ field: AmountField; label: string }> = [];
    for (let j = n; j > 0; ) {
      const step = best[j] as { prev: number; field: AmountField | null };
      if (step.field) labels.unshift({ field: step.field, label: words.slice(step.prev, j).join(' ') });
      j = step.prev;
    }
    out.push(...labels);
  }
  return out.length >= 3 ? out : null;
}

/** The field whose label pattern matches the whole label, not just its start. */
function matchWholeLabel(label: string): AmountField | null {
  for (const r of AMOUNT_LABELS) {
    const m = r.re.exec(label);
    if (m && m[0] === label) return r.field;
  }
  return null;
}

/** How far (points) the two lines of one column heading stand apart, at most. */
const HEADING_LINE_GAP = 16;

/**
 * The second line of a grid's two-line headings ("Previous / Statement Balance", "Payments / and
 * Credits"): under a line of words without figures whose cells start where two or more of its own
 * do. Its words alone ("Statement Balance and Credits & Fees Transfers") read as labels the grid
 * reader has already read whole, never as a formula row of their own.
 */
function isSecondHeaderLine(lines: Line[], li: number): boolean {
  const line = lines[li] as Line;
  const above = lines[li - 1];
  if (!above || above.page !== line.page || above.y - line.y > HEADING_LINE_GAP || hasDigit(above.text))
    return false;
  let aligned = 0;
  for (const cell of line.cells) if (above.cells.some((a) => Math.abs(a.x0 - cell.x0) <= 2)) aligned++;
  return aligned >= 2;
}

/**
 * A formula row: one line of three or more labels (one cell, or a few) with values in the same
 * order on one of the next three lines; the operators printed between values are skipped.
 */
export function readFormula(lines: Line[], rowsAt?: Uint8Array): GridFigure[] {
  const out: GridFigure[] = [];
  // hasLabelWords asked once per text: the lines without digits are mostly page headers, on every page.
  const labelWords = perKey(hasLabelWords);
  for (let li = 0; li < lines.length - 1; li++) {
    // A row the row reader took has digits (its date): passed over without reading it.
    if (rowsAt?.[li] === 1) continue;
    const line = lines[li] as Line;
    if (hasDigit(line.text) || line.text.length > 300 || !labelWords(line.text)) continue;
    if (isSecondHeaderLine(lines, li)) continue;
    // The labels may fill the row or one cell of it (with a note printed beside the box).
    let labels = splitLabels(line.cells.map((c) => c.text).join(' '));
    for (const cell of line.cells) labels ??= splitLabels(cell.text);
    if (!labels) continue;
    for (let k = li + 1; k < lines.length && k <= li + 4; k++) {
      const below = lines[k] as Line;
      if (below.page !== line.page || line.y - below.y > 60) break;
      const values = valueCells(below, figure).filter((v) => !/^\d{1,2}$/.test(v.cell.text));
      if (values.length < labels.length) continue;
      labels.forEach((l, i) => {
        const v = values[i];
        if (v) out.push({ field: l.field, amount: v.amount, li: k, label: l.label, how: 'formula' });
      });
      break;
    }
  }
  return out;
}
