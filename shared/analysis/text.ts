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
  for (const term of terms) if (normText.includes(term.norm) || normText.includes(term.plural)) return term;
  return null;
}
