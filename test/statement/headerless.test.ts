/**
 * Tables whose columns no header names: printed without column headers, or under headers in words
 * the engine does not read. The rows alone must say which figure is the amount, which the running
 * balance or a foreign amount, where the date is and which of two dates was the posting.
 */
import type { Cell, Line } from '../../shared/pdf/layout.js';
import { categoryColumn } from '../../shared/statement/category-column.js';
import { isCategoryName } from '../../shared/statement/category-names.js';
import { creditColumnEdge } from '../../shared/statement/credit-column.js';
import { dateColumnAfter } from '../../shared/statement/date-after.js';
import { merchantsAbove } from '../../shared/statement/merchant-lines.js';
import { mayEndFigure } from '../../shared/statement/money.js';
import { parseStatement } from '../../shared/statement/parse.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

/** A summary box of two balances over header-less rows: enough for parseStatement to verify. */
function statement(previous: string, next: string, rows: Line[]): Line[] {
  return [
    line(760, ['Previous Balance', 40, 120], [previous, 200, 260]),
    line(748, ['New Balance', 40, 120], [next, 200, 260]),
    ...rows,
  ];
}

describe('a table without column headers', () => {
  test('a description before the date: the rows show the date column, and a reference leads', () => {
    const rows = [
      line(
        700,
        ['31618348', 40, 80],
        ['LASTSCHRIFT EINZUG', 100, 200],
        ['01/03/2024', 300, 340],
        ['1041,63-', 480, 520],
      ),
      line(
        688,
        ['41213910', 40, 80],
        ['NETFLIX.COM', 100, 160],
        ['12/02/2024', 300, 340],
        ['13,99', 490, 520],
      ),
      line(
        676,
        ['70921410', 40, 80],
        ['CINEMAXX BERLIN', 100, 180],
        ['12/02/2024', 300, 340],
        ['12,34', 490, 520],
      ),
    ];
    expect(dateColumnAfter(rows)).toMatchObject({ x0: 300, x1: 340 });
    expect(readTransactions(rows, 'EUR').map((r) => [r.date.text, r.description, r.amount.cents])).toEqual([
      ['01/03/2024', 'LASTSCHRIFT EINZUG', 104163],
      ['12/02/2024', 'NETFLIX.COM', 1399],
      ['12/02/2024', 'CINEMAXX BERLIN', 1234],
    ]);
  });

  test('a box of labels above the table that reads as a header with a date column does not hide the rows’ own', () => {
    const rows = [
      line(760, ['Minimum Amount Due', 40, 120], ['Payment Due Date', 168, 234], ['Credit Line', 300, 340]),
      line(
        700,
        ['MISC', 40, 59],
        ['USPS PO 2690653715', 120, 245],
        ['02-May-2026', 340, 384],
        ['10.88', 527, 545],
      ),
      line(
        688,
        ['GROCERY', 40, 80],
        ['COSTCO WHSE #4485', 120, 251],
        ['04-May-2026', 340, 384],
        ['282.20', 522, 545],
      ),
      line(676, ['MISC', 40, 59], ['PETCO 0926', 120, 200], ['05-May-2026', 340, 384], ['80.58', 527, 545]),
    ];
    expect(readTransactions(rows, 'USD').map((r) => [r.date.text, r.amount.cents])).toEqual([
      ['02-May-2026', 1088],
      ['04-May-2026', 28220],
      ['05-May-2026', 8058],
    ]);
  });

  test('dates that lead their rows need no date column', () => {
    const rows = [
      line(700, ['02/03/2024', 40, 80], ['NETFLIX.COM', 100, 160], ['13,99', 490, 520]),
      line(688, ['03/03/2024', 40, 80], ['SPOTIFY', 100, 160], ['10,99', 490, 520]),
      line(676, ['04/03/2024', 40, 80], ['REWE', 100, 160], ['12,34', 490, 520]),
    ];
    expect(dateColumnAfter(rows)).toBeNull();
  });

  test('a "$" after a reference may be the statement’s own: it is the amount', () => {
    const own = readTransactions(
      [
        line(
          700,
          ['01.11.2024', 40, 80],
          ['NETFLIX.COM', 100, 200],
          ['65530849', 400, 440],
          ['23.24 $', 480, 520],
        ),
      ],
      'AUD',
    );
    expect(own.map((r) => r.amount.cents)).toEqual([2324]);
  });

  test.each([
    ['EUR', '+521,18 EUR', 'CHF 499,60', 52118, { cents: 49960, currency: 'CHF' }],
    [null, '412.79', 'USD 448.69', 41279, { cents: 44869, currency: 'USD' }],
    ['AUD', '$72.12', '44.23 EUR', 7212, { cents: 4423, currency: 'EUR' }],
  ])(
    'on a statement in %s, "%s  %s": the code names the foreign amount; an unmarked, own-coded or symbol-marked figure is the row’s',
    (currency, own, other, cents, foreign) => {
      const rows = readTransactions(
        [
          line(
            700,
            ['08.06.2026', 40, 80],
            ['APPLE STORE NEW YORK', 100, 200],
            [own, 400, 440],
            [other, 470, 520],
          ),
        ],
        currency,
      );
      expect(rows.map((r) => [r.amount.cents, r.foreign])).toEqual([[cents, foreign]]);
    },
  );

  test('the running balance after reference-led rows is found by its arithmetic', () => {
    const rows = [
      line(
        700,
        ['818813978943', 40, 90],
        ['COMISSÃO DE CÂMBIO', 100, 200],
        ['22.09.2025', 300, 340],
        ['4,48', 420, 440],
        ['4.198,43', 480, 520],
      ),
      line(
        688,
        ['681457352395', 40, 90],
        ['EVENTIM 4SJ23CVSF', 100, 200],
        ['22.09.2025', 300, 340],
        ['214,47', 410, 440],
        ['4.412,90', 480, 520],
      ),
      line(
        676,
        ['986006230095', 40, 90],
        ['ZALANDO SE', 100, 200],
        ['23.09.2025', 300, 340],
        ['216,23', 410, 440],
        ['4.629,13', 480, 520],
      ),
      line(
        664,
        ['579502566872', 40, 90],
        ['SPOTIFY AB', 100, 200],
        ['26.09.2025', 300, 340],
        ['10,99', 420, 440],
        ['4.640,12', 480, 520],
      ),
    ];
    expect(readTransactions(rows, 'EUR').map((r) => r.amount.cents)).toEqual([448, 21447, 21623, 1099]);
  });

  test('a posting date printed first is known by time: no charge is posted before it is made', () => {
    const row = (y: number, posted: string, made: string, words: string, amount: string): Line =>
      line(y, [posted, 40, 80], [made, 100, 140], [words, 160, 260], [amount, 480, 520]);
    const p = parseStatement(
      statement('100.00', '146.98', [
        row(700, '03/11/2024', '01/11/2024', 'NETFLIX.COM', '23.24'),
        row(688, '06/11/2024', '04/11/2024', 'STEAMGAMES.COM', '29.82'),
        row(676, '08/11/2024', '08/11/2024', 'AMC 9167 ONLINE', '36.66'),
        row(664, '12/11/2024', '10/11/2024', 'THE HOME DEPOT', '42.74'),
        row(652, '13/11/2024', '13/11/2024', 'PAYMENT RECEIVED', '85.48-'),
      ]),
    );
    expect(p.transactions.map((t) => [t.date, t.postDate])).toEqual([
      ['2024-11-01', '2024-11-03'],
      ['2024-11-04', '2024-11-06'],
      ['2024-11-08', '2024-11-08'],
      ['2024-11-10', '2024-11-12'],
      ['2024-11-13', '2024-11-13'],
    ]);
    expect(p.checks.level).toBe('verified');
  });

  test('dates in time order stay as printed', () => {
    const p = parseStatement(
      statement('0.00', '33.23', [
        line(
          700,
          ['14/11/2024', 40, 80],
          ['16/11/2024', 100, 140],
          ['NETFLIX.COM', 160, 260],
          ['23.24', 480, 520],
        ),
        line(
          688,
          ['17/11/2024', 40, 80],
          ['17/11/2024', 100, 140],
          ['SPOTIFY', 160, 260],
          ['9.99', 480, 520],
        ),
      ]),
    );
    expect(p.transactions.map((t) => [t.date, t.postDate])).toEqual([
      ['2024-11-14', '2024-11-16'],
      ['2024-11-17', '2024-11-17'],
    ]);
  });
});

