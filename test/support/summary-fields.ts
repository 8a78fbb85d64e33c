/** The summary fields an expected.json (corpus or generator) lists, split by how they compare. */

/** Compared as printed: text and dates. */
export const TEXT_FIELDS = [
  'issuer',
  'cardLast4',
  'currency',
  'periodStart',
  'periodEnd',
  'dueDate',
] as const;

/** Money: major units in expected files, integer cents in the parse. */
export const MONEY_FIELDS = [
  'previousBalance',
  'payments',
  'credits',
  'purchases',
  'cashAdvances',
  'balanceTransfers',
  'fees',
  'interest',
  'newBalance',
  'minimumPayment',
  'creditLimit',
  'availableCredit',
] as const;

/** Major units (as in expected files) to integer cents; null stays null. */
export function toCents(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100);
}
