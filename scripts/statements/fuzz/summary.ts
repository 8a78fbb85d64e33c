/**
 * The summary box in four forms: a label-left/value-right list, a grid of labels above values, a
 * horizontal table (labels in a header row, possibly on two lines, values below), and a formula row
 * with printed + - = operators. Heights are known before drawing; widths are measured while drawing.
 */
import { type FigureField, paymentInfo, printedFigures } from './expected.js';
import type { FuzzModel } from './model.js';
import type { FuzzPainter } from './painter.js';
import { formatDay, formatNumber, summaryValue, withMark } from './printing.js';

/** A block of page 1: its height is fixed before drawing, so the table below it can be planned. */
export interface Block {
  height: number;
  draw(p: FuzzPainter, x: number, y: number): void;
}

interface Pair {
  label: string;
  value: string;
  /** Equation fields carry an operator in the formula form. */
  op?: string;
}

/** A label followed by dot leaders that run to just before its value, `width` from the label's start. */
function withLeaders(p: FuzzPainter, pair: Pair, width: number, bold: boolean): string {
  const room = width - p.width(pair.value, { bold }) - 8 - p.width(`${pair.label} `);
  const dots = Math.floor(room / p.width('.'));
  return dots >= 3 ? `${pair.label} ${'.'.repeat(dots)}` : pair.label;
}

