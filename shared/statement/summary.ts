/**
 * Reads the summary box: figures beside their label ("Previous Balance  $4,233.99"), inside one cell
 * ("New Balance: $5,084.29"), or below it (label above value, as in boxes of several columns).
 * The first occurrence of a field wins: statements repeat the box on the payment coupon.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { perKey } from '../per-key.js';
import { type DateToken, findDates, readDateAt } from './dates.js';
import { DECOY_WORDS, decoyZones, isProse } from './decoys.js';
import { readFormula, readGrid } from './grid.js';
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
import { figure, isWholeDate, splitPairs, wholeFigure } from './pairs.js';
import { printsWholeUnits } from './row-amount.js';
import type { Provenance } from './types.js';

/** One reading of a summary field. */
export interface Candidate {
  amount: ParsedAmount;
  from: Provenance;
}

export interface SummaryFigures {
  /** The reading each field takes by default: the first outside rewards, examples and terms. */
  amounts: Partial<Record<AmountField, ParsedAmount>>;
  /** Every reading of each field in the order found (beside, below, grid, formula); [0] is the default's. */
  candidates: Partial<Record<AmountField, Candidate[]>>;
  dates: Partial<Record<DateField, DateToken[]>>;
}

/** Every summary or date label contains one of these words (see labels.ts); other rows are skipped. */
const LABEL_WORD =
  /balance|payment|credit|cr[ée]dit|purchase|charge|advance|cash|transfer|fee|interest|due|minimum|limit|available|period|statement|closing|opening|date|outstanding|debit|refund|return|spend|cycle|from|pay|saldo|solde|zahl|gutschrift|ums[aä]tz|eink[aä]uf|k[aä]uf|belast|geb[uü]hr|entgelt|zins|mindest|rahmen|verf[uü]g|f[aä]llig|abrechnung|zeitraum|betrag|bargeld|umbuchung|[uü]bertrag|vortrag|achat|d[ée]pense|frais|int[ée]r|[ée]ch[ée]ance|plafond|dispon|p[ée]riode|relev|r[èe]glement|versement|rembours|retrait|esp[èe]ces|avoir|r[ée]serve|commission|montant|compra|cargo|abono|consumo|comisi|m[ií]nim|l[ií]mite|vencim|fecha|corte|importe|efectivo|disposici|traspaso|tarjeta|gastos|pagar|acquist|addebit|accredit|spese|scadenza|importo|estratto|fido|contant|anticip|trasferiment|interes|betaling|betalen|aankop|uitgave|kosten|provisie|rente|beschikba|vervaldatum|afschrift|overboeking|overdracht|limiet|pagament|despesa|juros|devedor|tarifa|encargo|fatura|per[ií]odo|opname|saque|levantament|numer[aá]rio|prelievi|storni|estorno|anuidade|paie|pago|versament|devolu|rimbors|besteding|betaal|datum|data|comiss|rechnung|chiusura|emiss|extrato|overzicht/i;

/** A page number as the languages we read print it: "Page 2 of 5", "Seite 2 von 5", "Página 2 de 5". */
export const PAGE_NUMBER =
  /^(?:page|seite|p[aá]gina|blatt|feuille)\s+\d+\s*(?:of|von|sur|de|di|van|\/)\s*\d+$/i;

/** How far below a label (in points) its value may sit. */
const BELOW_REACH = 42;

/**
 * Fields that describe the same money: once one is read, a later "below", grid or formula value must
 * not add the other ("and Credits", a wrapped header's second line, is no credits figure beside the
 * table's "Payments and Credits").
 */
const SAME_MONEY: Partial<Record<AmountField, readonly AmountField[]>> = {
  payments: ['paymentsAndCredits'],
  credits: ['paymentsAndCredits'],
  paymentsAndCredits: ['payments', 'credits'],
};

/** A bare amount label ("Previous Balance" with nothing after it), kept for the "below" pass. */
interface BareLabel {
  li: number;
  cell: Cell;
  field: AmountField;
}

/**
 * Collects every labelled figure and date. Values on the label's own row are read first, over the
 * whole document; only then do still-missing fields look below their label, so a wrapped sentence
 * ("Only the minimum / payment  $189") cannot beat the real "Payment, Credits  -$4,233.99" row.
 * The second pass revisits only the bare labels the first one recorded, in the same order.
 * `rowLines` marks (1, by index) the lines the row reader took; `wholeUnits`: the statement counts
 * in whole units (parse.ts passes `countsWholeUnits`, which also knows the currency).
 */
