/**
 * The statement's currency from what its text says (currency.ts): sentences that say what every
 * amount is in, and an Emirati address on a statement that prints bare amounts.
 */
import { findCurrency } from '../../shared/statement/currency.js';
import { rowsOf } from '../support/lines.js';

/** Lines of one-cell-or-more rows, top to bottom. */
const lines = (...rows: string[][]) => rowsOf(rows);

describe('a sentence saying what the amounts are in', () => {
  test.each([
    ['Alle Beträge in CHF', 'CHF'],
    ['Importi in euro', 'EUR'],
    ['Montants exprimés en euros', 'EUR'],
    ['Beträge in Euro', 'EUR'],
    ['Todos los importes en EUR', 'EUR'],
    ['Amounts are shown in Singapore dollars', 'SGD'],
    ['All figures in pounds sterling', 'GBP'],
    ['Bedragen in euro', 'EUR'],
  ])('"%s" is %s', (sentence, code) => {
    expect(findCurrency(lines([sentence], ['New balance', '1.234,56']))).toBe(code);
  });

  test('the sentence counts only where it opens a cell: a conditions text converting "amounts in euro" names no currency', () => {
    const conditions = 'Foreign transactions: amounts in euro are converted at the network rate.';
    expect(findCurrency(lines([conditions], ['New balance', '1,234.56']))).toBeNull();
  });

  test('a sentence naming no currency it knows says nothing', () => {
    expect(
      findCurrency(lines(['Amounts in foreign currencies are converted'], ['Total', '12.00'])),
    ).toBeNull();
  });
});

describe('an Emirati address', () => {
  test('bare amounts under a Dubai address are dirhams', () => {
    expect(findCurrency(lines(['P.O. BOX 14033, DUBAI'], ['New Balance', '1,234.56']))).toBe('AED');
  });

  test('a row naming Dubai says where the card was used, not the statement currency', () => {
    expect(
      findCurrency(lines(['03/04', 'EMIRATES DUBAI', '512.00'], ['New Balance', '1,234.56'])),
    ).toBeNull();
  });

  test('a dollar statement stays in dollars beside a Dubai address', () => {
    expect(findCurrency(lines(['P.O. BOX 14033, DUBAI'], ['New Balance', '$1,234.56']))).toBe('USD');
  });
});
