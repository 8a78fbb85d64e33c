/**
 * The statement's currency: an explicit "Currency: EUR", else the most printed symbol or code. It
 * looks at every line and cell of the document, so the counting avoids regexes where it can.
 */
import type { Line } from '../pdf/layout.js';
import { CURRENCY_CODES, parseAmount } from './money.js';

/** "Rs 500", "Rs.500": the rupee abbreviation only counts before a number. */
const RUPEE_ABBREV = /\bRs\.?\s?\d/g;
const EXPLICIT = /\b(?:currency|amounts? in|amount \()\s*:?\s*([A-Z]{3})\b/i;
/** Indian lakh grouping ("1,23,456.78") marks rupees even without a symbol. */
const LAKH = /\b\d{1,2},\d{2},\d{3}\.\d{2}\b/;

/** The statement currency: an explicit "Currency: EUR", else the most printed symbol or code. */
export function findCurrency(lines: Line[]): string {
  // Symbol counts (INR GBP EUR USD), then any other code in the order first seen: ties go to the
  // earliest, as the four symbol codes are counted from the first line on.
  let inr = 0;
  let gbp = 0;
  let eur = 0;
  let usd = 0;
  const others = new Map<string, number>();
  for (const l of lines) {
    const text = l.text;
    const explicit = EXPLICIT.exec(text);
    if (explicit?.[1] && CURRENCY_CODES.has(explicit[1].toUpperCase())) return explicit[1].toUpperCase();
    inr += countOf(text, '₹') + (text.includes('Rs') ? (text.match(RUPEE_ABBREV)?.length ?? 0) : 0);
    gbp += countOf(text, '£');
    eur += countOf(text, '€');
    usd += countOfDollar(text);
    for (const c of l.cells) {
      const code = parseAmount(c.text)?.currency;
      if (code === 'INR') inr++;
      else if (code === 'GBP') gbp++;
      else if (code === 'EUR') eur++;
      else if (code === 'USD') usd++;
      else if (code) others.set(code, (others.get(code) ?? 0) + 1);
    }
    if (text.includes(',') && LAKH.test(text)) inr++;
  }
  const counts: Array<[string, number]> = [['INR', inr], ['GBP', gbp], ['EUR', eur], ['USD', usd], ...others];
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
