/**
 * Categories: the transaction type first, then a category the statement printed, then the merchant
 * knowledge base on the cleaned description — brands, then generic keywords, then the payment
 * processor's own trade, then an airline ticket number, then the last guesses of fallback.ts
 * (loose trade words, glued or cut trade words, a web address) — else "Other". Every lookup goes
 * through longestMatch's first-word index, so adding names does not add a scan per transaction.
 */
import type { TransactionType } from '../statement/types.js';
import { cleanDescription } from './clean.js';
import { fallbackCategory } from './fallback.js';
import { brandTerms, keywordTerms, processorTerms } from './knowledge.js';
import { categoryFromPrinted } from './printed.js';
import { longestMatch, normalizeText } from './text.js';
import type { Category } from './types.js';

const BY_TYPE: Partial<Record<TransactionType, Category>> = {
  payment: 'Payments & Credits',
  credit: 'Payments & Credits',
  fee: 'Fees & Interest',
  interest: 'Fees & Interest',
  cash_advance: 'Cash',
  // A balance moved from another card is debt, not spending in any category.
  balance_transfer: 'Other',
};

/**
 * IATA accounting codes of common airlines: an airline prints the 13-digit ticket number, whose
 * first three digits name the carrier, after (or instead of) its own name.
 */
// biome-ignore format: a data list
const AIRLINE_CODES = new Set(
  `001 005 006 014 016 027 037 047 057 065 071 074 075 081 083 086 098 105 117 125 131 157 160 176 180 205 217 220
  232 235 257 279 312 369 526 555 589 607 618 724 738 775 781 784 932 999`.split(/\s+/),
);
const TICKET_NUMBER = / (\d{3})\d{10} /;

/** The category a transaction's type alone decides (payments, fees, cash…), or undefined for purchases. */
export function categoryOfType(type: TransactionType): Category | undefined {
  return BY_TYPE[type];
}

/** The category a description names (brands, keywords, processor, ticket number), else "Other". */
export function categoryOfText(description: string): Category {
  return categoryOfWords(normalizeText(cleanDescription(description)));
}

/**
 * "Metro" alone is a transit system; followed by a store number it is a grocer's branch (Metro in
 * Canada and Germany, Woolworths Metro in Australia): transit systems print no store numbers.
 */
const NUMBERED_METRO = / metro \d/;

/** categoryOfText for a description already cleaned and passed through normalizeText. */
export function categoryOfWords(text: string): Category {
  const brand = longestMatch(text, brandTerms().terms);
  if (brand) return brand.category;
  const keyword = longestMatch(text, keywordTerms().terms);
  if (keyword) {
    if (keyword.norm === ' metro ' && NUMBERED_METRO.test(text)) return 'Groceries';
    return keyword.category;
  }
  const processor = longestMatch(text, processorTerms().terms);
  // A short processor code ("SP", "TST") counts only where processors print it: first.
  if (processor && (processor.norm.length > 5 || text.startsWith(processor.norm))) {
    return processor.category;
  }
  const ticket = TICKET_NUMBER.exec(text);
  if (ticket && AIRLINE_CODES.has(ticket[1] as string)) return 'Travel';
  return fallbackCategory(text) ?? 'Other';
}

/**
 * The category of one transaction from its type, the category the statement printed beside it (if
 * any) and its description. Types decide first, so no purchase is ever "Payments & Credits".
 */
export function categorize(
  description: string,
  type: TransactionType,
  printedCategory?: string | null,
): Category {
  return categoryOfType(type) ?? categoryFromPrinted(printedCategory) ?? categoryOfText(description);
}

/**
 * True for a purchase the local rules left in "Other": the one the LLM engine may categorise (from
 * the redacted description, choosing only among CATEGORIES).
 */
export function needsModelCategory(tx: { type: TransactionType; category: Category }): boolean {
  return tx.type === 'purchase' && tx.category === 'Other';
}

/** Categories only a row's type decides: a model may not put a purchase in them. */
const TYPE_CATEGORIES: ReadonlySet<Category> = new Set([
  'Payments & Credits',
  'Fees & Interest',
  'Cash',
  'Instalments',
]);

/**
 * The category to show once the model has proposed one: the model fills the local rules' gaps and
 * never overrules them — it is taken only for a purchase still in "Other", and only when it names a
 * kind of spending (a payment, fee or cash category comes from a row's type, never from a guess).
 */
export function acceptModelCategory(
  tx: { type: TransactionType; category: Category },
  proposed: Category,
): Category {
  return needsModelCategory(tx) && !TYPE_CATEGORIES.has(proposed) ? proposed : tx.category;
}
