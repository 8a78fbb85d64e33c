/**
 * The statement's currency, from what the document says, strongest first:
 * 1. an explicit statement: "Currency: EUR", "All amounts in INR", a column header "Amount (EUR)",
 *    "Betrag EUR", "Charges (USD)", "Amount (Rs.)", "(Rupees)" (not a foreign-amount column's);
 * 2. the marks printed with amounts, counted: symbols (₹ £ € ¥, "Rs"), ISO codes, prefixed dollars;
 * 3. where only a bare "$" (or nothing) is printed, the country the statement names: a Canadian,
 *    Australian, Singaporean… statement prints "$" for its own dollar, and an Indian one often
 *    prints the rupee sign as a stray glyph ("Amount (in |)") that fonts without ₹ produce.
 * Nothing of these: null, never a guess the statement might contradict.
 * It looks at every line and cell of the document, so the counting avoids regexes where it can.
 */
import type { Cell, Line } from '../pdf/layout.js';
import { dateWithin } from './date-after.js';
import {
  CURRENCY_CODES,
  LONE_MARKER,
  mayCarryCurrency,
  OTHER_DOLLARS,
  type ParsedAmount,
  parseAmount,
} from './money.js';
import { isWholeDate } from './pairs.js';

/** "Rs 500", "Rs.500": the rupee abbreviation only counts before a number. */
const RUPEE_ABBREV = /\bRs\.?\s?\d/g;
const EXPLICIT =
  /\b(?:currency|w(?:ä|ae)hrung|devise|divisa|valuta|moeda|amounts? in|amount|betrag|montante?|importe|importo|bedrag|valor)\s*[:(]?\s*(?:in\s+)?([A-Z]{3})\b|\bamount\s*\(\s*(?:in\s+)?([A-Z]{3})\s*\)/i;
/** EXPLICIT, each match of a line in turn. */
const EXPLICIT_ALL = new RegExp(EXPLICIT.source, 'gi');

/**
 * The code an EXPLICIT statement on the line names. Every match is tried: in "Data valuta  Rif.
 * Importo in CHF" the first ("valuta Rif") names no currency and the header after it does.
 */
function explicitCode(text: string): string | null {
  if (!EXPLICIT.test(text)) return null;
  EXPLICIT_ALL.lastIndex = 0;
  for (let m = EXPLICIT_ALL.exec(text); m !== null; m = EXPLICIT_ALL.exec(text)) {
    // "Original amount (EUR)" heads a foreign-amount column: its code is not the statement's. Only
    // the words of its own cell count: "Valuta originale  Importo EUR" names the row's currency.
    const cellStart = text.lastIndexOf('  ', m.index) + 1;
    if (FOREIGN_HEADER.test(text.slice(Math.max(0, cellStart, m.index - 20), m.index))) continue;
    const named = (m[1] ?? m[2])?.toUpperCase();
    if (named && CURRENCY_CODES.has(named)) return named;
  }
  return null;
}

/**
 * A sentence saying what every amount is in, opening a cell: "All amounts in SGD", "Alle Beträge in
 * CHF", "Importi in euro", "Montants exprimés en euros". Only at a cell's start: a conditions text
 * saying how purchases "in euro" are converted names a foreign currency.
 */
const AMOUNTS_IN =
  /^(?:all |alle |tous les |todos los |tutti gli |todos os )?(?:amounts?|figures|betr(?:ä|ae|a)ge|montants|importes|importi|bedragen|valores|montantes)(?: (?:are|sind|sont|son|sono|zijn|são|sao))?(?: (?:shown|stated|expressed|ausgewiesen|angegeben|exprimés|exprimes|indiqués|indiques|expresados|espressi|indicati|uitgedrukt|vermeld|expressos|indicados))? (?:in|en|em) (.+)$/iu;
/** The currency words such a sentence may use instead of a code (start of what follows "in"). */
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^euros?\b/i, 'EUR'],
  [/^(?:pounds? sterling|sterling|pounds?)\b/i, 'GBP'],
  [/^(?:swiss francs?|francs? suisses?|schweizer franken|franken|franchi svizzeri)\b/i, 'CHF'],
  [/^(?:us dollars?|u\.s\. dollars?|dollars? us\b|dólares estadounidenses)/i, 'USD'],
  [/^(?:canadian dollars?|dollars? canadiens?)\b/i, 'CAD'],
  [/^australian dollars?\b/i, 'AUD'],
  [/^singapore dollars?\b/i, 'SGD'],
  [/^(?:uae )?dirhams?\b/i, 'AED'],
  [/^(?:japanese )?yen\b/i, 'JPY'],
  [/^(?:indian )?rupees?\b/i, 'INR'],
];