describe('merchant lines above rows whose own words are a category, under no header', () => {
  const merchant = (y: number, text: string): Line => line(y, [text, 182, 182 + text.length * 5]);
  const row = (y: number, date: string, category: string, amount: string): Line =>
    line(y, [date, 40, 83], [category, 93, 93 + category.length * 5], [amount, 530, 562]);
  const lines = [
    merchant(711, 'AUTOPAY PAYMENT RECEIVED'),
    row(700, '07/02/2026', 'PAYMENTS', '129.25-'),
    merchant(689, 'PAYPAL *SPOTIFY'),
    row(678, '07/06/2026', 'DIGITAL GOODS', '11.99'),
    merchant(667, 'NETFLIX.COM'),
    row(656, '07/08/2026', 'DIGITAL GOODS', '15.49'),
    merchant(645, 'HULU 877-8244858'),
    row(634, '07/09/2026', 'DIGITAL GOODS', '7.99'),
    merchant(623, 'UBER *TRIP'),
    row(612, '07/12/2026', 'TRANSPORT', '23.10'),
    merchant(601, 'LYFT *RIDE SUN 4PM'),
    row(590, '07/29/2026', 'TRANSPORT', '41.37'),
    merchant(579, 'LYFT *RIDE SUN 4PM'),
    row(568, '07/29/2026', 'TRANSPORT', '8.76'),
    line(557, ['Total PURCHASES', 182, 255], ['108.70', 530, 562]),
  ];

  test('the lines above, in a column of their own, are the merchants; the rows’ repeated words their categories', () => {
    expect(readTransactions(lines, 'USD').map((r) => [r.description, r.category, r.amount.cents])).toEqual([
      ['AUTOPAY PAYMENT RECEIVED', 'PAYMENTS', 12925],
      ['PAYPAL *SPOTIFY', 'DIGITAL GOODS', 1199],
      ['NETFLIX.COM', 'DIGITAL GOODS', 1549],
      ['HULU 877-8244858', 'DIGITAL GOODS', 799],
      ['UBER *TRIP', 'TRANSPORT', 2310],
      ['LYFT *RIDE SUN 4PM', 'TRANSPORT', 4137],
      ['LYFT *RIDE SUN 4PM', 'TRANSPORT', 876],
    ]);
  });

  test('rows whose own words all differ keep them: the lines above are not a merchant column', () => {
    const distinct = lines.map((l, i) =>
      i % 2 === 1 && l.cells[1]
        ? { ...l, cells: l.cells.map((c, k) => (k === 1 ? { ...c, text: `SHOP ${i}` } : c)) }
        : l,
    );
    expect(readTransactions(distinct, 'USD').map((r) => r.description)).toEqual([
      'SHOP 1',
      'SHOP 3',
      'SHOP 5',
      'SHOP 7',
      'SHOP 9',
      'SHOP 11',
      'SHOP 13',
    ]);
  });
});

