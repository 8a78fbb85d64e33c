/**
 * Merchant names from raw statement descriptions. Card networks pass the merchant's name, city and
 * state in fixed-width fields, often behind a processor prefix and followed by store, phone or
 * reference numbers; we peel those layers off and title-case what is left.
 */
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

function brandOf(text: string): string | null {
  for (const [pattern, name] of BRAND_NAMES) if (pattern.test(text)) return name;
  return null;
}

/** Removes "SQ *", "PAYPAL *", "TST* " and similar; keeps the merchant side of "MERCHANT*REF". */
function peelStar(text: string): string {
  const withoutSpacePrefix = text.replace(SPACE_PROCESSOR, '');
  const star = withoutSpacePrefix.indexOf('*');
  if (star < 0) return withoutSpacePrefix;
  const left = withoutSpacePrefix.slice(0, star).trim();
  const right = withoutSpacePrefix.slice(star + 1).trim();
  if (left === '' || PROCESSORS.has(left.toUpperCase())) return peelStar(right);
  // "ATT*BILL PAYMENT", "AMZN Mktp US*RT4G124P0": what follows the star is a product or reference.
  return left;
}

/** True for a token at which the name has ended: store, phone or reference numbers. */
function endsName(token: string): boolean {
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
    if (
      CITY_NAMES.some((c) => c === tail || (tail.length >= 5 && c.startsWith(tail) && c.length > tail.length))
    )
      return n;
  }
  return 0;
}

function regionNameAt(tokens: string[]): number {
  for (let n = Math.min(2, tokens.length - 1); n >= 1; n--) {
    if (REGION_NAMES.includes(tokens.slice(-n).join(' ').toUpperCase())) return n;
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
    if (REGION_CODES.has(last) || NOISE.has(last) || /^\d{1}$/.test(last) || !/[A-Z0-9]/i.test(last)) {
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

function titleWord(word: string, index: number): string {
  const hasLower = /[a-z]/.test(word);
  const hasUpper = /[A-Z]/.test(word);
  // Deliberate mixed case ("YouTube", "eBay") is the brand's own spelling.
  if (hasLower && hasUpper && !/^[A-Z][a-z'’]+$/.test(word)) return word;
  const lower = word.toLowerCase();
  if (index > 0 && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(/(^|[-/.(])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Turns a printed description into a readable merchant name ("COSTCO WHSE #0143 MOUNTAIN VIEW CA" → "Costco"). */
export function cleanMerchant(description: string): string {
  const collapsed = description.replace(/\s+/g, ' ').trim();
  const text = peelStar(collapsed.replace(/\([^)]*\)/g, ' ').trim())
    .replace(/([A-Za-z])(\d{5,})/g, '$1 $2')
    .trim();
  const early = brandOf(text);
  if (early) return early;

  let tokens = text.split(' ').filter((t) => t !== '');
  // Leading references ("-1234") go; a short number that starts a brand ("24 HOUR FITNESS") stays.
  while (tokens.length > 1 && /^([^A-Za-z0-9]+\S*|\d{4,})$/.test(tokens[0] ?? '')) tokens.shift();
  tokens = tokens.flatMap((t, i) => {
    const domain = DOMAIN.exec(t);
    if (!domain) return [t.replace(/\/(US|USA|GB|UK|IN)$/i, '')];
    // A web address first is the merchant itself ("www.olacabs.com"); later it is a help URL.
    return i === 0 ? [domain[2] ?? t] : [];
  });
  const cut = tokens.findIndex((t, i) => i > 0 && endsName(t));
  if (cut > 0) {
    tokens = tokens.slice(0, cut);
    while (tokens.length > 1 && MARKERS.has((tokens[tokens.length - 1] ?? '').toUpperCase())) tokens.pop();
  }
  tokens = stripTail(tokens);

  const name = tokens
    .map(titleWord)
    .join(' ')
    // "TRADER JOE S": the apostrophe did not survive the card network.
    .replace(/(\w) S\b/g, "$1's")
    .trim();
  if (name === '') return titleWord(collapsed, 0);
  return brandOf(name) ?? name;
}
