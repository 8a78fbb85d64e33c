/**
 * Rules found on fuzzed seeds outside the tuning set (12001..18000), each a combination of forms
 * real issuers print that no earlier rule had met together: yen figures beside summary boxes, a
 * mark in letters after the figure, the date column that leads rows whose merchant sits above,
 * short statements set in tracked type, foreign amounts beside whole ones. Each case is built from
 * lines as the extractor gives them, so it fails if its rule goes.
 */
import type { Line } from '../../shared/pdf/layout.js';
import { categoryColumn } from '../../shared/statement/category-column.js';
import { findCurrency } from '../../shared/statement/currency.js';
import { despaceLines, despaceText } from '../../shared/statement/despace.js';
import { dropEmptySides } from '../../shared/statement/empty-side.js';
import { mayEndFigure, parseAmount } from '../../shared/statement/money.js';
import { runningBalanceEdge } from '../../shared/statement/running-balance.js';
import { findHeader } from '../../shared/statement/table-header.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { unfoldTwoColumns } from '../../shared/statement/two-columns.js';
import { line } from '../support/lines.js';

const texts = (ls: Line[]): string[] => ls.map((l) => l.text);

describe('a table header of many columns', () => {
  test('ten columns (number, two dates, category, points, description, reference, debit, credit, cashback) are a header', () => {
    const header = line(
      407,
      ['Nr.', 40, 52],
      ['Umsatzdatum', 58, 105],
      ['Buchungsdatum', 113, 170],
      ['Kategorie', 177, 214],
      ['Punkte', 251, 276],
      ['Beschreibung', 284, 334],
      ['Beleg-Nr.', 412, 448],
      ['Soll', 476, 492],
      ['Haben', 497, 522],
      ['Cashback', 530, 566],
    );
    const h = findHeader(header);
    expect(h).not.toBeNull();
    // So the category under its header is no word of the description.
    const row = line(
      355,
      ['2', 40, 45],
      ['01-09-2025', 58, 100],
      ['02-09-2025', 113, 155],
      ['DIGITAL GOODS', 177, 232],
      ['6', 271, 276],
      ['SPOTIFY AB', 284, 330],
      ['2540532350', 412, 455],
      ['€10,99', 467, 492],
    );
    expect(readTransactions([header, row], 'EUR').map((r) => r.description)).toEqual(['SPOTIFY AB']);
  });
});

describe('yen figures', () => {
  // Rows under no header of their own; the box of summary labels above reads as one (it names a date
  // and a credit limit) but names no description.
  const box = line(613, ['Minimum Amount Due', 40, 120], ['Due Date', 212, 250], ['Credit Limit', 384, 430]);
  const row = (y: number, words: string, ...figures: Array<[string, number, number]>): Line =>
    line(y, ['Dec 20, 2024', 40, 98], [words, 127, 270], ...figures);
  const rows = [
    row(402, 'ONLINE PAYMENT, THANK YOU', ['301,911', 512, 545]),
    row(379, 'STEAMGAMES.COM 1701934029', ['50', 492, 503], ['7,574', 521, 545]),
    row(367, 'CVS/PHARMACY #34004 CHICAGO IL', ['62', 492, 503], ['9,369', 521, 545]),
    row(355, 'THE HOME DEPOT #1383 SAN JOSE CA', ['57', 492, 503], ['17,354', 516, 545]),
    row(332, 'INTERNATIONAL TRANSACTION FEE', ['50', 536, 545]),
    row(240, 'APPLE.COM/BILL 866-712-7753 CA', ['1', 497, 502], ['449', 531, 545]),
    row(170, 'NETFLIX.COM', ['7', 497, 502], ['2,324', 521, 545]),
  ];

  test('a bare figure at the amounts’ edge is the amount under a box of labels taken for a header, as under none', () => {
    expect(findHeader(box)).not.toBeNull();
    const amounts = (ls: Line[]) => readTransactions(ls, 'JPY').map((r) => r.amount.cents);
    const want = [30191100, 757400, 936900, 1735400, 5000, 44900, 232400];
    expect(amounts(rows)).toEqual(want);
    expect(amounts([box, ...rows])).toEqual(want);
  });

  test('two equal figures side by side are a summary’s values, not a heading printed twice', () => {
    const limits = line(488, ['3,750,000 JPY', 312, 378], ['3,750,000 JPY', 435, 502]);
    const zeros = line(674, ['JPY 0', 320, 345], ['JPY 0', 448, 473]);
    const after = line(412, ['Trans Date', 40, 86], ['Description', 96, 145], ['Amount', 511, 545]);
    for (const l of [limits, zeros]) expect(unfoldTwoColumns([l, after])).toEqual([l, after]);
    // A heading printed twice still cuts the page in two.
    const twin = line(700, ['TRANSACTIONS FOR CARD 4567', 40, 200], ['TRANSACTIONS FOR CARD 7890', 308, 468]);
    expect(texts(unfoldTwoColumns([twin]))).toEqual([
      'TRANSACTIONS FOR CARD 4567',
      'TRANSACTIONS FOR CARD 7890',
    ]);
  });

  test('a foreign amount beside a whole one marked as a debit is not the statement’s currency', () => {
    const ls = [
      line(604, ['Shinjuku-ku, Tokyo 862-3095', 40, 168]),
      line(
        318,
        ['2026/09/17', 40, 80],
        ['PRET A MANGER LONDON', 114, 250],
        ['13.96 GBP', 472, 515],
        ['2,663DR', 530, 545],
      ),
      line(295, ['2026/09/17', 40, 80], ['FOREIGN TRANSACTION FEE', 114, 250], ['80DR', 542, 545]),
      line(260, ['2026/10/12', 40, 80], ['REGAL CINEMAS PORTLAND OR', 114, 250], ['7,881DR', 530, 545]),
    ];
    expect(findCurrency(ls)).toBe('JPY');
    // Printed after the row's own amount, likewise.
    const after = [
      ls[0] as Line,
      line(
        353,
        ['2024/03/17', 40, 80],
        ['CAFE DE FLORE PARIS', 259, 340],
        ['6,329 Dr', 443, 470],
        ['38.81 EUR', 506, 545],
      ),
    ];
    expect(findCurrency(after)).toBe('JPY');
  });
});

