/**
 * What issuers print around a row that is not part of it: the time of day after the date (Indian
 * issuers), a column numbering the rows, a column naming the card a row was made with, a long
 * reference number on a line under the row (Canadian issuers), a "Cr" under the amount on such a
 * line, and a cashback column beside the amount ("2%  $0.36"). None of it is the description, and
 * none of it is the row's amount or a foreign one.
 */
import { columnKind } from '../../shared/statement/column-kinds.js';
import { isRateCell } from '../../shared/statement/money.js';
import { afterTime } from '../../shared/statement/time-of-day.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

describe('the time of day after a date', () => {
  test.each([
    ['18:36:42 AMAZON', 'AMAZON'],
    ['14:05', ''],
    ['9:05 NETFLIX.COM', 'NETFLIX.COM'],
    ['10:32 AM NETFLIX.COM', 'NETFLIX.COM'],
    ['10:32 p.m.', ''],
  ])('%j is a time: the words after it are %j', (text, rest) => {
    expect(afterTime(text)).toBe(rest);
  });

  test.each(['18.36 AMAZON', '24:00', '12:60', '1234', 'NETFLIX', '12:30abc', '1,234.56', ''])(
    '%j is no time',
    (text) => {
      expect(afterTime(text)).toBeNull();
    },
  );

  const read = (...rows: Parameters<typeof line>[]) =>
    readTransactions(
      rows.map((r) => line(...r)),
      'INR',
    ).map((r) => [r.date.text, r.postDate?.text ?? null, r.description, r.amount.cents]);

  test('in the date’s cell, in a cell of its own, or before the description’s first words', () => {
    expect(
      read(
        [700, ['13/10/2023 18:36:42', 40, 120], ['AMAZON PAY', 140, 200], ['1,234.56', 480, 520]],
        [688, ['14/10/2023', 40, 80], ['09:12', 90, 110], ['SWIGGY', 140, 180], ['312.00', 490, 520]],
        [676, ['15/10/2023', 40, 80], ['21:40 ZOMATO', 90, 160], ['99.00', 495, 520]],
      ),
    ).toEqual([
      ['13/10/2023', null, 'AMAZON PAY', 123456],
      ['14/10/2023', null, 'SWIGGY', 31200],
      ['15/10/2023', null, 'ZOMATO', 9900],
    ]);
  });

  test('after a posting date too, and after a date printed after the description', () => {
    expect(
      read(
        [
          700,
          ['13/10/2023 18:36', 40, 110],
          ['14/10/2023 09:12', 120, 190],
          ['AMAZON PAY', 200, 260],
          ['50.00', 490, 520],
        ],
        [
          688,
          ['13/10/2023', 40, 80],
          ['NETFLIX.COM', 100, 160],
          ['12/10/2023 00:22:18', 200, 280],
          ['649.00', 490, 520],
        ],
      ),
    ).toEqual([
      ['13/10/2023', '14/10/2023', 'AMAZON PAY', 5000],
      ['13/10/2023', '12/10/2023', 'NETFLIX.COM', 64900],
    ]);
  });

  test('the last cell of a row is its amount, never a time', () => {
    expect(read([700, ['13/10/2023', 40, 80], ['12:30', 480, 520]])).toEqual([]);
  });
});

describe('row numbers and card columns', () => {
  test.each([
    'Sr. No.',
    'No.',
    'Nr.',
    'N°',
    'S.No',
    'Card',
    'Card No.',
    'Karte',
    'Carte',
    'Tarjeta',
    'Cartão',
  ])('a %j header names a column that is not the description', (text) => {
    expect(columnKind(text)).toBe('reference');
  });

  test('a bare number in a cell of its own before the description is no part of it', () => {
    const rows = [
      line(700, ['1', 40, 45], ['NETFLIX.COM', 60, 120], ['31/07/2024', 300, 340], ['13.99', 490, 520]),
      line(688, ['2', 40, 45], ['VIREMENT REÇU', 60, 140], ['01/08/2024', 300, 340], ['209.64-', 485, 520]),
      line(676, ['3', 40, 45], ['FNAC PARIS', 60, 110], ['02/08/2024', 300, 340], ['144.78', 490, 520]),
      line(664, ['04/08/2024', 40, 80], ['274', 100, 112], ['BOOKING.COM', 120, 180], ['246.68', 490, 520]),
      line(652, ['05/08/2024', 40, 80], ['BOOKING.COM', 120, 180], ['4417', 400, 420], ['24.68', 495, 520]),
    ];
    expect(readTransactions(rows, 'EUR').map((r) => [r.description, r.amount.cents])).toEqual([
      ['NETFLIX.COM', 1399],
      ['VIREMENT REÇU', 20964],
      ['FNAC PARIS', 14478],
      ['BOOKING.COM', 24668],
      ['BOOKING.COM', 2468],
    ]);
  });
});

