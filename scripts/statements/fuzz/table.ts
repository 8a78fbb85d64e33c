/**
 * The transaction table of a fuzzed statement: cells per column (dates, description, reference,
 * category, points, amounts in the layout's sign convention, foreign amounts), card and section
 * headings, wrapped and merchant-above rows; columns are sized from their contents when drawn.
 */
import type { ColumnKind } from './layout-types.js';
import type { FuzzModel, FuzzTransaction } from './model.js';
import type { FuzzPainter } from './painter.js';
import { amountHeader, creditWord, formatDay, formatNumber, tableAmount } from './printing.js';
import { type SectionField, vocabulary } from './vocabulary.js';

/** A printed column: the layout's kinds, with `amount` split into debit and credit when drawn so. */
export type Col = Exclude<ColumnKind, 'amount'> | 'amount' | 'debit' | 'credit' | 'balance';

const NUMERIC: ReadonlySet<Col> = new Set([
  'amount',
  'debit',
  'credit',
  'points',
  'foreignAmount',
  'balance',
]);

/** One text line of a table row: cells by column, or a heading across the table. */
export interface TableLine {
  cells?: Partial<Record<Col, string>>;
  heading?: string;
  dim?: boolean;
}

/** A row of the flowed table (a transaction with its extra lines, or a heading). */
export interface TableRow {
  lines: TableLine[];
  keepWithNext: boolean;
  /** A transaction row's signed amount, so a page break can print the running balance. */
  cents?: number;
}

/** The printed columns in order. */
export function printedColumns(m: FuzzModel): Col[] {
  const cols = m.layout.columns.flatMap((c): Col[] =>
    c === 'amount' && m.layout.sign === 'debit-credit-columns' ? ['debit', 'credit'] : [c],
  );
  return m.layout.runningBalance ? [...cols, 'balance'] : cols;
}

/** Header text of each column. */
export function headerText(m: FuzzModel, c: Col): string {
  const h = m.layout.columnHeaders;
  if (c === 'amount') return amountHeader(m.layout);
  if (c === 'balance') return m.layout.runningBalance ?? '';
  // Separate debit and credit columns carry the currency a header-only layout names.
  if ((c === 'debit' || c === 'credit') && m.layout.currencyMark === 'header-only')
    return `${h[c]} (${m.layout.currency})`;
  return h[c];
}

function foreignText(m: FuzzModel, tx: FuzzTransaction): string {
  if (!tx.foreign) return '';
  const n = formatNumber(
    { amountFormat: m.layout.amountFormat === 'indian' ? 'comma-dot' : m.layout.amountFormat, decimals: 2 },
    tx.foreign.amount,
  );
  return m.layout.seed % 2 ? `${tx.foreign.currency} ${n}` : `${n} ${tx.foreign.currency}`;
}

function transactionRow(m: FuzzModel, tx: FuzzTransaction, balance: number): TableRow {
  const l = m.layout;
  const amt = tableAmount(l, tx.amount);
  const main: Partial<Record<Col, string>> = {
    balance: l.runningBalance ? balanceText(l, balance) : '',
    date: formatDay(l, tx.date),
    postDate: formatDay(l, tx.postDate),
    description: tx.description,
    reference: tx.ref,
    category: tx.categoryLabel,
    points: tx.points > 0 ? String(tx.points) : '',
    foreignAmount: l.foreign === 'column' ? foreignText(m, tx) : '',
    [amt.column]: amt.text,
  };
  const lines: TableLine[] = [];
  if (l.merchantAbove) {
    lines.push({ cells: { description: tx.description } });
    main.description = tx.wrap ?? '';
    lines.push({ cells: main });
  } else {
    lines.push({ cells: main });
    if (tx.wrap) lines.push({ cells: { description: tx.wrap }, dim: true });
  }
  if (amt.below) {
    // "CR" on the line under the amount: shares a wrapped line, or gets its own.
    const next = lines[l.merchantAbove ? 2 : 1];
    if (next?.cells) next.cells = { ...next.cells, amount: amt.below };
    else lines.push({ cells: { amount: amt.below } });
  }
  if (tx.foreign && l.foreign === 'line') {
    const rate = tx.foreign.rate.toFixed(4);
    lines.push({ cells: { description: `${foreignText(m, tx)} @ ${rate}` }, dim: true });
  }
  return { lines, keepWithNext: false, cents: tx.amount };
}

const SECTION_OF: Record<FuzzTransaction['type'], SectionField> = {
  payment: 'paymentsCredits',
  credit: 'paymentsCredits',
  purchase: 'purchases',
  cash_advance: 'cash',
  balance_transfer: 'transfers',
  fee: 'fees',
  interest: 'interest',
};

/** Every row of the table in printed order: card headings, section headings, transactions. */
export function tableRows(m: FuzzModel): TableRow[] {
  const l = m.layout;
  const v = vocabulary(l.language);
  const out: TableRow[] = [];
  const txs = m.transactions;
  if (l.balanceRows)
    out.push(balanceRow(m, m.periodStart, l.labels.previousBalance, m.totals.previousBalance));
  let card = -1;
  let section: SectionField | null = null;
  let sum = 0;
  let running = m.totals.previousBalance;
  txs.forEach((tx, i) => {
    if (l.cards > 1 && tx.card !== card) {
      card = tx.card;
      section = null;
      const c = m.cards[card] as { digits: string; holder: string };
      const word = card === 0 ? v.primaryCard : v.addOnCard;
      out.push({
        lines: [{ heading: `${word}: ${c.holder} - XXXX ${c.digits.slice(-4)}` }],
        keepWithNext: true,
      });
    }
    if (l.sectioned && SECTION_OF[tx.type] !== section) {
      section = SECTION_OF[tx.type];
      sum = 0;
      out.push({ lines: [{ heading: l.sections[section] }], keepWithNext: true });
    }
    running += tx.amount;
    out.push(transactionRow(m, tx, running));
    sum += tx.amount;
    const next = txs[i + 1];
    const closes = !next || next.card !== tx.card || SECTION_OF[next.type] !== section;
    if (l.sectioned && l.sectionTotals && section && closes)
      out.push(totalRow(m, `${v.total} ${l.sections[section]}`, sum));
  });
  if (l.balanceRows) out.push(balanceRow(m, m.periodEnd, l.labels.newBalance, m.totals.newBalance));
  return out;
}

