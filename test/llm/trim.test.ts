/**
 * Trimming what is sent for a full extraction: every transaction and the summary figures survive,
 * the boilerplate does not. Checked on the six generated layouts and on the real Chase statement.
 */
import { describe, expect, test } from '@jest/globals';
import { generateStatement } from '../../scripts/statements/index.js';
import type { LayoutName } from '../../scripts/statements/types.js';
import { trimStatementText } from '../../shared/llm/trim.js';
import { readStatement } from '../../shared/statement/read.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';
import { asRedacted } from './fixtures.js';

async function textOf(pdf: Uint8Array): Promise<string> {
  const r = await readStatement(pdf, { maxPages: 50, deadline: Date.now() + 20_000, now: Date.now });
  if (r.text === null) throw new Error('readStatement left out the text it was not told to skip');
  return r.text;
}

describe('trimStatementText on generated statements', () => {
  test.each<LayoutName>(['northwind', 'meridian', 'albion', 'rheinland', 'saffron', 'larkspur'])(
    'keeps every transaction of a %s statement and sends less',
    async (layout) => {
      const { pdf, expected } = await generateStatement({ layout, seed: 21, transactions: 20 });
      const text = await textOf(new Uint8Array(pdf));

      const trimmed = trimStatementText(asRedacted(text));

      for (const t of expected.transactions) expect(trimmed.text).toContain(t.description);
      expect(trimmed.transactionLines).toBeGreaterThanOrEqual(expected.transactions.length);
      expect(trimmed.text.length).toBeLessThan(text.length);
    },
  );
});

describe('trimStatementText rules', () => {
  test('keeps stacked label/value pairs and section headings, drops prose, rewards and scan lines', () => {
    const text = [
      'Minimum Payment Due',
      '$50.00',
      'PAYMENTS AND OTHER CREDITS',
      '01/28 AUTOMATIC PAYMENT - THANK YOU -4,233.99',
      'Previous points balance 40,468',
      'Late Payment Warning: If we do not receive your minimum payment by the date listed above, you may pay $40.00',
      '0000001 FIS33339 D 12 Y 9 03 24/02/03 Page 1 of 3 06610 MA MA 34942 03410000120003494201',
      'Only the minimum payment 15 years $12,128',
      'New Balance $5,084.29',
    ].join('\n');

    expect(trimStatementText(asRedacted(text)).text.split('\n')).toEqual([
      'Minimum Payment Due',
      '$50.00',
      'PAYMENTS AND OTHER CREDITS',
      '01/28 AUTOMATIC PAYMENT - THANK YOU -4,233.99',
      'New Balance $5,084.29',
    ]);
  });
});

describeCorpus('trimStatementText on the Chase statement', () => {
  test('keeps its 33 transactions and the account summary in about a third of the text', async () => {
    const text = await textOf(corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'));

    const trimmed = trimStatementText(asRedacted(text));

    for (const figure of ['Previous Balance $4,233.99', 'Purchases +$5,084.29', 'New Balance $5,084.29']) {
      expect(trimmed.text).toContain(figure);
    }
    expect(trimmed.text).toContain('01/28 AUTOMATIC PAYMENT - THANK YOU -4,233.99');
    expect(trimmed.text).toContain('02/01 APPLE.COM/BILL 866-712-7753 CA 2.99');
    expect(trimmed.text.split('\n').filter((l) => /^\d\d\/\d\d /.test(l))).toHaveLength(33);
    for (const gone of ['points', 'Late Payment Warning', 'FIS33339', 'credit counseling', 'AutoPay']) {
      expect(trimmed.text).not.toContain(gone);
    }
    expect(trimmed.text.length).toBeLessThan(text.length * 0.4);
  });
});
