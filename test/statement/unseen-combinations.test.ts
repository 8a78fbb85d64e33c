/**
 * Rules found on fuzzed seeds outside the tuning set (12001..18000), each a combination of forms
 * real issuers print that no earlier rule had met together: yen figures beside summary boxes, a
 * mark in letters after the figure, the date column that leads rows whose merchant sits above,
 * short statements set in tracked type, foreign amounts beside whole ones. Each case is built from
 * lines as the extractor gives them, so it fails if its rule goes.
 */
import type { Line } from '../../shared/pdf/layout.js';
import { amountEdge } from '../../shared/statement/amount-edge.js';
import { categoryColumn } from '../../shared/statement/category-column.js';
import { creditColumnEdge } from '../../shared/statement/credit-column.js';
import { findCurrency } from '../../shared/statement/currency.js';
import { dateColumnAfter } from '../../shared/statement/date-after.js';
import { despaceLines, despaceText } from '../../shared/statement/despace.js';
import { dropEmptySides } from '../../shared/statement/empty-side.js';
import { mayEndFigure, parseAmount } from '../../shared/statement/money.js';
import { figure, wholeFigure } from '../../shared/statement/pairs.js';
import { runningBalanceEdge } from '../../shared/statement/running-balance.js';
import { readSummary } from '../../shared/statement/summary.js';
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

  test.each([
    ['209,04- Dhs', 20904],
    ['6,194.12- Dhs', 619412],
    ['1 234,50- 円', 123450],
  ])('"%s": the credit’s minus before the mark in letters', (text, cents) => {
    expect(parseAmount(text)).toMatchObject({ cents, sign: -1 });
  });

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

describe('a currency mark in a cell of its own after the figure', () => {
  test('the rupee’s stray glyph after a tracked amount marks it: the row keeps its amount', () => {
    const ls = [
      line(512, ['Posting Date', 40, 90], ['Transaction Details', 269, 350], ['Amount (`)', 502, 545]),
      line(
        482,
        ['04/06/2024', 40, 83],
        ['MAKEMYTRIP NMJUPJYT0', 269, 377],
        ['3 5 , 0 8 6 . 4 4', 464, 532],
        ['`', 542, 545],
      ),
      line(
        383,
        ['16/06/2024', 40, 83],
        ['PAYMENT RECEIVED - UPI', 269, 376],
        ['2 , 7 3 , 3 1 4 . 3 0 -', 443, 532],
        ['`', 542, 545],
      ),
    ];
    const despaced = despaceLines(ls);
    expect(texts(despaced).slice(1)).toEqual([
      '04/06/2024  MAKEMYTRIP NMJUPJYT0  35,086.44',
      '16/06/2024  PAYMENT RECEIVED - UPI  2,73,314.30-',
    ]);
    // A glyph that is no figure's mark stays: words are not touched.
    expect(texts(despaceLines([ls[0] as Line, line(470, ['NOTE', 40, 60], ['`', 70, 73])]))[1]).toBe(
      'NOTE  `',
    );
  });

  test('joins a figure with no words before it, the merchant printed on the line above', () => {
    const ls = [
      line(476, ['NETFLIX.COM', 40, 100]),
      line(464, ['01/06', 445, 470], ['13,99', 497, 530], ['€', 541, 546]),
      line(451, ['SPOTIFY AB', 40, 100]),
      line(439, ['04/06', 445, 470], ['10,99', 497, 530], ['€', 541, 546]),
    ];
    expect(readTransactions(ls, 'EUR').map((r) => [r.description, r.amount.cents])).toEqual([
      ['NETFLIX.COM', 1399],
      ['SPOTIFY AB', 1099],
    ]);
  });

  test('between a figure and the dash on the empty side, the dash aligned with the mark', () => {
    // Debits end at 216 with their mark to 228; credits at 268 with theirs to 280.
    const debit = (y: number, words: string, amount: string): Line =>
      line(
        y,
        [words, 40, 130],
        ['11-feb-2026', 137, 175],
        [amount, 188, 216],
        ['€', 224, 228],
        ['-', 277, 280],
      );
    const credit = (y: number, words: string, amount: string): Line =>
      line(
        y,
        [words, 40, 130],
        ['04-feb-2026', 137, 175],
        ['-', 224, 228],
        [amount, 235, 268],
        ['€', 277, 280],
      );
    const ls = [
      credit(738, 'ADDEBITO SU CONTO CORRENTE', '202,45'),
      credit(726, 'MEDIAMARKT KOELN', '300,56'),
      debit(714, 'ARAL STATION 70201', '36,35'),
      debit(702, 'ALDI SUED BERLIN', '18,11'),
      debit(690, 'EVENTIM B9HLYB4QV', '236,01'),
    ];
    expect(texts(dropEmptySides(ls))).toEqual([
      'ADDEBITO SU CONTO CORRENTE  04-feb-2026  202,45  €',
      'MEDIAMARKT KOELN  04-feb-2026  300,56  €',
      'ARAL STATION 70201  11-feb-2026  36,35  €',
      'ALDI SUED BERLIN  11-feb-2026  18,11  €',
      'EVENTIM B9HLYB4QV  11-feb-2026  236,01  €',
    ]);
  });
});

