/**
 * What issuers print where a row has nothing, and beside its amount: a zero or a dash on the empty
 * side of debit and credit columns, a column of currency codes, a credit or debit marker printed
 * against the number ("45.00CR"), and two tracked figures of neighbouring columns that stand closer
 * than a tracked phrase's word gap.
 */
import type { Line } from '../../shared/pdf/layout.js';
import { categoryColumn } from '../../shared/statement/category-column.js';
import { findCurrency } from '../../shared/statement/currency.js';
import { despaceLines } from '../../shared/statement/despace.js';
import { dropEmptySides } from '../../shared/statement/empty-side.js';
import { mayEndFigure, parseAmount } from '../../shared/statement/money.js';
import { figure, wholeFigure } from '../../shared/statement/pairs.js';
import { parseStatement } from '../../shared/statement/parse.js';
import { runningBalanceEdge } from '../../shared/statement/running-balance.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

type Row = Array<[string, number, number]>;
const lines = (rows: Row[]): Line[] => rows.map((cells, i) => line(700 - 14 * i, ...cells));
const texts = (ls: Line[]): string[] => ls.map((l) => l.text);
const read = (ls: Line[], currency = 'EUR') =>
  readTransactions(ls, currency).map((r) => [
    r.description,
    // A credit by its sign or by its column.
    r.amount.sign === -1 || r.columnSign === -1 ? -r.amount.cents : r.amount.cents,
  ]);

/** A dated row with a description and these figure cells, each [text, right edge]. */
function row(day: number, words: string, ...figures: Array<[string, number]>): Row {
  return [
    [`${String(day).padStart(2, '0')}.03.2026`, 40, 85],
    [words, 100, 220],
    ...figures.map(([t, x1]): [string, number, number] => [t, x1 - 5 * t.length, x1]),
  ];
}

describe('a zero or a dash on the empty side of debit and credit columns', () => {
  const header: Row = [
    ['Datum', 40, 70],
    ['Beschreibung', 100, 160],
    ['Soll', 380, 400],
    ['Haben', 440, 470],
  ];

  test('zeros: each row reads as its one figure, in its own column', () => {
    const ls = lines([
      header,
      row(2, 'REWE BERLIN', ['34,99', 400], ['0,00', 470]),
      row(3, 'ZAHLUNG ERHALTEN', ['0,00', 400], ['92,58', 470]),
      row(4, 'ALDI SUED', ['11,10', 400], ['0,00', 470]),
      row(5, 'DB BAHN', ['128,39', 400], ['0,00', 470]),
    ]);
    const dropped = dropEmptySides(ls);
    expect(texts(dropped).slice(1)).toEqual([
      '02.03.2026  REWE BERLIN  34,99',
      '03.03.2026  ZAHLUNG ERHALTEN  92,58',
      '04.03.2026  ALDI SUED  11,10',
      '05.03.2026  DB BAHN  128,39',
    ]);
    expect(read(dropped)).toEqual([
      ['REWE BERLIN', 3499],
      ['ZAHLUNG ERHALTEN', -9258],
      ['ALDI SUED', 1110],
      ['DB BAHN', 12839],
    ]);
    // Read as printed, every charge would end in its zero.
    expect(read(ls).map(([, cents]) => cents)).toContain(0);
  });

  test('dashes, a column apart; and a second table beside the first has its own pair', () => {
    // As unfoldTwoColumns gives them: the left table's rows, then the right one's.
    const right = (r: Row): Row => r.map(([t, x0, x1]) => [t, x0 + 300, x1 + 300]);
    const ls = lines([
      row(2, 'REWE', ['34,99', 250], ['-', 290]),
      row(3, 'ZAHLUNG', ['-', 250], ['92,58', 290]),
      row(4, 'ALDI', ['11,10', 250], ['-', 290]),
      right(row(9, 'LIDL', ['12,00', 250], ['-', 290])),
      right(row(10, 'ARAL', ['55,10', 250], ['-', 290])),
      right(row(11, 'GUTSCHRIFT', ['-', 250], ['9,90', 290])),
    ]);
    expect(texts(dropEmptySides(ls))).toEqual([
      '02.03.2026  REWE  34,99',
      '03.03.2026  ZAHLUNG  92,58',
      '04.03.2026  ALDI  11,10',
      '09.03.2026  LIDL  12,00',
      '10.03.2026  ARAL  55,10',
      '11.03.2026  GUTSCHRIFT  9,90',
    ]);
  });

  test('a running balance that happens to be zero keeps its zero', () => {
    const ls = lines([
      row(2, 'REWE', ['34,99', 400], ['0,00', 470], ['1.034,99', 540]),
      row(3, 'ZAHLUNG', ['0,00', 400], ['1.034,99', 470], ['0,00', 540]),
      row(4, 'ALDI', ['11,10', 400], ['0,00', 470], ['11,10', 540]),
      row(5, 'DB BAHN', ['128,39', 400], ['0,00', 470], ['139,49', 540]),
    ]);
    expect(texts(dropEmptySides(ls))).toEqual([
      '02.03.2026  REWE  34,99  1.034,99',
      '03.03.2026  ZAHLUNG  1.034,99  0,00',
      '04.03.2026  ALDI  11,10  11,10',
      '05.03.2026  DB BAHN  128,39  139,49',
    ]);
  });

  test('without the convention on most rows, a zero amount before a balance stays the amount', () => {
    const ls = lines([
      row(2, 'REWE', ['34,99', 470], ['1.034,99', 540]),
      row(3, 'ZINSEN', ['0,00', 470], ['1.034,99', 540]),
      row(4, 'ALDI', ['11,10', 470], ['1.046,09', 540]),
      row(5, 'DB BAHN', ['128,39', 470], ['1.174,48', 540]),
    ]);
    expect(dropEmptySides(ls)).toBe(ls);
  });

  test('a dash against its figure is its sign, never an empty side', () => {
    const ls = lines([
      [...row(2, 'REWE', ['34,99', 400]), ['-', 401, 404]],
      [...row(3, 'ALDI', ['11,10', 400]), ['-', 401, 404]],
      [...row(4, 'LIDL', ['8,10', 400]), ['-', 401, 404]],
    ]);
    expect(dropEmptySides(ls)).toBe(ls);
  });
});

