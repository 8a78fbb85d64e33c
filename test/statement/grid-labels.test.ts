/**
 * A summary printed as a grid of labels over values, beside the address block, so an address line
 * can sit between a row of labels and its values: the labels are found in every language we read.
 */
import { readGrid } from '../../shared/statement/grid.js';
import { PAGE_NUMBER, readSummary } from '../../shared/statement/summary.js';
import { line } from '../support/lines.js';

describe('grid labels over their values, an address line between', () => {
  test.each([
    ['Versamenti e rimborsi', 'Spese del periodo', 'paymentsAndCredits', 'purchases'],
    ['Règlements et avoirs', 'Dépenses du mois', 'paymentsAndCredits', 'purchases'],
    ['Pagos y abonos', 'Cargos del periodo', 'paymentsAndCredits', 'purchases'],
    ['Ontvangen betalingen', 'Uitgaven deze periode', 'payments', 'purchases'],
    ['Pagamentos e estornos', 'Despesas do mês', 'paymentsAndCredits', 'purchases'],
  ])('"%s" and "%s"', (left, right, leftField, rightField) => {
    const lines = [
      line(682, ['Jane Doe', 40, 143], ['Summary', 316, 358]),
      line(670, ['Street 102', 40, 143]),
      line(661, [left, 320, 415], [right, 448, 525]),
      line(658, ['41597 Bologna', 40, 110]),
      line(647, ['€2426,66 Cr', 320, 379], ['€1499,50', 448, 491]),
    ];
    const grid = readGrid(lines, () => false);
    expect(grid.map((g) => [g.field, g.amount.cents])).toEqual([
      [leftField, 242666],
      [rightField, 149950],
    ]);
  });
});

describe('page numbers are page furniture, not summary labels', () => {
  test.each([
    'Page 17 of 200',
    'Seite 2 von 5',
    'Page 2 sur 4',
    'Página 1 de 3',
    'Pagina 1 di 3',
    'Pagina 1 van 3',
    'Page 1/3',
  ])('"%s" is passed over', (text) => expect(PAGE_NUMBER.test(text)).toBe(true));

  test.each([
    'Page total 45.00',
    'Pagamento minimo 25,00',
    'Payment 2 of 3',
    'Minimum Payment Due 17',
    'Page 2 of 5 Statement Date',
  ])('"%s" is read', (text) => expect(PAGE_NUMBER.test(text)).toBe(false));

  test('a header line with a page number still gives its statement date', () => {
    const figures = readSummary([
      line(700, ['Page 17 of 200', 40, 120], ['Statement Date: 05/06/24', 300, 420]),
    ]);
    expect(figures.dates.statementDate?.[0]).toMatchObject({ a: 5, b: 6, year: 2024 });
  });
});