describe('figures a scan of every line must not pass over', () => {
  test.each(['2.456,22 CHF', '12,50 €', '23.24 D', '45.00 Cr', '(12.00)', '45,00-', '1,234.56'])(
    '"%s" may end a figure',
    (text) => {
      expect(mayEndFigure(text)).toBe(true);
    },
  );

  test.each([
    'SEATTLE WA',
    'NETFLIX.COM',
    'ZALANDO SE',
    'GROCERY STORES',
    'WASHINGTON DC',
    'ACME INC',
    'BOOK STORE',
  ])('"%s" does not', (text) => {
    expect(mayEndFigure(text)).toBe(false);
  });

  test('a running balance beside amounts that carry their currency code is found', () => {
    const row = (y: number, words: string, amount: string, balance: string): Line =>
      line(y, ['07 DÉC.', 40, 66], [words, 150, 300], [amount, 470, 514], [balance, 520, 545]);
    const rows = [
      row(700, 'PAIEMENT REÇU - MERCI', '2.456,22 CHF', '0,00'),
      row(688, 'EDEKA KOELN', '73,39 CHF', '73,39'),
      row(676, 'FRAIS OPÉRATION EN DEVISE', '14,19 CHF', '87,58'),
      row(664, 'NETFLIX.COM', '13,99 CHF', '101,57'),
    ];
    expect(readTransactions(rows, 'CHF').map((r) => r.amount.cents)).toEqual([245622, 7339, 1419, 1399]);
  });
});

