/**
 * Ways a figure is printed that a layout's typesetting chooses: a minus set as an en dash or the
 * minus sign, a currency mark set apart from its amount, a letter-spaced amount whose thousands
 * group carries the symbol.
 */
import type { Line } from '../../shared/pdf/layout.js';
import { despaceLines } from '../../shared/statement/despace.js';
import { amountByRegex, parseAmount } from '../../shared/statement/money.js';
import { runningBalanceEdge } from '../../shared/statement/running-balance.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

describe('a minus printed as an en dash or the minus sign', () => {
  test.each([
    ['–45.00', -1, 4500],
    ['45.00–', -1, 4500],
    ['−1.234,56', -1, 123456],
    ['1.234,56− €', -1, 123456],
    ['–$12.00', -1, 1200],
  ])('"%s" is a credit', (text, sign, cents) => {
    const a = parseAmount(text);
    expect(a && [a.sign, a.cents]).toEqual([sign, cents]);
    // The fast paths answer as the regex does.
    expect(amountByRegex(text)).toEqual(a);
  });

  test('a dash alone is no amount', () => {
    expect(parseAmount('–')).toBeNull();
  });
});

const header = line(700, ['Date', 40, 70], ['Description', 100, 150], ['Amount', 400, 450]);

describe('a currency mark set apart from its amount', () => {
  test('"23.24  $" and "EUR  1 713,55" are the row amounts, not words of the description', () => {
    const rows = readTransactions(
      [
        header,
        line(685, ['01.11.2024', 40, 80], ['NETFLIX.COM', 100, 160], ['23.24', 420, 440], ['$', 446, 450]),
        line(
          670,
          ['16.08.2025', 40, 80],
          ['PRÉLÈVEMENT REÇU', 100, 190],
          ['EUR', 380, 400],
          ['-1 713,55', 410, 450],
        ),
      ],
      null,
    );
    expect(rows.map((r) => [r.description, r.amount.cents, r.amount.sign])).toEqual([
      ['NETFLIX.COM', 2324, 0],
      ['PRÉLÈVEMENT REÇU', 171355, -1],
    ]);
  });

  test('"3521.49  €  Cr", three cells, is a credit: the mark joins its amount before the marker', () => {
    const rows = readTransactions(
      [
        header,
        line(
          685,
          ['09.12.2026', 40, 80],
          ['ZAHLUNG ERHALTEN', 100, 180],
          ['3521.49', 380, 420],
          ['€', 426, 430],
          ['Cr', 436, 450],
        ),
        line(670, ['10.12.2026', 40, 80], ['DOCMORRIS', 100, 150], ['45.19', 405, 430], ['€', 436, 440]),
      ],
      null,
    );
    expect(rows.map((r) => [r.description, r.amount.cents, r.amount.sign])).toEqual([
      ['ZAHLUNG ERHALTEN', 352149, -1],
      ['DOCMORRIS', 4519, 0],
    ]);
  });
});

describe('a bracket or sign printed with a currency mark set apart from the amount', () => {
  test.each([
    [['( 279,28', '€ )'], -1, 27928],
    [['(EUR', '5 620,48)'], -1, 562048],
    [['- €', '45,19'], -1, 4519],
  ])('%j is the row amount', (cells, sign, cents) => {
    const rows = readTransactions(
      [
        header,
        line(
          685,
          ['12.04.2024', 40, 80],
          ['MEDIAMARKT DUESSELDORF', 100, 200],
          [cells[0] as string, 370, 420],
          [cells[1] as string, 428, 450],
        ),
      ],
      null,
    );
    expect(rows.map((r) => [r.description, r.amount.cents, r.amount.sign])).toEqual([
      ['MEDIAMARKT DUESSELDORF', cents, sign],
    ]);
  });

  test('a mark between the amount and a foreign column joins the amount ("805,10  €  USD 875,11")', () => {
    const withForeign = line(
      700,
      ['Datum', 40, 70],
      ['Beschrijving', 100, 150],
      ['Bedrag (€)', 420, 460],
      ['Bedrag vreemde valuta', 500, 580],
    );
    const rows = readTransactions(
      [
        withForeign,
        line(
          685,
          ['17.04.2024', 40, 74],
          ['APPLE STORE NEW YORK', 104, 194],
          ['805,10', 428, 465],
          ['€', 474, 478],
          ['USD 875,11', 525, 562],
        ),
      ],
      'EUR',
    );
    expect(rows.map((r) => [r.description, r.amount.cents, r.foreign])).toEqual([
      ['APPLE STORE NEW YORK', 80510, { cents: 87511, currency: 'USD' }],
    ]);
  });
});

