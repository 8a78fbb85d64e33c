/**
 * A category the statement itself prints — a merchant-category column ("BOOKS AND STATIONERY",
 * "Rent"), a second description line ("LODGING - HOTELS") or a merchant category code ("MCC 5411")
 * — is the issuer's knowledge of the merchant and wins over any guess from the name.
 */
import { MCC_RANGES } from './data/mcc.js';
import { keywordTerms, printedTerms, uninformativeLabels } from './knowledge.js';
import { longestMatch, normalizeText } from './text.js';
import type { Category } from './types.js';

/** The category of a merchant category code (ISO 18245), or null when the code names none. */
export function categoryOfMcc(code: number): Category | null {
  // Binary search: the ranges ascend and do not overlap.
  let lo = 0;
  let hi = MCC_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, category] = MCC_RANGES[mid] as readonly [number, number, Category];
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return category;
  }
  return null;
}

/**
 * The category a printed category text names: an MCC ("5411", "MCC: 5812"), else a category-column
 * label, else a generic business word in it; null for text that says nothing ("Others") or that no
 * rule knows. The engine passes what it read beside a transaction; the analysis prefers it.
 */
export function categoryFromPrinted(text: string | null | undefined): Category | null {
  if (!text) return null;
  const words = normalizeText(text.length > 120 ? text.slice(0, 120) : text);
  const mcc = /^ (?:mcc )?(\d{4}) $/.exec(words);
  if (mcc) return categoryOfMcc(Number(mcc[1]));
  if (uninformativeLabels().has(words)) return null;
  return (
    (longestMatch(words, printedTerms().terms) ?? longestMatch(words, keywordTerms().terms))?.category ?? null
  );
}
