/**
 * The merchant knowledge base as data: thousands of names, each under one category, every data file
 * saying where its knowledge comes from, and lookups that stay indexed as the tables grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categorize, needsModelCategory } from '../../shared/analysis/categorize.js';
import { type BrandTable, namesOf } from '../../shared/analysis/data/brand-table.js';
import { PRINTED_LABELS } from '../../shared/analysis/data/printed-labels.js';
import { PROCESSOR_FALLBACKS } from '../../shared/analysis/data/processors.js';
import {
  brandEntries,
  brandTerms,
  type KnowledgeEntry,
  keywordEntries,
  keywordTerms,
  printedTerms,
  processorTerms,
  type TermTable,
} from '../../shared/analysis/knowledge.js';
import { normalizeText, prepareTerms } from '../../shared/analysis/text.js';
import { CATEGORIES } from '../../shared/analysis/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'shared', 'analysis', 'data');

function clashes(entries: readonly KnowledgeEntry[]): string[] {
  const owner = new Map<string, KnowledgeEntry>();
  const out: string[] = [];
  for (const e of entries) {
    const norm = normalizeText(e.name);
    const seen = owner.get(norm);
    if (seen && seen.category !== e.category) {
      out.push(`${e.name}: ${seen.category} (${seen.source}) / ${e.category} (${e.source})`);
    }
    if (!seen) owner.set(norm, e);
  }
  return out;
}

describe('the merchant knowledge base', () => {
  const BRAND_ENTRIES = brandEntries();
  const KEYWORD_ENTRIES = keywordEntries();
  it('knows thousands of brands across the regions, in contract categories only', () => {
    expect(brandTerms().terms.length).toBeGreaterThan(4000);
    const sources = new Set(BRAND_ENTRIES.map((e) => e.source));
    for (const region of [
      'brands-us',
      'brands-ca',
      'brands-uk',
      'brands-eu',
      'brands-in',
      'brands-sg',
      'brands-au',
    ]) {
      expect(sources).toContain(region);
      expect(BRAND_ENTRIES.filter((e) => e.source === region).length).toBeGreaterThan(300);
    }
    for (const e of [...BRAND_ENTRIES, ...KEYWORD_ENTRIES]) expect(CATEGORIES).toContain(e.category);
  });

  it('never files one name under two categories', () => {
    expect(clashes(BRAND_ENTRIES)).toEqual([]);
    expect(clashes(KEYWORD_ENTRIES)).toEqual([]);
  });

  it('cites the kind of source in every data file header', () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith('.ts') && f !== 'brand-table.ts');
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const head = readFileSync(join(DATA, f), 'utf8').slice(0, 900);
      expect([f, /Sources?:/.test(head)]).toEqual([f, true]);
    }
  });

  it('puts the new kinds of spending in their own categories', () => {
    const cases: [string, string][] = [
      ['UALR REMOTE PAY 501-569-3202 AR', 'Education'],
      ['LIC BILLDESK MUMBAI', 'Insurance'],
      ['IRS USATAXPYMT 888-872-9829', 'Government & Taxes'],
      ['SHOPIFY-CHARGE.COM OTTAWA', 'Business & Software'],
      ['PLAYSTATIONNETWORK', 'Gaming'],
      ['AMERICAN RED CROSS DONATION', 'Charity'],
      ['GREAT CLIPS #1234 DENVER CO', 'Personal care'],
      ['BUNNINGS WAREHOUSE SYDNEY', 'Home & Garden'],
      ['NOBROKER RENT PAYMENT', 'Housing'],
    ];
    for (const [description, category] of cases) {
      expect([description, categorize(description, 'purchase')]).toEqual([description, category]);
    }
  });

  it('reads descriptor keywords when no brand is known', () => {
    expect(categorize('SRI SAI FUEL STATION', 'purchase')).toBe('Transport & Fuel');
    expect(categorize('GREENFIELD PHARMACY', 'purchase')).toBe('Health');
    expect(categorize('CITY GENERAL HOSPITAL', 'purchase')).toBe('Health');
    expect(categorize('ST MARYS SCHOOL', 'purchase')).toBe('Education');
    expect(categorize('ACME INSURANCE AGENCY', 'purchase')).toBe('Insurance');
    expect(categorize('GOVT OF TAMIL NADU', 'purchase')).toBe('Government & Taxes');
  });

  it('falls back to the processor’s own trade, and to an airline ticket number', () => {
    expect(categorize('TST* LITTLE NEIGHBOR', 'purchase')).toBe('Dining');
    expect(categorize('SP * TACTILE TURN HTTPSTACTILE', 'purchase')).toBe('Shopping');
    expect(categorize('BILLDESK*UNKNOWNCO', 'purchase')).toBe('Utilities & Telecom');
    // A brand behind the processor still wins.
    expect(categorize('RAZ*SWIGGY BANGALORE', 'purchase')).toBe('Dining');
    // "SP" only counts where processors print it: first.
    expect(categorize('XQZ SP HOLDINGS', 'purchase')).toBe('Other');
    expect(categorize('ZZ TRAVELCO 0162345678901', 'purchase')).toBe('Travel');
    expect(categorize('ZZ WIDGETS 1234567890123', 'purchase')).toBe('Other');
  });

  it('leaves wallets and transfers in Other, which is what the model is asked about', () => {
    expect(categorize('PhonePe', 'purchase')).toBe('Other');
    expect(needsModelCategory({ type: 'purchase', category: 'Other' })).toBe(true);
    expect(needsModelCategory({ type: 'purchase', category: 'Dining' })).toBe(false);
    expect(needsModelCategory({ type: 'balance_transfer', category: 'Other' })).toBe(false);
  });

  it('never puts a purchase in Payments & Credits, whatever its words', () => {
    for (const d of ['REFUND', 'CASHBACK REDEMPTION', 'PAYMENT THANK YOU', 'REVERSAL', 'AUTOPAY']) {
      expect(categorize(d, 'purchase')).not.toBe('Payments & Credits');
    }
  });

  it('builds each term table exactly as prepareTerms does from the normalised names, first category kept', () => {
    const entriesIn = (table: BrandTable) =>
      Object.entries(table).flatMap(([category, list]) =>
        namesOf(list ?? '').map((name) => ({ name, category })),
      );
    const tables: [string, TermTable, readonly { name: string; category: string }[]][] = [
      ['brands', brandTerms(), BRAND_ENTRIES],
      ['keywords', keywordTerms(), KEYWORD_ENTRIES],
      ['processors', processorTerms(), entriesIn(PROCESSOR_FALLBACKS)],
      ['printed', printedTerms(), entriesIn(PRINTED_LABELS)],
    ];
    for (const [name, table, entries] of tables) {
      // The former construction as the oracle: every name normalised (twice), the first category
      // of each normalised form kept, then ordered by prepareTerms.
      const firstCategory = new Map<string, string>();
      for (const e of entries) {
        const norm = normalizeText(e.name);
        if (!firstCategory.has(norm)) firstCategory.set(norm, e.category);
      }
      const oracle = prepareTerms([...firstCategory.keys()].map((n) => n.trim()));
      expect(table.terms.length).toBeGreaterThan(0);
      expect({ name, terms: table.terms.map((t) => t.norm) }).toEqual({
        name,
        terms: oracle.map((t) => t.norm),
      });
      const wrong = table.terms.filter((t) => t.category !== firstCategory.get(t.norm)).map((t) => t.norm);
      expect({ name, wrong }).toEqual({ name, wrong: [] });
    }
  });
});
