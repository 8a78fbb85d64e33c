/**
 * Merchant names from raw statement descriptions. Card networks pass the merchant's name, city and
 * state in fixed-width fields, often behind a processor prefix and followed by store, phone or
 * reference numbers; we peel those layers off and title-case what is left.
 */

import { firstMatch } from './first-match.js';
import {
  BRAND_NAMES,
  CITY_NAMES,
  NOISE_WORDS,
  NUMBER_MARKERS,
  PROCESSOR_PREFIXES,
  REGION_CODES,
  REGION_NAMES,
  SPACE_PREFIXES,
} from './merchant-data.js';

const SMALL_WORDS = new Set(['of', 'and', 'the', 'at', 'in', 'on', 'for', 'de', 'by']);
const DOMAIN = /^(www\.)?([a-z0-9-]+)(\.[a-z]{2,})+(\/\S*)?$/i;
const NOISE = new Set(NOISE_WORDS);
const MARKERS = new Set(NUMBER_MARKERS);
const PROCESSORS = new Set(PROCESSOR_PREFIXES);
const SPACE_PROCESSOR = new RegExp(`^(${SPACE_PREFIXES.join('|')})\\s+(?=\\S)`, 'i');
const REGIONS = new Set(REGION_NAMES);
const CITIES = new Set(CITY_NAMES);
// Truncated city fields: every proper prefix of five letters or more, so a lookup replaces a scan.
const CITY_PREFIXES = new Set(
  CITY_NAMES.flatMap((c) => Array.from({ length: Math.max(0, c.length - 5) }, (_, k) => c.slice(0, 5 + k))),
);
const SEPARATORS = new Set(['-', '/', '.', '(']);

const brandOf = firstMatch(BRAND_NAMES);

/** Removes "SQ *", "PAYPAL *", "TST* " and similar; keeps the merchant side of "MERCHANT*REF". */
function peelStar(text: string): string {
  // A loop, not recursion: a description of thousands of stars must not exhaust the stack.
  for (let rest = text; ; ) {
    const withoutSpacePrefix = rest.replace(SPACE_PROCESSOR, '');
    const star = withoutSpacePrefix.indexOf('*');
    if (star < 0) return withoutSpacePrefix;
    const left = withoutSpacePrefix.slice(0, star).trim();
    // "ATT*BILL PAYMENT", "AMZN Mktp US*RT4G124P0": what follows the star is a product or reference.
    if (left !== '' && !PROCESSORS.has(left.toUpperCase())) return left;
    rest = withoutSpacePrefix.slice(star + 1).trim();
  }
}

/**
 * endsName for any token but the first (findIndex's callback). At module level: an arrow made per
 * description would be compiled again after each full collection (docs/load.md, "Per-call closures").
 */
function endsNameAfterFirst(token: string, i: number): boolean {
  return i > 0 && endsName(token);
}

/** True for a token at which the name has ended: store, phone or reference numbers. */
function endsName(token: string): boolean {
  // Every rule below needs a leading "#" or a digit: most tokens are words and skip the five regexes.
  if (token.charCodeAt(0) !== 35 && !hasDigit(token)) return false;
  return (
    /^#/.test(token) ||
    /^\d{3,}$/.test(token) ||
    /^\+?\d[\d-]{6,}$/.test(token) ||
    /^\d{3}-[A-Z0-9-]{3,}$/i.test(token) ||
    (/\d/.test(token) && /[A-Z]/i.test(token) && /^[A-Z0-9]{6,}$/i.test(token) && /\d.*\d/.test(token))
  );
}

function cityAt(tokens: string[]): number {
  // How many trailing tokens name a city (allowing a truncated last word, as fixed-width fields do).
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const tail = tokens.slice(-n).join(' ').toUpperCase();
    if (CITIES.has(tail) || CITY_PREFIXES.has(tail)) return n;
  }
  return 0;
}

function regionNameAt(tokens: string[]): number {
  for (let n = Math.min(2, tokens.length - 1); n >= 1; n--) {
    if (REGIONS.has(tokens.slice(-n).join(' ').toUpperCase())) return n;
  }
  return 0;
}

/** Drops the location and noise that trail a merchant's name. */
function stripTail(tokens: string[]): string[] {
  const out = [...tokens];
  let cityDone = false;
  for (let changed = true; changed && out.length > 1; ) {
    changed = false;
    const last = (out[out.length - 1] ?? '').toUpperCase();
    // `/^\d{1}$/` and `!/[A-Z0-9]/i` (ASCII letters and digits only, as those regexes read them).
    const single = last.length === 1 && (asciiKinds(last) & 1) !== 0;
    if (REGION_CODES.has(last) || NOISE.has(last) || single || asciiKinds(last) === 0) {
      out.pop();
      changed = true;
      continue;
    }
    const region: number = regionNameAt(out);
    const city: number = cityDone ? 0 : cityAt(out);
    if (region > 0 || city > 0) {
      const removed = out
        .splice(out.length - Math.max(region, city))
        .join(' ')
        .toUpperCase();
      cityDone ||= city > 0;
      // A 25-character name field cut mid-word just before the city ("CHAAT BHAVAN MOUNTAI").
      const before = (out[out.length - 1] ?? '').toUpperCase();
      if (
        out.length > 1 &&
        before.length >= 4 &&
        removed.startsWith(before) &&
        removed.length > before.length
      ) {
        out.pop();
      }
      changed = true;
    }
  }
  return out;
}

