/**
 * Rows a transaction table prints that are not transactions: balances as dated rows ("Previous
 * balance", "Neuer Saldo") and a page break's running total ("Carried forward", "Übertrag"). They
 * must not become transactions, a carry must not become the previous balance, and a balance row
 * stands in for a summary box that does not print it.
 */
import { type BalanceRowReading, balanceRowKind } from '../../shared/statement/balance-rows.js';
import { despaceText } from '../../shared/statement/despace.js';
import { parseStatement } from '../../shared/statement/parse.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

describe('which descriptions are balances, not transactions', () => {
  test.each([
    ['Previous balance', 'previousBalance'],
    ['Balance from last statement', 'previousBalance'],
    ['Saldo vorige opgave', 'previousBalance'],
    ['Saldo precedente', 'previousBalance'],
    ['Solde précédent', 'previousBalance'],
    ['New Balance', 'newBalance'],
    ['Neuer Saldo', 'newBalance'],
    ['Saldo da pagare', 'newBalance'],
    ['Carried forward', 'carried'],
    ['Balance brought forward', 'carried'],
    ['Übertrag', 'carried'],
    ['A riportare', 'carried'],
    ['Suma y sigue', 'carried'],
    ['Transporte', 'carried'],
  ])('"%s" is %s', (text, want) => {
    expect(balanceRowKind(text)).toBe(want);
  });

  test.each(['NEW BALANCE ATHLETICS 0123', 'NETFLIX.COM', 'TRANSPORT FOR LONDON', 'Saldoübertragung'])(
    '"%s" is a transaction',
    (text) => {
      expect(balanceRowKind(text)).toBeNull();
    },
  );
});

/** A Spanish card statement with no summary box: its balances are the table's first and last rows. */
const boxless = [
  line(780, ['Banco Aurora', 40, 120]),
  line(760, ['Extracto de tarjeta de crédito', 40, 200]),
  line(740, ['Periodo: 01/03/2026 - 31/03/2026', 40, 200]),
  line(725, ['Límite de crédito', 40, 120], ['3.000,00', 200, 240]),
  line(700, ['Fecha', 40, 70], ['Concepto', 100, 150], ['Importe EUR', 400, 450]),
  line(685, ['01/03/26', 40, 70], ['Saldo anterior', 100, 160], ['1.234,56', 410, 450]),
  line(670, ['05/03/26', 40, 70], ['MERCADONA VALENCIA', 100, 190], ['45,10', 420, 450]),
  line(655, ['09/03/26', 40, 70], ['NEW BALANCE ATHLETICS 0123', 100, 210], ['89,99', 420, 450]),
  line(640, ['15/03/26', 40, 70], ['PAGO RECIBIDO - GRACIAS', 100, 200], ['-1.234,56', 405, 450]),
  line(625, ['Suma y sigue', 100, 160], ['135,09', 415, 450]),
  line(610, ['20/03/26', 40, 70], ['REPSOL ESTACION 4411', 100, 190], ['60,00', 420, 450]),
  line(595, ['31/03/26', 40, 70], ['Nuevo saldo', 100, 150], ['195,09', 415, 450]),
];

describe('balance rows in a table', () => {
  test('are not transactions, and the balances they print are collected', () => {
    const balances: BalanceRowReading[] = [];
    const rows = readTransactions(boxless, 'EUR', new Uint8Array(boxless.length), false, balances);
    expect(rows.map((r) => r.description)).toEqual([
      'MERCADONA VALENCIA',
      'NEW BALANCE ATHLETICS 0123',
      'PAGO RECIBIDO - GRACIAS',
      'REPSOL ESTACION 4411',
    ]);
    expect(balances.map((b) => [b.field, b.amount.cents])).toEqual([
      ['previousBalance', 123456],
      ['newBalance', 19509],
    ]);
  });

  test('stand in for a summary box that prints no balances, and the rows then prove them', () => {
    const p = parseStatement(boxless);
    expect(p.summary.previousBalance).toBe(123456);
    expect(p.summary.newBalance).toBe(19509);
    expect(p.checks.level).toBe('verified');
    const from = p.explain?.fields.find((f) => f.field === 'previousBalance')?.from;
    expect(from?.how).toBe('row');
  });

  test('a carried-forward line between rows is never the previous balance', () => {
    // The box prints no previous balance; "Übertrag" (a page's running total) must not stand in.
    const lines = [
      line(780, ['Kartenbank Nord', 40, 120]),
      line(760, ['Abrechnungszeitraum: 01.03.2026 - 31.03.2026', 40, 260]),
      line(745, ['Kreditrahmen', 40, 120], ['3.000,00', 200, 240]),
      line(730, ['Neuer Saldo', 40, 120], ['195,09', 200, 240]),
      line(700, ['Datum', 40, 70], ['Beschreibung', 100, 150], ['Betrag EUR', 400, 450]),
      line(685, ['05.03.2026', 40, 80], ['REWE BERLIN', 100, 190], ['45,10', 420, 450]),
      line(670, ['Übertrag', 100, 160], ['1.279,66', 410, 450]),
      line(655, ['09.03.2026', 40, 80], ['ARAL TANKSTELLE', 100, 190], ['89,99', 420, 450]),
    ];
    const p = parseStatement(lines);
    expect(p.summary.previousBalance).toBeNull();
    expect(p.transactions).toHaveLength(2);
  });
});

test('a "Cr" under a carried-forward line marks the carry, not the row above it', () => {
  const rows = readTransactions(
    [
      line(700, ['Fecha', 40, 70], ['Concepto', 100, 150], ['Importe', 400, 450]),
      line(685, ['11.11.2024', 40, 80], ['RETIRADA CAJERO BERLIN', 100, 200], ['90,00', 420, 450]),
      line(673, ['Suma y sigue', 100, 160], ['244,85', 415, 450]),
      line(662, ['Cr', 440, 450]),
    ],
    'EUR',
  );
  expect(rows.map((r) => [r.description, r.amount.sign])).toEqual([['RETIRADA CAJERO BERLIN', 0]]);
});

describe('letter-spaced amounts without digit grouping', () => {
  test.each([
    ['2 4 6 4 , 7 6', '2464,76'],
    ['2 7 3 2 3 4 . 5 0', '273234.50'],
    ['1 , 1 9 9 . 0 0', '1,199.00'],
  ])('"%s" reads %s', (spaced, want) => {
    expect(despaceText(spaced)).toBe(want);
  });

  test('pieces longer than one glyph are not letter-spacing: "12 3 4 , 5 6" stays', () => {
    expect(despaceText('12 3 4 , 5 6')).toBe('12 3 4 , 5 6');
  });
});