describe('a currency mark in letters after the figure', () => {
  test.each(['417.11 Dhs', '9,957.99 Dhs CR', '12.00 Rs.', '1,235 円', '33.09 Fr.', '5.00 Dh.'])(
    '"%s" may end a figure',
    (text) => {
      expect(mayEndFigure(text)).toBe(true);
      expect(parseAmount(text)).not.toBeNull();
    },
  );

  test.each(['KIDS', 'DHS', 'ABU DHABI', 'SPORTS'])('"%s" does not', (text) => {
    expect(mayEndFigure(text)).toBe(false);
  });

  test('a running balance beside amounts marked in dirhams is found, so the balance is no amount', () => {
    const row = (y: number, words: string, amount: string, balance: string): Line =>
      line(y, ['13/06 02:11:28', 40, 98], [words, 103, 300], [amount, 438, 484], [balance, 514, 545]);
    const rows = [
      row(396, 'DIRECT DEBIT PAYMENT - THANK YOU', '9,957.99 Dhs CR', '0.00'),
      row(372, 'PAYPAL *SPOTIFY', '44.00 Dhs', '44.00'),
      row(361, 'AIRBNB * HMKY4G2PZQ9', '2,705.19 Dhs', '2,749.19'),
      row(349, 'AIRBNB * HMHEATCCBB0', '3,048.01 Dhs', '5,797.20'),
      row(338, 'CVS/PHARMACY #27657 SEATTLE WA', '109.70 Dhs', '5,906.90'),
    ];
    expect(runningBalanceEdge(rows, false)).toBe(545);
    expect(readTransactions(rows, 'AED').map((r) => r.amount.cents)).toEqual([
      995799, 4400, 270519, 304801, 10970,
    ]);
  });
});

describe('the date that leads a row', () => {
  test('is never one of the figures at its end: a yearless "01.07." with a dash on the empty side', () => {
    // Each merchant on the line above its row; the row holds its date, the dash and the charge.
    const ls: Line[] = [];
    const charges = ['17.99', '16.01', '21.59', '13.47'];
    charges.forEach((amount, i) => {
      ls.push(line(576 - 25 * i, [`MERCHANT ${i + 1}`, 71, 142]));
      ls.push(line(564 - 25 * i, [`0${i + 1}.07.`, 40, 61], ['-', 502, 505], [amount, 526, 545]));
    });
    expect(texts(dropEmptySides(ls)).filter((t) => t.startsWith('0'))).toEqual([
      '01.07.  17.99',
      '02.07.  16.01',
      '03.07.  21.59',
      '04.07.  13.47',
    ]);
  });
});

describe('the weekday before a row’s date', () => {
  test('keeps the date in its cell: "Mi., 23.12." is no words and an amount, beside a category and a balance', () => {
    const rows = (weekday: (day: number) => string) => [
      line(
        700,
        ['Umsatzdatum', 40, 90],
        ['Kategorie', 98, 140],
        ['Verwendungszweck', 177, 250],
        ['Betrag Fr.', 485, 520],
        ['Saldo', 543, 562],
      ),
      line(
        688,
        [`${weekday(23)}23.12.`, 40, 75],
        ['PAYMENTS', 98, 140],
        ['ZALANDO SE', 177, 227],
        ['129,64', 480, 520],
        ['2198,28', 536, 562],
      ),
      line(
        676,
        [`${weekday(24)}24.12.`, 40, 75],
        ['RETAIL', 98, 140],
        ['MIGROS', 177, 227],
        ['10,00', 480, 520],
        ['2208,28', 536, 562],
      ),
    ];
    const read = (ls: Line[]) =>
      readTransactions(ls, 'CHF').map((r) => [r.date.text, r.description, r.amount.cents]);
    const want = [
      ['23.12.', 'ZALANDO SE', 12964],
      ['24.12.', 'MIGROS', 1000],
    ];
    expect(read(rows(() => ''))).toEqual(want);
    expect(read(rows((d) => (d === 23 ? 'Mi., ' : 'Do., ')))).toEqual(want);
    expect(read(rows((d) => (d === 23 ? 'Wed ' : 'Thu ')))).toEqual(want);
  });
});