describe('whole amounts under no header', () => {
  // Each row's words and amount; the date goes before the words or after them.
  const printed: Array<[string, string]> = [
    ['NETFLIX.COM', '1,490'],
    ['APPLE.COM/BILL', '449'],
    ['TOKYU STORE', '12,345'],
    ['FAMILYMART', '777'],
    ['AMAZON.CO.JP', '3,980'],
    ['INTEREST CHARGE ON CASH ADVANCES', '518'],
  ];
  const row = (y: number, words: string, amount: string, x1 = 545, dateAfter = false): Line =>
    dateAfter
      ? line(y, [words, 40, 200], ['06/16/25', 356, 396], [amount, x1 - 30, x1])
      : line(y, ['06/16/25', 40, 80], [words, 100, 260], [amount, x1 - 30, x1]);
  const cents = [149000, 44900, 1234500, 77700, 398000, 51800];

  test('a bare yen figure that ends where the table’s amounts end is the amount; elsewhere it is a count', () => {
    const rows = printed.map(([words, amount], i) => row(700 - 12 * i, words, amount));
    expect(readTransactions(rows, 'JPY').map((r) => r.amount.cents)).toEqual(cents);
    // The same figure short of the amounts' edge is no amount (a points column, say).
    const off = [...rows.slice(0, 5), row(640, 'BONUS POINTS', '518', 480)];
    expect(readTransactions(off, 'JPY').map((r) => r.amount.cents)).toEqual(cents.slice(0, 5));
  });

  test('in rows that print their date after the description', () => {
    const rows = printed.map(([words, amount], i) => row(700 - 12 * i, words, amount, 545, true));
    expect(readTransactions(rows, 'JPY').map((r) => r.amount.cents)).toEqual(cents);
  });
});

describe('debit and credit columns under no header', () => {
  // Debits end at 470, credits at 545; the words of a payment say which column is the credits'.
  const row = (y: number, date: string, words: string, amount: string, x1: number): Line =>
    line(y, [date, 40, 80], [words, 100, 100 + words.length * 5], [amount, x1 - 30, x1]);
  const rows = (debit: number, credit: number): Line[] => [
    row(700, '02/11/2026', 'NETFLIX.COM', '15.49', debit),
    row(688, '03/11/2026', 'TRADER JOE S #234 PORTLAND OR', '155.48', debit),
    row(676, '05/11/2026', 'PAYMENT - THANK YOU', '2,722.94', credit),
    row(664, '06/11/2026', 'COSTCO WHSE #2496', '140.48', debit),
    row(652, '09/11/2026', 'THE HOME DEPOT #8089', '14.24', credit),
    row(640, '12/11/2026', 'CHIPOTLE 2722', '34.55', debit),
  ];
  const signed = (lines: Line[]) =>
    readTransactions(lines, 'USD').map((r) => (r.columnSign ? -1 : 1) * r.amount.cents);

  test('the column where a payment sits is the credit column, whichever side it is on', () => {
    expect(creditColumnEdge(rows(470, 545), false, null)).toBe(545);
    expect(signed(rows(470, 545))).toEqual([1549, 15548, -272294, 14048, -1424, 3455]);
    expect(signed(rows(545, 470))).toEqual([1549, 15548, -272294, 14048, -1424, 3455]);
  });

  test('a statement verifies through it', () => {
    const parsed = parseStatement(statement('3,000.00', '608.82', rows(470, 545)));
    expect(parsed.checks.level).toBe('verified');
  });

  test('with a running balance after the amounts', () => {
    let balance = 300000;
    const withBalance = rows(470, 545).map((l) => {
      const a = l.cells[2] as { text: string; x1: number };
      const cents = Math.round(Number(a.text.replace(/,/g, '')) * 100) * (a.x1 === 545 ? -1 : 1);
      balance += cents;
      return { ...l, cells: [...l.cells, { text: (balance / 100).toFixed(2), x0: 560, x1: 590 }] };
    });
    expect(signed(withBalance)).toEqual([1549, 15548, -272294, 14048, -1424, 3455]);
  });

  test('a payment’s words on a merchant line of their own over its row', () => {
    const above = rows(470, 545).flatMap((l) => {
      const [date, words, amount] = l.cells as [Cell, Cell, Cell];
      return [
        { ...l, y: l.y + 6, cells: [words], text: words.text },
        { ...l, cells: [date, amount], text: `${date.text}  ${amount.text}` },
      ];
    });
    expect(creditColumnEdge(above, false, null)).toBe(545);
  });

  test('a box whose figure comes before its date is no row, whatever the label above it says', () => {
    const box = [
      line(760, ['Payment Due Date', 40, 120], ['Total Amount Due', 300, 380]),
      line(750, ['887.25', 40, 70], ['20/11/2026', 120, 160], ['2,722.94', 320, 360]),
    ];
    expect(creditColumnEdge([...box, ...rows(470, 545)], false, null)).toBe(545);
  });

  test('no credit column without a payment’s words to say which it is', () => {
    const unsaid = rows(470, 545).map((l) =>
      l.text.includes('PAYMENT') ? row(676, '05/11/2026', 'AMAZON MKTPLACE', '2,722.94', 545) : l,
    );
    expect(creditColumnEdge(unsaid, false, null)).toBeNull();
  });

  test('one column of amounts aligned on the left is no pair of columns, whatever their right edges', () => {
    const left = (y: number, date: string, words: string, amount: string): Line =>
      line(y, [date, 40, 80], [words, 100, 250], [amount, 480, 480 + amount.length * 4]);
    const lines = [
      left(700, '02/11/2026', 'NETFLIX.COM', '15.49'),
      left(688, '03/11/2026', 'COSTCO WHSE #2496', '140.48'),
      left(676, '05/11/2026', 'PAYMENT - THANK YOU', '12,722,094.94'),
      left(664, '06/11/2026', 'CHIPOTLE 2722', '34.55'),
    ];
    expect(creditColumnEdge(lines, false, null)).toBeNull();
  });

  test('two tables side by side are no debit and credit columns: the right one’s words lie between', () => {
    const pair = (y: number, a: [string, string, string], b: [string, string, string]): Line[] => [
      line(y, [a[0], 40, 74], [a[1], 104, 214], [a[2], 250, 279]),
      line(y, [b[0], 308, 342], [b[1], 372, 470], [b[2], 515, 547]),
    ];
    const lines = [
      ...pair(700, ['17.04.2026', 'DISNEY PLUS', '7.99'], ['30.04.2026', 'DIRECT DEBIT PAYMENT', '2,577.39']),
      ...pair(688, ['17.04.2026', 'CASH ADVANCE FEE', '10.00'], ['04.05.2026', 'DELIVEROO.CO.UK', '38.26']),
      ...pair(676, ['20.04.2026', 'FNAC PARIS', '144.78'], ['06.05.2026', 'DELIVEROO.CO.UK', '38.26']),
    ];
    expect(creditColumnEdge(lines, false, null)).toBeNull();
  });
});

