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
 * Text normalizeText leaves as it is but for the spaces around it: lower-case words of only letters
 * or only digits, one space apart.
 */
export const PLAIN_WORDS = /^(?:[a-z]+|\d+)(?: (?:[a-z]+|\d+))*$/;

/**
 * The same result as normalizeUnicode for ASCII text (nearly every description) in one pass: runs of
 * letters and runs of digits are words, "&" and "+" are the words "and" and "plus", the rest separates.
 */
function normalizeAscii(text: string): string {
  // One lower-casing and slices of it: lower-casing word by word cost more than the rest together.
  const lower = text.toLowerCase();
  // Already words of only letters or only digits, one space apart ("regal cinemas portland or"):
  // the result is the text itself between spaces, without a slice per word.
  if (PLAIN_WORDS.test(lower)) return ` ${lower} `;
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

/** A term prepared once for repeated whole-word matching: its words as normalizeText gives them. */
export interface Term {
  norm: string;
}

/**
 * Orders terms longest first, keeping the given order among equal lengths (what a stable sort by
 * length gives), by counting the lengths: no comparator call per comparison, which at start-up
 * (6,000 knowledge-base names, code not yet compiled) cost more than the rest of a table's build.
 */
export function longestFirst<T extends Term>(terms: readonly T[]): T[] {
  // Indexed loops: this runs once, before the code is compiled, where for-of costs an iterator call
  // per element.
  let max = 0;
  for (let i = 0; i < terms.length; i++) max = Math.max(max, (terms[i] as T).norm.length);
  // next[d]: where the next term whose norm is d characters shorter than the longest goes.
  const next = new Int32Array(max + 2);
  for (let i = 0; i < terms.length; i++) {
    const d = max - (terms[i] as T).norm.length + 1;
    next[d] = (next[d] as number) + 1;
  }
  for (let d = 1; d <= max + 1; d++) next[d] = (next[d] as number) + (next[d - 1] as number);
  const out = new Array<T>(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as T;
    const d = max - t.norm.length;
    const at = next[d] as number;
    out[at] = t;
    next[d] = at + 1;
  }
  return out;
}

/** Prepares rule terms, longest first (stable), so the first hit is the longest; empty ones are dropped. */
export function prepareTerms(terms: readonly string[]): Term[] {
  const prepared: Term[] = [];
  for (const raw of terms) {
    const norm = normalizeText(raw);
    if (norm.length > 2) prepared.push({ norm });
  }
  return longestFirst(prepared);
}

/**
 * The longest term that occurs in `normText` as whole words (so "bp" never matches inside
 * "bpay"). A plural "s" is allowed after the last word. Returns null when none occurs.
 * `terms` is a table from prepareTerms (its order and " word " form are what make this exact).
 */
export function longestMatch<T extends Term>(normText: string, terms: readonly T[]): T | null {
  const index = firstWordIndex(terms);
  let best = -1;
  // Only terms whose first word occurs in the text can match: look those up instead of scanning
  // the whole table (a rule table of ~1,000 terms × 9,000 transactions was the analysis' hot spot).
  // Words are looked up by a hash of their characters, so no word string is cut out of the text;
  // a candidate is compared at the word's own place (every place a term occurs starts with its
  // first word, so this finds what a search of the whole text would), which keeps a repeated word
  // ("GAS GAS GAS …", 100k characters of it) linear. The result is the lowest matching position.
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
      best = hitAt(normText, start - 1, terms, index.get(hash), best);
      // "coffees": a plural "s" on a single-word term.
      if (normText.charCodeAt(end - 1) === 115) {
        best = hitAt(normText, start - 1, terms, index.get(withoutLast), best);
      }
    }
    start = end + 1;
  }
  return best >= 0 ? (terms[best] as T) : null;
}

/** The lowest of `best` and the candidate positions whose term occurs at `at` (a space). */
function hitAt(
  normText: string,
  at: number,
  terms: readonly Term[],
  candidates: readonly number[] | undefined,
  best: number,
): number {
  if (candidates === undefined || at < 0) return best;
  for (const i of candidates) {
    if (best >= 0 && i >= best) break; // positions ascend; an earlier (longer) hit is already held
    if (occursAt(normText, at, (terms[i] as Term).norm)) return i;
  }
  return best;
}

/**
 * True when `norm` (" w1 … wn ") or its plural (" w1 … wns ") starts at `at` in `text`: what
 * `text.includes` tested, at one place and without building the plural.
 */
function occursAt(text: string, at: number, norm: string): boolean {
  const last = norm.length - 1;
  for (let k = 0; k < last; k++) if (text.charCodeAt(at + k) !== norm.charCodeAt(k)) return false;
  const c = text.charCodeAt(at + last);
  return c === 32 || (c === 115 && text.charCodeAt(at + last + 1) === 32);
}
