/**
 * What issuers print around a row that is not part of it: the time of day after the date (Indian
 * issuers), a column numbering the rows, a column naming the card a row was made with, a long
 * reference number on a line under the row (Canadian issuers), and a "Cr" under the amount on
 * such a line. None of it is the description, and none of it is money.
 */
import { columnKind } from '../../shared/statement/column-kinds.js';
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
