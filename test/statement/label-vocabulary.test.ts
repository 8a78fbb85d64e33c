/**
 * The summary labels' vocabulary (labels.ts, labels-i18n.ts): wordings card statements use for each
 * figure, and wordings that name another figure although they start like one.
 */
import { AMOUNT_LABELS, matchLabel, normaliseLabel } from '../../shared/statement/labels.js';

const fieldOf = (label: string) => matchLabel(AMOUNT_LABELS, normaliseLabel(label));

describe('summary labels', () => {
  test.each([
    // Italian: the credit line ("Fido") and what is left of it ("Fido disponibile", "Fido residuo").
    ['Fido', 'creditLimit'],
    ['Fido accordato', 'creditLimit'],
    ['Fido disponibile', 'availableCredit'],
    ['Fido residuo', 'availableCredit'],
    ['Importo disponibile', 'availableCredit'],
    // Dutch: "still to spend".
    ['Nog te besteden', 'availableCredit'],
    // Brazilian Portuguese: the previous bill.
    ['Fatura anterior', 'previousBalance'],
    ['Valor da fatura anterior', 'previousBalance'],
    ['Total da fatura anterior', 'previousBalance'],
    ['Total da fatura', 'totalDue'],
    // Indian and British wordings of the balance owed.
    ['Outstanding Balance', 'totalDue'],
    ['Outstanding Amount Due', 'totalDue'],
    ['Total Outstanding', 'totalDue'],
    // Australian, British and Canadian wordings of the balances and of what is owed.
    ['Statement closing balance', 'newBalance'],
    ['Balance at end of period', 'newBalance'],
    ['Balance at start of period', 'previousBalance'],
    ['Amount owing', 'totalDue'],
    ['Total amount payable', 'totalDue'],
    // Spanish, Dutch and Portuguese wordings of the balance still open.
    ['Saldo pendiente', 'newBalance'],
    ['Openstaand saldo', 'newBalance'],
    ['Saldo em aberto', 'newBalance'],
    ['Bedrag te betalen', 'totalDue'],
    // A minimum "total" is still the minimum.
    ['Total Minimum Payment Due', 'minimumPayment'],
    ['TOTAL MINIMUM DUE', 'minimumPayment'],
    ['Minimum Payment Due', 'minimumPayment'],
  ])('"%s" is %s', (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  test.each([
    // An EMI or loan table's outstanding principal is no balance of the card.
    'Outstanding principal',
    'Outstanding EMI amount',
  ])('"%s" is no summary figure', (label) => {
    expect(fieldOf(label)).toBeNull();
  });
});
