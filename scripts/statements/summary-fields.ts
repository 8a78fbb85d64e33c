/**
 * The summary fields an expected statement lists (corpus, classic generator, fuzzer), split by how
 * they compare. One list for the fuzzer's scorer and the tests, so the two never drift apart.
 */

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
