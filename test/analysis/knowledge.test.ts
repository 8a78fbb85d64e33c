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
  BRAND_ENTRIES,
  BRANDS,
  KEYWORD_ENTRIES,
  KEYWORD_TERMS,
  type KnowledgeEntry,
  PRINTED,
  PROCESSORS,
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
  it('knows thousands of brands across the regions, in contract categories only', () => {
    expect(BRANDS.terms.length).toBeGreaterThan(4000);
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

  it('builds each term table exactly as prepareTerms does from the normalised names (each normalised once)', () => {
    const namesIn = (table: BrandTable) => Object.values(table).flatMap((list) => namesOf(list ?? ''));
    const tables: [string, TermTable, readonly string[]][] = [
      ['brands', BRANDS, BRAND_ENTRIES.map((e) => e.name)],
      ['keywords', KEYWORD_TERMS, KEYWORD_ENTRIES.map((e) => e.name)],
      ['processors', PROCESSORS, namesIn(PROCESSOR_FALLBACKS)],
      ['printed', PRINTED, namesIn(PRINTED_LABELS)],
    ];
    for (const [name, table, names] of tables) {
      // The former construction, which normalised every name a second time, as the oracle.
      const oracle = prepareTerms([...new Set(names.map(normalizeText))].map((n) => n.trim()));
      expect(table.terms.length).toBeGreaterThan(0);
      expect({ name, terms: table.terms }).toEqual({ name, terms: oracle });
      // Every term has its category (a term whose norm changed on a second pass would have none).
      const missing = table.terms.filter((t) => !table.categoryOf.get(t)).map((t) => t.raw);
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
  });
});
