/**
 * Header facts that are not labelled figures: the issuer, the card's last four digits, the currency,
 * the APRs and the statement's own minimum-payment warning.
 */
import { type Line, linesText } from '../pdf/layout.js';
import { readDateAt } from './dates.js';
import { AMOUNT_LABELS, matchLabel, normaliseLabel } from './labels.js';
import { parseAmount } from './money.js';
import type { StatementSummary } from './types.js';

// Callbacks over every line at module level: an arrow made per call is compiled again after each
// full collection (V8 keeps optimised code only while a closure of it lives).
const onFirstPage = (l: Line): boolean => l.page === 1;
const afterFirstPage = (l: Line): boolean => l.page !== 1;

// The currency has its own module; callers still find it with the other header facts.
export { findCurrency } from './currency.js';

/** Well-known issuers: a word on the statement (or its web address) names them. */
const KNOWN_ISSUERS: Array<[RegExp, string]> = [
  [/\bamerican express\b|\bamex\b|americanexpress\.com/i, 'American Express'],
  [/\bchase\b|chase\.com/i, 'Chase'],
  [/\bciti(bank|cards?)?\b|citi\.com/i, 'Citi'],
  [/\bcapital one\b|capitalone\.com/i, 'Capital One'],
  [/\bdiscover\b(?! the)|discover\.com/i, 'Discover'],
  [/\bbank of america\b|bankofamerica\.com/i, 'Bank of America'],
  [/\bwells fargo\b/i, 'Wells Fargo'],
  [/\bbarclaycard\b|\bbarclays\b/i, 'Barclays'],
  [/\bhsbc\b/i, 'HSBC'],
  [/\bsbi card\b|sbicard\.com/i, 'SBI Card'],
  [/\bhdfc bank\b/i, 'HDFC Bank'],
  [/\bicici bank\b/i, 'ICICI Bank'],
  [/\baxis bank\b/i, 'Axis Bank'],
  [/\bocbc\b/i, 'OCBC'],
  [/\bdbs\b/i, 'DBS'],
  [/\bu\.?s\.? bank\b/i, 'U.S. Bank'],
  [
    /\btd canada trust\b|\btoronto-dominion\b|\btd (?:bank|visa|emerald|aeroplan|cash back|first class)\b/i,
    'TD',
  ],
  [/\brbc royal bank\b|\broyal bank of canada\b/i, 'RBC'],
  [/\bscotiabank\b/i, 'Scotiabank'],
  [/\bbmo\b|\bbank of montreal\b/i, 'BMO'],
  [/\bcibc\b/i, 'CIBC'],
  [/\bonecard\b|\bone credit card\b/i, 'OneCard'],
  [/\bkotak\b/i, 'Kotak Mahindra Bank'],
  [/\bindusind\b/i, 'IndusInd Bank'],
  [/\brbl bank\b/i, 'RBL Bank'],
  [/\bstandard chartered\b/i, 'Standard Chartered'],
  [/\bsynchrony\b/i, 'Synchrony'],
  [/\bgoldman sachs\b/i, 'Goldman Sachs'],
  [/\blloyds\b/i, 'Lloyds'],
  [/\bnatwest\b/i, 'NatWest'],
  [/\bsantander\b/i, 'Santander'],
  [/\bwestpac\b/i, 'Westpac'],
  [/\bcommonwealth bank\b/i, 'Commonwealth Bank'],
  [/\banz\b/i, 'ANZ'],
  [/\buob\b/i, 'UOB'],
];