/** The currency an AMOUNTS_IN sentence opening `cell` names, or null. */
function amountsIn(cell: string): string | null {
  const said = AMOUNTS_IN.exec(cell)?.[1];
  if (!said) return null;
  const code = /^([A-Z]{3})\b/.exec(said)?.[1];
  if (code) return CURRENCY_CODES.has(code) ? code : null;
  for (const [re, iso] of CURRENCY_WORDS) if (re.test(said)) return iso;
  return null;
}

/** A column header that names its currency in brackets: "Af (EUR)", "Charges (USD)", "Dare (EUR)". */
const CODE_HEADER = /^[\p{L}][\p{L}/ .'-]{0,30}\(\s*([A-Z]{3})\s*\)$/u;
/** Headers of a foreign-amount column, whose bracketed code is not the statement's. */
const FOREIGN_HEADER =
  /foreign|original|orig\.|devise|divisa|valuta|fremd|moeda|vreemde|estrangeira|extranjera|estera/i;
/** A column header naming the rupee: "Amount (Rs.)", "(in Rs)", "(Rupees)", "Amount Rs". */
const RUPEE_HEADER = /\((?:in\s+)?(?:rs\.?|rupees|inr)\)|\bamount\s+rs\b|\bindian rupees?\b/i;
/** Indian lakh grouping ("1,23,456.78") marks rupees even without a symbol. */
const LAKH = /\b\d{1,2},\d{2},\d{3}\.\d{2}\b/;
/** A header whose currency is one unknown glyph: "Amount(in |)", "Amount (`)". */
const GLYPH_HEADER = /\bamount\s*\(\s*(?:in\s*)?[^\w\s().,$£€₹¥]\s*\)/i;

// Addresses, in capitals as printed: the code and the postcode may sit in cells of their own
// ("MONTREAL QC  K5S 8C5", "SYDNEY NSW  2000").
const CANADIAN_ADDRESS = /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) {1,3}[A-Z]\d[A-Z] ?\d[A-Z]\d\b/;
const AUSTRALIAN_ADDRESS = /\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT) {1,3}\d{4}\b/;
/** An Indian city before its six-digit PIN code ("Mumbai - 117201", "PUNE 411 005"). */
const INDIAN_ADDRESS =
  /\b(?:mumbai|new delhi|delhi|bengaluru|bangalore|chennai|kolkata|hyderabad|pune|ahmedabad|jaipur|lucknow|noida|gurgaon|gurugram|chandigarh|kochi|indore|bhopal|nagpur|surat|coimbatore|thane|vadodara|visakhapatnam|patna|bhubaneswar)\b[ ,-]{1,4}\d{3} ?\d{3}\b/i;
/** An Emirati address: the emirate's city or the country, which rows of Gulf merchants also name. */
const EMIRATI_ADDRESS =
  /\b(?:united arab emirates|u\.a\.e\.?|uae|dubai|abu dhabi|sharjah|ajman|ras al khaimah)\b/i;
/** The hints that read an address's form, which a transaction row's merchant town can also take. */
const ADDRESS_HINTS = new Set([CANADIAN_ADDRESS, AUSTRALIAN_ADDRESS, INDIAN_ADDRESS, EMIRATI_ADDRESS]);