/** Splits a label into two balanced lines at a space (two-line table headers). */
function twoLines(label: string): [string, string] {
  const words = label.split(' ');
  if (words.length < 2) return [label, ''];
  let best = 1;
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(words.slice(0, i).join(' ').length - words.slice(i).join(' ').length);
    if (diff < bestDiff) [best, bestDiff] = [i, diff];
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

function equationPairs(m: FuzzModel): Pair[] {
  return printedFigures(m).map((f) => ({
    label: m.layout.labels[f.label],
    value: figureText(m, f.field, f.cents),
    op: f.op,
  }));
}

function figureText(m: FuzzModel, field: FigureField, cents: number): string {
  if (field === 'newBalance' || field === 'previousBalance') return summaryValue(m.layout, cents);
  // Some boxes print payments and credits with the credit sign ("-$4,233.99", "3.714,52- €").
  if ((field === 'payments' || field === 'credits') && m.layout.summary.signedCredits && cents > 0)
    // Round 14: where rows mark credits with a plus, the box does too ("+₹5,000.00").
    return m.layout.plusCredits
      ? `+${withMark(m.layout, formatNumber(m.layout, cents))}`
      : summaryValue(m.layout, -cents);
  return withMark(m.layout, formatNumber(m.layout, cents));
}

function infoPairs(m: FuzzModel): Pair[] {
  const l = m.layout;
  const info = paymentInfo(m);
  const out: Pair[] = [];
  const money = (c: number): string => withMark(l, formatNumber(l, c));
  if (info.minimumPayment !== null)
    out.push({ label: l.labels.minimumPayment, value: money(info.minimumPayment) });
  if (info.dueDate !== null)
    out.push({ label: l.labels.dueDate, value: formatDay(l, info.dueDate, l.summaryDateFormat) });
  if (info.creditLimit !== null) out.push({ label: l.labels.creditLimit, value: money(info.creditLimit) });
  if (info.availableCredit !== null)
    out.push({ label: l.labels.availableCredit, value: money(info.availableCredit) });
  return out;
}

/** Splits a list into runs of `n`. */
function chunk<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/**
 * How many cells of a horizontal table fit across `width`, estimated from character counts
 * (0.62 em per character for Courier, 0.55 for the proportional fonts' bold), so heights are known
 * before drawing.
 */
function perRow(
  pairs: readonly Pair[],
  width: number,
  size: number,
  opts: { two: boolean; ops: boolean; courier: boolean },
): number {
  const em = size * (opts.courier ? 0.62 : 0.55);
  let widest = 0;
  for (const pair of pairs) {
    const label = opts.two ? Math.max(...twoLines(pair.label).map((s) => s.length)) : pair.label.length;
    widest = Math.max(widest, Math.max(label, pair.value.length) * em + (opts.ops ? size * 1.2 : 0) + 10);
  }
  return Math.max(2, Math.min(pairs.length, Math.floor(width / Math.max(1, widest))));
}

/** Draws pairs as a horizontal table (labels over values), shrinking the font until every cell fits. */
function horizontal(
  p: FuzzPainter,
  pairs: Pair[],
  x: number,
  y: number,
  width: number,
  opts: { two: boolean; ops: boolean; cells: number; opsAfter?: boolean },
): void {
  const lh = p.base * 1.5;
  const cw = width / Math.max(1, opts.cells, pairs.length);
  // Cells keep a gap between values, so an extractor never merges two figures into one.
  const opW = opts.ops ? p.base * 1.2 : 0;
  let size = p.base;
  for (const pair of pairs) {
    const lines = opts.two ? twoLines(pair.label) : [pair.label];
    const widest = Math.max(...lines.map((s) => p.width(s, { bold: true })), p.width(pair.value));
    size = Math.min(size, (p.base * (cw - opW - 10)) / Math.max(1, widest));
  }
  size = Math.max(4.5, size);
  p.fill(x, y - 2, width, (opts.two ? 2 : 1) * lh + 1);
  let prevEnd = x;
  pairs.forEach((pair, i) => {
    const cx = x + i * cw + opW;
    const lines = opts.two ? twoLines(pair.label) : [pair.label];
    lines.forEach((s, k) => {
      p.text(s, cx, y + k * lh, { bold: true, size });
    });
    const vy = y + (opts.two ? 2 : 1) * lh + 2;
    // An operator printed right after the figure before it reads "40,803.31 -" to an extractor.
    const opX = opts.opsAfter && i > 0 ? prevEnd + 3 : x + i * cw;
    if (opts.ops && pair.op) p.text(pair.op, opX, vy, { bold: true, size: p.base + 1 });
    p.text(pair.value, cx, vy, { size });
    prevEnd = cx + p.width(pair.value, { size });
  });
}

/** The summary block of a fuzzed statement for the given width. */
export function summaryBlock(m: FuzzModel, width: number): Block {
  const l = m.layout;
  const lh = l.fontSize * 1.5;
  const eq = equationPairs(m);
  const info = infoPairs(m);
  const title = (p: FuzzPainter, x: number, y: number): void => {
    p.text(l.summaryTitle, x, y, { bold: true, size: l.fontSize + 2 });
  };
  switch (l.summary.form) {
    case 'list': {
      const pairs = [...eq, ...info];
      return {
        height: lh * (pairs.length + 2),
        draw: (p, x, y) => {
          title(p, x, y);
          pairs.forEach((pair, i) => {
            const yy = y + lh * (i + 1.5);
            const bold = pair === eq[eq.length - 1];
            const right = x + Math.min(width, 300);
            p.text(l.leaders ? withLeaders(p, pair, right - x, bold) : pair.label, x, yy);
            p.right(pair.value, right, yy, { bold });
          });
        },
      };
    }
    case 'grid': {
      const pairs = [...eq, ...info];
      const perRow = width > 400 ? 5 : 2;
      const rows = Math.ceil(pairs.length / perRow);
      const boxH = lh * 2.6;
      return {
        height: lh * 1.6 + rows * (boxH + 4) + lh,
        draw: (p, x, y) => {
          title(p, x, y);
          const bw = width / perRow;
          pairs.forEach((pair, i) => {
            const bx = x + (i % perRow) * bw;
            const by = y + lh * 1.6 + Math.floor(i / perRow) * (boxH + 4);
            p.box(bx, by, bw - 5, boxH);
            // Long labels shrink to fit their box rather than run into the next one.
            const fitted = (s: string, size: number, bold: boolean): number =>
              Math.min(size, (size * (bw - 13)) / Math.max(1, p.width(s, { size, bold })));
            p.text(pair.label, bx + 4, by + 3, { size: fitted(pair.label, l.fontSize - 0.5, false) });
            p.text(pair.value, bx + 4, by + 3 + lh * 1.1, {
              bold: true,
              size: fitted(pair.value, l.fontSize + 1, true),
            });
          });
        },
      };
    }
    case 'table':
    case 'formula': {
      const two = l.summary.twoLineHeaders;
      const ops = l.summary.form === 'formula';
      const tableH = lh * ((two ? 2 : 1) + 1) + 4;
      // As many cells per row as fit without shrinking much (a wide font gets two rows).
      const courier = l.font === 'courier';
      const eqPer = perRow(eq, width, l.fontSize, { two, ops, courier });
      const infoPer = perRow(info, width, l.fontSize, { two: false, ops: false, courier });
      const rows = [...chunk(eq, eqPer), ...chunk(info, infoPer)];
      const eqRows = chunk(eq, eqPer).length;
      const heightOf = (i: number): number => (i < eqRows ? tableH : lh * 2 + 4) + lh * 0.8;
      return {
        height: lh * 1.6 + rows.reduce((sum, _, i) => sum + heightOf(i), 0) + lh,
        draw: (p, x, y) => {
          title(p, x, y);
          let yy = y + lh * 1.6;
          rows.forEach((pairs, i) => {
            const isEq = i < eqRows;
            horizontal(p, pairs, x, yy, width, {
              opsAfter: l.summary.opsAfterValue,
              two: isEq && two,
              ops: isEq && ops,
              cells: isEq ? eqPer : infoPer,
            });
            yy += heightOf(i);
          });
        },
      };
    }
  }
}