describe('a column of currency codes before the amount', () => {
  test('the code is neither the description nor the amount’s column', () => {
    const ls = lines([
      [
        ['Date', 40, 70],
        ['Description', 100, 160],
        ['Currency', 380, 420],
        ['Charges', 440, 475],
        ['Credit', 490, 520],
      ],
      [
        ['08/01/2026', 40, 85],
        ['NETFLIX.COM', 100, 150],
        ['GBP', 380, 395],
        ['10.99', 455, 475],
      ],
      [
        ['09/01/2026', 40, 85],
        ['PAYMENT RECEIVED', 100, 180],
        ['GBP', 380, 395],
        ['250.00', 495, 520],
      ],
    ]);
    expect(read(ls, 'GBP')).toEqual([
      ['NETFLIX.COM', 1099],
      ['PAYMENT RECEIVED', -25000],
    ]);
  });

  test('with a card column between it and the amount', () => {
    const ls = lines([
      [
        ['Date', 40, 70],
        ['Description', 100, 160],
        ['Currency', 360, 400],
        ['Card', 410, 430],
        ['Amount', 450, 480],
      ],
      [
        ['08/01/2026', 40, 85],
        ['NETFLIX.COM', 100, 150],
        ['EUR', 360, 375],
        ['2291', 410, 428],
        ['10,99', 460, 480],
      ],
    ]);
    expect(read(ls)).toEqual([['NETFLIX.COM', 1099]]);
  });
});

describe('a marker printed against the number', () => {
  test('a summary figure in whole units: "174,531CR"', () => {
    expect(figure('174,531CR')).toMatchObject({ cents: 17453100, sign: -1 });
    expect(figure('174,531 CR')).toMatchObject({ cents: 17453100, sign: -1 });
  });

  test('a spaced thousands group rejoins a spaced tail with its marker against it', () => {
    const ls = lines([
      [
        ['17.11.2026', 40, 83],
        ['OVERBOEKING', 182, 250],
        ['3', 431, 435],
        ['1 1 0 , 9 9 C R', 445, 510],
      ],
    ]);
    expect(texts(despaceLines(ls))).toEqual(['17.11.2026  OVERBOEKING  3 110,99CR']);
  });
});

/** Enough rows of two tracked words side by side for the document to count as tracked. */
const TRACKED: Row[] = Array.from({ length: 5 }, (_, i) => [
  [`0${i + 1}.03.2026`, 40, 85],
  ['R E W E', 100, 130],
  ['B E R L I N', 140, 180],
]);

/** The cells' texts of one line despaced in a tracked document. */
const trackedCells = (...cells: Row): string[] =>
  despaceLines(lines([...TRACKED, cells]))[5]?.cells.map((c) => c.text) ?? [];