describe('a category column the rows show', () => {
  const categories = [
    'DIGITAL GOODS',
    'TRAVEL',
    'UTILITIES',
    'GROCERY STORES',
    'DIGITAL GOODS',
    'TRAVEL',
    'RESTAURANTS',
  ];
  const merchants = [
    'NETFLIX.COM',
    'UNITED 9619663136942',
    'PG&E WEBONLINE',
    'TRADER JOE S #234',
    'PAYPAL *SPOTIFY',
    'MARRIOTT HOTELS BROOKLYN NY',
    'CHIPOTLE 2722',
  ];

  test('beside merchants whose names hold digits', () => {
    const rows = merchants.map((m, i) =>
      line(
        700 - i * 12,
        ['18 May', 40, 62],
        [m, 135, 260],
        [categories[i] as string, 358, 412],
        ['20.91', 497, 513],
      ),
    );
    expect(categoryColumn(rows)).toMatchObject({ x0: 358 });
    expect(readTransactions(rows, 'SGD').map((r) => [r.description, r.category])[1]).toEqual([
      'UNITED 9619663136942',
      'TRAVEL',
    ]);
  });

  test('with the merchant first and the date after both', () => {
    const rows = merchants.map((m, i) =>
      line(
        700 - i * 12,
        [m, 40, 160],
        [categories[i] as string, 200, 260],
        [`2026-12-0${i + 1}`, 300, 340],
        ['9.32', 497, 513],
      ),
    );
    expect(readTransactions(rows, 'CAD').map((r) => r.description)).toEqual(merchants);
  });

  test('a column whose names hold digits is no category column, however much it repeats', () => {
    const names = ['UBER 4412', 'UBER 4412', 'NETFLIX.COM', 'UBER 4412', 'NETFLIX.COM', 'UBER 4412'];
    const towns = ['LONDON', 'PARIS', 'BERLIN', 'MADRID', 'ROME', 'OSLO'];
    const rows = names.map((m, i) =>
      line(
        700 - i * 12,
        ['18 May', 40, 62],
        [m, 135, 200],
        [towns[i] as string, 358, 400],
        ['20.91', 497, 513],
      ),
    );
    expect(categoryColumn(rows)).toBeNull();
  });

  test('in a short table, by its words: the names issuers print for merchant categories', () => {
    const few = [
      ['PAYMENT - THANK YOU', 'PAYMENTS'],
      ['NETFLIX.COM', 'DIGITAL GOODS'],
      ['HOTEL LE MARAIS PARIS', 'TRAVEL'],
      ['PG&E WEBONLINE', 'UTILITIES'],
      ['FOREIGN TRANSACTION FEE', 'CHARGES'],
    ];
    const rows = few.map(([m, c], i) =>
      line(
        700 - i * 12,
        [`OCT 0${i + 1}`, 40, 65],
        [m as string, 106, 200],
        [c as string, 404, 460],
        ['20.91', 530, 562],
      ),
    );
    expect(categoryColumn(rows)).toMatchObject({ x0: 404 });
    // Five different merchants' words are no category column, however few.
    const merchants = rows.map((l) => ({ ...l, cells: [l.cells[0], l.cells[1], l.cells[3]] as Cell[] }));
    expect(categoryColumn(merchants)).toBeNull();
  });

  test.each([
    ['RESTAURANTS', true],
    ['Grocery Stores', true],
    ['LODGING - HOTELS', true],
    ['Others', true],
    ['FEES', true],
    ['NETFLIX.COM', false],
    ['STARBUCKS COFFEE', false],
    ['MEDIAMARKT HAMBURG', false],
  ])('%j is a category’s name: %s', (text, named) => {
    expect(isCategoryName(text)).toBe(named);
  });

  test('a summary figure that lines up with it, or a currency mark after the amounts, hides it not', () => {
    const rows = merchants.map((m, i) =>
      line(
        700 - i * 12,
        ['18 May', 40, 62],
        [m, 135, 260],
        [categories[i] as string, 358, 412],
        ['20,91', 480, 500],
        ['€', 505, 510],
      ),
    );
    const stray = line(
      760,
      ['Cash Advances & Fees', 40, 120],
      ['Interest', 200, 240],
      ['0,00 CA$', 356, 390],
      ['12,00', 480, 500],
    );
    expect(categoryColumn([stray, ...rows])).toMatchObject({ x0: 358 });
  });

  test('a cashback beside repeated merchants makes them no category column', () => {
    const rows = [
      'MEDIAMARKT HAMBURG',
      'SPOTIFY AB',
      'MEDIAMARKT HAMBURG',
      'NETFLIX.COM',
      'SPOTIFY AB',
      'MEDIAMARKT HAMBURG',
    ].map((m, i) =>
      line(
        700 - i * 12,
        ['05 juil.', 40, 70],
        [m, 80, 200],
        [`${i + 1}% ${i},80 CHF`, 440, 490],
        ['693,32 CHF', 500, 545],
      ),
    );
    expect(categoryColumn(rows)).toBeNull();
  });

  // Five rows with a merchant of their own, which show the category column at 378.
  const shown = merchants
    .slice(0, 5)
    .map((m, i) =>
      line(
        900 - i * 12,
        ['10.02.2026', 40, 80],
        [m, 100, 220],
        [categories[i] as string, 378, 448],
        ['9,99', 485, 500],
      ),
    );

  test('other words alone in the category column keep them, whatever heading stands above', () => {
    const table: Line[] = [
      ...shown,
      line(706, ['Achats', 100, 130]),
      line(700, ['16.02.2026', 40, 80], ['MEDIAMARKT HAMBURG', 378, 440], ['34,99', 480, 500]),
    ];
    expect(readTransactions(table, 'EUR')[5]?.description).toBe('MEDIAMARKT HAMBURG');
  });

  test('merchants over rows whose own words, though all different, are category names', () => {
    const few = ['PAYMENTS', 'DIGITAL GOODS', 'TRAVEL', 'UTILITIES', 'RESTAURANTS'];
    const table = few.flatMap((c, i) => [
      line(711 - i * 22, [merchants[i] as string, 182, 300]),
      line(700 - i * 22, [`07/0${i + 2}/2026`, 40, 83], [c, 93, 160], ['11.99', 530, 562]),
    ]);
    expect(readTransactions(table, 'USD').map((r) => [r.description, r.category])).toEqual(
      few.map((c, i) => [merchants[i], c]),
    );
  });

  test('a category’s name alone on its row, under the merchant’s own line', () => {
    const rows = merchants.flatMap((m, i) => [
      line(706 - i * 24, [m, 100, 220]),
      line(700 - i * 24, ['16.02.2026', 40, 80], [categories[i] as string, 378, 448], ['34,99', 480, 500]),
    ]);
    const table: Line[] = [...shown, ...rows];
    expect(
      readTransactions(table, 'EUR')
        .slice(5)
        .map((r) => [r.description, r.category]),
    ).toEqual(merchants.map((m, i) => [m, categories[i]]));
  });

  test('under a box of summary labels that reads as a header but names no description column', () => {
    const rows = [
      line(760, ['Minimum Amount Due', 40, 120], ['Payment Due Date', 168, 234], ['Credit Line', 300, 340]),
      ...merchants.map((m, i) =>
        line(
          700 - i * 12,
          ['18 May', 40, 62],
          [m, 135, 260],
          [categories[i] as string, 358, 412],
          ['20.91', 497, 513],
        ),
      ),
    ];
    expect(readTransactions(rows, 'SGD').map((r) => r.description)).toEqual(merchants);
  });
});