export function readSummary(
  lines: Line[],
  rowLines?: Uint8Array,
  wholeUnits: boolean = printsWholeUnits(lines),
): SummaryFigures {
  // Whether each line is a transaction row, decided once: the passes below all ask. A line the
  // row reader took ("PAYMENT - THANK YOU  03 Oct  2,842.91", its date after the words) is one.
  // By index (1 a row, -1 not, 0 not asked yet): a map of lines cost more than the answers.
  const rowMemo = new Int8Array(lines.length);
  const isTransactionRow = (li: number): boolean => {
    let v = rowMemo[li] as number;
    if (v === 0) {
      v = rowLines?.[li] === 1 || isRowOfTransactions(lines[li] as Line) ? 1 : -1;
      rowMemo[li] = v;
    }
    return v === 1;
  };
  const out: SummaryFigures = { amounts: {}, candidates: {}, dates: {} };
  // Yen and won statements print small figures bare ("Fees Charged  107").
  const fig = wholeUnits ? wholeFigure : figure;
  const zone = decoyZones(lines, rowLines);
  const decoy = (li: number, label: string) =>
    zone[li] === true || DECOY_WORDS.test(label) || isProse(lines[li] as Line);
  const add = (
    field: AmountField,
    amount: ParsedAmount,
    li: number,
    label: string,
    how: Provenance['how'],
  ) => {
    if (decoy(li, label)) return;
    const line = lines[li] as Line;
    const list = out.candidates[field] ?? [];
    if (list.some((c) => c.amount.cents === amount.cents && c.amount.sign === amount.sign)) return;
    list.push({ amount, from: { page: line.page, y: Math.round(line.y), label, how } });
    out.candidates[field] = list;
  };
  // LABEL_WORD (long, case-blind) and a cell's pairs once per text (the pairs are only read).
  const hasLabelWord = perKey((text) => LABEL_WORD.test(text));
  const pairsOf = perKey(splitPairs);
  const bareLabels: BareLabel[] = [];
  // "Total PURCHASES  4,079.89" under the purchase rows: a section total. It repeats a summary
  // figure at best, so it is a reading of last resort, after the summary box's own (below, grid).
  const sectionTotals: Array<Parameters<typeof add>> = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const cells = line.cells;
    // Most rows carry no label word at all (one regex test), and a transaction row is not a
    // summary row, whatever its description says.
    if (rowLines?.[li] === 1 || !hasLabelWord(line.text) || isTransactionRow(li)) continue;
    for (let ci = 0; ci < cells.length; ci++) {
      const cell = cells[ci] as Cell;
      // "Page 17 of 200" beside the header's "Statement Date": no label a rule reads, and a text of
      // its own on every page, so splitting it cost a miss of pairsOf's answers per page.
      if (PAGE_NUMBER.test(cell.text)) continue;
      for (const pair of pairsOf(cell.text)) {
        // The label as printed, without an address line's e-mail that ran into it (which also
        // stays out of the reading's provenance).
        const printed = pair.label.includes('@') ? afterEmail(pair.label) : pair.label;
        const label = normaliseLabel(printed);
        if (label.length < 3 || label.length > 60 || IGNORE_LABEL.test(label)) continue;
        const dateField = matchLabel(DATE_LABELS, label);
        const amountField = dateField ? null : matchLabel(AMOUNT_LABELS, label);
        if (!dateField && !amountField) continue;
        const bare = pair.value === '' && !continuesText(lines, li, cell);
        // Dates are read in the first pass, row then below: their labels are unambiguous.
        if (dateField && !out.dates[dateField] && zone[li] !== true) {
          const dates =
            datesIn([pair.rest, ...textsAfter(cells, ci)]) ?? (bare ? datesBelow(lines, li, cell) : null);
          if (dates) out.dates[dateField] = dates;
        }
        if (!amountField) continue;
        // "Cash Advances: 42,00 %": a rate under a figure's label, not the figure.
        if (pair.rest.slice(pair.value.length).trimStart().startsWith('%')) continue;
        if (bare) bareLabels.push({ li, cell, field: amountField });
        // "Opening Balance (as on 14 Aug 2025)  0.00": a date qualifying the label, the figure after it.
        const qualified = pair.value !== '' && !fig(pair.value) && readDateAt(pair.value) !== null;
        const amount =
          pair.value !== '' && !qualified ? fig(pair.value) : firstAmount(textsAfter(cells, ci), fig);
        if (!amount) continue;
        if (followsRows(lines, li, isTransactionRow))
          sectionTotals.push([amountField, amount, li, printed, 'beside']);
        else add(amountField, amount, li, printed, 'beside');
      }
    }
  }
  for (const { li, cell, field } of bareLabels) {
    if (out.candidates[field]) continue;
    if (SAME_MONEY[field]?.some((twin) => out.candidates[twin])) continue;
    const amount = amountBelow(lines, li, cell, isTransactionRow, fig);
    if (amount) add(field, amount, li, cell.text, 'below');
  }
  // Tables: each value under its column's label, and labels strung into a formula row.
  for (const g of [...readGrid(lines, isTransactionRow, fig), ...readFormula(lines, rowLines)]) {
    if (SAME_MONEY[g.field]?.some((twin) => out.candidates[twin])) continue;
    add(g.field, g.amount, g.li, g.label, g.how);
  }
  for (const t of lastRepeated(sectionTotals)) add(...t);
  if (!out.dates.period) {
    const fromTitle = titlePeriod(lines);
    if (fromTitle) out.dates.period = fromTitle;
  }
  for (const [field, list] of Object.entries(out.candidates) as Array<[AmountField, Candidate[]]>) {
    const first = list[0];
    if (first) out.amounts[field] = first.amount;
  }
  return out;
}

