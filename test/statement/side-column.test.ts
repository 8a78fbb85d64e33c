/**
 * A column of notices beside the transaction table (grammar round 15): its lines fall between rows
 * and on rows' own lines. The page is read as the table, then the column; tables whose own columns
 * look like it (a description after the amount, a Dr/Cr column, a summary grid's column) are left as
 * they are. Lines as the extractor gives them.
 */
import type { Line } from '../../shared/pdf/layout.js';
import { unfoldSideColumn } from '../../shared/statement/side-column.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { line } from '../support/lines.js';

const row = (
  y: number,
  date: string,
  merchant: string,
  amount: string,
  ...side: Array<[string, number, number]>
) => line(y, [date, 40, 82], [merchant, 100, 100 + merchant.length * 5], [amount, 360, 390], ...side);

/** Rows 10.4 pt apart, the notes 8.3 pt apart starting at 411: some on rows' lines, some between. */
const PAGE: Line[] = [
  line(
    612,
    ['Date', 40, 60],
    ['Description', 100, 150],
    ['Amount', 360, 390],
    ['Important messages', 411, 490],
  ),
  line(604, ['Pay on time to avoid a late fee. Paying', 411, 540]),
  row(601.7, '07/07/2024', 'TARGET 64923975 BROOKLYN NY', '105.92'),
  line(595.5, ['only the minimum each month will take', 411, 545]),
  row(591.3, '09/07/2024', 'SPOTIFY AB', '10.99'),
  line(587.2, ['longer and cost you more in interest.', 411, 540]),
  row(
    580.6,
    '16/07/2024',
    'MARRIOTT HOTELS SAN JOSE CA',
    '688.86',
    ['Points balance', 411, 460],
    ['55,168', 536, 555],
  ),
  row(570.2, '23/07/2024', 'LATE FEE', '54.00', ['Customer service', 411, 470]),
  line(563.1, ['1-888-555-0173', 411, 470]),
  row(559.8, '31/07/2024', 'INTEREST CHARGE ON PURCHASES', '74.18'),
  row(549.4, '02/08/2024', 'NETFLIX.COM', '20.91'),
];

