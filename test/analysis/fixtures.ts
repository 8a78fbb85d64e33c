/** Hand-built statements for the analysis tests (integer cents, like the parser's output). */
import type { AnalyzedTransaction } from '../../shared/analysis/types.js';
import type { ParsedStatement, StatementSummary, Transaction } from '../../shared/statement/types.js';

/** A summary with every figure unknown unless given. */
export function summary(over: Partial<StatementSummary> = {}): StatementSummary {
  return {
    issuer: null,
    cardLast4: null,
    currency: 'USD',
    periodStart: null,
    periodEnd: null,
    dueDate: null,
    previousBalance: null,
    payments: null,
    credits: null,
    purchases: null,
    cashAdvances: null,
    balanceTransfers: null,
    fees: null,
    interest: null,
    newBalance: null,
    minimumPayment: null,
    creditLimit: null,
    availableCredit: null,
    apr: { purchase: null, cashAdvance: null },
    minimumPaymentWarning: null,
    ...over,
  };
}

/** A purchase unless told otherwise. */
export function tx(
  date: string,
  description: string,
  amount: number,
  over: Partial<Transaction> = {},
): Transaction {
  return { date, postDate: null, description, amount, type: 'purchase', foreign: null, ...over };
}

/** An analysed transaction with a merchant and category given directly. */
export function atx(
  date: string,
  merchant: string,
  amount: number,
  over: Partial<AnalyzedTransaction> = {},
): AnalyzedTransaction {
  return {
    date,
    postDate: null,
    description: merchant.toUpperCase(),
    amount,
    type: 'purchase',
    foreign: null,
    merchant,
    category: 'Other',
    recurring: false,
    ...over,
  };
}

/** A parsed statement from a summary and transactions. */
export function statement(s: Partial<StatementSummary>, transactions: Transaction[]): ParsedStatement {
  return {
    summary: summary(s),
    transactions,
    checks: { reconciled: true, level: 'verified', details: [], gaps: [] },
  };
}

/**
 * The Chase Freedom statement in /work/shared/corpus/zipstack-chase-freedom (MIT, Zipstack): its
 * 33 printed transactions (first description line, cents), period 2024-01-04..2024-02-03.
 */
export const CHASE_TRANSACTIONS: readonly [string, string, number][] = [
  ['2024-01-28', 'AUTOMATIC PAYMENT - THANK YOU', -423399],
  ['2024-01-04', 'LARRY HOPKINS HONDA 7074304151 CA', 26540],
  ['2024-01-04', 'CICEROS PIZZA SAN JOSE CA', 2818],
  ['2024-01-05', 'USPS PO 0545640143 LOS ALTOS CA', 1560],
  ['2024-01-07', 'TRINETHRA SUPER MARKET CUPERTINO CA', 792],
  ['2024-01-04', 'SPEEDWAY 5447 LOS ALTOS HIL CA', 3194],
  ['2024-01-06', 'ATT*BILL PAYMENT 800-288-2020 TX', 30029],
  ['2024-01-07', 'AMZN Mktp US*RT4G124P0 Amzn.com/bill WA', 653],
  ['2024-01-07', 'AMZN Mktp US*RT0Y474Q0 Amzn.com/bill WA', 2181],
  ['2024-01-05', 'HALAL MEATS SAN JOSE CA', 2433],
  ['2024-01-09', 'VIVINT INC/US 800-216-5232 UT', 5214],
  ['2024-01-09', 'COSTCO WHSE #0143 MOUNTAIN VIEW CA', 7557],
  ['2024-01-11', 'WALGREENS #689 MOUNTAIN VIEW CA', 1854],
  ['2024-01-12', 'GOOGLE *YouTubePremium g.co/helppay# CA', 2299],
  ['2024-01-13', 'FEDEX789226298200 Collierville TN', 11786],
  ['2024-01-19', 'SHELL OIL 57444212500 FREMONT CA', 716],
  ['2024-01-19', 'LEXUS OF FREMONT FREMONT CA', 93610],
  ['2024-01-19', 'STARBUCKS STORE 10885 CUPERTINO CA', 1130],
  ['2024-01-22', 'TST* CHAAT BHAVAN MOUNTAI MOUNTAIN VIEW CA', 2895],
  ['2024-01-23', 'AMZN Mktp US*R06VS6MN0 Amzn.com/bill WA', 767],
  ['2024-01-23', 'UALR REMOTE PAY 501-569-3202 AR', 216319],
  ['2024-01-23', 'UALR REMOTE PAY 501-569-3202 AR', 5000],
  ['2024-01-24', 'AMZN Mktp US*R02SO5L22 Amzn.com/bill WA', 861],
  ['2024-01-24', 'TIRUPATHI BHIMAS MILPITAS CA', 5818],
  ['2024-01-25', 'AMZN Mktp US*R09PP5NE2 Amzn.com/bill WA', 2836],
  ['2024-01-26', 'COSTCO WHSE #0143 MOUNTAIN VIEW CA', 31361],
  ['2024-01-29', 'AMZN Mktp US*R25221T90 Amzn.com/bill WA', 872],
  ['2024-01-29', 'COMCAST CALIFORNIA 800-COMCAST CA', 9700],
  ['2024-01-29', 'TRADER JOE S #127 LOS ALTOS CA', 2075],
  ['2024-01-30', 'Netflix 1 8445052993 CA', 1549],
  ['2024-01-30', 'ATT*BILL PAYMENT 800-288-2020 TX', 30035],
  ['2024-01-30', 'APNI MANDI FARMERS MARKE SUNNYVALE CA', 3676],
  ['2024-02-01', 'APPLE.COM/BILL 866-712-7753 CA', 299],
];

/** The Chase statement as the parser would return it (summary figures as printed). */
export function chaseStatement(): ParsedStatement {
  return statement(
    {
      issuer: 'Chase',
      periodStart: '2024-01-04',
      periodEnd: '2024-02-03',
      dueDate: '2024-02-28',
      previousBalance: 423399,
      payments: 423399,
      credits: 0,
      purchases: 508429,
      cashAdvances: 0,
      balanceTransfers: 0,
      fees: 0,
      interest: 0,
      newBalance: 508429,
      minimumPayment: 5000,
      creditLimit: 3170000,
      availableCredit: 2661500,
      apr: { purchase: 19.99, cashAdvance: 29.99 },
    },
    CHASE_TRANSACTIONS.map(([date, description, amount]) =>
      tx(date, description, amount, amount < 0 ? { type: 'payment' } : {}),
    ),
  );
}
