/**
 * Ways a figure is printed that a layout's typesetting chooses: a minus set as an en dash or the
 * minus sign, a currency mark set apart from its amount, a letter-spaced amount whose thousands
 * group carries the symbol.
 */
import { despaceLines } from '../../shared/statement/despace.js';
import { amountByRegex, parseAmount } from '../../shared/statement/money.js';
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
