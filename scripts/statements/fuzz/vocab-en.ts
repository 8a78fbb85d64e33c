/** English wording for the fuzzer: one base (US) and what the UK, India, Canada, Australia and Singapore say instead. */
import type { Vocabulary } from './vocab-types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const US: Vocabulary = {
  labels: {
    previousBalance: ['Previous Balance', 'Previous Statement Balance', 'Opening Balance', 'Balance Forward'],
    payments: ['Payments', 'Payments Received', 'Payments Applied'],
    credits: ['Other Credits', 'Credits', 'Refunds and Credits'],
    paymentsAndCredits: ['Payments and Credits', 'Payments, Credits', 'Payments & Other Credits'],
    purchases: ['Purchases', 'New Purchases', 'Purchases and Adjustments'],
    cashAdvances: ['Cash Advances', 'Cash Withdrawals', 'Cash'],
    balanceTransfers: ['Balance Transfers', 'Transfers'],
    fees: ['Fees Charged', 'Fees', 'Fees and Charges'],
    interest: ['Interest Charged', 'Interest', 'Finance Charges'],
    newBalance: ['New Balance', 'Closing Balance', 'Statement Balance', 'Total New Balance'],
    minimumPayment: ['Minimum Payment Due', 'Minimum Payment', 'Minimum Amount Due'],
    dueDate: ['Payment Due Date', 'Due Date', 'Pay By'],
    creditLimit: ['Credit Limit', 'Credit Line', 'Total Credit Line'],
    availableCredit: ['Available Credit', 'Credit Available', 'Available Credit Line'],
    statementPeriod: ['Statement Period', 'Billing Cycle', 'Billing Period'],
    statementDate: ['Statement Date', 'Closing Date', 'Statement Closing Date'],
    cardNumber: ['Card Number', 'Account Number', 'Card No.'],
    cardholder: ['Cardholder', 'Card Member', 'Name'],
    accountNumber: ['Account No.', 'Account Number'],
    customerNumber: ['Customer ID', 'Customer Number', 'Member Number'],
    email: ['Email', 'E-mail'],
    phone: ['Phone', 'Mobile', 'Telephone'],
    aprPurchases: ['Purchase APR', 'Purchases'],
    aprCash: ['Cash Advance APR', 'Cash Advances'],
  },
  sections: {
    paymentsCredits: ['PAYMENTS AND OTHER CREDITS', 'Payments and Credits', 'PAYMENTS & CREDITS'],
    purchases: ['PURCHASES', 'Purchases and Adjustments', 'PURCHASE ACTIVITY'],
    cash: ['CASH ADVANCES', 'Cash Advances'],
    transfers: ['BALANCE TRANSFERS', 'Balance Transfers'],
    fees: ['FEES CHARGED', 'Fees'],
    interest: ['INTEREST CHARGED', 'Interest Charges'],
  },
  columns: {
    date: ['Date', 'Trans Date', 'Transaction Date'],
    postDate: ['Post Date', 'Posting Date', 'Posted'],
    description: ['Description', 'Transaction Details', 'Merchant Name or Transaction Description'],
    reference: ['Reference', 'Ref No.', 'Reference Number'],
    category: ['Category', 'Merchant Category'],
    points: ['Points', 'Reward Points'],
    amount: ['Amount', 'Amount ({cur})'],
    foreignAmount: ['Foreign Amount', 'Original Amount'],
    debit: ['Debit', 'Charges'],
    credit: ['Credit', 'Payments/Credits'],
  },
  rows: {
    payment: ['PAYMENT - THANK YOU', 'AUTOPAY PAYMENT RECEIVED', 'ONLINE PAYMENT, THANK YOU'],
    refund: ['REFUND', 'RETURN CREDIT', 'MERCHANT CREDIT'],
    lateFee: ['LATE FEE', 'LATE PAYMENT FEE'],
    fxFee: ['FOREIGN TRANSACTION FEE', 'INTERNATIONAL TRANSACTION FEE'],
    cashAdvance: ['ATM CASH ADVANCE', 'CASH ADVANCE'],
    cashFee: ['CASH ADVANCE FEE'],
    transfer: ['BALANCE TRANSFER'],
    transferFee: ['BALANCE TRANSFER FEE'],
    interest: ['INTEREST CHARGE ON PURCHASES', 'PURCHASE INTEREST CHARGE'],
    cashInterest: ['INTEREST CHARGE ON CASH ADVANCES'],
    emiPrincipal: ['EMI PRINCIPAL'],
    emiInterest: ['EMI INTEREST'],
  },
  months: MONTHS,
  monthsLong: MONTHS_LONG,
  periodJoin: ['to', '-', 'through'],
  title: ['Credit Card Statement', 'Your Monthly Statement', 'Account Statement'],
  summaryTitle: ['Account Summary', 'Summary of Account Activity', 'Statement Summary'],
  transactionsTitle: ['Transactions', 'Account Activity', 'Your Transactions'],
  page: 'Page',
  total: 'Total',
  continued: '(continued)',
  carried: ['Carried forward', 'Brought forward'],
  primaryCard: 'Primary Card',
  addOnCard: 'Additional Card',
  greetingMale: ['Dear {sal} {last},', 'Dear {full},', 'Hello {full},'],
  greetingFemale: ['Dear {sal} {last},', 'Dear {full},', 'Hello {full},'],
  salutationMale: ['Mr', 'Mr.', 'Dr'],
  salutationFemale: ['Ms', 'Mrs', 'Mrs.', 'Dr'],
  rewards: ['Rewards Summary', 'Opening Balance', 'Points Earned', 'Points Redeemed', 'Closing Balance'],
  ytd: ['Totals Year-to-Date', 'Total fees charged in {year}', 'Total interest charged in {year}'],
  emi: ['EMI Schedule', 'Instalment', 'Principal', 'Interest', 'Outstanding'],
  balanceColumn: ['Balance', 'Running Balance'],
  interestTable: [
    'Interest Charge Calculation',
    'Type of Balance',
    'Annual Percentage Rate (APR)',
    'Balance Subject to Interest Rate',
    'Interest Charge',
  ],
  interestExample:
    'Example: on a purchase of {amount} carried for 30 days at {rate}% APR, interest of {interest} would be charged.',
};