describe('tracked figures of neighbouring columns', () => {
  test('a zero and the next column’s figure closer than a word gap are two cells', () => {
    expect(
      trackedCells(
        ['18.11.2025', 40, 85],
        ['M I S C', 110, 127],
        ['0 , 0 0', 396, 419],
        ['E U R', 429, 445],
        ['1 . 2 6 0 , 0 0', 459, 508],
      ),
    ).toEqual(['18.11.2025', 'MISC', '0,00', 'EUR 1.260,00']);
  });

  test('a tracked amount and its code after it stay one cell', () => {
    expect(trackedCells(['18.11.2025', 40, 85], ['1 . 2 6 0 , 0 0', 400, 460], ['E U R', 466, 490])).toEqual([
      '18.11.2025',
      '1.260,00 EUR',
    ]);
  });
});

describe('a tracked foreign detail line whose figure is grouped by a space', () => {
  test.each([
    [
      'the code, the thousands and the tracked rest',
      [
        ['U S D', 69, 88],
        ['1', 96, 99],
        ['0 4 2 , 6 8', 107, 140],
        ['@', 148, 154],
        ['0 . 9 2 0 0', 162, 195],
      ],
      'USD 1 042,68 @ 0.9200',
    ],
    [
      'the thousands first, then the tracked figure, its code and the rate',
      [
        ['1', 40, 44],
        ['0 7 7 , 1 6', 54, 95],
        ['U S D', 104, 125],
        ['@', 135, 141],
        ['0 . 9 2 0 0', 151, 192],
      ],
      '1 077,16 USD @ 0.9200',
    ],
  ] as Array<[string, Row, string]>)('%s: one phrase', (_, cells, want) => {
    expect(trackedCells(...cells)).toEqual([want]);
  });

  test('a digit alone between tracked words, with no figure after it, stays apart', () => {
    expect(trackedCells(['T E R M I N A L', 40, 80], ['4', 88, 92], ['B E R L I N', 100, 130])).toEqual([
      'TERMINAL',
      '4',
      'BERLIN',
    ]);
  });
});

describe('a column of currency codes under no header', () => {
  test('repeated on every row, it is not the category column', () => {
    const cats = ['GROCERY STORES', 'DIGITAL GOODS', 'GROCERY STORES', 'TRAVEL', 'DIGITAL GOODS', 'TRAVEL'];
    const merchants = ['REWE BERLIN', 'NETFLIX.COM', 'ALDI SUED', 'LUFTHANSA', 'SPOTIFY AB', 'DB BAHN'];
    const ls = lines(
      cats.map(
        (c, i): Row => [
          [`0${i + 1}.03.2026`, 40, 85],
          [merchants[i] as string, 100, 180],
          [c, 250, 320],
          ['EUR', 380, 395],
          [`${i + 1}2,50`, 440, 470],
        ],
      ),
    );
    expect(categoryColumn(ls)).toMatchObject({ x0: 250 });
  });
});

describe('tracked amounts cut at their thousands group, with what follows them', () => {
  test.each([
    [
      'a trailing minus, then the code',
      [
        ['3', 440, 444],
        ['0 7 1 , 2 1 -', 456, 510],
        ['E U R', 524, 545],
      ],
      [307121, -1],
    ],
    [
      'a dollar of two letters after it',
      [
        ['4', 472, 476],
        ['0 5 0 , 0 0', 486, 530],
        ['C A $', 538, 562],
      ],
      [405000, 0],
    ],
    [
      'a one-letter marker against it',
      [
        ['2', 490, 495],
        ['4 7 7 , 3 9 C', 507, 562],
      ],
      [247739, -1],
    ],
  ] as Array<[string, Row, [number, number]]>)('%s', (_, cells, [cents, sign]) => {
    const out = trackedCells(['06.08.2026', 40, 88], ['PAYMENTS', 367, 406], ...cells);
    expect(out).toHaveLength(3);
    expect(parseAmount(out[2] as string)).toMatchObject({ cents, sign });
  });
});

describe('a stray rupee glyph before a marker or a closing bracket, or after a trailing minus', () => {
  test('is dropped as it is after a bare amount', () => {
    const ls = lines([
      [
        ['Transaction Details', 40, 120],
        ['Amount (in `)', 480, 545],
      ],
      [
        ['21/03/2026', 40, 85],
        ['TANISHQ MUMBAI', 100, 170],
        ['43,926.08 ` CR', 480, 545],
      ],
      [
        ['Total Outstanding', 40, 120],
        ['(49,991.68 `)', 480, 545],
      ],
      [
        ['09/11/2025', 40, 85],
        ['PAYMENT RECEIVED - UPI', 100, 200],
        ['68,262.59- `', 480, 545],
      ],
    ]);
    expect(texts(despaceLines(ls)).slice(1)).toEqual([
      '21/03/2026  TANISHQ MUMBAI  43,926.08 CR',
      'Total Outstanding  (49,991.68)',
      '09/11/2025  PAYMENT RECEIVED - UPI  68,262.59-',
    ]);
  });
});

