/**
 * The per-transaction part of the analysis: each transaction copied with its merchant name and
 * category. Statements repeat their merchants (the same shop, the same subscription), so each
 * distinct description is read once per call, and its normalised words serve both the category
 * and the known-subscription question.
 */
import type { Transaction, TransactionType } from '../statement/types.js';
import { categoryOfType, categoryOfWords } from './categorize.js';
import { cleanDescription, unspaceLetters } from './clean.js';
import { cleanMerchant } from './merchant.js';
import { categoryFromPrinted } from './printed.js';
import { isKnownWords } from './recurring.js';
import { type RowWords, retypeFrom, rowWords } from './retype.js';
import { normalizeText } from './text.js';
import type { AnalyzedTransaction, Category } from './types.js';

/**
 * How much of a description names its merchant and category. Printed descriptions run to ~60
 * characters; the analysis runs on the main thread, outside the PDF worker's time limit, so a
 * hostile 100k-character one must not cost more than a real one.
 */
export const SCAN_LIMIT = 256;

/** The part of a description the merchant and category are read from. */
function scanned(description: string): string {
  return description.length > SCAN_LIMIT ? description.slice(0, SCAN_LIMIT) : description;
}

/**
 * A transaction as the analysis receives it: the parser's fields, and the category the statement
 * printed beside it when the engine read one (a merchant-category column, an MCC).
 */
export type AnalysisInput = Transaction & { printedCategory?: string | null };

/** What one description tells, each part worked out when first needed (undefined until then). */
interface Facts {
  merchant: string;
  words: string | undefined;
  /** What the description's words say of the row's type (retype.ts), read once. */
  rowWords: RowWords | undefined;
  category: Category | undefined;
  known: boolean | undefined;
}

/** The facts of one description, read from it the first time it is asked for. */
function factsOf(facts: Map<string, Facts>, description: string): Facts {
  let f = facts.get(description);
  if (f === undefined) {
    // Every field present from the start: one object shape for all descriptions.
    f = {
      merchant: cleanMerchant(unspaceLetters(scanned(description))),
      words: undefined,
      rowWords: undefined,
      category: undefined,
      known: undefined,
    };
    facts.set(description, f);
  }
  return f;
}

function wordsOf(description: string, f: Facts): string {
  f.words ??= normalizeText(cleanDescription(scanned(description)));
  return f.words;
}

/**
 * Analysed copies of the transactions, in order, with `recurring` false (the caller sets it), and
 * an isKnownSubscription for their descriptions that reuses what was read. Both hold statement
 * text: they live for one call and must not be kept in module memory.
 *
 * The work per row is in module-level functions, not in arrows made per call: V8 keeps
 * a function's optimised code only while a closure of it lives, so per-call arrows were compiled
 * again after each full collection (docs/load.md, "Per-call closures"). Only `isKnown`, a closure
 * the caller needs, is made per call, and it does little itself.
 */
export function annotateTransactions(transactions: readonly AnalysisInput[]): {
  transactions: AnalyzedTransaction[];
  isKnown: (description: string, index?: number) => boolean;
} {
  const facts = new Map<string, Facts>();
  // Each row's facts by position: the subscription search asks about rows, not descriptions.
  const factsAt: Facts[] = new Array(transactions.length);
  // map with a module-level callback and its state as `this`, not a loop here: a loop over 9,000
  // rows in a function called once a request was compiled on the stack (OSR) again every request.
  const analysed = transactions.map(annotateRow, { facts, factsAt } satisfies Annotation);
  const isKnown = (description: string, index?: number): boolean =>
    knownAt(facts, factsAt, transactions, description, index);
  return { transactions: analysed, isKnown };
}

/** What annotateRow keeps across the rows of one call. */
interface Annotation {
  facts: Map<string, Facts>;
  factsAt: Facts[];
}

/** Row `i` analysed, its facts kept by position (`this`: the call's Annotation). */
function annotateRow(this: Annotation, t: AnalysisInput, i: number): AnalyzedTransaction {
  const f = factsOf(this.facts, t.description);
  this.factsAt[i] = f;
  return annotated(t, f);
}

/** One row analysed with its description's facts. */
function annotated(t: AnalysisInput, f: Facts): AnalyzedTransaction {
  // Types before categories: tax rows are fees, instalments apart, credits never purchases.
  if (f.rowWords === undefined) f.rowWords = rowWords(t.description);
  const { type, instalment } = retypeFrom(t.amount, t.type, f.rowWords);
  let category = instalment === 'principal' ? 'Instalments' : categoryOfType(type);
  category ??= categoryFromPrinted(t.printedCategory) ?? undefined;
  if (!category) {
    f.category ??= categoryOfWords(wordsOf(t.description, f));
    category = f.category;
  }
  return analyzed(t, type, f.merchant, category);
}

/** isKnownSubscription of a description, with the row's own facts when it is that row's description. */
function knownAt(
  facts: Map<string, Facts>,
  factsAt: readonly Facts[],
  transactions: readonly AnalysisInput[],
  description: string,
  index: number | undefined,
): boolean {
  const at = index === undefined ? undefined : factsAt[index];
  // The row's own facts when it is that row's description (as detectSubscriptions asks).
  const f =
    at !== undefined && transactions[index as number]?.description === description
      ? at
      : factsOf(facts, description);
  f.known ??= isKnownWords(wordsOf(description, f));
  return f.known;
}

const FIELDS = ['date', 'postDate', 'description', 'amount', 'type', 'foreign'] as const;

/** True when the object has exactly the Transaction fields, in the parser's order. */
function hasParserShape(t: Transaction): boolean {
  const keys = Object.keys(t);
  return keys.length === FIELDS.length && FIELDS.every((k, i) => keys[i] === k);
}

function analyzed(
  t: AnalysisInput,
  type: TransactionType,
  merchant: string,
  category: Category,
): AnalyzedTransaction {
  // A literal is many times faster than `{ ...t, merchant, … }`: V8 builds the spread-and-extend
  // object on a slow path and leaves later passes reading mismatched shapes. It gives the same
  // keys in the same order; any other shape (extra fields, another order) takes the spread.
  if (hasParserShape(t)) {
    return {
      date: t.date,
      postDate: t.postDate,
      description: t.description,
      amount: t.amount,
      type,
      foreign: t.foreign,
      merchant,
      category,
      recurring: false,
    };
  }
  return { ...t, type, merchant, category, recurring: false };
}