describe('letter-spaced amounts', () => {
  test('a thousands group carrying the symbol ("€ 2" + "2 1 8 , 8 0") rejoins its amount', () => {
    const tracked = [
      line(700, ['D a t a', 40, 70], ['D e s c r i z i o n e', 100, 190], ['I m p o r t o', 400, 450]),
      line(
        685,
        ['1 7 / 1 1 / 2 0 2 6', 40, 90],
        ['A C Q U I S T O', 100, 160],
        ['€ 2', 380, 392],
        ['2 1 8 , 8 0', 398, 450],
      ),
      line(670, ['1 8 / 1 1 / 2 0 2 6', 40, 90], ['A C Q U I S T O', 100, 160], ['1 3 , 9 9', 420, 450]),
    ];
    const cells = despaceLines(tracked)[1]?.cells.map((c) => c.text);
    expect(cells?.at(-1)).toBe('€2 218,80');
  });
});

describe('a running balance after the amount', () => {
  const withBalance = line(
    700,
    ['Date', 40, 70],
    ['Description', 100, 150],
    ['Amount', 380, 410],
    ['Balance', 460, 500],
  );

  test('the amount keeps its marker and its mark, and the balance is not the amount', () => {
    const rows = readTransactions(
      [
        withBalance,
        line(
          685,
          ['05/06/2025', 40, 80],
          ['TRANSFER RECEIVED', 100, 190],
          ['1442,53', 370, 400],
          ['CR', 404, 412],
          ['28,49', 470, 500],
        ),
        line(
          670,
          ['16/08/2025', 40, 80],
          ['DIRECT DEBIT', 100, 190],
          ['EUR', 350, 366],
          ['1 713,55', 370, 412],
          ['260,77', 470, 500],
        ),
        line(655, ['17/08/2025', 40, 80], ['CAFE ROMA', 100, 190], ['12,50', 380, 412], ['273,27', 470, 500]),
      ],
      'EUR',
    );
    expect(rows.map((r) => [r.description, r.amount.cents, r.amount.sign])).toEqual([
      ['TRANSFER RECEIVED', 144253, -1],
      ['DIRECT DEBIT', 171355, 0],
      ['CAFE ROMA', 1250, 0],
    ]);
  });
});

describe('a running balance no header names', () => {
  const row = (y: number, date: string, words: string, amount: string, last: string): Line =>
    line(y, [date, 40, 80], [words, 100, 190], [amount, 370, 412], [last, 470, 500]);

  test('the last column is a balance when each of its figures follows from the amount before it', () => {
    const lines = [
      row(700, '02/01/2025', 'HOTEL LE MARAIS PARIS', '422.08', '5,058.79'),
      row(688, '02/01/2025', 'FOREIGN TRANSACTION FEE', '12.66', '5,071.45'),
      row(676, '05/01/2025', 'TARGET 34567893', '24.49-', '5,046.96'),
      row(664, '07/01/2025', 'PAYMENT - THANK YOU', '2,132.89-', '2,914.07'),
      row(652, '07/01/2025', 'NETFLIX.COM', '20.91', '2,934.98'),
    ];
    expect(runningBalanceEdge(lines, false)).toBe(500);
    expect(readTransactions(lines, 'CAD').map((r) => [r.amount.cents, r.amount.sign])).toEqual([
      [42208, 0],
      [1266, 0],
      [2449, -1],
      [213289, -1],
      [2091, 0],
    ]);
  });

  test('a last column whose figures do not follow (a foreign amount) stays the amount', () => {
    const lines = [
      row(700, '02/01/2025', 'HOTEL LE MARAIS PARIS', '422.08', '287.63'),
      row(688, '03/01/2025', 'UBER *TRIP', '25.36', '23.33'),
      row(676, '05/01/2025', 'AMAZON.DE', '61.20', '56.30'),
      row(664, '07/01/2025', 'ZALANDO SE', '130.59', '120.14'),
      row(652, '08/01/2025', 'BOOKING.COM', '538.49', '495.41'),
    ];
    expect(runningBalanceEdge(lines, false)).toBeNull();
    expect(readTransactions(lines, 'CAD').map((r) => r.amount.cents)).toEqual([
      28763, 2333, 5630, 12014, 49541,
    ]);
  });

  test('a running total each section restarts still shows the column: three steps of four hold', () => {
    const lines = [
      row(700, '02/11/2025', 'PAYPAL *SPOTIFY', '10.00', '10.00'),
      row(688, '05/11/2025', 'SHAKE SHACK 677', '5.00', '15.00'),
      row(676, '06/11/2025', 'CASH ADVANCE', '7.00', '7.00'),
      row(664, '07/11/2025', 'CASH ADVANCE FEE', '3.00', '10.00'),
      row(652, '08/11/2025', 'ATM FEE', '2.00', '12.00'),
    ];
    expect(runningBalanceEdge(lines, false)).toBe(500);
    // One step of two is not enough to call a column a balance.
    expect(runningBalanceEdge(lines.slice(0, 3), false)).toBeNull();
  });
});
