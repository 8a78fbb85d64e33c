/**
 * Two more real layouts, from another parser's fixtures (../shared/corpus/monopoly/text_fixtures_v2:
 * an American Express and a Bank of America statement as `pdftotext -layout` text), rebuilt as PDF
 * replicas: every row read, the statement verified, and the currency its marks and address give.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { renderTextReplica } from '../../scripts/statements/replica.js';
import { extractText } from '../../shared/pdf/extract.js';
import { parseStatement } from '../../shared/statement/parse.js';
import { CORPUS, corpusText, describeCorpus } from '../support/corpus.js';

interface Fixture {
  transactions: Array<{ transaction_date: string; amount: number; direction: string }>;
}

describeCorpus('monopoly text fixtures rebuilt as PDFs', () => {
  test.each([
    ['amex_credit', 'SGD'],
    ['bank_of_america_credit', 'USD'],
  ])('%s: every row, verified, in %s', async (name, currency) => {
    const rel = `monopoly/text_fixtures_v2/${name}`;
    const pages = readdirSync(join(CORPUS, rel))
      .filter((f) => /^page_\d+\.txt$/.test(f))
      .sort()
      .map((f) => corpusText(`${rel}/${f}`));
    const { lines } = await extractText(await renderTextReplica(pages), { maxPages: 10 });
    const parsed = parseStatement(lines);
    const want = (JSON.parse(corpusText(`${rel}/expected.json`)) as Fixture).transactions.map(
      (t) =>
        `${t.transaction_date} ${Math.round(Math.abs(t.amount) * 100) * (t.direction === 'credit' ? -1 : 1)}`,
    );
    expect(parsed.transactions.map((t) => `${t.date} ${t.amount}`).sort()).toEqual(want.sort());
    expect(parsed.checks.level).toBe('verified');
    expect(parsed.summary.currency).toBe(currency);
  });
});