describe('a column of notices beside the table', () => {
  test('is read after the table: each row keeps its own amount and words, and no notice is a row or part of one', () => {
    const unfolded = unfoldSideColumn(PAGE);
    expect(unfolded).not.toBe(PAGE);
    const rows = readTransactions(unfolded, 'USD');
    expect(rows.map((r) => [r.description, r.amount.cents])).toEqual([
      ['TARGET 64923975 BROOKLYN NY', 10592],
      ['SPOTIFY AB', 1099],
      ['MARRIOTT HOTELS SAN JOSE CA', 68886],
      ['LATE FEE', 5400],
      ['INTEREST CHARGE ON PURCHASES', 7418],
      ['NETFLIX.COM', 2091],
    ]);
    // The notes follow the table, in their own order, each where it was printed.
    const notes = unfolded.slice(-7).map((l) => l.text);
    expect(notes).toEqual([
      'Important messages',
      'Pay on time to avoid a late fee. Paying',
      'only the minimum each month will take',
      'longer and cost you more in interest.',
      'Points balance  55,168',
      'Customer service',
      '1-888-555-0173',
    ]);
  });

  test('beside rows whose merchants stand over them (no words on the rows’ own lines)', () => {
    const pair = (
      y: number,
      merchant: string,
      date: string,
      amount: string,
      ...side: Array<[string, number, number]>
    ) => [
      line(y + 12.3, [merchant, 165, 165 + merchant.length * 5]),
      line(y, [date, 40, 79], [amount, 350, 397], ...side),
    ];
    const ls = [
      line(
        492.5,
        ['Date', 40, 60],
        ['Description', 165, 207],
        ['Amount', 367, 397],
        ['Important messages', 423, 485],
      ),
      line(483.8, ['Pay on time to avoid a late fee.', 423, 512]),
      ...pair(462.1, 'DIRECT DEBIT PAYMENT - THANK YOU', '22/07/2024', '£1,351.57 CR'),
      line(474.4 - 9.4, ['will take longer and cost you more in', 423, 531]),
      line(455.6, ['interest. Go paperless: view your', 423, 518]),
      ...pair(
        437.2,
        'DELIVEROO.CO.UK',
        '23/07/2024',
        '£21.33 DR',
        ['Points balance', 423, 465],
        ['19,997', 552, 572],
      ),
      ...pair(412.8, 'NETFLIX.COM', '27/07/2024', '£10.99 DR'),
    ];
    const rows = readTransactions(unfoldSideColumn(ls), 'GBP');
    expect(rows.map((r) => [r.description, r.amount.cents])).toEqual([
      ['DIRECT DEBIT PAYMENT - THANK YOU', 135157],
      ['DELIVEROO.CO.UK', 2133],
      ['NETFLIX.COM', 1099],
    ]);
  });

  test('a description column after the amount, its wrapped lines under it, is the table’s own', () => {
    const ls = [
      line(612, ['Date', 40, 60], ['Amount', 100, 130], ['Description', 160, 210]),
      line(601, ['07/07/2024', 40, 82], ['105.92', 100, 130], ['TARGET 64923975', 160, 240]),
      line(592, ['BROOKLYN NY', 160, 215]),
      line(581, ['09/07/2024', 40, 82], ['10.99', 105, 130], ['SPOTIFY AB', 160, 210]),
      line(572, ['STOCKHOLM SE', 160, 220]),
      line(561, ['16/07/2024', 40, 82], ['688.86', 100, 130], ['MARRIOTT HOTELS', 160, 240]),
      line(552, ['SAN JOSE CA', 160, 215]),
    ];
    expect(unfoldSideColumn(ls)).toBe(ls);
  });

  test('a column of Dr/Cr markers after the amount is no column of notes', () => {
    const ls = [
      line(
        601,
        ['07/07/2024', 40, 82],
        ['TARGET 64923975', 100, 180],
        ['105.92', 360, 390],
        ['Dr', 411, 420],
      ),
      line(591, ['09/07/2024', 40, 82], ['SPOTIFY AB', 100, 150], ['10.99', 365, 390], ['Dr', 411, 420]),
      line(581, ['10/07/2024', 40, 82], ['PAYMENT RECEIVED', 100, 180], ['500.00', 360, 390]),
      // Markers set on the line under their rows, where the column prints them.
      line(576, ['Cr', 411, 420]),
      line(566, ['Dr', 411, 420]),
      line(571, ['11/07/2024', 40, 82], ['NETFLIX.COM', 100, 150], ['20.91', 365, 390], ['Dr', 411, 420]),
    ];
    expect(unfoldSideColumn(ls)).toBe(ls);
  });

  test('a summary grid whose line of figures holds a date where its labels start is left as it is', () => {
    const ls = [
      line(584.5, ['Minimum payment', 40, 102], ['Pay by', 217, 245], ['Available credit', 395, 469]),
      line(571.3, ['€108,76', 40, 68], ['3 MEI 2024', 217, 255], ['€2.907,64', 395, 429]),
      line(560, ['Overige', 217, 246]),
      line(549, ['credits', 217, 243]),
      line(538, ['Nieuw saldo', 217, 260]),
    ];
    expect(unfoldSideColumn(ls)).toBe(ls);
  });

  test('a summary grid whose line of figures prints a figure before its date is no row beside its last column', () => {
    const ls = [
      line(
        497.1,
        ['Beginsaldo', 40, 85],
        ['Betalingen/credits', 169, 240],
        ['Nieuwe', 298, 325],
        ['Contante', 426, 460],
      ),
      line(483.6, ['uitgaven', 298, 330], ['opnames', 426, 458]),
      line(
        468.1,
        ['2.927,58 €', 40, 80],
        ['878,27 €', 169, 200],
        ['1.645,25 €', 298, 338],
        ['0,00 €', 426, 450],
      ),
      line(
        441.8,
        ['Saldo-overboekingen', 40, 120],
        ['Kosten', 169, 195],
        ['Debetrente', 298, 340],
        ['Huidig', 426, 452],
      ),
      line(428.3, ['saldo', 426, 446]),
      line(412.8, ['0,00 €', 40, 64], ['5,40 €', 169, 193], ['61,48 €', 298, 326], ['3.761,44 €', 426, 466]),
      line(
        386.5,
        ['Minimaal te betalen', 40, 115],
        ['Uiterste betaaldatum', 169, 250],
        ['Kredietlimiet', 298, 350],
        ['Beschikbaar', 426, 472],
      ),
      line(
        371.0,
        ['104,49 €', 40, 72],
        ['25/12/2024', 169, 210],
        ['5.000,00 €', 298, 338],
        ['1.238,56 €', 426, 466],
      ),
    ];
    expect(unfoldSideColumn(ls)).toBe(ls);
  });
});
