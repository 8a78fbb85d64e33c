/**
 * The merchant knowledge base as tables of prepared terms: every brand table (rules.ts and
 * data/brands-*), the descriptor keywords, the processors' fallbacks and the printed-category
 * labels, each looked up by longestMatch through its first-word index (never a scan of every term).
 * Each table is built on first use, in one pass over its names: a command line reading one short
 * statement pays only for the tables its rows reach, and nothing at load.
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
import { longestFirst, normalizeText, PLAIN_WORDS, type Term } from './text.js';
import type { Category } from './types.js';

/** One name of the knowledge base with its category and the table it came from. */
export interface KnowledgeEntry {
  name: string;
  category: Category;
  source: string;
}

/** A prepared term with the category it names. */
export interface KnownTerm extends Term {
  category: Category;
}

/** Prepared terms, longest first, each with its category. */
export interface TermTable {
  terms: KnownTerm[];
}

/** One data file (or rules.ts) as lists of names by category: a BrandTable's comma lists or arrays. */
export interface KnowledgeSource {
  source: string;
  lists: ReadonlyArray<readonly [Category, string | readonly string[]]>;
}

function fromTable(source: string, table: BrandTable): KnowledgeSource {
  return { source, lists: Object.entries(table) as [Category, string][] };
}

function fromRules(pick: 'merchants' | 'keywords'): KnowledgeSource {
  return { source: 'rules.ts', lists: CATEGORY_RULES.map((r) => [r.category, r[pick] ?? []] as const) };
}

/** The brand tables, consulted first: the core rule table, then the regional data files. */
const BRAND_SOURCES: readonly KnowledgeSource[] = [
  fromRules('merchants'),
  fromTable('brands-us', US_BRANDS),
  fromTable('brands-ca', CA_BRANDS),
  fromTable('brands-uk', UK_BRANDS),
  fromTable('brands-eu', EU_BRANDS),
  fromTable('brands-in', IN_BRANDS),
  fromTable('brands-sg', SG_BRANDS),
  fromTable('brands-au', AU_BRANDS),
];

/** The generic keywords: the core rule table's, then data/keywords.ts. */
const KEYWORD_SOURCES: readonly KnowledgeSource[] = [fromRules('keywords'), fromTable('keywords', KEYWORDS)];

function entriesOf(sources: readonly KnowledgeSource[]): KnowledgeEntry[] {
  return sources.flatMap(({ source, lists }) =>
    lists.flatMap(([category, list]) =>
      (typeof list === 'string' ? namesOf(list) : list).map((name) => ({ name, category, source })),
    ),
  );
}

/** Every brand name with its source (for tests and tools; the lookups use brandTerms()). */
export function brandEntries(): KnowledgeEntry[] {
  return entriesOf(BRAND_SOURCES);
}

/** Every generic keyword with its source. */
export function keywordEntries(): KnowledgeEntry[] {
  return entriesOf(KEYWORD_SOURCES);
}

/**
 * Builds a term table; a name repeated under the same normalised form keeps its first category.
 * Each name is normalised once (most are written in normalised form already and only checked),
 * and the terms are ordered as prepareTerms orders them (test/analysis/knowledge.test.ts holds
 * this to prepareTerms).
 */
export function termTable(sources: readonly KnowledgeSource[]): TermTable {
  const seen = new Set<string>();
  const terms: KnownTerm[] = [];
  const add = (category: Category, name: string) => {
    const norm = PLAIN_WORDS.test(name) ? ` ${name} ` : normalizeText(name);
    if (norm.length > 2 && !seen.has(norm)) {
      seen.add(norm);
      terms.push({ norm, category });
    }
  };
  // Indexed loops: this runs once, before the code is compiled (for-of calls an iterator per name).
  for (let s = 0; s < sources.length; s++) {
    const { lists } = sources[s] as KnowledgeSource;
    for (let l = 0; l < lists.length; l++) {
      const [category, list] = lists[l] as readonly [Category, string | readonly string[]];
      const names = typeof list === 'string' ? list.split(',') : list;
      for (let n = 0; n < names.length; n++) add(category, (names[n] as string).trim());
    }
  }
  return { terms: longestFirst(terms) };
}

/** A value built on first use (a knowledge-base table), then kept. */
export function lazily<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

/** Brand names, consulted first. */
export const brandTerms = lazily(() => termTable(BRAND_SOURCES));
/** Generic words, consulted when no brand matched. */
export const keywordTerms = lazily(() => termTable(KEYWORD_SOURCES));
/** Processors whose own trade decides when nothing else matched ("TST*" is a restaurant's till). */
export const processorTerms = lazily(() => termTable([fromTable('processors', PROCESSOR_FALLBACKS)]));
/** Printed category-column labels ("BOOKS AND STATIONERY", "LODGING - HOTELS"). */
export const printedTerms = lazily(() => termTable([fromTable('printed-labels', PRINTED_LABELS)]));
/** Printed labels that say nothing ("Others"), normalised. */
export const uninformativeLabels = lazily(
  (): ReadonlySet<string> => new Set(namesOf(UNINFORMATIVE_LABELS).map(normalizeText)),
);
