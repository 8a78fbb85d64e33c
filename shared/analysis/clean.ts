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
  // One pass over the characters spares nearly every description the split below.
  if (!hasSpacedRun(text)) return text;
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

/** True when text[from, to) is all digits and at least five of them (a reference number). */
function isReference(text: string, from: number, to: number): boolean {
  if (to - from < 5) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * True when the text has a run of four single characters: one pass instead of a regex, since
 * every description is asked.
 */
function hasSpacedRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const single =
      text.charCodeAt(i) !== 32 &&
      (i === 0 || text.charCodeAt(i - 1) === 32) &&
      (i + 1 === text.length || text.charCodeAt(i + 1) === 32);
    if (single) {
      run += 1;
      if (run >= 4) return SPACED_RUN.test(text);
    } else if (text.charCodeAt(i) !== 32 && (i === 0 || text.charCodeAt(i - 1) === 32)) run = 0;
  }
  return false;
}

/**
 * The words of a description that can name its merchant, in order (see the file comment). Works
 * on positions, not on a split: it runs for every description of a statement.
 */
export function cleanDescription(description: string): string {
  let text = description.includes('(') ? withoutParentheses(description) : description;
  if (text.includes('  ') || text.includes('\t')) text = text.replace(/\s+/g, ' ');
  text = unspaceLetters(text.trim());
  let start = 0;
  let end = text.length;
  // Leading reference numbers (five digits or more); a short number can start a brand ("24 HOUR").
  for (
    let space = text.indexOf(' ');
    space > 0 && isReference(text, start, space);
    space = text.indexOf(' ', start)
  ) {
    start = space + 1;
  }
  // Trailing columns, while at least two words are left.
  for (let space = text.lastIndexOf(' ', end - 1); space >= start; space = text.lastIndexOf(' ', end - 1)) {
    const last = text.slice(space + 1, end);
    if (dropsAtEnd(last)) {
      end = space;
      // "… ES Others": the code printed in the column before an empty category goes with it.
      const before = text.lastIndexOf(' ', end - 1);
      if (
        EMPTY_COLUMNS.has(last.toUpperCase()) &&
        before >= start &&
        /^[A-Z]{1,2}$/.test(text.slice(before + 1, end))
      ) {
        end = before;
      }
    } else if (last.length === 1 && /[A-Za-z]/.test(last) && text.lastIndexOf(' ', space - 1) >= start) {
      end = space; // a legal form cut to one letter by the column ("SYSTEMS L")
    } else break;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
