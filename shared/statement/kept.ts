/**
 * Copies of the readers' answers that a transaction row keeps. The date and amount readers answer
 * every cell they are asked about, and most answers are dropped at once; only a row's own date and
 * amount live on until the parse ends. V8 decides per allocation site whether its objects are
 * allocated young or old, from how many survive; when the readers' own sites also held the rows'
 * answers, that ratio sat near its threshold, the decision flipped some statements in, and every
 * function allocating there (the row, date and amount readers) was deoptimised and optimised again
 * (a 200-page parse ran partly unoptimised around its seventh repetition). Copied here, the readers'
 * objects all die young and the rows' all live, and each site's decision is made once.
 */
import type { DateToken } from './date-scan.js';
import type { ParsedAmount } from './plain-amount.js';

/** A copy of a date token a row keeps. */
export function keptToken(t: DateToken): DateToken {
  return { a: t.a, b: t.b, year: t.year, kind: t.kind, text: t.text };
}

/** A copy of an amount a row keeps. */
export function keptAmount(a: ParsedAmount): ParsedAmount {
  return { cents: a.cents, sign: a.sign, currency: a.currency, hasDecimals: a.hasDecimals };
}