/** A balance printed as a dated table row ("01/03/26  Previous balance  1,234.56"): not a transaction. */
function balanceRow(m: FuzzModel, iso: string, label: string, cents: number): TableRow {
  const row = totalRow(m, label, cents);
  const first = row.lines[0] as TableLine;
  first.cells = { date: formatDay(m.layout, iso), ...first.cells };
  return row;
}

/** The running balance where a page breaks: "Carried forward" at its foot, "Brought forward" atop the next. */
export function carriedRow(m: FuzzModel, which: 0 | 1, cents: number): TableRow {
  return totalRow(m, vocabulary(m.layout.language).carried[which], cents);
}

/** A running balance: its magnitude, marked "CR" when in credit (Dr or Cr on Dr/Cr layouts). */
function balanceText(l: FuzzModel['layout'], cents: number): string {
  const text = formatNumber(l, cents);
  if (l.sign === 'dr-cr') return `${text} ${cents < 0 ? creditWord(l.drWord) : l.drWord}`;
  return cents < 0 ? `${text} ${l.crWord}` : text;
}

/** A section's closing total: its name and the signed sum in the table's own convention. */
function totalRow(m: FuzzModel, label: string, cents: number): TableRow {
  const amt = tableAmount(m.layout, cents);
  const lines: TableLine[] = [{ cells: { description: label, [amt.column]: amt.text } }];
  if (amt.below) lines.push({ cells: { amount: amt.below } });
  return { lines, keepWithNext: false };
}

/** Column positions for one table width, measured from the header and every cell. */
export interface Geometry {
  cols: Col[];
  /** Left edge of text columns, right edge of numeric ones. */
  x: Partial<Record<Col, number>>;
  size: number;
}

/** Sizes the columns to their widest cell, shrinking the font when the table is wider than `width`. */
export function measure(p: FuzzPainter, m: FuzzModel, rows: readonly TableRow[], width: number): Geometry {
  const cols = printedColumns(m);
  const spacing = spacingOf(m);
  const widest = new Map<Col, number>(cols.map((c) => [c, p.width(headerText(m, c), { bold: true })]));
  for (const r of rows)
    for (const line of r.lines)
      for (const c of cols) {
        const s = line.cells?.[c];
        if (s) widest.set(c, Math.max(widest.get(c) ?? 0, p.width(s, { spacing: spacing[c] ?? 0 })));
      }
  const gap = 10;
  const total = cols.reduce((s, c) => s + (widest.get(c) ?? 0) + gap, 0);
  const shrink = Math.min(1, width / total);
  const size = p.base * shrink;
  const spare = Math.max(0, width - total);
  const x: Partial<Record<Col, number>> = {};
  let at = 0;
  for (const c of cols) {
    const w = ((widest.get(c) ?? 0) + gap) * shrink + (c === 'description' ? spare : 0);
    x[c] = NUMERIC.has(c) ? at + w - gap * shrink : at;
    at += w;
  }
  return { cols, x, size };
}

/** Letter spacing per column, in points, for layouts that space their text out. */
export function spacingOf(m: FuzzModel): Partial<Record<Col, number>> {
  const s = m.layout.fontSize * 0.45;
  if (m.layout.letterSpacing === 'descriptions') return { description: s };
  if (m.layout.letterSpacing === 'amounts') return { amount: s, debit: s, credit: s };
  return {};
}

/** Draws one table line at (x0 + column offset, y). */
export function drawLine(
  p: FuzzPainter,
  m: FuzzModel,
  g: Geometry,
  line: TableLine,
  x0: number,
  y: number,
): void {
  if (line.heading) {
    p.text(line.heading, x0, y, { bold: true, size: g.size });
    return;
  }
  const spacing = spacingOf(m);
  for (const c of g.cols) {
    const s = line.cells?.[c];
    if (!s) continue;
    const style = {
      size: g.size * (line.dim ? 0.92 : 1),
      spacing: (spacing[c] ?? 0) * (g.size / p.base),
      color: line.dim ? '#333333' : '#000000',
    };
    const x = x0 + (g.x[c] ?? 0);
    if (NUMERIC.has(c)) p.right(s, x, y, style);
    else p.text(s, x, y, style);
  }
}

/** Draws the column headers. */
export function drawHeader(
  p: FuzzPainter,
  m: FuzzModel,
  g: Geometry,
  x0: number,
  y: number,
  width: number,
): void {
  p.fill(x0 - 2, y - 3, width + 4, g.size * 1.5 + 3);
  for (const c of g.cols) {
    const x = x0 + (g.x[c] ?? 0);
    if (NUMERIC.has(c)) p.right(headerText(m, c), x, y, { bold: true, size: g.size });
    else p.text(headerText(m, c), x, y, { bold: true, size: g.size });
  }
}