describe('a refund no word marks, in a credit column nothing names', () => {
  // Debits end at 470; the one refund, whose words say nothing of a credit, at 545.
  const row = (y: number, date: string, words: string, amount: string, x1: number): Line =>
    line(y, [date, 40, 80], [words, 100, 100 + words.length * 5], [amount, x1 - 30, x1]);
  const rows = [
    row(700, '02/11/2026', 'NETFLIX.COM', '15.49', 470),
    row(688, '03/11/2026', 'AMZN Mktp US*Q3UXK833N', '66.93', 545),
    row(676, '05/11/2026', 'COSTCO WHSE #2496', '140.48', 470),
    row(664, '09/11/2026', 'THE HOME DEPOT #8089', '14.24', 470),
  ];

  test('read as a credit when the statement then verifies, and only then', () => {
    // 1,000.00 + 15.49 + 140.48 + 14.24 − 66.93 = 1,103.28.
    const parsed = parseStatement(statement('1,000.00', '1,103.28', rows));
    expect(parsed.checks.level).toBe('verified');
    expect(parsed.transactions.map((t) => t.amount)).toEqual([1549, -6693, 14048, 1424]);
    expect(parsed.explain?.changed ?? []).toContain('the amounts of a second amount column read as credits');
    // Where the box says it was a charge, it stays one.
    const charged = parseStatement(statement('1,000.00', '1,237.14', rows));
    expect(charged.transactions.map((t) => t.amount)).toEqual([1549, 6693, 14048, 1424]);
  });

  test('not when the reading holds better but still proves nothing', () => {
    // Purchases and credits agree with the refund read as a credit, the balances with nothing.
    const box = [
      line(772, ['Purchases', 40, 120], ['170.21', 200, 260]),
      line(766, ['Credits', 40, 120], ['66.93', 200, 260]),
    ];
    const parsed = parseStatement([...box, ...statement('1,000.00', '1,110.00', rows)]);
    expect(parsed.checks.level).not.toBe('verified');
    expect(parsed.transactions.map((t) => t.amount)).toEqual([1549, 6693, 14048, 1424]);
  });
});

