/**
 * Categories on the corpus statements read from their PDFs, as a user gets them: the whole local
 * pipeline (extract → parse → analyse) on the published PDFs (Chase, SBI, the OCBC-style example,
 * TD, Capital One) and the PDF replicas of the anonymised real texts. Complements
 * corpus-categories.test.ts, which reads the rows from each folder's ground truth.
 */
import { loadRealLayout, realLayoutNames } from '../../scripts/corpus/real-layouts.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { silentLogger } from '../../shared/log.js';
import type { Analysis } from '../../shared/schema.js';
import { corpusBytes, describeCorpus, hasCorpus } from '../support/corpus.js';

const config = { MAX_UPLOAD_BYTES: 16 << 20, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 };

/** Statements whose descriptions are anonymisation placeholders (see corpus-categories.test.ts). */
const PLACEHOLDERS = new Set(['us-capone-anon', 'paisa-sbi']);

interface Measured {
  name: string;
  analysis: Analysis;
  otherShare: number;
}

async function measure(name: string, pdf: Uint8Array): Promise<Measured> {
  const analysis = await analyzeStatement({ pdf, mode: 'local' }, { config, logger: silentLogger });
  const purchases = analysis.transactions.filter((t) => t.type === 'purchase');
  const total = purchases.reduce((s, t) => s + t.amount, 0);
  const other = purchases.filter((t) => t.category === 'Other').reduce((s, t) => s + t.amount, 0);
  return { name, analysis, otherShare: total > 0 ? other / total : 0 };
}

describeCorpus('categories on the corpus PDFs', () => {
  const measured: Measured[] = [];

  beforeAll(async () => {
    if (!hasCorpus) return;
    for (const name of realLayoutNames())
      measured.push(await measure(name, (await loadRealLayout(name)).pdf));
    measured.push(
      await measure('chase', corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf')),
    );
    measured.push(await measure('paisa-sbi', corpusBytes('paisa-sbi/sbi_cc_monthly.pdf')));
    measured.push(await measure('ocbc-example', corpusBytes('monopoly/example/example_statement.pdf')));
    console.log(
      `corpus PDFs (share of purchase amount in Other): ${measured
        .map((m) => `${m.name} ${(100 * m.otherShare).toFixed(1)}%`)
        .join('; ')}`,
    );
  }, 120_000);

  it('reads every statement, with purchases on most of them', () => {
    expect(measured.length).toBe(realLayoutNames().length + 3);
    expect(
      measured.filter((m) => m.analysis.transactions.some((t) => t.type === 'purchase')).length,
    ).toBeGreaterThan(7);
  });

  it('never puts a purchase in Payments & Credits', () => {
    for (const m of measured)
      for (const t of m.analysis.transactions)
        if (t.type === 'purchase')
          expect([m.name, t.description, t.category]).not.toContain('Payments & Credits');
  });

  it('leaves at most 10% of the purchase amount in Other wherever the merchants are named', () => {
    for (const m of measured) {
      if (PLACEHOLDERS.has(m.name)) continue;
      expect([m.name, m.otherShare <= 0.1]).toEqual([m.name, true]);
    }
  });
});
