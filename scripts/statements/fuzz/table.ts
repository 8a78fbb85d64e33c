/**
 * The transaction table of a fuzzed statement: cells per column (dates, description, reference,
 * category, points, amounts in the layout's sign convention, foreign amounts), card and section
 * headings, wrapped and merchant-above rows; columns are sized from their contents when drawn.
 */
import type { ColumnKind } from './layout-types.js';
import type { FuzzModel, FuzzTransaction } from './model.js';
import type { FuzzPainter } from './painter.js';
import {
  amountHeader,
  creditWord,
  formatDay,
  formatNumber,
  tableAmount,
  weekdayBefore,
  withMark,
} from './printing.js';
import { type SectionField, vocabulary } from './vocabulary.js';

/** A printed column: the layout's kinds, with `amount` split into debit and credit when drawn so. */
export type Col =
  | Exclude<ColumnKind, 'amount'>
  | 'amount'
  | 'debit'
  | 'credit'
  | 'balance'
  | 'serial'
  | 'card'
  | 'cashback'
  | 'currency';

/** Round 9's headers of a row-number column and of a card column, by language. */
const SERIAL_HEADER: Record<string, string> = {
  en: 'Sr. No.',
  de: 'Nr.',
  fr: 'N°',
  es: 'Nº',
  it: 'N.',
  nl: 'Nr.',
  pt: 'Nº',
};
const CARD_HEADER: Record<string, string> = {
  en: 'Card',
  de: 'Karte',
  fr: 'Carte',
  es: 'Tarjeta',
  it: 'Carta',
  nl: 'Kaart',
  pt: 'Cartão',
};
/** Round 10's header of a column giving each row's currency code. */
const CURRENCY_HEADER: Record<string, string> = {
  en: 'Currency',
  de: 'Währung',
  fr: 'Devise',
  es: 'Moneda',
  it: 'Valuta',
  nl: 'Valuta',
  pt: 'Moeda',
};
/** A cashback column's header: Apple Card's "Daily Cash", else the word most issuers print. */
const CASHBACK_HEADER: Record<string, string> = { en: 'Daily Cash' };
const MONEY_COLS: ReadonlySet<Col> = new Set(['amount', 'debit', 'credit', 'foreignAmount']);

const NUMERIC: ReadonlySet<Col> = new Set([
  'amount',
  'debit',
  'credit',
  'points',
  'foreignAmount',
  'balance',
  'cashback',
]);

/** One text line of a table row: cells by column, or a heading across the table. */
export interface TableLine {
  cells?: Partial<Record<Col, string>>;
  heading?: string;
  dim?: boolean;
  /** Round 14: every cell but the description set this many points lower (vertically centred cells). */
  lower?: number;
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
  const l = m.layout;
  const split: Col[] = l.creditsFirst ? ['credit', 'debit'] : ['debit', 'credit'];
  const cols = l.columns.flatMap((c): Col[] =>
    c === 'amount' && l.sign === 'debit-credit-columns' ? split : [c],
  );
  const firstMoney = () => cols.findIndex((c) => MONEY_COLS.has(c));
  if (l.cashback === 'before') cols.splice(firstMoney(), 0, 'cashback');
  if (l.cashback === 'after') cols.push('cashback');
  if (l.currencyColumn) cols.splice(firstMoney(), 0, 'currency');
  if (l.cardColumn) cols.splice(firstMoney(), 0, 'card');
  if (l.serial !== 'none') cols.unshift('serial');
  return l.runningBalance ? [...cols, 'balance'] : cols;
}

