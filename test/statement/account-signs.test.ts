/**
 * Statements that print signs the account's way (German and Dutch card statements among them): a
 * charge "-45,00", a payment "+500,00", the balance owed "-150,00" or unsigned. The first reading
 * takes "-" as a credit; the search tries the other way and keeps it only when it verifies.
 */
import { parseStatement } from '../../shared/statement/parse.js';
import { rowsOf } from '../support/lines.js';

const ROWS = [
  ['Datum', 'Beschreibung', 'Betrag EUR'],
  ['03.03.2026', 'REWE MARKT BERLIN', '-45,00'],
  ['05.03.2026', 'AMAZON EU SARL', '-80,00'],
  ['10.03.2026', 'LASTSCHRIFT DANKE', '+500,00'],
  ['12.03.2026', 'DB BAHN', '-25,00'],
];

describe('signs printed the account way', () => {
  test.each([
    ['signed balances', '-500,00', '-150,00'],
    ['unsigned balances', '500,00', '150,00'],
  ])('%s: charges are purchases, the "+" row a payment, and the statement verifies', (_, previous, next) => {
    const p = parseStatement(
      rowsOf([
        ['Musterbank Kreditkarte', 'Abrechnung vom 31.03.2026'],
        ['Saldo Vormonat', previous],
        ['Ihre Zahlung', '500,00'],
        ['Umsätze', '150,00'],
        ['Neuer Saldo', next],
        ...ROWS,
      ]),
    );
    expect(p.checks.level).toBe('verified');
    expect(p.summary.previousBalance).toBe(50000);
    expect(p.summary.newBalance).toBe(15000);
    expect(p.transactions.map((t) => [t.amount, t.type])).toEqual([
      [4500, 'purchase'],
      [8000, 'purchase'],
      [-50000, 'payment'],
      [2500, 'purchase'],
    ]);
    expect(p.explain?.changed.join(' ')).toContain("the account's way");
  });

  test('a code after the amount is no CR/DR marker: "-45.00 CAD" still prints its sign as a minus', () => {
    const withCode = ROWS.map((r, i) => (i === 0 ? r : [r[0] as string, r[1] as string, `${r[2]} CAD`]));
    const p = parseStatement(
      rowsOf([
        ['Musterbank Kreditkarte', 'Abrechnung vom 31.03.2026'],
        ['Saldo Vormonat', '-500,00 CAD'],
        ['Umsätze', '150,00 CAD'],
        ['Neuer Saldo', '-150,00 CAD'],
        ...withCode,
      ]),
    );
    expect(p.checks.level).toBe('verified');
    expect(p.transactions.map((t) => t.type)).toEqual(['purchase', 'purchase', 'payment', 'purchase']);
  });

  test('a reading the other way round that does not verify is not taken: a cent off, the printed signs stand', () => {
    const p = parseStatement(
      rowsOf([
        ['Musterbank Kreditkarte', 'Abrechnung vom 31.03.2026'],
        ['Saldo Vormonat', '-500,00'],
        ['Umsätze', '150,00'],
        ['Neuer Saldo', '-150,01'],
        ...ROWS,
      ]),
    );
    expect(p.checks.level).toBe('unverified');
    expect(p.transactions[0]).toMatchObject({ amount: -4500, type: 'credit' });
    expect(p.explain?.changed.join(' ')).not.toContain("the account's way");
  });

  test('CR markers keep their meaning: a statement marking credits "CR" is never read the other way', () => {
    const p = parseStatement(
      rowsOf([
        ['Northgate Card', 'Statement date 31/03/2026'],
        ['Previous balance', '500.00'],
        ['New balance', '150.00'],
        ['Date', 'Description', 'Amount'],
        ['03/03/2026', 'TESCO STORES', '45.00'],
        ['05/03/2026', 'AMAZON UK', '80.00'],
        ['10/03/2026', 'PAYMENT THANK YOU', '500.00 CR'],
        ['12/03/2026', 'TRAINLINE', '25.00'],
      ]),
    );
    expect(p.checks.level).toBe('verified');
    expect(p.transactions.map((t) => t.type)).toEqual(['purchase', 'purchase', 'payment', 'purchase']);
    expect(p.explain?.changed).toEqual([]);
  });
});