/**
 * The words after an e-mail address: an address block's line printed close to the box beside it
 * runs into the box's label ("E-mail: lucia.fernandez33@example.com Devoluciones  EUR 0,00").
 */
function afterEmail(label: string): string {
  const m = EMAIL_THEN.exec(label);
  return m ? label.slice(m.index + m[0].length) : label;
}

const EMAIL_THEN = /\S+@\S+\.[A-Za-z]{2,}\s+/;

/** "One Credit Card Statement (14 Aug 2025 - 13 Sep 2025)": a title naming the period in brackets. */
const TITLE_PERIOD = /\bstatement\b[^()]{0,40}\(([^()]{8,60})\)/i;
/** "Dec. 11 - Jan. 10, 2014  31 Days in Billing Cycle": the period before the words that name it. */
const PERIOD_AFTER =
  /^(.{8,40}?)\s+(?:\d{1,2} days in )?(?:billing cycle|billing period|statement period)\b/i;

/** The period a title or a "… Billing Cycle" line on the first page's top gives, when no label does. */
function titlePeriod(lines: Line[]): DateToken[] | null {
  for (const line of lines.slice(0, 12)) {
    if (line.page !== 1) break;
    const m = (line.text.includes('(') ? TITLE_PERIOD.exec(line.text) : null) ?? PERIOD_AFTER.exec(line.text);
    const dates = m?.[1] ? findDates(m[1]) : [];
    if (dates.length === 2) return dates;
  }
  return null;
}

/** The texts of the cells right of cell `ci`. */
function textsAfter(cells: Cell[], ci: number): string[] {
  const out: string[] = [];
  for (let k = ci + 1; k < cells.length; k++) out.push((cells[k] as Cell).text);
  return out;
}

/** A reference number or a points figure: digits only. */
const BARE_NUMBER = /^\d+$/;

/** A row that starts with a date and goes on to words (a description): a transaction, not a row of values. */
function isRowOfTransactions(line: Line): boolean {
  const first = line.cells[0];
  const lead = first ? readDateAt(first.text) : null;
  if (!lead) return false;
  // Words after the dates, past a bare number between (a reference, points): "10/10  64141671
  // PAYMENT". An amount stops the search: "14 Apr 2024  £4,000  Purchases 24.94%" is a box of values.
  const next = [lead.rest.trim(), ...line.cells.slice(1).map((c) => c.text)].find(
    (t) => t !== '' && !readDateAt(t) && !BARE_NUMBER.test(t),
  );
  return next !== undefined && /[a-z]{3}/i.test(next) && !figure(next);
}

/**
 * A row printed right under transaction rows: within a few lines of one on the same page (a
 * wrapped description, a foreign-amount line or a "CR" line may sit between), or at the top of the
 * next page, when the table it closes ended the page before.
 */
