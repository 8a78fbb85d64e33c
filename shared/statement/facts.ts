/**
 * Header facts that are not labelled figures: the issuer, the card's last four digits, the currency,
 * the APRs and the statement's own minimum-payment warning.
 */
import type { Line } from '../pdf/layout.js';
import { CURRENCY_CODES, parseAmount } from './money.js';
import type { StatementSummary } from './types.js';

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
];

/** A name ending in a word that only issuers use: "Northwind Bank", "Albion Card Services". */
const GENERIC_ISSUER =
  /\b((?:[A-Z][A-Za-z&'.-]+ ){0,3}(?:Bank|Kreditbank|Sparkasse|Card Services|Credit Card Services|Credit Union|Financial|Express|Bancorp))\b/;

/** The issuer, from known names first, then a generic "X Bank" on the first page's top lines. */
export function findIssuer(lines: Line[]): string | null {
  const firstPage = lines.filter((l) => l.page === 1);
  for (const [re, name] of KNOWN_ISSUERS) if (firstPage.some((l) => re.test(l.text))) return name;
  for (const l of firstPage.slice(0, 25)) {
    const m = GENERIC_ISSUER.exec(l.text);
    if (m?.[1] && !/^(your|the|our|of|to)\b/i.test(m[1])) return m[1].trim();
  }
  return null;
}

const LAST4_PATTERNS = [
  /(?:card|account)\s*(?:number|no\.?|#)?\s*(?:ending|ends)\s*(?:in|with)?\s*[:#]?\s*(\d{4,5})\b/i,
  /\bending(?: in)?\s*[:#]?\s*(\d{4,5})\b/i,
  /(?:x{4}|\*{4}|•{4}|X{4})[\s-]*(?:(?:x{4}|\*{4}|•{4}|X{4}|x{6}|X{6}|\*{6})[\s-]*)*(\d{4,5})\b/,
  /(?:card|account)\s*(?:number|no\.?|#)\s*:?\s*((?:\d{4}[ -]?){2,3}\d{3,4}\d?)\b/i,
];

/** The card's last four digits (five for some Amex layouts), as printed. */
export function findCardLast4(lines: Line[]): string | null {
  for (const re of LAST4_PATTERNS) {
    for (const l of lines) {
      const m = re.exec(l.text);
      if (m?.[1]) {
        const digits = m[1].replace(/\D/g, '');
        return digits.length > 5 ? digits.slice(-4) : digits;
      }
    }
  }
  return null;
}

const SYMBOL_CODES: Array<[RegExp, string]> = [
  [/₹|\bRs\.?\s?\d/g, 'INR'],
  [/£/g, 'GBP'],
  [/€/g, 'EUR'],
  [/(?<![A-Z])\$/g, 'USD'],
];

/** The statement currency: an explicit "Currency: EUR", else the most printed symbol or code. */
export function findCurrency(lines: Line[]): string {
  const counts = new Map<string, number>();
  const add = (code: string, n: number) => counts.set(code, (counts.get(code) ?? 0) + n);
  for (const l of lines) {
    const explicit = /\b(?:currency|amounts? in|amount \()\s*:?\s*([A-Z]{3})\b/i.exec(l.text);
    if (explicit?.[1] && CURRENCY_CODES.has(explicit[1].toUpperCase())) return explicit[1].toUpperCase();
    for (const [re, code] of SYMBOL_CODES) add(code, l.text.match(re)?.length ?? 0);
    for (const c of l.cells) {
      const a = parseAmount(c.text);
      if (a?.currency) add(a.currency, 1);
    }
    if (/\b\d{1,2},\d{2},\d{3}\.\d{2}\b/.test(l.text)) add('INR', 1); // lakh grouping
  }
  let best = 'USD';
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

const PERCENT = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%/;

/** Purchase and cash-advance APRs from rows like "Purchases  19.99%(v)" or "Purchase APR 24.9% p.a.". */
export function findAprs(lines: Line[]): StatementSummary['apr'] {
  const apr: StatementSummary['apr'] = { purchase: null, cashAdvance: null };
  for (const l of lines) {
    const first = (l.cells[0]?.text ?? '').toLowerCase();
    const text = l.text.toLowerCase();
    if (/penalty|promotional|intro/.test(text)) continue;
    const aprContext = /\bapr\b|annual percentage rate|interest rate|p\.a\./.test(text);
    const m = PERCENT.exec(l.text);
    if (!m?.[1]) continue;
    const rate = Number(m[1].replace(',', '.'));
    if (!(rate > 0 && rate < 80)) continue;
    const isPurchase = /^(standard )?purchases?\b/.test(first) || (aprContext && /\bpurchases?\b/.test(text));
    const isCash = /^cash( advances?| withdrawals?)?\b/.test(first) || (aprContext && /\bcash\b/.test(text));
    if (isCash && apr.cashAdvance === null) apr.cashAdvance = rate;
    else if (isPurchase && apr.purchase === null) apr.purchase = rate;
  }
  return apr;
}

/** The printed minimum-payment warning: "Only the minimum payment  15 years  $12,128". */
export function findMinimumWarning(lines: Line[]): StatementSummary['minimumPaymentWarning'] {
  for (const l of lines) {
    if (!/only (the )?minimum/i.test(l.text)) continue;
    const years = /(\d{1,2})\s+years?/i.exec(l.text);
    const months = /(\d{1,3})\s+months?/i.exec(l.text);
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
