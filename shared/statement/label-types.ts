/** The fields a summary label can name, and the shape of a label rule (see labels.ts). */

/** A money figure of the summary box. */
export type AmountField =
  | 'previousBalance'
  | 'paymentsAndCredits'
  | 'payments'
  | 'credits'
  | 'purchases'
  | 'cashAdvances'
  | 'balanceTransfers'
  | 'fees'
  | 'interest'
  | 'newBalance'
  | 'totalDue'
  | 'minimumPayment'
  | 'creditLimit'
  | 'availableCredit';

/** A date of the summary box. */
export type DateField = 'dueDate' | 'statementDate' | 'period' | 'periodStart';

/** A pattern a folded label matches, and the field it names. */
export interface LabelRule<F> {
  field: F;
  re: RegExp;
}