describe('a refund in a credit column nothing names, under merchant lines one of which reads as a heading', () => {
  // Each merchant is printed over its row, whose own words are a category; "ZINSEN" (interest) over
  // its row also reads as a section heading, which would make every row after it interest.
  const pair = (y: number, merchant: string, date: string, category: string, amount: string, x1: number) => [
    line(y + 11, [merchant, 202, 202 + merchant.length * 5]),
    line(y, [date, 40, 62], [category, 72, 130], [amount, x1 - 27, x1]),
  ];
  const rows = [
    ...pair(700, 'AMAZON EU SARL QZGB378N8', '12.12.2026', 'RETAIL', '83.14', 520),
    ...pair(678, 'UBER *TRIP NEW YORK', '13.12.2026', 'TRANSPORT', '35.94', 548),
    ...pair(656, 'ZINSEN', '10.01.2027', 'CHARGES', '27.24', 548),
    ...pair(634, 'NETFLIX.COM', '12.12.2026', 'DIGITAL GOODS', '13.99', 548),
    ...pair(612, 'REWE 2574 MUENCHEN', '15.12.2026', 'GROCERY STORES', '63.18', 548),
  ];

  test('is read as a credit when the rows without headings then prove the statement', () => {
    // 100.00 − 83.14 + 35.94 + 27.24 + 13.99 + 63.18 = 157.21; interest 27.24.
    const box = [line(736, ['Interest', 40, 120], ['27.24', 200, 260])];
    const parsed = parseStatement([...box, ...statement('100.00', '157.21', rows)]);
    expect(parsed.checks.level).toBe('verified');
    expect(parsed.transactions.map((t) => t.amount)).toEqual([-8314, 3594, 2724, 1399, 6318]);
  });
});