/** Header text of each column. */
export function headerText(m: FuzzModel, c: Col): string {
  const h = m.layout.columnHeaders;
  if (c === 'amount') return amountHeader(m.layout);
  if (c === 'balance') return m.layout.runningBalance ?? '';
  const lang = m.layout.language.slice(0, 2);
  if (c === 'serial') return SERIAL_HEADER[lang] ?? 'No.';
  if (c === 'card') return CARD_HEADER[lang] ?? 'Card';
  if (c === 'cashback') return CASHBACK_HEADER[lang] ?? 'Cashback';
  if (c === 'currency') return CURRENCY_HEADER[lang] ?? 'Currency';
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

/**
 * The time of day a row prints after its date: drawn from the row's own figures, so a seed always
 * prints the same times without a draw of its own.
 */
function timeOf(l: FuzzModel['layout'], tx: FuzzTransaction, n: number): string {
  const secs = (Math.abs(tx.amount) * 7919 + n * 3607) % 86400;
  const two = (v: number) => String(Math.floor(v)).padStart(2, '0');
  const hm = `${two(secs / 3600)}:${two((secs % 3600) / 60)}`;
  return l.rowTime === 'hms' ? `${hm}:${two(secs % 60)}` : hm;
}

/** Amex's mark after the date on about a third of a flagged layout's purchases (from the row's own figures). */
function rowFlag(l: FuzzModel['layout'], tx: FuzzTransaction): string {
  return l.rowFlag && tx.type === 'purchase' && Math.abs(tx.amount) % 3 === 0 ? '*' : '';
}

/** A purchase's cashback, 1–3% of it: "2%  $0.36" (none on other rows). */
function cashbackText(l: FuzzModel['layout'], tx: FuzzTransaction): string {
  if (l.cashback === 'none' || tx.type !== 'purchase' || tx.amount <= 0) return '';
  const pct = 1 + (tx.amount % 3);
  const cents = Math.max(1, Math.round((tx.amount * pct) / 100));
  const n = formatNumber(l, cents);
  return `${pct}%  ${l.rowMark || l.currencyMark.startsWith('symbol') ? withMark(l, n) : n}`;
}

function transactionRow(m: FuzzModel, tx: FuzzTransaction, balance: number, n: number): TableRow {
  const l = m.layout;
  const amt = tableAmount(l, tx.amount);
  const day = formatDay(l, tx.date);
  const main: Partial<Record<Col, string>> = {
    serial: l.serial === 'padded' ? String(n).padStart(3, '0') : String(n),
    card: (m.cards[tx.card]?.digits ?? '').slice(-4),
    cashback: cashbackText(l, tx),
    balance: l.runningBalance ? balanceText(l, balance) : '',
    date: `${weekdayBefore(l, tx.date)}${day}${rowFlag(l, tx)}${l.rowTime === 'none' ? '' : ` ${timeOf(l, tx, n)}`}`,
    postDate: formatDay(l, tx.postDate),
    description: tx.description,
    reference: tx.ref,
    category: tx.categoryLabel,
    points: tx.points > 0 ? String(tx.points) : '',
    foreignAmount: l.foreign === 'column' ? foreignText(m, tx) : '',
    currency: l.currency,
    ...emptySide(l, amt.column),
    [amt.column]: amt.text,
  };
  const lines: TableLine[] = [];
  if (l.merchantAbove) {
    lines.push({ cells: { description: tx.description } });
    main.description = tx.wrap ?? '';
    lines.push({ cells: main });
  } else {
    // Centred cells sit halfway between the description's two lines (the table's row pitch is 1.45 em).
    lines.push(l.middleCells && tx.wrap ? { cells: main, lower: (l.fontSize * 1.45) / 2 } : { cells: main });
    if (tx.wrap) lines.push({ cells: { description: tx.wrap }, dim: true });
  }
  // A reference of 23 digits, as Canadian issuers print under a row.
  if (l.refBelow)
    lines.push({ cells: { description: `${tx.ref}${'0'.repeat(23)}`.slice(0, 23) }, dim: true });
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

/** What debit and credit columns print on the side a row leaves empty: "0.00", a dash, or nothing. */
function emptySide(l: FuzzModel['layout'], used: Col): Partial<Record<Col, string>> {
  if (l.emptySide === 'blank' || (used !== 'debit' && used !== 'credit')) return {};
  return { [used === 'debit' ? 'credit' : 'debit']: l.emptySide === 'zero' ? formatNumber(l, 0) : '-' };
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
    out.push(transactionRow(m, tx, running, i + 1));
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
    const at = c === 'description' ? y : y + (line.lower ?? 0);
    if (NUMERIC.has(c)) p.right(s, x, at, style);
    else p.text(s, x, at, style);
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