type Variant = {
  [K in keyof Vocabulary]?: Vocabulary[K] extends readonly unknown[] | string
    ? Vocabulary[K]
    : Partial<Vocabulary[K]>;
};

function variant(over: Variant): Vocabulary {
  return {
    ...US,
    ...over,
    labels: { ...US.labels, ...over.labels },
    sections: { ...US.sections, ...over.sections },
    columns: { ...US.columns, ...over.columns },
    rows: { ...US.rows, ...over.rows },
  } as Vocabulary;
}

const GB = variant({
  labels: {
    previousBalance: ['Previous balance', 'Balance from last statement', 'Opening balance'],
    payments: ['Payments', 'Payments received'],
    credits: ['Other credits', 'Refunds'],
    newBalance: ['New balance', 'Closing balance', 'Statement balance'],
    minimumPayment: ['Minimum payment', 'Minimum payment due'],
    dueDate: ['Payment due date', 'Please pay by'],
    creditLimit: ['Credit limit'],
    availableCredit: ['Available to spend', 'Available credit'],
    statementPeriod: ['Statement period', 'Period covered'],
    cashAdvances: ['Cash advances', 'Cash withdrawals'],
    interest: ['Interest', 'Interest charged'],
  },
  columns: { amount: ['Amount', 'Amount {cur}'], postDate: ['Date posted', 'Posting date'] },
  rows: {
    payment: ['PAYMENT RECEIVED - THANK YOU', 'DIRECT DEBIT PAYMENT - THANK YOU'],
    fxFee: ['NON-STERLING TRANSACTION FEE'],
  },
  salutationMale: ['Mr', 'Dr'],
  salutationFemale: ['Mrs', 'Ms', 'Miss'],
  ytd: ['Your year to date', 'Fees charged so far in {year}', 'Interest charged so far in {year}'],
});