describe('what stands beside a row’s amount', () => {
  test('a bare "$" after a rate is the cashback it earned in the statement’s own dollar, not a US amount', () => {
    const ls = [
      line(
        501,
        ['Trans Date', 40, 86],
        ['Merchant Name or Transaction Description', 92, 250],
        ['Amount', 485, 510],
        ['Daily Cash', 520, 560],
      ),
      line(
        466,
        ['03/07', 40, 62],
        ['NETFLIX.COM', 92, 160],
        ['$20.91', 485, 510],
        ['1%', 524, 534],
        ['$0.21', 541, 560],
      ),
      line(
        446,
        ['05/07', 40, 62],
        ['PAYPAL *SPOTIFY', 92, 170],
        ['$16.19', 485, 510],
        ['3%', 524, 534],
        ['$0.49', 541, 560],
      ),
    ];
    const read = (currency: string) => readTransactions(ls, currency).map((r) => [r.amount.cents, r.foreign]);
    expect(read('CAD')).toEqual([
      [2091, null],
      [1619, null],
    ]);
    // "USD" names the US dollar on any statement.
    const us = [
      line(466, ['03/07', 40, 62], ['NETFLIX.COM', 92, 160], ['$20.91', 485, 510], ['USD 15.00', 530, 570]),
    ];
    expect(readTransactions(us, 'CAD')[0]?.foreign).toEqual({ cents: 1500, currency: 'USD' });
  });

  test('a Dr/Cr marker in a cell of its own between the amount and a foreign amount', () => {
    const row = line(
      306,
      ["13 OCT'26", 40, 77],
      ['HOTEL LE MARAIS PARIS', 237, 335],
      ['388.92', 419, 460],
      ['D', 470, 476],
      ['EUR 265.03', 504, 546],
    );
    expect(
      readTransactions([row], 'SGD').map((r) => [r.description, r.amount.cents, r.amount.sign, r.foreign]),
    ).toEqual([['HOTEL LE MARAIS PARIS', 38892, 1, { cents: 26503, currency: 'EUR' }]]);
  });
});

describe('a summary box printed after the table', () => {
  test('its figure is read before section totals that repeat under each card’s rows', () => {
    const row = (y: number, words: string, amount: string): Line =>
      line(y, ['05 May 2025', 40, 90], [words, 100, 250], [amount, 500, 545]);
    const ls = [
      row(700, 'BEST BUY 43451739', '100.00'),
      line(690, ['Total PURCHASES', 40, 120], ['200.00', 500, 545]),
      row(680, 'LABCORP 972340', '30.00'),
      line(670, ['Total PURCHASES', 40, 120], ['30.00', 500, 545]),
      row(660, 'DELTA AIR 2786453415975', '70.00'),
      line(650, ['Total PURCHASES', 40, 120], ['70.00', 500, 545]),
      line(640, ['Summary of Account Activity', 40, 160]),
      line(630, ['Purchases and Adjustments', 40, 160], ['300.00', 500, 545]),
    ];
    const list = readSummary(ls).candidates.purchases?.map((c) => c.amount.cents);
    expect(list?.[0]).toBe(30000);
    expect(list).toHaveLength(4);
  });
});

describe('a year that ends a label', () => {
  test('"so far in 2026" with a code before its figure is a year-to-date line, no summary figure', () => {
    const ls = [
      line(600, ['Interest charged so far in 2026 AED 1,974.00', 40, 260]),
      line(590, ['Interest charged', 40, 120], ['AED 12.50', 200, 245]),
    ];
    const list = readSummary(ls).candidates.interest?.map((c) => c.amount.cents);
    // Before, "2026 AED" read as a whole amount of 2,026.00 and came first.
    expect(list).toEqual([1250]);
  });

  test('a whole figure with its code is still read where no figure follows it', () => {
    const ls = [line(600, ['Fees charged 2026 JPY', 40, 160])];
    expect(readSummary(ls).candidates.fees?.map((c) => c.amount.cents)).toEqual([202600]);
  });
});