describe('a "Cr" under the amount on a line of words', () => {
  const row = line(700, ['13 Jul 2025', 40, 90], ['PAYMENT - THANK YOU', 200, 300], ['1,415.67', 480, 520]);
  const sign = (under: ReturnType<typeof line>) => readTransactions([row, under], 'USD')[0]?.amount.sign;

  test('after a reference number, or a wrapped line, in the description’s column', () => {
    expect(sign(line(690, ['15324294731000000000000', 200, 300], ['Cr', 505, 520]))).toBe(-1);
    expect(sign(line(690, ['RECEIVED ONLINE', 200, 270], ['Cr', 505, 520]))).toBe(-1);
  });

  test('not after a figure, nor after words further right than the row’s own', () => {
    expect(sign(line(690, ['12.00', 200, 230], ['Cr', 505, 520]))).toBe(0);
    expect(sign(line(690, ['SEE NOTE', 320, 360], ['Cr', 505, 520]))).toBe(0);
  });
});

describe('a cashback column beside the amount', () => {
  test.each(['2%', '1.5 %', '2%  $0.36', '3% Fr. 21.15', '1% 0,70 €'])(
    '%j is a rate with its cashback',
    (text) => {
      expect(isRateCell(text)).toBe(true);
    },
  );

  test.each(['GST @ 18% ON FEES', '18% GST', '100%', '2% OFF', '12.50'])('%j is not', (text) => {
    expect(isRateCell(text)).toBe(false);
  });

  const read = (lines: ReturnType<typeof line>[], currency = 'USD') =>
    readTransactions(lines, currency).map((r) => [r.description, r.amount.cents, r.foreign]);

  test('before the amount, in one cell or two, it is neither words nor a foreign amount', () => {
    expect(
      read([
        line(
          700,
          ['11/05/2026', 40, 80],
          ['UBER *TRIP', 100, 160],
          ['2%  $0.36', 380, 420],
          ['$18.24', 480, 520],
        ),
        line(
          688,
          ['11/06/2026', 40, 80],
          ['NETFLIX.COM', 100, 160],
          ['2%', 380, 390],
          ['0.31', 400, 420],
          ['15.49', 490, 520],
        ),
        line(
          676,
          ['11/07/2026', 40, 80],
          ['APPLE.COM/BILL', 100, 170],
          ['3%', 380, 390],
          ['$1.20', 400, 420],
          ['39.99', 490, 520],
        ),
      ]),
    ).toEqual([
      ['UBER *TRIP', 1824, null],
      ['NETFLIX.COM', 1549, null],
      ['APPLE.COM/BILL', 3999, null],
    ]);
  });

  test('a foreign amount after the rate is still the foreign amount', () => {
    expect(
      read(
        [
          line(
            700,
            ['11/05/2026', 40, 80],
            ['MACYS NEW YORK', 100, 170],
            ['2%', 330, 340],
            ['USD 256.40', 350, 400],
            ['£201.68', 480, 520],
          ),
        ],
        'GBP',
      ),
    ).toEqual([['MACYS NEW YORK', 20168, { cents: 25640, currency: 'USD' }]]);
  });

  test('after the amount, under its header, it is no amount, nor a row split in two', () => {
    const header = line(
      720,
      ['Data', 40, 55],
      ['Esercente', 143, 176],
      ['Importo', 431, 480],
      ['Daily Cash', 508, 545],
    );
    expect(columnKind('Daily Cash')).toBe('points');
    expect(
      read(
        [
          header,
          line(
            700,
            ['03.02.2025', 40, 75],
            ['LUFTHANSA 7393829983', 143, 225],
            ['Fr. 704.90', 450, 480],
            ['3% Fr. 21.15', 488, 545],
          ),
          line(
            688,
            ['04.02.2025', 40, 75],
            ['SHOP APOTHEKE', 143, 202],
            ['Fr. 43.30', 453, 480],
            ['2%', 508, 516],
            ['Fr. 0.87', 520, 545],
          ),
        ],
        'CHF',
      ),
    ).toEqual([
      ['LUFTHANSA 7393829983', 70490, null],
      ['SHOP APOTHEKE', 4330, null],
    ]);
  });
});

describe('a "Cr" on the reference line under a row whose merchant is printed above it', () => {
  test('in the merchant line’s column, not the row’s own words’', () => {
    const ls = [
      line(482, ['MEDIAMARKT LEIPZIG', 258, 340]),
      line(
        469,
        ['04.03.2026', 40, 85],
        ['04.03.2026', 109, 150],
        ['PAYMENTS', 164, 205],
        ['4292', 477, 495],
        ['383,23', 518, 545],
      ),
      line(456, ['31240219000000000000000', 258, 360], ['Cr', 537, 545]),
      line(443, ['REWE BERLIN', 258, 310]),
      line(
        430,
        ['06.03.2026', 40, 85],
        ['06.03.2026', 109, 150],
        ['GROCERY STORES', 164, 235],
        ['4292', 477, 495],
        ['30,17', 523, 545],
      ),
      line(417, ['32162270000000000000000', 258, 360]),
    ];
    expect(readTransactions(ls, 'EUR').map((r) => r.amount.sign)).toEqual([-1, 0]);
  });
});