/** Words that place a statement in a country whose own dollar (or rupee) a bare sign means. */
const COUNTRY_HINTS: Array<[string, RegExp]> = [
  ['INR', /\b(?:india|indian|gstin|igst|cgst|sgst|rupees?|bharat|rbi|npci|upi)\b/i],
  [
    'CAD',
    /\b(?:canada|canadian|interac|gst\/hst|td canada trust|ontario|quebec|québec|alberta|british columbia)\b/i,
  ],
  ['AUD', /\b(?:australia|australian|abn \d|nsw|victoria \d{4}|queensland)\b/i],
  // Addresses, in capitals as printed: a province code before a postal code ("MONTREAL QC H2X 1Y4"),
  // an Australian state code before a postcode ("SYDNEY NSW 2000").
  ['CAD', CANADIAN_ADDRESS],
  ['AUD', AUSTRALIAN_ADDRESS],
  ['INR', INDIAN_ADDRESS],
  ['AED', EMIRATI_ADDRESS],
  ['SGD', /\b(?:singapore|s\$)/i],
  // A Japanese address: a ward ("SHIBUYA-KU"), a block ("2-CHOME"), or the main cities.
  ['JPY', /\b(?:japan|japanese|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|[a-z]+-ku|\d+-chome)\b/i],
  ['NZD', /\bnew zealand\b/i],
  ['HKD', /\bhong kong\b/i],
];

/** Every mark the counts below look for: a symbol, or the "Rs" RUPEE_ABBREV starts with. */
const ANY_MARK = /[₹£€$]|Rs/;
/** ANY_MARK but the dollar. */
const NOT_DOLLAR_MARK = /[₹£€]|Rs/;

/** The words AMOUNTS_IN opens with (after "all"): one test of a line before its cells. */
const AMOUNTS_IN_WORD = /amount|figure|betr|montant|importe|importi|bedragen|valores/i;

/** Pages read for explicit statements and country hints. */
const FRONT_PAGES = 3;

/** Any country hint at all: one test per line before the six. */
const ANY_HINT = new RegExp(COUNTRY_HINTS.map(([, re]) => re.source).join('|'), 'i');

/** The statement currency: see the file comment; null when nothing says. */
export function findCurrency(lines: Line[]): string | null {
  // Symbol counts (INR GBP EUR USD), then any other code in the order first seen: ties go to the
  // earliest, as the four symbol codes are counted from the first line on.
  let inr = 0;
  let gbp = 0;
  let eur = 0;
  let usd = 0;
  let glyphHeader = false;
  const others = new Map<string, number>();
  const hints = new Map<string, number>();
  // Indexed: for…of allocates an iterator result per line until the loop is optimised.
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const text = l.text;
    // Explicit statements and country names are printed in the header, the summary and the first
    // table headers: the first pages. Marks are counted everywhere.
    const front = l.page <= FRONT_PAGES;
    if (front) {
      const named = explicitCode(text);
      if (named) return named;
      if (RUPEE_HEADER.test(text)) return 'INR';
      if (!glyphHeader && GLYPH_HEADER.test(text)) glyphHeader = true;
    }
    // One native scan for any mark refuses most lines (rows print bare amounts) before the counts,
    // and a second the four that dollar statements, printing "$" on every row, never need.
    if (ANY_MARK.test(text)) {
      usd += countOfDollar(text);
      if (NOT_DOLLAR_MARK.test(text)) {
        inr += countOf(text, '₹') + (text.includes('Rs') ? (text.match(RUPEE_ABBREV)?.length ?? 0) : 0);
        gbp += countOf(text, '£');
        eur += countOf(text, '€');
      }
    }
    const cells = l.cells;
    if (front && AMOUNTS_IN_WORD.test(text)) {
      for (const c of cells) {
        const said = amountsIn(c.text);
        if (said) return said;
      }
    }
    if (front && text.includes('(')) {
      for (const c of cells) {
        const m = CODE_HEADER.exec(c.text);
        if (m && CURRENCY_CODES.has(m[1] as string) && !FOREIGN_HEADER.test(c.text)) return m[1] as string;
      }
    }
    for (let ci = 0; ci < cells.length; ci++) {
      // No currency without a digit and a mark: most cells (descriptions, bare amounts) are refused
      // before the amount reader.
      const cellText = (cells[ci] as Cell).text;
      // A column of currency codes: the code in a cell of its own, the row's amount further on
      // ("NETFLIX.COM  EUR  4417  13,99").
      const column = cellText.length === 3 && CURRENCY_CODES.has(cellText) && figureAfter(cells, ci);
      const code = column
        ? cellText
        : mayCarryCurrency(cellText)
          ? parseAmount(cellText)?.currency
          : undefined;
      // "18.69 GBP  3,564": an amount with another after it on its row is the foreign one; so is
      // one printed after the row's own amount ("343.86  234.32 EUR").
      if (code && !column && ci + 1 < cells.length && isAmountAfter(cells, ci)) continue;
      // "Fr. 12.12.": Friday the twelfth of December (a German weekday before a yearless date),
      // which also reads as 12.12 Swiss francs.
      if (code && isWholeDate(cellText)) continue;
      if (code && ci > 0 && isBareAmount((cells[ownBefore(cells, ci)] as Cell).text)) continue;
      if (code === 'INR') inr++;
      else if (code === 'GBP') gbp++;
      else if (code === 'EUR') eur++;
      else if (code === 'USD') usd++;
      else if (code) others.set(code, (others.get(code) ?? 0) + 1);
    }
    if (text.includes(',') && LAKH.test(text)) inr++;
    if (front && ANY_HINT.test(text)) {
      // A merchant's town on a row ("SEATTLE WA  4415") says where the card was used, not where the
      // statement is from: a row with a date in its first cells (after a row number, say) gives no
      // address hint (its words still count: "IGST").
      const row = dateWithin(l.cells, l.cells.length);
      for (const [code, re] of COUNTRY_HINTS)
        if (!(row && ADDRESS_HINTS.has(re)) && re.test(text)) hints.set(code, (hints.get(code) ?? 0) + 1);
    }
  }
  const counts: Array<[string, number]> = [['INR', inr], ['GBP', gbp], ['EUR', eur], ['USD', usd], ...others];
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  // A bare "$", a glyph standing for the currency, or no mark at all: the country decides.
  if (best === null || best === 'USD' || glyphHeader) {
    const country = strongestHint(hints, glyphHeader || best === null ? null : 'USD');
    if (country) return country;
  }
  return best;
}

