/**
 * The analysis runs on the main thread, outside the PDF worker's time limit: a hostile description
 * must cost no more than a real one. These check the bounds by what they guarantee (a cap, a
 * one-pass rewrite, no recursion), not by timing.
 */

import { createRng } from '../../scripts/statements/prng.js';
import { SCAN_LIMIT } from '../../shared/analysis/annotate.js';
import { analyzeSpending } from '../../shared/analysis/index.js';
import { cleanMerchant, withoutParentheses } from '../../shared/analysis/merchant.js';
import { statement, tx } from './fixtures.js';

const LONG = 100_000;

describe('descriptions far longer than any statement prints', () => {
  test.each([
    ['one word repeated', 'GAS '.repeat(LONG / 4)],
    ['unclosed parentheses', `COFFEE ${'('.repeat(LONG)}`],
    ['stars', '*'.repeat(LONG)],
    ['spaces between words', `SHELL${' '.repeat(LONG)}OIL`],
  ])(
    '%s: merchant and category come from its first SCAN_LIMIT characters; the description stays whole',
    (_name, description) => {
      const head = description.slice(0, SCAN_LIMIT);
      const a = analyzeSpending(
        statement({}, [tx('2026-01-07', description, 4500), tx('2026-01-08', head, 100)]),
      );
      const [long, short] = a.transactions;
      expect(long?.description).toBe(description); // the description itself is kept whole
      expect(long?.merchant).toBe(short?.merchant);
      expect(long?.category).toBe(short?.category);
    },
  );

  test('a description of 100k stars cleans without exhausting the stack', () => {
    expect(() => cleanMerchant('*'.repeat(LONG))).not.toThrow();
    expect(cleanMerchant('SQ *SQ *BLUE BOTTLE')).toBe(cleanMerchant('BLUE BOTTLE'));
  });
});

describe('withoutParentheses is the regex it replaced, in one pass', () => {
  const regex = (s: string) => s.replace(/\([^)]*\)/g, ' ');
  test.each([
    '',
    'NO PARENS',
    'AMAZON (PRIME) MEMBERSHIP',
    '((nested) outer)',
    'open ( only',
    ') close first (then open',
    '(a)(b)(c)',
    'x(y',
    '()',
  ])('%j', (s) => {
    expect(withoutParentheses(s)).toBe(regex(s));
  });

  test('matches on 2,000 random strings of "(", ")", letters and spaces', () => {
    const rng = createRng(7, 'parentheses');
    const alphabet = [...'()ab '];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = rng.int(0, 29);
      for (let k = 0; k < n; k++) s += rng.pick(alphabet);
      expect(withoutParentheses(s)).toBe(regex(s));
    }
  });
});