describe('a whole number before the row’s date', () => {
  test('points of four digits or more printed first, the merchant on the line above, are no part of the row', () => {
    const ls = [
      line(599, ['MEDIAMARKT KOELN', 72, 150]),
      line(589, ['522', 50, 62], ['21/03/2026 07:30', 364, 420], ['940,23', 447, 470]),
      line(579, ['MEDIAMARKT KOELN', 72, 150]),
      line(569, ['1044', 46, 62], ['23/03/2026 09:30', 364, 420], ['940,23', 447, 470]),
    ];
    expect(readTransactions(ls, 'EUR').map((r) => [r.date.text, r.description, r.amount.cents])).toEqual([
      ['21/03/2026', 'MEDIAMARKT KOELN', 94023],
      ['23/03/2026', 'MEDIAMARKT KOELN', 94023],
    ]);
  });
});

describe('a category the row’s words run into', () => {
  const header = line(
    700,
    ['DATE', 31, 47],
    ['TRANSACTION DETAILS', 157, 237],
    ['MERCHANT CATEGORY', 309, 380],
    ['AMOUNT (Rs.)', 654, 705],
  );
  const row = (words: string) =>
    line(
      688,
      ['23/04/2021', 18, 60],
      ['FLIPKART PAYMENTS', 111, 182],
      [words, 203, 342],
      ['461.00 Dr', 629, 684],
    );
  const read = (ls: Line[]) => readTransactions(ls, 'INR').map((r) => [r.description, r.category]);

  test('under a header naming a category column, is the row’s category (as Axis Bank’s statements extract)', () => {
    expect(read([header, row('BANGALORE IN BOOKS AND STATIONERY')])).toEqual([
      ['FLIPKART PAYMENTS BANGALORE IN', 'BOOKS AND STATIONERY'],
    ]);
  });

  test('not one word alone, nor without such a header', () => {
    expect(read([header, row('BARNES BOOKS')])).toEqual([['FLIPKART PAYMENTS BARNES BOOKS', null]]);
    const plain = line(700, ['DATE', 31, 47], ['TRANSACTION DETAILS', 157, 237], ['AMOUNT (Rs.)', 654, 705]);
    expect(read([plain, row('BANGALORE IN BOOKS AND STATIONERY')])).toEqual([
      ['FLIPKART PAYMENTS BANGALORE IN BOOKS AND STATIONERY', null],
    ]);
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

describe('seeds 30001..42000', () => {
  test('the second line of two-line grid headings is no formula row of its own', () => {
    // "Previous / Statement Balance": the second line alone reads "Statement Balance", a new
    // balance the layout never printed, and "& Fees" took the purchases' figure.
    const ls = [
      line(
        726,
        ['Previous', 40, 80],
        ['Payments', 143, 190],
        ['Purchases', 246, 295],
        ['Cash Advances', 349, 415],
      ),
      line(714, ['Statement Balance', 40, 120], ['and Credits', 143, 195], ['& Fees', 349, 380]),
      line(700, ['$4,342.71', 40, 85], ['$477.70-', 143, 185], ['$4,113.69', 246, 290], ['$0.00', 349, 372]),
    ];
    const c = readSummary(ls).candidates;
    expect(c.newBalance).toBeUndefined();
    expect(c.previousBalance?.map((x) => x.amount.cents)).toEqual([434271]);
    expect(c.fees).toBeUndefined();
  });

  test('a card’s heading with its masked number is no merchant line over the first row', () => {
    const ls = [
      line(763.5, ['Descrição', 40, 80], ['Data mov.', 175, 210], ['Montante', 241, 280]),
      line(745.6, ['Cartão principal: Tiago Simões - XXXX 3704', 40, 210]),
      line(733.3, ['DAZN LIMITED', 40, 100], ['09/08', 175, 198], ['34,99 €', 250, 280]),
      line(721.0, ['MOTEL ONE BERLIN', 40, 120], ['09/08', 175, 198], ['187,38 €', 245, 280]),
      line(708.7, ['MOTEL ONE DUESSELDORF', 40, 140], ['10/08', 175, 198], ['73,80 €', 250, 280]),
      line(696.6, ['AIRLINE TICKET', 40, 110]),
      line(684.0, ['AMAZON EU SARL QEC21Q5B3', 40, 150], ['15/08', 175, 198], ['21,80 €', 250, 280]),
      line(671.8, ['NETFLIX.COM', 40, 95], ['18/08', 175, 198], ['13,99 €', 250, 280]),
      line(659.5, ['RECURRING PAYMENT', 40, 120]),
      line(647.2, ['SPOTIFY AB', 40, 90], ['18/08', 175, 198], ['10,99 €', 250, 280]),
      line(634.7, ['ARAL STATION 22666', 40, 120], ['22/08', 175, 198], ['35,66 €', 250, 280]),
      line(622.4, ['Cartão adicional: Ana Simões - XXXX 4269', 40, 210]),
      line(610.1, ['ALDI SUED BERLIN', 40, 120], ['11/08', 175, 198], ['55,49 €', 250, 280]),
    ];
    const rows = readTransactions(ls, 'EUR');
    expect(rows.map((r) => r.description)).toEqual([
      'DAZN LIMITED',
      'MOTEL ONE BERLIN',
      'MOTEL ONE DUESSELDORF',
      'AMAZON EU SARL QEC21Q5B3',
      'NETFLIX.COM',
      'SPOTIFY AB',
      'ARAL STATION 22666',
      'ALDI SUED BERLIN',
    ]);
  });

  test('a currency header is found after a "valuta" column that names none', () => {
    const header = line(
      423,
      ['Data operazione', 40, 100],
      ['Data valuta', 112, 160],
      ['Rif.', 172, 185],
      ['Descrizione operazione', 235, 330],
      ['Importo in CHF', 504, 560],
    );
    expect(findCurrency([header])).toBe('CHF');
  });

  test('a German weekday before a yearless date ("Fr. 12.12.") is no amount in Swiss francs', () => {
    const rows = ['Fr. 12.12.', 'Mo. 22.12.', 'Fr. 19.12.'].map((d, i) =>
      line(330 - 13 * i, [d, 40, 80], ['AMAZON EU SARL', 169, 260], ['33,82', 530, 560]),
    );
    expect(findCurrency(rows)).toBeNull();
  });

  test('a whole figure with its Dr mark and a formula’s operator after it ("0 Dr -") is a figure', () => {
    expect(wholeFigure('0 Dr -')?.cents).toBe(0);
    expect(wholeFigure('0 +')?.cents).toBe(0);
    expect(wholeFigure('129 +')?.cents).toBe(12900);
  });

  test('a dated balance line under a row is no part of it, so a "Cr" under that line marks no row', () => {
    const header = line(
      768,
      ['Sr. No.', 40, 65],
      ['Transaction Details', 70, 140],
      ['Date', 322, 340],
      ['Posting Date', 364, 405],
      ['Amount (CAD)', 438, 490],
      ['Running Balance', 494, 555],
    );
    const row = (y: number, n: string, words: string, date: string, amount: string, balance: string): Line =>
      line(
        y,
        [n, 40, 50],
        [words, 70, 200],
        [date, 322, 360],
        [date, 364, 402],
        [amount, 464, 490],
        [balance, 512, 555],
      );
    const ls = [
      header,
      row(368, '17', 'DOORDASH*SWEETGREEN', '30/10/2025', '41.45', '1,048.05 Cr'),
      row(348, '19', 'DOORDASH*SWEETGREEN', '06/11/2025', '57.19', '949.41 Cr'),
      row(327, '20', 'COSTCO WHSE #2411 PORTLAND OR', '11/11/2025', '498.97', '450.44 Cr'),
      line(317.5, ['71128559041900000000000', 70, 200]),
      line(307, ['Total Balance', 70, 130], ['13/11/2025', 322, 360], ['450.44', 464, 490]),
      line(297, ['Cr', 477, 490]),
    ];
    const rows = readTransactions(ls, 'CAD').filter((r) => r.description.startsWith('COSTCO'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.amount.sign).not.toBe(-1);
  });

  test('summary labels over their values ("Please pay by  Credit limit") say no credit column', () => {
    const row = (y: number, words: string, amount: string, x1: number): Line =>
      line(y, ['13 Aug', 40, 65], ['117133834678', 118, 170], [words, 204, 260], [amount, x1 - 25, x1]);
    const ls = [
      line(532, ['Please pay by', 312, 360], ['Credit limit', 435, 475]),
      line(517, ['3 Oct 2025', 312, 355], ["£12'000.00", 435, 483]),
      ...['DIGITAL GOODS', 'RETAIL', 'RESTAURANTS', 'CASH', 'CHARGES'].map((w, i) =>
        row(400 - 20 * i, w, '10.00', 509),
      ),
      line(290, ['DIRECT DEBIT PAYMENT - THANK YOU', 280, 420]),
      row(278, 'PAYMENTS', '111.62', 544),
    ];
    // The credit column is the payment's, not the credit limit's.
    expect(creditColumnEdge(ls, false, null)).toBeCloseTo(544, 0);
  });

  test('rows that start at a date column right of an empty description show that column', () => {
    // Each merchant is printed on the line above; one row's wrapped words share its line.
    const dated = (y: number, first: Array<[string, number, number]>): Line =>
      line(y, ...first, ['27 Apr 2026', 301, 345], ['29 Apr 2026', 357, 400], ['64.56', 450, 475]);
    const ls = [
      dated(311, []),
      dated(274, []),
      dated(237, []),
      dated(126, [['FAST FOOD RESTAURANTS', 40, 130]]),
    ];
    expect(dateColumnAfter(ls)?.x0).toBe(301);
    // One such row alone, with no dated rows at that place, shows nothing.
    expect(dateColumnAfter([ls[3] as Line])).toBeNull();
  });

  test('an e-mail that runs into a summary label beside it is no part of the label', () => {
    const ls = [
      line(
        677,
        ['Correo electrónico: lucia.fernandez33@example.com Devoluciones', 40, 360],
        ['EUR 0,00', 512, 545],
      ),
    ];
    const credits = readSummary(ls).candidates.credits;
    expect(credits?.map((c) => c.amount.cents)).toEqual([0]);
    expect(credits?.[0]?.from.label).toBe('Devoluciones');
  });
});

describe('seeds 42001..54000', () => {
  test('where rows end in a running balance, the amounts’ edge is the figure’s before it', () => {
    const row = (y: number, words: string, amount: string, balance: string): Line =>
      line(
        y,
        ['04/09/2025', 40, 80],
        [words, 130, 250],
        [amount, 497 - amount.length * 4, 497],
        [balance, 537, 561],
      );
    const ls = [
      row(700, 'WHOLE FOODS MKT #00839', '10,437', '10,437'),
      row(690, 'LABCORP 166337', '22,689', '33,126'),
      row(680, 'NETFLIX.COM', '2,324', '35,450'),
      row(670, 'HOTEL LE MARAIS PARIS', '21,905', '57,355'),
      row(660, 'LYFT *RIDE SUN 4PM', '2,436', '59,791'),
      row(650, 'FOREIGN TRANSACTION FEE', '657', '60,448'),
    ];
    expect(amountEdge(ls, 561)).toBeCloseTo(497, 0);
    // A bare yen figure there ("657") is the row's amount, no count.
    const rows = readTransactions(ls, 'JPY');
    expect(rows.map((r) => r.amount.cents)).toEqual([1043700, 2268900, 232400, 2190500, 243600, 65700]);
  });

  test('a formula row’s "=" set against its figure ("0=") is no part of it', () => {
    expect(wholeFigure('0=')?.cents).toBe(0);
    expect(parseAmount('12.50=')).toBeNull();
    const ls = [
      line(
        624,
        ['Fees and Charges', 157, 235],
        ['Interest Charged', 264, 335],
        ['Closing Balance', 370, 440],
      ),
      line(608, ['12,785 +', 157, 194], ['0=', 264, 277], ['829,027', 370, 403]),
    ];
    expect(readSummary(ls, undefined, true).candidates.interest?.map((c) => c.amount.cents)).toEqual([0]);
  });
});

describe('seeds 54001..66000', () => {
  test('a running balance after an amount whose mark and Dr marker stand in cells of their own', () => {
    const row = (y: number, amount: string, balance: string): Line =>
      line(
        y,
        ['23.09.2025', 40, 80],
        ['PHARMACIES', 334, 380],
        [amount, 440, 470],
        ['€', 484, 490],
        ['Dr', 498, 508],
        [balance, 520, 562],
      );
    const ls = [
      row(461, '39,20', '2 134,78 Dr'),
      row(438, '10,99', '2 145,77 Dr'),
      row(415, '10,65', '2 156,42 Dr'),
      row(391, '34,99', '2 191,41 Dr'),
      row(368, '10,65', '2 202,06 Dr'),
    ];
    expect(runningBalanceEdge(ls, false)).toBeCloseTo(562, 0);
    expect(readTransactions(ls, 'EUR').map((r) => r.amount.cents)).toEqual([3920, 1099, 1065, 3499, 1065]);
  });

  test('a column of currency codes after a yearless dotted date ("06.07.  EUR  476,96") names the currency', () => {
    const row = (y: number, date: string, amount: string): Line =>
      line(
        y,
        ['NETFLIX.COM', 40, 100],
        [date, 284, 305],
        [date, 366, 387],
        ['EUR', 420, 437],
        [amount, 468, 493],
      );
    expect(
      findCurrency([row(384, '06.07.', '476,96'), row(372, '01.07.', '13,99'), row(360, '03.07.', '868,87')]),
    ).toBe('EUR');
  });

  test('formula operators closed up against whole figures with tracked type ("+0+", "0+", "+0=")', () => {
    expect(['+0+', '0+', '+0=', '0 +'].map((t) => wholeFigure(t)?.cents)).toEqual([0, 0, 0, 0]);
    // A minus against the figure is still its sign.
    expect(wholeFigure('-5')?.sign).toBe(-1);
    expect(wholeFigure('+5')?.sign).not.toBe(-1);
  });
});

describe('seeds 78001..102000', () => {
  test('merchants above rows whose own words are a category and a wrapped line, beside balances printed as rows', () => {
    // Each merchant is printed over its row in a column of its own; the row's words are its
    // category, sometimes with a wrapped line after it ("UTILITIES  TELECOMMUNICATION SERVICES").
    const pair = (y: number, merchant: string, words: Array<[string, number, number]>, amount: string) => [
      line(y + 11, [merchant, 168, 168 + merchant.length * 4]),
      line(y, ['17/08 22:47:35', 40, 90], ...words, [amount, 480, 505]),
    ];
    const ls = [
      line(760, ['12/08', 40, 60], ['Previous Balance', 168, 230], ['2,613.92', 480, 505]),
      ...pair(700, 'BEST BUY 03154574', [['RETAIL', 100, 130]], '1,167.15'),
      ...pair(678, 'NETFLIX.COM', [['DIGITAL GOODS', 100, 160]], '23.24'),
      ...pair(
        656,
        'VERIZON WRLS 17994',
        [
          ['UTILITIES', 100, 140],
          ['UTILITIES', 168, 210],
        ],
        '252.68',
      ),
      ...pair(
        634,
        'PG&E WEBONLINE',
        [
          ['UTILITIES', 100, 140],
          ['TELECOMMUNICATION SERVICES', 168, 280],
        ],
        '356.10',
      ),
      ...pair(
        612,
        'HOTEL LE MARAIS PARIS',
        [
          ['TRAVEL', 100, 130],
          ['LODGING - HOTELS', 168, 240],
        ],
        '207.47',
      ),
      line(590, ['11/09', 40, 60], ['Closing Balance', 168, 230], ['2,152.19', 480, 505]),
    ];
    expect(readTransactions(ls, 'AUD').map((r) => r.description)).toEqual([
      'BEST BUY 03154574',
      'NETFLIX.COM',
      'VERIZON WRLS 17994',
      'PG&E WEBONLINE',
      'HOTEL LE MARAIS PARIS',
    ]);
  });

  test('a foreign amount after the row’s own, its currency mark and Dr marker each in a cell of their own', () => {
    const row = (...cells: Array<[string, number, number]>): Line =>
      line(660, ['20/12', 40, 60], ['HOTEL LE MARAIS PARIS', 99, 250], ...cells);
    const mark = readTransactions(
      [row(['269,25', 432, 470], ['$', 477, 483], ['EUR 247,70', 507, 545])],
      'USD',
    );
    expect(mark.map((r) => [r.amount.cents, r.description, r.foreign?.currency])).toEqual([
      [26925, 'HOTEL LE MARAIS PARIS', 'EUR'],
    ]);
    const both = readTransactions(
      [row(['141.93', 427, 460], ['£', 470, 476], ['D', 481, 486], ['165.59 EUR', 510, 545])],
      'GBP',
    );
    expect(both.map((r) => [r.amount.cents, r.description, r.foreign?.currency])).toEqual([
      [14193, 'HOTEL LE MARAIS PARIS', 'EUR'],
    ]);
  });

  test('a marked whole figure between a formula’s two operators, closed up with tracked type ("+0¥+")', () => {
    expect(wholeFigure('+0¥+')?.cents).toBe(0);
    expect(wholeFigure('+ 0 ¥ +')?.cents).toBe(0);
    expect(wholeFigure('+1,776¥+')?.cents).toBe(177600);
  });
});

describe('seeds 102001..126000', () => {
  test('a foreign amount after the row’s own and its Dr marker names no statement currency', () => {
    // The only mark of a statement printed without one is the foreign amount's code.
    const ls = [
      line(
        417,
        ['02 NOV', 40, 62],
        ['UBER *TRIP NEW YORK', 90, 180],
        ['39,73', 444, 470],
        ['D', 482, 487],
        ['43,19 USD', 511, 545],
      ),
      line(404, ['03 NOV', 40, 62], ['REWE 2574 MUENCHEN', 90, 180], ['63,18', 444, 470], ['D', 482, 487]),
    ];
    expect(findCurrency(ls)).toBeNull();
  });

  test('a merchant line a point nearer to the row before than to its own is still its own', () => {
    // Each merchant over its row; the row's words are its category. Rows 26.1 pt apart, the
    // merchant line 12.7 pt under the row before and 13.4 pt over its own.
    const pair = (y: number, merchant: string, category: string, amount: string) => [
      line(y + 13.4, [merchant, 137, 137 + merchant.length * 5]),
      line(y, ['2 Jan 2025 19:08:38', 40, 110], [category, 137, 260], [amount, 480, 505]),
    ];
    const ls = [
      ...pair(700, 'ZOMATO', 'FAST FOOD RESTAURANTS', '1,211.69'),
      ...pair(673.9, 'FASTAG RECHARGE', 'TAXICABS/LIMOUSINES', '1,030.52'),
      ...pair(647.8, 'HOTSTAR', 'RECURRING PAYMENT', '299.00'),
      ...pair(621.7, 'SPOTIFY INDIA', 'DIGITAL GOODS', '119.00'),
    ];
    expect(readTransactions(ls, 'INR').map((r) => [r.description, r.category])).toEqual([
      ['ZOMATO', 'FAST FOOD RESTAURANTS'],
      ['FASTAG RECHARGE', 'TAXICABS/LIMOUSINES'],
      ['HOTSTAR', 'RECURRING PAYMENT'],
      ['SPOTIFY INDIA', 'DIGITAL GOODS'],
    ]);
  });

  test('the rupee’s stray glyph set against a summary figure, after its sign ("–`97592.60")', () => {
    expect(figure('`9713.54')?.cents).toBe(971354);
    expect(figure('–`97592.60')).toMatchObject({ cents: 9759260, sign: -1 });
    expect(figure('= –`464621.48')?.cents).toBe(46462148);
  });
});

describe("grammar round 14's draws", () => {
  test('vertically centred cells: a category name longer than the column’s others, its merchant on the line above', () => {
    // Rows print merchant, category, card and amount on one line; a wrapped merchant sits over its
    // row and its second line under it, the row's other cells halfway between.
    const row = (y: number, day: string, merchant: string, category: string, amount: string) =>
      line(
        y,
        [`${day}/11/2025`, 40, 82],
        [merchant, 93, 93 + merchant.length * 5],
        [category, 393, 393 + category.length * 5],
        ['1178', 482, 501],
        [amount, 541, 562],
      );
    const ls = [
      row(700, '01', 'NETFLIX.COM', 'DIGITAL GOODS', '20.91'),
      row(687, '02', 'LYFT *RIDE SUN 4PM', 'TRANSPORT', '23.34'),
      row(674, '03', 'THE HOME DEPOT #1797', 'RETAIL', '164.67'),
      row(661, '04', 'SPOTIFY AB', 'DIGITAL GOODS', '10.99'),
      row(648, '05', 'INTERNATIONAL TRANSACTION FEE', 'CHARGES', '0.81'),
      line(635.2, ['TRADER JOE S #970 AUSTIN TX', 93, 230]),
      line(
        629,
        ['07/11/2025', 40, 82],
        ['GROCERY STORES', 393, 472],
        ['1178', 482, 501],
        ['67.53', 541, 562],
      ),
      line(623.3, ['SUPERMARKETS', 93, 160]),
    ];
    expect(categoryColumn(ls)?.x1).toBeLessThan(472);
    expect(readTransactions(ls, 'SGD').map((r) => [r.description, r.category])).toEqual([
      ['NETFLIX.COM', 'DIGITAL GOODS'],
      ['LYFT *RIDE SUN 4PM', 'TRANSPORT'],
      ['THE HOME DEPOT #1797', 'RETAIL'],
      ['SPOTIFY AB', 'DIGITAL GOODS'],
      ['INTERNATIONAL TRANSACTION FEE', 'CHARGES'],
      ['TRADER JOE S #970 AUSTIN TX', 'GROCERY STORES'],
    ]);
  });

  test('where most merchants stand over their rows, a foreign detail line over a row with words of its own is not its merchant', () => {
    const ls = [
      line(710, ['HOTEL LE MARAIS PARIS', 92, 230]),
      line(705, ['10 OCT 2025', 40, 80], ['460,62', 524, 548]),
      line(700, ['AIRLINE TICKET', 92, 160]),
      line(690, ['282,50 EUR @ 1.6305', 92, 200]),
      line(679.5, ['10 OCT 2025', 40, 80], ['INTERNATIONAL TRANSACTION FEE', 92, 300], ['13,82', 528, 548]),
      line(669, ['DOORDASH*SWEETGREEN', 92, 200]),
      line(664, ['10 OCT 2025', 40, 80], ['72,03', 528, 548]),
      line(659.5, ['RESTAURANT', 92, 150]),
      line(649, ['COMCAST CALIFORNIA', 92, 200]),
      line(644, ['12 OCT 2025', 40, 80], ['109,07', 524, 548]),
      line(639.5, ['UTILITIES', 92, 140]),
    ];
    expect(readTransactions(ls, 'AUD').map((r) => r.description)).toEqual([
      'HOTEL LE MARAIS PARIS',
      'INTERNATIONAL TRANSACTION FEE',
      'DOORDASH*SWEETGREEN',
      'COMCAST CALIFORNIA',
    ]);
  });

  test('rows that print their own merchants show the lines between rows are wrapped lines, however near the next row', () => {
    // Each wrapped line 9.7 pt under its row and 10.6 pt over the next: nearly halfway.
    const ls = [
      line(554.9, ['Sus operaciones', 40, 112]),
      line(524.8, ['NETFLIX.COM', 40, 87], ['22-dic-2025', 412, 449], ['EUR', 477, 492], ['13,99', 528, 545]),
      line(515.1, ['RECURRING PAYMENT', 40, 110]),
      line(
        504.5,
        ['EDEKA HAMBURG', 40, 101],
        ['27-dic-2025', 412, 449],
        ['EUR', 477, 492],
        ['92,80', 528, 545],
      ),
      line(494.8, ['SUPERMARKETS', 40, 93]),
      line(
        484.2,
        ['TRANSFERENCIA RECIBIDA', 40, 134],
        ['30-dic-2025', 412, 449],
        ['EUR', 477, 492],
        ['-2899,00', 518, 545],
      ),
      line(474.1, ['DOCMORRIS', 40, 84], ['02-ene-2026', 412, 451], ['EUR', 477, 492], ['12,48', 528, 545]),
      line(
        463.9,
        ['SHOP APOTHEKE', 40, 100],
        ['02-ene-2026', 412, 451],
        ['EUR', 477, 492],
        ['56,24', 528, 545],
      ),
      line(
        453.8,
        ['LIDL DIENSTL. LEIPZIG', 40, 117],
        ['09-ene-2026', 412, 451],
        ['EUR', 477, 492],
        ['54,71', 528, 545],
      ),
      line(
        443.6,
        ['MOTEL ONE KOELN', 40, 106],
        ['12-ene-2026', 412, 451],
        ['EUR', 477, 492],
        ['199,90', 524, 545],
      ),
      line(433.9, ['AIRLINE TICKET', 40, 90]),
      line(
        423.3,
        ['HOTEL ZURICH AG', 40, 103],
        ['18-ene-2026', 412, 451],
        ['EUR', 477, 492],
        ['209,75', 524, 545],
      ),
    ];
    expect(readTransactions(ls, null).map((r) => r.description)).toEqual([
      'NETFLIX.COM',
      'EDEKA HAMBURG',
      'TRANSFERENCIA RECIBIDA',
      'DOCMORRIS',
      'SHOP APOTHEKE',
      'LIDL DIENSTL. LEIPZIG',
      'MOTEL ONE KOELN',
      'HOTEL ZURICH AG',
    ]);
  });
});

describe('seeds 6001..99999, round 14', () => {
  test('a wrapped line that hangs from the row over it is no merchant of the row under it', () => {
    // Cells set halfway down wrapped descriptions: each wrapped merchant over its row's cells and its
    // second line under them; "TAXICABS/LIMOUSINES" is 6 pt under its row and 13.6 pt over the next,
    // which prints its merchant on its own line.
    const wrapped = (y: number, merchant: string, date: string, amount: string, second: string) => [
      line(y + 6.5, [merchant, 100, 100 + merchant.length * 5]),
      line(y, [date, 40, 85], [amount, 521, 562]),
      line(y - 6, [second, 100, 100 + second.length * 5]),
    ];
    const ls = [
      line(711.9, ['Trans Date', 40, 80], ['Transaction Details', 100, 180], ['Amount', 528, 560]),
      ...wrapped(686.5, 'DELTA AIR 4545903762134', '18 Jan 2025', '495.33 S$', 'AIRLINE TICKET'),
      ...wrapped(660.4, 'NETFLIX.COM', '22 Jan 2025', '20.91 S$', 'DIGITAL GOODS'),
      ...wrapped(634.3, 'CHEVRON 4012203 SEATTLE WA', '1 Feb 2025', '106.79 S$', 'TAXICABS/LIMOUSINES'),
      line(614.7, ['3 Feb 2025', 40, 85], ['PAYMENT BY GIRO', 100, 181], ['-5,620.43 S$', 510, 562]),
      line(601.7, ['8 Feb 2025', 40, 85], ['STARBUCKS STORE 49394', 100, 230], ['20.52 S$', 526, 562]),
      ...wrapped(556, 'LABCORP 729857', '13 Feb 2025', '298.85 S$', 'MEDICAL SERVICES'),
    ];
    expect(readTransactions(ls, 'SGD').map((r) => r.description)).toEqual([
      'DELTA AIR 4545903762134',
      'NETFLIX.COM',
      'CHEVRON 4012203 SEATTLE WA',
      'PAYMENT BY GIRO',
      'STARBUCKS STORE 49394',
      'LABCORP 729857',
    ]);
  });
});