/**
 * Bit 1: the text has an ASCII digit; 2: an ASCII upper-case letter; 4: a lower-case one (what
 * `/\d/`, `/[A-Z]/` and `/[a-z]/` test; test/analysis/fast-paths.test.ts holds it to them).
 */
export function asciiKinds(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) kinds |= 1;
    else if (c >= 65 && c <= 90) kinds |= 2;
    else if (c >= 97 && c <= 122) kinds |= 4;
  }
  return kinds;
}

/** `/\d/.test(text)`, without a regex run per token. */
function hasDigit(text: string): boolean {
  return (asciiKinds(text) & 1) !== 0;
}

function titleWord(word: string, index: number): string {
  // `/[a-z]/.test(word)` and `/[A-Z]/.test(word)` in one pass.
  const kinds = asciiKinds(word);
  const hasLower = (kinds & 4) !== 0;
  const hasUpper = (kinds & 2) !== 0;
  // Deliberate mixed case ("YouTube", "eBay") is the brand's own spelling.
  if (hasLower && hasUpper && !/^[A-Z][a-z'’]+$/.test(word)) return word;
  const lower = word.toLowerCase();
  if (index > 0 && SMALL_WORDS.has(lower)) return lower;
  return capitalize(lower);
}

/** Upper-cases a-z at the start and after "-", "/", "." or "(" (a replace callback per word was slow). */
function capitalize(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === 0 || SEPARATORS.has(lower.charAt(i - 1)))) {
      out += lower.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/**
 * True when collapsing whitespace would change nothing: single plain spaces between words only.
 * Rare whitespace (tabs, no-break spaces…) answers false and takes the general path.
 */
function isCollapsed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32) return false;
    } else if ((c >= 9 && c <= 13) || c >= 0xa0) return false;
  }
  return true;
}

/** True when a letter is directly followed by five digits or more ("FEDEX789226298200"). */
function hasGluedNumber(text: string): boolean {
  let afterLetter = false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits += 1;
      if (afterLetter && digits >= 5) return true;
    } else {
      afterLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      digits = 0;
    }
  }
  return false;
}

/** Drops web addresses and "/US"-style suffixes; a leading address becomes the merchant's name. */
function withoutAddresses(tokens: readonly string[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    // Both patterns need their "." or "/": most tokens skip the regex run.
    const domain = t.includes('.') ? DOMAIN.exec(t) : null;
    if (!domain) out.push(t.includes('/') ? t.replace(/\/(US|USA|GB|UK|IN)$/i, '') : t);
    // A web address first is the merchant itself ("www.olacabs.com"); later it is a help URL.
    else if (i === 0) out.push(domain[2] ?? t);
  });
  return out;
}

/**
 * `text.replace(/\([^)]*\)/g, ' ')` in one pass: the regex retries from every unclosed "(", which is
 * quadratic on a description of many of them (seconds on the main thread for 50k).
 */
export function withoutParentheses(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break; // no ")" after this "(": none after any later one either
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Turns a printed description into a readable merchant name ("COSTCO WHSE #0143 MOUNTAIN VIEW CA" → "Costco"). */
export function cleanMerchant(description: string): string {
  const collapsed = isCollapsed(description) ? description : description.replace(/\s+/g, ' ').trim();
  // Each replace runs only when its pattern can match: most descriptions need neither.
  const peeled = peelStar(collapsed.includes('(') ? withoutParentheses(collapsed).trim() : collapsed);
  const text = (hasGluedNumber(peeled) ? peeled.replace(/([A-Za-z])(\d{5,})/g, '$1 $2') : peeled).trim();
  const early = brandOf(text);
  if (early) return early;

  // `text` is trimmed: only a double space (or nothing at all) leaves empty tokens to drop.
  let tokens = text === '' || text.includes('  ') ? text.split(' ').filter((t) => t !== '') : text.split(' ');
  // Leading references ("-1234") go; a short number that starts a brand ("24 HOUR FITNESS") stays.
  while (tokens.length > 1 && /^([^A-Za-z0-9]+\S*|\d{4,})$/.test(tokens[0] ?? '')) tokens.shift();
  tokens = withoutAddresses(tokens);
  const cut = tokens.findIndex(endsNameAfterFirst);
  if (cut > 0) {
    tokens = tokens.slice(0, cut);
    while (tokens.length > 1 && MARKERS.has((tokens[tokens.length - 1] ?? '').toUpperCase())) tokens.pop();
  }
  tokens = stripTail(tokens);

  const titled = tokens.map(titleWord).join(' ');
  // "TRADER JOE S": the apostrophe did not survive the card network.
  const name = (titled.includes(' S') ? titled.replace(/(\w) S\b/g, "$1's") : titled).trim();
  if (name === '') return titleWord(collapsed, 0);
  return brandOf(name) ?? name;
}
