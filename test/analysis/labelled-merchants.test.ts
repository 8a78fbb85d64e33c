/**
 * Agreement with a person: 500+ merchant descriptors as statements print them, hand-labelled before
 * the rules were extended (test/analysis/data/labelled-merchants.tsv, with where each came from),
 * categorised from the descriptor alone as purchases. Prints agreement per country and the
 * confusion between the largest categories, so a change in the rules shows where it moved.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categorize } from '../../shared/analysis/categorize.js';
import { CATEGORIES, type Category } from '../../shared/analysis/types.js';

interface Row {
  descriptor: string;
  label: Category;
  country: string;
  source: string;
  got: Category;
}

const here = dirname(fileURLToPath(import.meta.url));
const FILE = join(here, 'data', 'labelled-merchants.tsv');

function readRows(): Row[] {
  const [header, ...lines] = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  expect(header).toBe('descriptor\tcategory\tcountry\tsource');
  return lines.map((line) => {
    const [descriptor = '', label = '', country = '', source = ''] = line.split('\t');
    return { descriptor, label: label as Category, country, source, got: categorize(descriptor, 'purchase') };
  });
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/** Agreement per country, largest first ("US 99.1% of 214, …"). */
function agreementByCountry(rows: readonly Row[]): string {
  const by = new Map<string, { n: number; ok: number }>();
  for (const r of rows) {
    const c = by.get(r.country) ?? { n: 0, ok: 0 };
    c.n += 1;
    if (r.got === r.label) c.ok += 1;
    by.set(r.country, c);
  }
  return [...by]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([k, c]) => `${k} ${pct(c.ok, c.n)} of ${c.n}`)
    .join(', ');
}

/** A label × result table over the six most frequent labels, everything else pooled as "rest". */
function confusionMatrix(rows: readonly Row[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([c]) => c);
  const cols = [...top, 'rest'];
  const bucket = (c: string) => (top.includes(c) ? c : 'rest');
  const short = (c: string) => c.slice(0, 10).padStart(10);
  const lines = [`${''.padEnd(24)}${cols.map(short).join(' ')}`];
  for (const label of cols) {
    const mine = rows.filter((r) => bucket(r.label) === label);
    const cells = cols.map((c) => String(mine.filter((r) => bucket(r.got) === c).length).padStart(10));
    lines.push(`${label.padEnd(24)}${cells.join(' ')}`);
  }
  return lines.join('\n');
}

describe('hand-labelled merchant descriptors', () => {
  const rows = readRows();
  const agree = rows.filter((r) => r.got === r.label).length;

  beforeAll(() => {
    const byCountry = agreementByCountry(rows);
    const independentByCountry = agreementByCountry(
      rows.filter((r) => r.source !== 'common descriptor form'),
    );
    const confusion = new Map<string, number>();
    for (const r of rows)
      if (r.got !== r.label)
        confusion.set(`${r.label} → ${r.got}`, (confusion.get(`${r.label} → ${r.got}`) ?? 0) + 1);
    const fromCorpus = rows.filter((r) => r.source.startsWith('corpus'));
    // Written by someone other than the knowledge base's author: the corpus and public repositories.
    const independent = rows.filter((r) => r.source !== 'common descriptor form');
    console.log(
      [
        `labelled merchants: ${rows.length} descriptors, agreement ${pct(agree, rows.length)}` +
          ` (corpus ${pct(fromCorpus.filter((r) => r.got === r.label).length, fromCorpus.length)} of ${fromCorpus.length};` +
          ` from sources other than the knowledge base's author ${pct(independent.filter((r) => r.got === r.label).length, independent.length)} of ${independent.length})`,
        `by country: ${byCountry}`,
        `by country, rows the knowledge base's author did not write: ${independentByCountry}`,
        `confusion (label → got): ${[...confusion]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${n}× ${k}`)
          .join('; ')}`,
        `confusion between the six largest labels (rows: label, columns: got; "rest" = any other):\n${confusionMatrix(rows)}`,
        `disagreements: ${rows
          .filter((r) => r.got !== r.label)
          .map((r) => `${r.descriptor} [${r.label} → ${r.got}]`)
          .join(' | ')}`,
      ].join('\n'),
    );
  });

  it('holds at least 500 descriptors from several countries, each with a known category and a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThanOrEqual(7);
    for (const r of rows) {
      expect(CATEGORIES).toContain(r.label);
      expect(
        r.source === 'common descriptor form' ||
          r.source.startsWith('corpus: ') ||
          r.source.startsWith('github: '),
      ).toBe(true);
    }
    expect(rows.filter((r) => r.source.startsWith('corpus: ')).length).toBeGreaterThanOrEqual(90);
  });

  it('agrees with the hand labels on at least 90% of the descriptors', () => {
    expect(agree / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees on at least 90% of the descriptors its author did not write, in each region', () => {
    const independent = rows.filter((r) => r.source !== 'common descriptor form');
    expect(independent.length).toBeGreaterThanOrEqual(200);
    const regions: Record<string, string[]> = {
      'US/CA': ['US', 'CA'],
      'UK/EU': ['GB', 'DE', 'FR', 'NL', 'IT', 'ES', 'IE', 'LU', 'SE', 'EE'],
      'IN/SG/AU': ['IN', 'SG', 'AU'],
    };
    for (const [region, countries] of Object.entries(regions)) {
      const mine = independent.filter((r) => countries.includes(r.country));
      expect([region, mine.length >= 25]).toEqual([region, true]);
      expect([region, mine.filter((r) => r.got === r.label).length / mine.length >= 0.9]).toEqual([
        region,
        true,
      ]);
    }
  });

  it('agrees on at least 85% in every country with 40 or more descriptors', () => {
    for (const country of new Set(rows.map((r) => r.country))) {
      const mine = rows.filter((r) => r.country === country);
      if (mine.length < 40) continue;
      expect([country, mine.filter((r) => r.got === r.label).length / mine.length >= 0.85]).toEqual([
        country,
        true,
      ]);
    }
  });
});
