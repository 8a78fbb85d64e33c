/**
 * Descriptions cleaned before their category is looked up. Statements print more than the merchant
 * in the description column: reference numbers before it ("11043442866 ONE MOBIKWIK SYSTEMS L 132"),
 * reward points, country and currency codes and category columns after it ("… IN", "… INR",
 * "… ES Others"), markers in parentheses ("(Pay in EMIs)", "(Ref# …)"), and letters spaced out by
 * the PDF's layout ("A M Z N M k t p C A"). None of that names the merchant; all of it can hide it.
 */
import { withoutParentheses } from './merchant.js';

/** Country and currency codes that end a description (ISO 3166 alpha-2/3, ISO 4217). Upper case. */
// biome-ignore format: a data list
const TAIL_CODES = new Set(
  `IN IND INR US USA USD SG SGP SGD AU AUS AUD CA CAN CAD GB GBR GBP UK EU EUR DE DEU FR FRA NL NLD ES ESP IT ITA
  IE IRL CH CHE CHF AE ARE AED HK HKG HKD JP JPN JPY NZ NZL NZD MY MYS MYR`.split(/\s+/),
);

/** Category-column words that say nothing ("Others"): dropped from the end. Upper case. */
const EMPTY_COLUMNS = new Set(['OTHERS', 'OTHER', 'MISC', 'MISCELLANEOUS']);

/**
 * A number as printed in a trailing column: points, amounts, references ("132", "-1,250", "12.00").
 * A bare one- or two-digit number stays: it can end a brand ("PHILLIPS 66").
 */
const NUMBER = /^([-+][\d,]*\d|\d[\d,]*\d\d|[\d,]*\d\.\d+)(CR|DR)?$/i;

/** Four single characters in a row, the least a spaced-out word shows. */
const SPACED_RUN = /(?:^|\s)[A-Za-z0-9] [A-Za-z0-9] [A-Za-z0-9] [A-Za-z0-9](?:\s|$)/;

function isSingle(token: string): boolean {
  return token.length === 1 && /[A-Za-z0-9]/.test(token);
}

/**
 * Rejoins a run of four or more single characters ("A M Z N M k t p C A" → "AMZN Mktp CA"): the
 * letters are joined, then split again where the case changes the way words do.
 */
export function unspaceLetters(text: string): string {
  // One regex test spares nearly every description the split below.
  if (!SPACED_RUN.test(text)) return text;
  const tokens = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && isSingle(tokens[j] as string)) j++;
    if (j - i >= 4) {
      const joined = tokens.slice(i, j).join('');
      out.push(joined.replace(/([A-Z]+)(?=[A-Z][a-z])/g, '$1 ').replace(/([a-z])(?=[A-Z])/g, '$1 '));
      i = j;
    } else {
      out.push(tokens[i] as string);
      i++;
    }
  }
  return out.join(' ');
}

/** True when the token ends what names the merchant (see cleanDescription's loop). */
function dropsAtEnd(last: string): boolean {
  const upper = last.toUpperCase();
  return (NUMBER.test(last) && !isTicket(last)) || TAIL_CODES.has(upper) || EMPTY_COLUMNS.has(upper);
}

/** A 13-digit number is an airline ticket (its first digits name the carrier): it stays. */
function isTicket(token: string): boolean {
  return token.length === 13 && /^\d+$/.test(token);
}

/** The words of a description that can name its merchant, in order (see the file comment). */
export function cleanDescription(description: string): string {
  let text = description.includes('(') ? withoutParentheses(description) : description;
  if (/\s\s|\t/.test(text)) text = text.replace(/\s+/g, ' ');
  text = unspaceLetters(text.trim());
  // Most descriptions start with a letter and end in a place name: nothing to cut, no split.
  const lastSpace = text.lastIndexOf(' ');
  const first = text.charCodeAt(0);
  if (
    lastSpace < 0 ||
    ((first < 48 || first > 57) && !dropsAtEnd(text.slice(lastSpace + 1)) && !/ \S$/.test(text))
  ) {
    return text;
  }
  const tokens = text.split(' ').filter((t) => t !== '');
  let start = 0;
  let end = tokens.length;
  // Leading reference numbers (five digits or more); a short number can start a brand ("24 HOUR").
  while (end - start > 1 && /^\d{5,}$/.test(tokens[start] as string)) start++;
  while (end - start > 1) {
    const last = tokens[end - 1] as string;
    const upper = last.toUpperCase();
    if (dropsAtEnd(last)) {
      end--;
      // "… ES Others": the code printed in the column before an empty category goes with it.
      const before = tokens[end - 1] ?? '';
      if (EMPTY_COLUMNS.has(upper) && end - start > 1 && /^[A-Z]{1,2}$/.test(before)) end--;
    } else if (last.length === 1 && /[A-Za-z]/.test(last) && end - start > 2) {
      end--; // a legal form cut to one letter by the column ("SYSTEMS L")
    } else break;
  }
  return start === 0 && end === tokens.length ? text : tokens.slice(start, end).join(' ');
}