describe('merchants printed above rows whose own words are categories, under no header', () => {
  type Row = Parameters<typeof merchantsAbove>[0][number];
  const loose = (text: string, aligned = false) => ({ text, x0: 190, aligned });
  const took = (merchant: string, category: string): Row => ({
    page: 1,
    description: merchant,
    category,
    tookAbove: true,
    aboveLoose: loose(merchant),
  });
  const rows = (): Row[] => [
    took('DAZN LIMITED', 'DIGITAL GOODS'),
    took('UBER *TRIP NEW YORK', 'TRANSPORT'),
    took('CINEMAXX KOELN', 'ENTERTAINMENT'),
    took('LIEFERANDO.DE', 'RESTAURANTS'),
    took('VODAFONE GMBH', 'UTILITIES'),
    { page: 1, description: 'GROCERY STORES', category: null, aboveLoose: loose('REWE 3216 HAMBURG') },
    { page: 1, description: 'GROCERY STORES', category: null, aboveLoose: loose('ALDI SUED BERLIN') },
    // The row reader took these merchant lines as aligned with their rows already.
    { page: 1, description: 'SHOP APOTHEKE', category: 'PHARMACIES', above: 'SHOP APOTHEKE' },
    { page: 1, description: 'STADTWERKE MUENCHEN', category: 'UTILITIES', above: 'STADTWERKE MUENCHEN' },
    { page: 1, description: 'LIEFERANDO.DE', category: 'RESTAURANTS', above: 'LIEFERANDO.DE' },
    // A balance printed as a row, under the foreign detail line of the row before.
    {
      page: 1,
      description: 'Rechnungsbetrag',
      category: null,
      aboveLoose: loose('354,31 CHF @ 1.0432', true),
    },
  ];
  const isBalance = (r: Row) => r.description === 'Rechnungsbetrag';

  test('the rows that took their merchant, and those the reader aligned, show the column', () => {
    const out = merchantsAbove(rows(), isBalance);
    expect(out.slice(5, 7).map((r) => [r.description, r.category])).toEqual([
      ['REWE 3216 HAMBURG', 'GROCERY STORES'],
      ['ALDI SUED BERLIN', 'GROCERY STORES'],
    ]);
    // A foreign detail line in the merchant column is no balance row's merchant.
    expect(out[10]?.description).toBe('Rechnungsbetrag');
  });

  test('a page set at another width starts the column elsewhere: each page shows its own', () => {
    // Page 1's table is narrower (a column of notes beside it): its merchant lines start at 190,
    // page 2's at 232.
    const onPage = (page: number, x0: number, merchant: string, category: string): Row => ({
      page,
      description: category,
      category: null,
      aboveLoose: { text: merchant, x0, aligned: false },
    });
    const out = merchantsAbove(
      [
        onPage(1, 190, 'PAYPAL *SPOTIFY', 'DIGITAL GOODS'),
        onPage(1, 190, 'NETFLIX.COM', 'DIGITAL GOODS'),
        onPage(1, 190, 'REGAL CINEMAS PORTLAND OR', 'ENTERTAINMENT'),
        onPage(2, 232, 'THE HOME DEPOT #9588', 'RETAIL'),
        onPage(2, 232, 'COSTCO WHSE #1214', 'GROCERY STORES'),
        onPage(2, 232, 'STEAMGAMES.COM 1614795732', 'ENTERTAINMENT'),
        onPage(2, 232, 'KROGER #600 SAN JOSE CA', 'GROCERY STORES'),
      ],
      () => false,
    );
    expect(out.map((r) => [r.description, r.category])).toEqual([
      ['PAYPAL *SPOTIFY', 'DIGITAL GOODS'],
      ['NETFLIX.COM', 'DIGITAL GOODS'],
      ['REGAL CINEMAS PORTLAND OR', 'ENTERTAINMENT'],
      ['THE HOME DEPOT #9588', 'RETAIL'],
      ['COSTCO WHSE #1214', 'GROCERY STORES'],
      ['STEAMGAMES.COM 1614795732', 'ENTERTAINMENT'],
      ['KROGER #600 SAN JOSE CA', 'GROCERY STORES'],
    ]);
  });
});
