/**
 * Categories from the rule table in rules.ts: the transaction type first, then brand names, then
 * generic keywords, else "Other".
 */
import type { TransactionType } from '../statement/types.js';
import { CATEGORY_RULES } from './rules.js';
import { longestMatch, normalizeText, prepareTerms, type Term } from './text.js';
import type { Category } from './types.js';

interface Compiled {
  terms: Term[];
  categoryOf: Map<Term, Category>;
}

function compile(pick: 'merchants' | 'keywords'): Compiled {
  const terms: Term[] = [];
  const categoryOf = new Map<Term, Category>();
  for (const rule of CATEGORY_RULES) {
    for (const term of prepareTerms(rule[pick] ?? [])) {
      terms.push(term);
      categoryOf.set(term, rule.category);
    }
  }
  return { terms, categoryOf };
}

const MERCHANTS = compile('merchants');
const KEYWORDS = compile('keywords');

const BY_TYPE: Partial<Record<TransactionType, Category>> = {
  payment: 'Payments & Credits',
  credit: 'Payments & Credits',
  fee: 'Fees & Interest',
  interest: 'Fees & Interest',
  cash_advance: 'Cash',
  // A balance moved from another card is debt, not spending in any category.
  balance_transfer: 'Other',
};

/** The category a transaction's type alone decides (payments, fees, cash…), or undefined for purchases. */
export function categoryOfType(type: TransactionType): Category | undefined {
  return BY_TYPE[type];
}

/** The category a description names, by brand first, then by generic keyword, else "Other". */
export function categoryOfText(description: string): Category {
  return categoryOfWords(normalizeText(description));
}

/** categoryOfText for a description already passed through normalizeText. */
export function categoryOfWords(text: string): Category {
  for (const table of [MERCHANTS, KEYWORDS]) {
    const hit = longestMatch(text, table.terms);
    if (hit) return table.categoryOf.get(hit) ?? 'Other';
  }
  return 'Other';
}

/** The category of one transaction from its printed description and type. */
export function categorize(description: string, type: TransactionType): Category {
  return categoryOfType(type) || categoryOfText(description);
}
