/**
 * endsWithAmount reads only a line's tail (the unanchored pattern rescans long digit lines from
 * every position); a seeded randomised test proves it agrees with the pattern on whole lines.
 */
import { createRng } from '../../scripts/statements/prng.js';
import { AMOUNT_END, endsWithAmount, isTableRow } from '../../shared/privacy/cells.js';
import { redactText } from '../../shared/privacy/redact.js';

const ALPHABET = [
  '1',
  '2',
  '0',
  '9',
  ' ',
  ' ',
  ',',
  '.',
  "'",
  'C',
  'R',
  'D',
  'r',
  '-',
  '+',
  'A',
  'x',
  '$',
  'E',
  ')',
];

test('agrees with the amount pattern on 20,000 random lines', () => {
  const rng = createRng(7, 'ends-with-amount');
  const disagree: string[] = [];
  let positives = 0;
  for (let i = 0; i < 20_000; i++) {
    const n = rng.int(0, 120);
    let line = Array.from({ length: n }, () => rng.pick(ALPHABET)).join('');
    if (rng.chance(0.3)) line += ` ${rng.int(0, 99999)}.${rng.digits(2)}${rng.pick(['', ' CR', ' Dr', '-'])}`;
    const slow = AMOUNT_END.test(line.trimEnd());
    if (slow) positives++;
    if (endsWithAmount(line) !== slow) disagree.push(JSON.stringify(line));
  }
  expect(disagree).toEqual([]);
  expect(positives).toBeGreaterThan(1000);
});

test('finds the amount at the end of a transaction row and none in a long digit line', () => {
  expect(endsWithAmount('1 10 DEC TRANSACTION--0101 $21.31')).toBe(true);
  expect(endsWithAmount('17/04/2021  NEFT PAYMENT RECEIVED  2,334.00 Cr   ')).toBe(true);
  expect(endsWithAmount('123 '.repeat(30_000))).toBe(false);
});

describe('rows of a transaction table, whose cells are merchant text', () => {
  test.each([
    'Apr 05, 2025  Apr 05, 2025  240903790734  153  DELTA AIR 2733729918741  5391  307,39 $',
    'UNITED 4108906715268  29-10-2026  874,83 S$',
    'oct. 31  oct. 31  ARAL STATION 72977  123925417360  -79,83 EUR',
    'RESTAURANTS  SQ *BLUE BOTTLE COFFEE SAN JOSE CA  09-May-2026  11-May-2026  10.06',
    '001  13/10/2023 18:36:42  AMAZON PAY INDIA  1,234.56 Cr',
    '07-May-2026  CAFE DE FLORE PARIS  (37.69)',
    '009  16.01.  16.01.  24  CAFE DE FLORE PARIS  32,63  22,24 EUR',
    '25.01.  TST* SHAKE SHACK 594 BROOKLYN NY  38,30',
    // Dates as round 11 of the grammar prints them: year first with slashes, compact, the year after
    // an apostrophe, a footnote mark against the date.
    '2025/08/27  BEST BUY 22800988  42,465',
    '1  05DEC25  INDIAN OIL 70466  1,234.56',
    "05 Dec'25  INDIAN OIL 70466  1,234.56",
    '01/15/25*  BEST BUY 22800988  424.65',
    '3  2025/08/27  LABCORP 856746  12,345',
    // Round 12: the month's name between slashes, the weekday before the date.
    '05/Jan/2026  INDIAN OIL 70466  1,234.56',
    'Mon 05 Jan  DELTA AIR 2733729918741  307.39',
    'Mo., 05.01.2026  ARAL STATION 72977  79,83',
    'RESTAURANTS  SHELL OIL 51760388578  ma 05-01-2026  10,06',
    // Round 13: a year-first date without its zeros, leading the row or in a cell of its own.
    '2025/9/1  DELTA AIR 2733729918741  42,465',
    'RESTAURANTS  SHELL OIL 51760388578  2025/9/1  10,06',
  ])('%j is one', (text) => {
    expect(isTableRow(text)).toBe(true);
  });

  test.each([
    'Credit Limit  9,000.00',
    'SHELL OIL 51760388578 CHICAGO IL',
    '29-10-2026  Statement date',
    '2025/08-27  BEST BUY  42,465',
    '2025/9-1  BEST BUY  42,465',
    '05DEC  INDIAN OIL  1,234.56',
    // A name that opens with a weekday's letters is none: the row test must not spare a holder's line.
    'Dominique 05/01/2026  45.00',
    'MARTINA 05.01.2026  45,00',
  ])('%j is none', (text) => {
    expect(isTableRow(text)).toBe(false);
  });

  test('a merchant’s ticket number in such a row is no card number', () => {
    const row = 'Apr 05, 2025  Apr 05, 2025  240903790734  153  DELTA AIR 2733729918741  5391  307,39 $';
    expect(redactText(`Statement\n${row}\n`).text).toContain('DELTA AIR 2733729918741');
  });
});