/** A name ending in a word that only issuers use: "Northwind Bank", "Albion Card Services". */
const GENERIC_ISSUER =
  /\b((?:[A-Z][A-Za-z&'.-]+ ){0,3}(?:Bank|Kreditbank|Sparkasse|Card Services|Credit Union|Financial|Express|Bancorp))\b/i;

/** A word GENERIC_ISSUER needs; most lines have none. */
const ISSUER_WORD = /bank|sparkasse|card services|credit union|financial|express|bancorp/i;

/**
 * Words that make a short capitalised name an issuer's, in the languages we read: a bank
 * ("Banco Aurora", "Polderbank", "Caja del Sol"), a card company ("Kestrel Card", "Carte Azur",
 * "Cartões Douro") or a credit house ("Crédit Sainte-Claire", "Coral Coast Credit").
 */
const NAME_ISSUER_WORD =
  /^(?:\p{L}*bank|banca|banco|banque|bancorp|caja|caixa|cr[ée]dit[oa]?|cr[ée]dito|sparkasse|cards?|cartes?|cart[õo]es|cartão|kaart(?:en)?|karten?|tarjetas?|financial|services|union|express|trust)$/iu;
/** Legal forms printed after an issuer's name: the issuer is named without them, as brands are. */
const LEGAL_FORM =
  /^(?:plc|ltd\.?|limited|inc\.?|llc|n\.?v\.?|b\.?v\.?|ag|gmbh|s\.?a\.?|s\.?p\.?a\.?|s\.?l\.?|co\.?|corp\.?|n\.?a\.?|bhd\.?|pte\.?)$/i;
/** Small words inside names: "Caja del Sol", "Banque du Lac", "Bank of Scotland". */
const NAME_LINK = /^(?:of|the|and|&|de|del|della|du|des|da|do|dos|la|le|di|van|von|der)$/i;
/**
 * Words that make a capitalised phrase a heading or a card's tier, not an issuer ("Credit Card
 * Statement", "Primary Card", "Platinum Card"), in the languages we read.
 */
const NOT_A_NAME =
  /^(?:statement|summary|account|your|my|our|primary|additional|supplementary|add-on|main|debit|platinum|gold|silver|classic|titanium|signature|infinite|world|rewards?|visa|mastercard|business|corporate|monthly|period|page|relev[ée]|extracto|estratto|resumen|riepilogo|overzicht|afschrift|kontoauszug|abrechnung|extrato|fatura|number|balance|payment|total|date)$/i;

/**
 * A cell that is just an issuer's name: up to five capitalised words and a legal form, one of them
 * an issuer word at either end ("Banco Aurora", "Northgate Bank plc"), none a heading word.
 */
function issuerName(cell: string): string | null {
  const words = cell.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && LEGAL_FORM.test(words[end - 1] ?? '')) end--;
  const core = words.slice(0, end);
  if (core.length > 5 || words.length > 6) return null;
  // A one-word name must be a compound with its issuer word inside ("Polderbank").
  if (core.length === 1 && !/^\p{Lu}\p{Ll}+bank$/u.test(core[0] ?? '')) return null;
  for (const [i, w] of core.entries()) {
    if (NOT_A_NAME.test(w)) return null;
    const link = i > 0 && i < core.length - 1 && NAME_LINK.test(w);
    if (!link && !/^\p{Lu}[\p{L}'.&-]*$/u.test(w)) return null;
  }
  const first = core[0] ?? '';
  const last = core[core.length - 1] ?? '';
  if (!NAME_ISSUER_WORD.test(first) && !NAME_ISSUER_WORD.test(last)) return null;
  // A name of issuer words alone is a heading ("Credit Card", "Bank"), not a name.
  if (core.length > 1 && core.every((w) => NAME_ISSUER_WORD.test(w) || NAME_LINK.test(w))) return null;
  return core.join(' ');
}

/**
 * The issuer, from known names first, then a cell on the first page's top lines that is just an
 * issuer's name, then a generic "X Bank" inside a top line, then a known name on a later page.
 */
export function findIssuer(lines: Line[]): string | null {
  const firstPage = lines.filter(onFirstPage);
  // One text for the page: no pattern can match across the newline (none has \s, "." or ^/$), so
  // testing it once per issuer equals testing every line.
  const page = linesText(firstPage);
  for (const [re, name] of KNOWN_ISSUERS) if (re.test(page)) return name;
  const top = firstPage.slice(0, 25);
  const generic = genericIssuer(top);
  if (generic) return generic;
  // A first page that names nobody (an anonymised or cut-down copy): a known issuer named on a
  // later page ("CAPITAL ONE MEMBER FEE", the remittance address) is still the issuer. Only the
  // known names: a generic "… Bank" further in is as likely a merchant or a payee.
  const rest = linesText(lines.filter(afterFirstPage));
  for (const [re, name] of KNOWN_ISSUERS) if (re.test(rest)) return name;
  return null;
}

/** An issuer's name from the top of the first page, by its form ("… Bank", "… Card Services"). */
function genericIssuer(top: Line[]): string | null {
  for (const l of top.slice(0, 15)) {
    for (const c of l.cells) {
      const name = issuerName(c.text);
      if (name) return titleCase(name);
    }
  }
  for (const l of top) {
    if (!ISSUER_WORD.test(l.text)) continue; // the cheap half of GENERIC_ISSUER first
    const m = GENERIC_ISSUER.exec(l.text);
    const name = m?.[1]?.trim();
    if (name && /^[A-Z]/.test(name) && !/^(your|the|our|of|to|pay|bank)\b/i.test(name))
      return titleCase(name);
  }
  return null;
}

/** "NORTHWIND BANK" → "Northwind Bank"; mixed-case names are kept as printed. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const LAST4_PATTERNS = [
  /(?:card|account)\s*(?:number|no\.?|#)?\s*(?:ending|ends)\s*(?:in|with)?\s*[:#]?\s*(?:\d-)?(\d{4,5})\b/i,
  /\bending(?: in)?\s*[:#]?\s*(?:\d-)?(\d{4,5})\b/i,
  /(?:x{4}|\*{4}|•{4}|X{4})[\s-]*(?:(?:x{4}|\*{4}|•{4}|X{4}|x{6}|X{6}|\*{6})[\s-]*)*(\d{4,5})\b/,
  /(?:card|account)\s*(?:number|no\.?|#)\s*:?\s*((?:\d{4}[ -]?){2,3}\d{3,4}\d?)\b/i,
  // The card number's label in the other languages we read, before the number printed whole.
  /(?:karten-?(?:nummer|nr\.?)|kaart(?:nummer|nr\.?)|num[eé]ro (?:de )?(?:carta|tarjeta|carte)|n[uú]mero (?:de |do |da )?(?:tarjeta|cart[aã]o)|n[°º] de (?:carte|tarjeta)|\bn(?:[°º.]{1,2}|ro\.?|r\.) ?(?:(?:de|do|da|di|del) )?(?:carta|tarjeta|carte|cart[aã]o|karte))\s*:?\s*((?:\d{4}[ -]?){2,3}\d{3,4}\d?)\b/i,
];

/**
 * The card's last four digits (five for some Amex layouts), as printed. `rowsAt` marks (1, by index)
 * the lines the row reader took as transactions, when the caller has them.
 */
export function findCardLast4(lines: Line[], rowsAt?: Uint8Array): string | null {
  // Transaction rows may name other accounts ("BALANCE TRANSFER FROM ACCT ENDING 8302"): the rows
  // read, and any other line led by a date. Every pattern needs four digits in a row: lines without
  // them are neither read for a date nor tried.
  const header: Line[] = [];
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    if (rowsAt?.[li] !== 1 && hasFourDigits(l.text) && !readDateAt(l.cells[0]?.text ?? '')) header.push(l);
  }
  for (const re of LAST4_PATTERNS) {
    for (const l of header) {
      const m = re.exec(l.text);
      if (m?.[1]) {
        // Never more than the last four digits, whatever the statement prints (Amex prints five).
        return m[1].replace(/\D/g, '').slice(-4);
      }
    }
  }
  return null;
}

/** Four ASCII digits in a row (each LAST4 pattern's `\d{4}`). */
function hasFourDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

const PERCENT = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%/;
/**
 * A rate's label names what it applies to, on the folded label (see normaliseLabel): purchases
 * ("Purchase APR", "Sollzinssatz Umsätze", "TAEG achats", "Rente aankopen") or cash ("Cash Advance
 * APR", "Taux débiteur retraits", "TAN levantamentos"), in the languages we read.
 */
const PURCHASE_LABEL =
  /^(standard )?purchases?\b|^pay over time\b|\bpurchase (rate|apr|interest)|\b(umsatze?|einkaufe|kaufe|achats?|compras?|consumos|acquisti|aankopen|bestedingen)\b/;
const CASH_LABEL =
  /^cash( advances?| withdrawals?)?\b|\bcash (rate|apr|advance rate)|\b(bargeld\w*|especes|retraits?|efectivo|disposiciones|contanti?|anticip[oi]|avances?|prelievi|opnames|numerario|levantamentos|saques)\b/;
/** Which rate a label names in a rate's own words ("Purchase APR", "Cash advances"). */
function ownRateKind(label: string): 'purchase' | 'cashAdvance' | null {
  return CASH_LABEL.test(label) ? 'cashAdvance' : PURCHASE_LABEL.test(label) ? 'purchase' : null;
}

/** The summary's wording of the balance a rate applies to ("New Purchases", "Spese del periodo"). */
function summaryRateKind(label: string): 'purchase' | 'cashAdvance' | null {
  const field = matchLabel(AMOUNT_LABELS, label);
  return field === 'cashAdvances' ? 'cashAdvance' : field === 'purchases' ? 'purchase' : null;
}

/** A cell holding only a rate: "42.00%", "19,99 %", "24.99% (v)". */
const BARE_RATE = /^\d{1,2}(?:[.,]\d{1,3})?\s?%(?:\s?\(v\))?$/;

/** Rows that state a rate without being the card's: penalties, promotions, rewards, worked examples. */
const NOT_THE_RATE =
  /penalty|promotional|intro|points?|cash ?back|earn|example|beispiel|exemple|ejemplo|esempio|voorbeeld|exemplo/i;

/** A rate in a cell ("19.99%(v)", "16,90 %"), as a number, or null. */
function rateIn(text: string): number | null {
  const m = PERCENT.exec(text);
  const rate = m?.[1] ? Number(m[1].replace(',', '.')) : Number.NaN;
  return rate > 0 && rate < 80 ? rate : null;
}

/**
 * Purchase and cash-advance APRs: a label cell ("Purchases", "Purchase rate (APR)", "Pay Over Time")
 * and the first rate to its right in the same row, or inside the same cell ("Cash 27.94% p.a.").
 * Cell by cell, because rate boxes often sit beside the balance box on the same rows. A transaction
 * row's rate ("GST @ 18% ON FEES") is none of them: the rows read (`rowsAt`, one slot per line) are
 * not looked at.
 */
export function findAprs(lines: Line[], rowsAt?: Uint8Array): StatementSummary['apr'] {
  const apr: StatementSummary['apr'] = { purchase: null, cashAdvance: null };
  // Indexed loops over every line: for…of allocates an iterator result per line until optimised.
  for (let li = 0; li < lines.length; li++) {
    if (rowsAt?.[li] === 1) continue;
    const l = lines[li] as Line;
    if (!l.text.includes('%') || NOT_THE_RATE.test(l.text)) continue;
    l.cells.forEach((cell, i) => {
      const label = normaliseLabel(cell.text);
      const own = ownRateKind(label);
      // The box's wording names the rate only with the rate alone in the next cell ("New Purchases
      // 42.00%"): a row's category ("CHARGES") before "GST @ 18% ON FEES" names none.
      const kind = own ?? (BARE_RATE.test(l.cells[i + 1]?.text ?? '') ? summaryRateKind(label) : null);
      if (!kind || apr[kind] !== null) return;
      let rate = rateIn(cell.text);
      for (let k = i + 1; rate === null && k < l.cells.length; k++) {
        const next = l.cells[k]?.text ?? '';
        if (ownRateKind(normaliseLabel(next)) !== null) break;
        rate = rateIn(next);
      }
      if (rate !== null) apr[kind] = rate;
    });
    // Prose: "levied at 42.00% p.a. on purchases and 42.00% p.a. on cash advances".
    for (const m of l.text.matchAll(
      /(\d{1,2}(?:[.,]\d{1,3})?)\s?%\s*(?:p\.?a\.?|apr|per annum)?\s*(?:on|for)\s+(purchases?|cash)/gi,
    )) {
      const kind = /^cash/i.test(m[2] ?? '') ? 'cashAdvance' : 'purchase';
      if (apr[kind] === null) apr[kind] = rateIn(`${m[1]}%`);
    }
  }
  return apr;
}

// Constants: a literal in the loop would build a new RegExp for every line of the statement.
const ONLY_MINIMUM = /only (the )?minimum/i;
const YEARS = /(\d{1,2})\s+years?/i;
const MONTHS = /(\d{1,3})\s+months?/i;

/**
 * The printed minimum-payment warning: "Only the minimum payment  15 years  $12,128". Never on a
 * transaction row: the rows read (`rowsAt`) are not looked at.
 */
export function findMinimumWarning(
  lines: Line[],
  rowsAt?: Uint8Array,
): StatementSummary['minimumPaymentWarning'] {
  for (let li = 0; li < lines.length; li++) {
    if (rowsAt?.[li] === 1) continue;
    const l = lines[li] as Line;
    if (!ONLY_MINIMUM.test(l.text)) continue;
    const years = YEARS.exec(l.text);
    const months = MONTHS.exec(l.text);
    const amountCell = [...l.cells].reverse().find((c) => parseAmount(c.text)?.currency);
    const total = amountCell ? parseAmount(amountCell.text) : null;
    if ((years || months) && total) {
      return {
        years: years ? Number(years[1]) : null,
        months: months ? Number(months[1]) : null,
        totalCost: total.cents,
      };
    }
  }
  return null;
}
