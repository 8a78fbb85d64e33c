/**
 * Text matching shared by merchant cleaning, categories and subscriptions. Statement descriptions
 * glue words to digits and punctuation ("FEDEX789226298200", "APPLE.COM/BILL", "TRADER JOE S"), so
 * both the text and the rule terms go through the same normalisation and match on whole words.
 */

/** Lower-cases and reduces text to space-separated words of letters and digits. */
export function normalizeText(text: string): string {
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
 */
export function longestMatch(normText: string, terms: readonly Term[]): Term | null {
  const index = indexOf(terms);
  let best = -1;
  // Only terms whose first word occurs in the text can match: look those up instead of scanning
  // the whole table (a rule table of ~1,000 terms × 9,000 transactions was the analysis' hot spot).
  for (const word of new Set(normText.trim().split(' '))) {
    for (const candidates of [
      index.get(word),
      word.endsWith('s') ? index.get(word.slice(0, -1)) : undefined,
    ]) {
      for (const i of candidates ?? []) {
        if (best >= 0 && i >= best) break; // positions ascend; an earlier (longer) hit is already held
        const term = terms[i] as Term;
        if (normText.includes(term.norm) || normText.includes(term.plural)) best = i;
      }
    }
  }
  return best >= 0 ? (terms[best] as Term) : null;
}

const indexes = new WeakMap<readonly Term[], Map<string, number[]>>();

/** Positions of the terms by their first word (ascending, so longest first), built once per table. */
function indexOf(terms: readonly Term[]): Map<string, number[]> {
  let index = indexes.get(terms);
  if (!index) {
    index = new Map();
    terms.forEach((t, i) => {
      const first = t.norm.trim().split(' ')[0] ?? '';
      const list = index?.get(first);
      if (list) list.push(i);
      else index?.set(first, [i]);
    });
    indexes.set(terms, index);
  }
  return index;
}
