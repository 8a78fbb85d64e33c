/**
 * The merchant knowledge base compiled once at load: every brand table (rules.ts and data/brands-*),
 * the descriptor keywords, the processors' fallbacks and the printed-category labels, each as a
 * table of prepared terms that longestMatch looks up by first word (never a scan of every term).
 */
import { type BrandTable, namesOf } from './data/brand-table.js';
import { CA_BRANDS, UK_BRANDS } from './data/brands-ca-uk.js';
import { EU_BRANDS } from './data/brands-eu.js';
import { IN_BRANDS } from './data/brands-in.js';
import { AU_BRANDS, SG_BRANDS } from './data/brands-sg-au.js';
import { US_BRANDS } from './data/brands-us.js';
import { KEYWORDS } from './data/keywords.js';
import { PRINTED_LABELS, UNINFORMATIVE_LABELS } from './data/printed-labels.js';
import { PROCESSOR_FALLBACKS } from './data/processors.js';
import { CATEGORY_RULES } from './rules.js';
import { normalizeText, type Term } from './text.js';
import type { Category } from './types.js';

/** One name of the knowledge base with its category and the table it came from. */
export interface KnowledgeEntry {
  name: string;
  category: Category;
  source: string;
}

/** Prepared terms (longest first) and the category each names. */
export interface TermTable {
  terms: Term[];
  categoryOf: Map<Term, Category>;
}

function entriesOf(source: string, table: BrandTable): KnowledgeEntry[] {
  return Object.entries(table).flatMap(([category, list]) =>
    namesOf(list ?? '').map((name) => ({ name, category: category as Category, source })),
  );
}

/** Every brand name: the core rule table first, then the regional data files. */
export const BRAND_ENTRIES: readonly KnowledgeEntry[] = [
  ...CATEGORY_RULES.flatMap((r) =>
    (r.merchants ?? []).map((name) => ({ name, category: r.category, source: 'rules.ts' })),
  ),
  ...entriesOf('brands-us', US_BRANDS),
  ...entriesOf('brands-ca', CA_BRANDS),
  ...entriesOf('brands-uk', UK_BRANDS),
  ...entriesOf('brands-eu', EU_BRANDS),
  ...entriesOf('brands-in', IN_BRANDS),
  ...entriesOf('brands-sg', SG_BRANDS),
  ...entriesOf('brands-au', AU_BRANDS),
];

/** Every generic keyword: the core rule table's, then data/keywords.ts. */
export const KEYWORD_ENTRIES: readonly KnowledgeEntry[] = [
  ...CATEGORY_RULES.flatMap((r) =>
    (r.keywords ?? []).map((name) => ({ name, category: r.category, source: 'rules.ts' })),
  ),
  ...entriesOf('keywords', KEYWORDS),
];

/**
 * Builds a term table; a name repeated under the same normalised form keeps its first category.
 * Each name is normalised once: the terms are what prepareTerms makes of the normalised names
 * (normalising is idempotent; test/analysis/knowledge.test.ts holds this to prepareTerms), without
 * normalising all 6,000 of them again at every start.
 */
export function termTable(entries: readonly KnowledgeEntry[]): TermTable {
  const categoryByNorm = new Map<string, Category>();
  for (const e of entries) {
    const norm = normalizeText(e.name);
    if (!categoryByNorm.has(norm)) categoryByNorm.set(norm, e.category);
  }
  const terms: Term[] = [];
  for (const norm of categoryByNorm.keys()) {
    const raw = norm.trim();
    if (raw.length > 0) terms.push({ raw, norm, plural: `${norm.slice(0, -1)}s ` });
  }
  // Longest first, stable: the first hit is the longest (as prepareTerms orders).
  terms.sort((a, b) => b.norm.length - a.norm.length);
  const categoryOf = new Map<Term, Category>();
  for (const t of terms) categoryOf.set(t, categoryByNorm.get(t.norm) as Category);
  return { terms, categoryOf };
}

/** Brand names, consulted first. */
export const BRANDS = termTable(BRAND_ENTRIES);
/** Generic words, consulted when no brand matched. */
export const KEYWORD_TERMS = termTable(KEYWORD_ENTRIES);
/** Processors whose own trade decides when nothing else matched ("TST*" is a restaurant's till). */
export const PROCESSORS = termTable(entriesOf('processors', PROCESSOR_FALLBACKS));
/** Printed category-column labels ("BOOKS AND STATIONERY", "LODGING - HOTELS"). */
export const PRINTED = termTable(entriesOf('printed-labels', PRINTED_LABELS));
/** Printed labels that say nothing ("Others"), normalised. */
export const UNINFORMATIVE: ReadonlySet<string> = new Set(namesOf(UNINFORMATIVE_LABELS).map(normalizeText));
