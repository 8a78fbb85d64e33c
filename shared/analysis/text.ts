/**
 * Text matching shared by merchant cleaning, categories and subscriptions. Statement descriptions
 * glue words to digits and punctuation ("FEDEX789226298200", "APPLE.COM/BILL", "TRADER JOE S"), so
 * both the text and the rule terms go through the same normalisation and match on whole words.
 */

import { firstWordIndex, hashStep } from './term-index.js';

/** Lower-cases and reduces text to space-separated words of letters and digits. */
export function normalizeText(text: string): string {
  return isAscii(text) ? normalizeAscii(text) : normalizeUnicode(text);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The general form, the rules as one chain of replaces: Unicode case folding and decomposition can
 * turn one character into several. Exported as the oracle the ASCII fast path is tested against.
 */
export function normalizeUnicode(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    // Glued letters and digits ("fedex789…", "o2") become separate words on both sides alike.
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const LETTER = 1;
const DIGIT = 2;

/**
 * The same result as normalizeUnicode for ASCII text (nearly every description) in one pass: runs of
 * letters and runs of digits are words, "&" and "+" are the words "and" and "plus", the rest separates.
 */
function normalizeAscii(text: string): string {
  // One lower-casing and slices of it: lower-casing word by word cost more than the rest together.
  const lower = text.toLowerCase();
  let out = ' ';
  let prev = 0; // class of the run being read: 0 between words
  let runStart = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const kind = c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0;
    if (kind !== 0 && kind === prev) continue;
    if (prev !== 0) out += `${lower.slice(runStart, i)} `;
    prev = kind;
    runStart = i;
    if (c === 38) out += 'and ';
    else if (c === 43) out += 'plus ';
  }
  if (prev !== 0) out += `${lower.slice(runStart)} `;
  return out === ' ' ? '  ' : out;
}

/** A term prepared once for repeated whole-word matching. */
export interface Term {
  raw: string;
  norm: string;
  /** `norm` with a plural "s" on its last word, built once (matching runs per transaction × term). */
  plural: string;
}

/** Prepares rule terms, longest first (stable), so the first hit is the longest; empty ones are dropped. */
export function prepareTerms(terms: readonly string[]): Term[] {
  return terms
    .map((raw) => {
      const norm = normalizeText(raw);
      return { raw, norm, plural: `${norm.slice(0, -1)}s ` };
    })
    .filter((t) => t.norm.trim().length > 0)
    .sort((a, b) => b.norm.length - a.norm.length);
}

/**
 * The longest term that occurs in `normText` as whole words (so "bp" never matches inside
 * "bpay"). A plural "s" is allowed after the last word. Returns null when none occurs.
 * `terms` is a table from prepareTerms (its order and " word " form are what make this exact).
 */
export function longestMatch(normText: string, terms: readonly Term[]): Term | null {
  const index = firstWordIndex(terms);
  let best = -1;
  // Each hash is looked up once: a repeated word ("GAS GAS GAS …", 100k characters of it) would
  // otherwise re-test the same candidates against the whole text at every occurrence (quadratic).
  const seen = new Set<number>();
  const lookUp = (hash: number) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    best = firstHit(normText, terms, index.get(hash), best);
  };
  // Only terms whose first word occurs in the text can match: look those up instead of scanning
  // the whole table (a rule table of ~1,000 terms × 9,000 transactions was the analysis' hot spot).
  // Words are looked up by a hash of their characters, so no word string is cut out of the text;
  // a colliding candidate costs one `includes` and cannot match unless it really occurs. The
  // result is the lowest matching position, so the order of the lookups does not matter.
  for (let start = 0; start < normText.length; ) {
    let end = normText.indexOf(' ', start);
    if (end < 0) end = normText.length;
    if (end > start) {
      let hash = 0;
      let withoutLast = 0;
      for (let i = start; i < end; i++) {
        withoutLast = hash;
        hash = hashStep(hash, normText.charCodeAt(i));
      }
      lookUp(hash);
      // "coffees": a plural "s" on a single-word term.
      if (normText.charCodeAt(end - 1) === 115) lookUp(withoutLast);
    }
    start = end + 1;
  }
  return best >= 0 ? (terms[best] as Term) : null;
}

/** The lowest of `best` and the candidate positions whose term occurs in the text. */
function firstHit(
  normText: string,
  terms: readonly Term[],
  candidates: readonly number[] | undefined,
  best: number,
): number {
  if (candidates === undefined) return best;
  for (const i of candidates) {
    if (best >= 0 && i >= best) break; // positions ascend; an earlier (longer) hit is already held
    const term = terms[i] as Term;
    if (normText.includes(term.norm) || normText.includes(term.plural)) return i;
  }
  return best;
}