/** Whether a cell after `ci` holds an amount with decimals. */
function figureAfter(cells: readonly Cell[], ci: number): boolean {
  for (let k = ci + 1; k < cells.length; k++)
    if (parseAmount((cells[k] as Cell).text)?.hasDecimals) return true;
  return false;
}

/** The hinted currency with most mentions; a dollar statement only yields to another dollar. */
function strongestHint(hints: Map<string, number>, printed: 'USD' | null): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [code, count] of hints) {
    if (printed === 'USD' && !OTHER_DOLLARS.has(code)) continue;
    if (count > n) {
      best = code;
      n = count;
    }
  }
  return best;
}

/** Whether the cell right after `ci` is an amount (a foreign amount's converted twin). */
function isAmountAfter(cells: Cell[], ci: number): boolean {
  const text = (cells[ci + 1] as Cell).text;
  const a = parseAmount(text);
  return a !== null && isRowFigure(a, text);
}

/** The cell before cell `ci` that would hold the row's own amount, past its Dr/Cr marker ("39,73  D  43,19 USD"). */
function ownBefore(cells: Cell[], ci: number): number {
  return ci > 1 && LONE_MARKER.test((cells[ci - 1] as Cell).text) ? ci - 2 : ci - 1;
}

/** An amount with no currency mark: a row's own amount beside a foreign one. */
function isBareAmount(text: string): boolean {
  const a = parseAmount(text);
  // "06.07.": a yearless date (the row's, before a column of codes), which also reads as 6.07.
  return a !== null && !a.currency && isRowFigure(a, text) && !isWholeDate(text);
}

/**
 * A figure a row's amount is printed as: with decimals, or whole (yen) and grouped or marked as a
 * debit or credit ("3,564", "648DR"); not a bare count ("4417", a card's last four).
 */
function isRowFigure(a: ParsedAmount, text: string): boolean {
  return a.hasDecimals || a.sign !== 0 || GROUPED_WHOLE.test(text);
}

const GROUPED_WHOLE = /^[(-]?\d{1,3}(?:,\d{3})+/;

function countOf(text: string, symbol: string): number {
  let n = 0;
  for (let i = text.indexOf(symbol); i !== -1; i = text.indexOf(symbol, i + 1)) n++;
  return n;
}

/** Dollar signs not preceded by a capital: "US$", "S$" name their own dollar. */
function countOfDollar(text: string): number {
  let n = 0;
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) {
    const p = text.charCodeAt(i - 1);
    if (!(p >= 65 && p <= 90)) n++;
  }
  return n;
}