const IN = variant({
  labels: {
    previousBalance: ['Previous Balance', 'Opening Balance', 'Last Statement Balance'],
    paymentsAndCredits: ['Payments/Credits', 'Payment/Credits Received', 'Payments & Credits'],
    purchases: ['Purchases/Debits', 'Purchase/Debits', 'Purchases & Other Debits'],
    fees: ['Fees & Charges', 'Other Charges', 'Fees, Taxes & Charges'],
    interest: ['Finance Charges', 'Interest Charges'],
    newBalance: ['Total Amount Due', 'Total Outstanding', 'Closing Balance'],
    minimumPayment: ['Minimum Amount Due', 'Min. Amount Due'],
    creditLimit: ['Credit Limit', 'Total Credit Limit'],
    availableCredit: ['Available Credit Limit', 'Available Credit'],
    cardholder: ['Name', 'Card Holder', 'Primary Card Holder'],
    customerNumber: ['Customer Relationship No.', 'Customer ID', 'CRN'],
  },
  sections: { paymentsCredits: ['PAYMENTS AND CREDITS', 'Payments & Credits Received'] },
  columns: {
    amount: ['Amount ({cur})', 'Amount (in {cur})', 'Amount'],
    description: ['Transaction Details', 'Description'],
  },
  rows: {
    payment: ['PAYMENT RECEIVED - NEFT', 'BBPS PAYMENT RECEIVED', 'PAYMENT RECEIVED - UPI'],
    lateFee: ['LATE PAYMENT CHARGES'],
    fxFee: ['MARKUP FEE ON FOREIGN TXN', 'FOREIGN CURRENCY MARKUP'],
    interest: ['FINANCE CHARGES', 'INTEREST ON RETAIL PURCHASES'],
    cashInterest: ['FINANCE CHARGES ON CASH'],
  },
  salutationMale: ['Mr', 'Shri', 'Mr.'],
  salutationFemale: ['Ms', 'Smt', 'Mrs.'],
  greetingMale: ['Dear {sal} {last},', 'Dear Cardmember,', 'Dear {full},'],
  greetingFemale: ['Dear {sal} {last},', 'Dear Cardmember,', 'Dear {full},'],
  rewards: ['Reward Points Summary', 'Opening Balance', 'Earned', 'Redeemed', 'Closing Balance'],
});

const CA = variant({
  labels: {
    previousBalance: ['Previous Statement Balance', 'Previous Balance'],
    // "Payments & Credits" names the combined figure (as TD prints it), never payments alone.
    payments: ['Payments', 'Payments Received'],
    paymentsAndCredits: ['Payments & Credits', 'Payments and Credits'],
    newBalance: ['New Balance', 'Total Balance'],
    minimumPayment: ['Minimum Payment', 'Minimum Payment Due'],
    cashAdvances: ['Cash Advances', 'Cash Advances & Fees'],
  },
  columns: { amount: ['Amount ({cur})', 'Amount'] },
});

const AU = variant({
  labels: {
    previousBalance: ['Opening Balance', 'Previous Balance'],
    newBalance: ['Closing Balance', 'Closing balance'],
    minimumPayment: ['Minimum Payment', 'Minimum Repayment'],
    dueDate: ['Due Date', 'Payment Due'],
    creditLimit: ['Credit Limit'],
    availableCredit: ['Available Credit', 'Available Balance'],
  },
});

const SG = variant({
  labels: {
    previousBalance: ["Last Month's Balance", 'Previous Balance'],
    newBalance: ['Total Amount Due', 'Current Balance', 'New Balance'],
    minimumPayment: ['Minimum Payment', 'Minimum Amount Due'],
    dueDate: ['Payment Due Date', 'Due Date'],
  },
  rows: { payment: ['PAYMENT BY GIRO', 'PAYMENT - THANK YOU', 'PAYNOW-FAST PAYMENT'] },
});

/** English vocabularies by country. */
export const VOCAB_EN = { us: US, gb: GB, in: IN, ca: CA, au: AU, sg: SG } as const;