/**
 * Section totals with the labels printed once first: a label printed again and again ("Total
 * PURCHASES" under each card's rows) totals one section each time, while a summary box printed
 * after the table names each figure once. The search tries only a few readings of a figure.
 */
function lastRepeated<T extends [AmountField, ParsedAmount, number, string, Provenance['how']]>(
  totals: T[],
): T[] {
  const key = ([field, , , label]: T) => `${field} ${normaliseLabel(label)}`;
  const counts = new Map<string, number>();
  for (const t of totals) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  const once = (t: T) => counts.get(key(t)) === 1;
  if (totals.every(once)) return totals;
  return [...totals.filter(once), ...totals.filter((t) => !once(t))];
}

function followsRows(lines: Line[], li: number, isTransactionRow: (li: number) => boolean): boolean {
  const line = lines[li] as Line;
  // Lines of its own page above it, once the scan has crossed onto the page before.
  let own = -1;
  for (let k = li - 1; k >= 0; k--) {
    const prev = lines[k] as Line;
    if (prev.page === line.page) {
      if (li - k > 4) return false;
    } else {
      // A total opening its page, under at most the page's heading and the repeated table header,
      // closes the table the page before ended with: that page's footer and last row count.
      if (own < 0) own = li - k - 1;
      if (prev.page !== line.page - 1 || own > 3 || li - k - own > 2) return false;
    }
    if (isTransactionRow(k) || isDateAmountRow(prev)) return true;
  }
  return false;
}

/**
 * "Mar 20  (2,446.69)": a date, then an amount with decimals last: a row whose merchant is printed
 * above it. A reference number may lead ("4005008451  2026-04-17  1,046.98").
 */
function isDateAmountRow(line: Line): boolean {
  const cells = line.cells;
  const first = cells.length > 2 && BARE_NUMBER.test(cells[0]?.text ?? '') ? cells[1] : cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last || first === last || !readDateAt(first.text)) return false;
  return parseAmount(last.text)?.hasDecimals === true;
}

/** True when the cell is the second line of wrapped text (the row just above has words over it). */
function continuesText(lines: Line[], li: number, cell: Cell): boolean {
  const line = lines[li] as Line;
  // Two rows up: a header wrapped over two lines may have a row of another column between them.
  for (let k = li - 1; k >= 0 && k >= li - 2; k--) {
    const prev = lines[k] as Line;
    if (prev.page !== line.page || prev.y - line.y > 22) return false;
    const over = prev.cells.filter((c) => c.x0 < cell.x1 && cell.x0 < c.x1);
    if (over.length === 0) continue; // nothing in this column: look one row higher
    // 14 pt: a header of 11–12 pt type wraps 12.5–14 pt apart; 12 had split such a header in two.
    if (k === li - 1 && prev.y - line.y > 14) return false;
    return over.some(
      (c) =>
        alignedAbove(c, cell) && /[a-z]{3}/i.test(c.text) && !parseAmount(c.text) && !isWholeDate(c.text),
    );
  }
  return false;
}

/**
 * Wrapped text keeps its alignment (left, right or centre) from line to line; a heading centred
 * over a group of labels ("PAYMENT SUMMARY" over four boxes) does not line up with any one of them.
 */
function alignedAbove(above: Cell, cell: Cell): boolean {
  const centre = (c: Cell) => (c.x0 + c.x1) / 2;
  return (
    Math.abs(above.x0 - cell.x0) < 6 ||
    Math.abs(above.x1 - cell.x1) < 6 ||
    Math.abs(centre(above) - centre(cell)) < 10
  );
}

/** The first cell of the rest of a row that is an amount; stops at the next label. */
function firstAmount(texts: string[], fig: typeof figure): ParsedAmount | null {
  for (const t of texts) {
    if (t.includes('%')) return null; // a rate table row ("Cash Advances  29.99%  $0.00"), not the summary
    const a = fig(t);
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
function amountBelow(
  lines: Line[],
  li: number,
  label: Cell,
  isTransactionRow: (li: number) => boolean,
  fig: typeof figure,
): ParsedAmount | null {
  const top = lines[li] as Line;
  for (let k = li + 1; k < lines.length && k <= li + 5; k++) {
    const next = lines[k] as Line;
    if (next.page !== top.page || top.y - next.y > BELOW_REACH) return null;
    if (isTransactionRow(k)) return null;
    for (const c of next.cells) {
      if (!overlaps(c, label)) continue;
      const a = fig(c.text);
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