describe('a category column under no header', () => {
  test('a summary’s figure with its operator ("GBP 80.00 +") beneath it is no word of the column', () => {
    const categories = [
      'PAYMENTS',
      'DIGITAL GOODS',
      'DIGITAL GOODS',
      'RETAIL',
      'GROCERY STORES',
      'RETAIL',
      'CHARGES',
    ];
    const merchants = [
      'ARGOS LTD 5714',
      'NETFLIX.COM',
      'DISNEY PLUS',
      'MACYS NEW YORK',
      "SAINSBURY'S",
      'JOHN LEWIS',
      'LATE FEE',
    ];
    const summary = line(
      748,
      ['GBP 3,136.76 -', 50, 110],
      ['GBP 3,184.38 +', 143, 210],
      ['GBP 818.43 +', 246, 300],
      ['GBP 80.00 +', 366, 410],
      ['GBP 16.30', 452, 500],
    );
    const rows = merchants.map((m, i) =>
      line(
        680 - 11 * i,
        ['14 Feb', 40, 62],
        [m, 110, 250],
        [categories[i] as string, 366, 430],
        ['GBP 10.99', 515, 545],
      ),
    );
    expect(categoryColumn([summary, ...rows])).toMatchObject({ x0: 366 });
  });
});

describe('tracked type', () => {
  test('a short statement whose every row is tracked, only some with two words side by side, is rejoined', () => {
    const row = (y: number, words: Array<[string, number, number]>, amount: string): Line =>
      line(y, ['23 dez 2026', 40, 79], ['8354425747', 157, 197], ...words, [amount, 527, 545]);
    const ls = [
      row(748, [['N E T F L I X . C O M', 207, 297]], '13,99'),
      row(736, [['L I E F E R A N D O . D E', 207, 310]], '16,60'),
      row(
        724,
        [
          ['M O T E L', 207, 250],
          ['O N E', 258, 283],
          ['K O E L N', 291, 330],
        ],
        '71,35',
      ),
      row(712, [['D O C M O R R I S', 207, 280]], '38,20'),
      row(
        700,
        [
          ['D É B I T O', 207, 254],
          ['D I R E T O', 263, 311],
        ],
        '2.752,29 CR',
      ),
      row(688, [['S P O T I F Y', 207, 260]], '10,99'),
    ];
    expect(despaceLines(ls).map((l) => l.cells[2]?.text)).toEqual([
      'NETFLIX.COM',
      'LIEFERANDO.DE',
      'MOTEL ONE KOELN',
      'DOCMORRIS',
      'DÉBITO DIRETO',
      'SPOTIFY',
    ]);
    // One tracked pair on a long statement of ordinary rows is a merchant printed so: kept as printed.
    const ordinary = [
      row(
        748,
        [
          ['A M Z N', 207, 240],
          ['M k t p', 250, 280],
        ],
        '13,99',
      ),
      row(
        736,
        [
          ['A M Z N', 207, 240],
          ['M k t p', 250, 280],
        ],
        '16,60',
      ),
      ...[724, 712, 700, 688, 676, 664, 652, 640, 628, 616].map((y) =>
        row(y, [['REWE BERLIN', 207, 260]], '9,99'),
      ),
    ];
    expect(despaceLines(ordinary)[0]?.cells[2]?.text).toBe('A M Z N');
  });

  test.each([
    ['3 , 5 6 7 . 9 6 -', '3,567.96-'],
    ["1 1 ' 9 5 2 . 5 3 –", "11'952.53–"],
    ["3 ' 5 2 1 . 4 9", "3'521.49"],
    ['1 2 . 5 0 C R', '12.50 CR'],
  ])('a tracked figure "%s" reads "%s", its sign or dash part of it', (printed, want) => {
    expect(despaceText(printed, true)).toBe(want);
    expect(parseAmount(want)).not.toBeNull();
  });

  test('a spaced figure in a period range keeps the dash between its dates', () => {
    expect(despaceText('0 1 . 0 7 . 2 0 2 6 - 3 1 . 0 7 . 2 0 2 6')).not.toMatch(/2026-/);
  });
});
