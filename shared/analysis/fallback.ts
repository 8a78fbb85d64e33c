/**
 * The category of a description no brand, keyword or processor named: wallets stay "Other", then
 * loose trade words, then a trade word glued to the end of a name or cut short by the descriptor
 * field, then a web address (an online shop). Runs only for descriptions that would otherwise be
 * "Other", so its small scans cost nothing on the statements that name their merchants.
 */
import { namesOf } from './data/brand-table.js';
import { GLUED_SUFFIXES, WALLETS, WEAK_WORDS, WEB_WORDS } from './data/fallbacks.js';
import { keywordTerms, lazily, termTable } from './knowledge.js';
import { longestMatch, normalizeText, prepareTerms } from './text.js';
import type { Category } from './types.js';

// Built on first use, like the knowledge base: most statements never need a last guess.
const walletTerms = lazily(() => prepareTerms(namesOf(WALLETS)));
const webTerms = lazily(() => prepareTerms(namesOf(WEB_WORDS)));
const weakTerms = lazily(() =>
  termTable([{ source: 'fallbacks', lists: Object.entries(WEAK_WORDS) as [Category, string][] }]),
);

/** Glued trade words, longest first, so "pharmacy" is tried before "pharma". */
const suffixes = lazily(
  (): ReadonlyArray<readonly [string, Category]> =>
    Object.entries(GLUED_SUFFIXES)
      .flatMap(([category, list]) =>
        namesOf(list ?? '').map((s) => [normalizeText(s).trim(), category as Category] as const),
      )
      .sort((a, b) => b[0].length - a[0].length),
);

/** The shortest rest of a word that still reads as a name before a glued trade word. */
const MIN_STEM = 3;

/** How much of a text is searched for glued words: descriptors run to ~60 characters. */
const GLUED_SCAN = 256;

/** The trade a word glued to a name shows ("maritool" → Home & Garden), or null. */
function gluedTrade(normText: string): Category | null {
  const text = normText.length > GLUED_SCAN ? normText.slice(0, GLUED_SCAN) : normText;
  for (const word of text.split(' ')) {
    if (word.length < 4 + MIN_STEM) continue;
    for (const [suffix, category] of suffixes()) {
      if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return category;
    }
  }
  return null;
}

/** The shortest cut word read as a business word, and the most letters a cut may remove. */
const CUT_MIN = 6;
const CUT_MAX = 4;

/**
 * One-word business words by the first letters a descriptor field may cut them to ("supermarke",
 * "restauran", "pharmac"): the network's 22–25 character name field ends mid-word. A cut shared by
 * words of two categories names neither.
 */
const cutWords = lazily((): ReadonlyMap<string, Category | null> => {
  const cuts = new Map<string, Category | null>();
  for (const term of keywordTerms().terms) {
    const word = term.norm.trim();
    if (word.includes(' ') || word.length <= CUT_MIN) continue;
    const category = term.category;
    for (let n = Math.max(CUT_MIN, word.length - CUT_MAX); n < word.length; n++) {
      const cut = word.slice(0, n);
      const seen = cuts.get(cut);
      cuts.set(cut, seen === undefined || seen === category ? category : null);
    }
  }
  return cuts;
});

/** The trade of a business word cut short by the descriptor field, or null. */
function cutWord(normText: string): Category | null {
  const text = normText.length > GLUED_SCAN ? normText.slice(0, GLUED_SCAN) : normText;
  for (const word of text.split(' ')) {
    if (word.length < CUT_MIN) continue;
    const category = cutWords().get(word);
    if (category) return category;
  }
  return null;
}

/**
 * The last guess for a normalised description (see the file comment), or null when the words say
 * nothing — or name a wallet, which must stay "Other".
 */
export function fallbackCategory(normText: string): Category | null {
  if (longestMatch(normText, walletTerms())) return null;
  const weak = longestMatch(normText, weakTerms().terms);
  if (weak) return weak.category;
  const glued = gluedTrade(normText) ?? cutWord(normText);
  if (glued) return glued;
  return longestMatch(normText, webTerms()) ? 'Shopping' : null;
}