describe('figures of a summary', () => {
  test('a formula row’s operator before a short whole figure is no sign', () => {
    expect(wholeFigure('+ 413')).toMatchObject({ cents: 41300, sign: 0 });
    expect(wholeFigure('- 0')).toMatchObject({ cents: 0 });
  });

  test('a short whole figure on a statement in yen, which few grouped figures show', () => {
    const parsed = parseStatement(
      lines([
        [['All amounts in JPY', 40, 120]],
        [
          ['Previous Balance', 40, 120],
          ['5,000', 230, 260],
        ],
        [
          ['Fees', 40, 120],
          ['413', 245, 260],
        ],
        [
          ['New Balance', 40, 120],
          ['5,413', 230, 260],
        ],
        [
          ['06/16/25', 40, 80],
          ['LATE FEE', 100, 160],
          ['413', 525, 545],
        ],
      ]),
    );
    expect([parsed.summary.currency, parsed.summary.fees]).toEqual(['JPY', 41300]);
  });

  test('a line of figures with a date among them is no transaction, nor its labels above', () => {
    const ls = lines([
      [
        ['Reference Number', 40, 100],
        ['Description', 182, 240],
        ['Date', 453, 470],
        ['Amount', 505, 545],
      ],
      [
        ['98238843', 40, 80],
        ['HOTSTAR', 182, 220],
        ['03.07.2026', 453, 499],
        ['299.00DR', 507, 545],
      ],
    ]);
    const box = [
      line(
        740,
        ['Fees, Taxes & Charges', 44, 130],
        ['Finance Charges', 147, 210],
        ['Total Amount Due', 250, 320],
        ['Minimum Amount Due', 353, 430],
        ['Payment Due Date', 456, 520],
      ),
      line(
        728,
        ['563.13', 44, 73],
        ['120.82', 147, 176],
        ['14,282.40DR', 250, 305],
        ['826.77', 353, 382],
        ['20.08.2026', 456, 499],
      ),
    ];
    expect(read([...box, ...ls], 'INR')).toEqual([['HOTSTAR', 29900]]);
  });
});

describe('the currency a column of codes names', () => {
  test('counts for the statement, beside the amount or a column away', () => {
    const ls = lines([
      [
        ['20/12/2024', 40, 85],
        ['NETFLIX.COM', 100, 150],
        ['EUR', 478, 493],
        ['46.57', 510, 530],
      ],
      [
        ['22/12/2024', 40, 85],
        ['SPOTIFY AB', 100, 150],
        ['EUR', 440, 455],
        ['2291', 477, 495],
        ['10.99', 510, 530],
      ],
    ]);
    expect(findCurrency(ls)).toBe('EUR');
  });

  test('a merchant’s town on a row after a row number is no address', () => {
    const ls = lines([
      [
        ['5', 40, 45],
        ['03/24', 75, 95],
        ['TARGET 44639200 SEATTLE WA', 105, 220],
        ['9499', 417, 435],
        ['115.49 $', 520, 545],
      ],
      [
        ['18', 40, 50],
        ['04/07', 75, 95],
        ['CHEVRON 5110608 SEATTLE WA', 105, 220],
        ['9499', 417, 435],
        ['64.85 $', 520, 545],
      ],
    ]);
    expect(findCurrency(ls)).toBe('USD');
  });
});

describe('the Swiss franc’s mark after a figure', () => {
  test('may end a figure, so a running balance beside "33.09 Fr." is found', () => {
    expect(mayEndFigure('33.09 Fr.')).toBe(true);
    const ls = lines([
      [
        ['27/08', 40, 60],
        ['VODAFONE GMBH', 126, 200],
        ['33.09 Fr.', 438, 470],
        ["1'224.79", 502, 530],
      ],
      [
        ['30/08', 40, 60],
        ['UBER *TRIP NEW YORK', 126, 200],
        ['56.48 Fr.', 438, 470],
        ["1'281.27", 502, 530],
      ],
      [
        ['31/08', 40, 60],
        ['COOP ZURICH', 126, 200],
        ['12.00 Fr.', 438, 470],
        ["1'293.27", 502, 530],
      ],
      [
        ['01/09', 40, 60],
        ['MIGROS BERN', 126, 200],
        ['6.73 Fr.', 438, 470],
        ["1'300.00", 502, 530],
      ],
      [
        ['02/09', 40, 60],
        ['SBB CFF FFS', 126, 200],
        ['20.00 Fr.', 438, 470],
        ["1'320.00", 502, 530],
      ],
    ]);
    expect(runningBalanceEdge(ls, false)).toBe(530);
  });
});
