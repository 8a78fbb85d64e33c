/**
 * Northwind Bank (US, USD): the most US-typical layout, modelled on a big-bank Visa statement.
 * MM/DD transaction dates (year only from the period), `-45.00` credits, one combined
 * "Payment, Credits" summary line, labels-above-values box, section headings, "Page x of N".
 */
import { type FlowRow, gap } from './flow.js';
import { formatDate, formatMoney, formatRate, formatWhole } from './format.js';
import { bySection, type LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import { groupDigits } from './pii.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 612;
const LINE = 13;
const X_DATE = 40;
const X_DESC = 110;
const X_AMT = 560;

const usd = (c: number): string => `${c < 0 ? '-' : ''}$${formatMoney(c)}`;
/** Summary figures carry an explicit sign, as on the real statement (+$5,084.29 / -$4,233.99). */
const signed = (c: number, sign: '+' | '-'): string => (c === 0 ? '$0.00' : `${sign}$${formatMoney(c)}`);
const cardSpaced = (m: StatementModel): string => groupDigits(m.cardDigits, [4, 4, 4, 4], ' ');

const HEADINGS: Record<string, string> = {
  payment: 'PAYMENTS AND OTHER CREDITS',
  purchase: 'PURCHASE',
  cash_advance: 'CASH ADVANCES',
  balance_transfer: 'BALANCE TRANSFERS',
  fee: 'FEES CHARGED',
  interest: 'INTEREST CHARGED',
};

function order(m: StatementModel): ModelTransaction[] {
  return bySection(m.transactions, [
    ['payment', 'credit'],
    'purchase',
    'cash_advance',
    'balance_transfer',
    'fee',
    'interest',
  ]).flat();
}

function amountText(amount: number): string {
  return `${amount < 0 ? '-' : ''}${formatMoney(amount)}`;
}

function rows(m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  const out: FlowRow[] = [];
  let section = '';
  for (const tx of ordered) {
    const key = tx.type === 'credit' ? 'payment' : tx.type;
    if (key !== section) {
      section = key;
      const title = HEADINGS[key] ?? key.toUpperCase();
      out.push(gap(4), {
        height: LINE + 2,
        keepWithNext: true,
        draw: (p, y) => p.text(title, 28, y, { bold: true, size: 8.5 }),
      });
    }
    out.push({
      height: LINE,
      draw: (p, y) => {
        p.text(formatDate(tx.date, 'MM/DD'), X_DATE, y);
        p.text(tx.description, X_DESC, y);
        p.right(amountText(tx.amount), X_AMT, y);
      },
    });
    if (tx.foreign) {
      const f = tx.foreign;
      out.push({
        height: LINE,
        draw: (p, y) =>
          p.text(`${f.currency} ${formatMoney(f.amount)} X ${f.rate.toFixed(6)} (EXCHG RATE)`, X_DESC, y),
      });
    }
  }
  const t = m.totals;
  const year = m.periodEnd.slice(0, 4);
  out.push(gap(14), {
    height: LINE * 3,
    draw: (p, y) => {
      p.center(`${year} Totals Year-to-Date`, 306, y, { bold: true });
      p.text(`Total fees charged in ${year}`, 200, y + LINE);
      p.right(usd(t.fees), 420, y + LINE);
      p.text(`Total interest charged in ${year}`, 200, y + LINE * 2);
      p.right(usd(t.interest), 420, y + LINE * 2);
    },
  });
  out.push(gap(12), {
    height: LINE * 2.5,
    keepWithNext: true,
    draw: (p, y) => {
      p.text('INTEREST CHARGES', 28, y, { bold: true, size: 9 });
      p.text('Balance Type', 36, y + LINE * 1.3);
      p.text('Annual Percentage Rate (APR)', 200, y + LINE * 1.3);
      p.text('Interest Charges', 440, y + LINE * 1.3);
    },
  });
  const interestOf = (desc: string): number =>
    m.transactions
      .filter((x) => x.type === 'interest' && x.description.includes(desc))
      .reduce((s, x) => s + x.amount, 0);
  // The rate table stays in one piece: every row but the last keeps with the next.
  const aprRow = (label: string, rate: number, amount: number, last = false): FlowRow => ({
    height: LINE,
    keepWithNext: !last,
    draw: (p, y) => {
      p.text(label, 36, y);
      p.text(`${formatRate(rate)}%(v)(d)`, 200, y);
      p.right(usd(amount), 500, y);
    },
  });
  out.push(
    aprRow('Purchases', m.apr.purchase, interestOf('PURCHASE')),
    aprRow('Cash Advances', m.apr.cashAdvance, interestOf('CASH')),
  );
  out.push(aprRow('Balance Transfers', m.apr.purchase, 0, true));
  return out;
}

function summaryRows(m: StatementModel): Array<[string, string]> {
  const t = m.totals;
  return [
    ['Previous Balance', usd(t.previousBalance)],
    ['Payment, Credits', signed(t.payments + t.credits, '-')],
    ['Purchases', signed(t.purchases, '+')],
    ['Cash Advances', signed(t.cashAdvances, '+')],
    ['Balance Transfers', signed(t.balanceTransfers, '+')],
    ['Fees Charged', signed(t.fees, '+')],
    ['Interest Charged', signed(t.interest, '+')],
    ['New Balance', usd(t.newBalance)],
    [
      'Opening/Closing Date',
      `${formatDate(m.periodStart, 'MM/DD/YY')} - ${formatDate(m.periodEnd, 'MM/DD/YY')}`,
    ],
    ['Credit Access Line', `$${formatWhole(t.creditLimit)}`],
    ['Available Credit', usd(t.availableCredit)],
    ['Cash Access Line', `$${formatWhole(t.creditLimit / 20)}`],
  ];
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.text('NORTHWIND BANK', 36, 30, { bold: true, size: 15 });
  p.text('Manage your account online at:', 250, 30, { size: 7 });
  p.text('www.northwindbank.example/card', 250, 39, { size: 7 });
  p.text('Customer Service:', 400, 30, { size: 7 });
  p.text('1-800-555-0142', 400, 39, { size: 7 });
  const box: Array<[string, string]> = [
    ['New Balance', usd(t.newBalance)],
    ['Minimum Payment Due', usd(t.minimumPayment)],
    ['Payment Due Date', formatDate(m.dueDate, 'MM/DD/YY')],
  ];
  box.forEach(([label, value], i) => {
    p.text(label, 180, 70 + i * 27, { bold: true, size: 8 });
    p.text(value, 180, 81 + i * 27, { size: 9 });
  });
  p.text('NORTHWIND CASH REWARDS VISA SIGNATURE', 340, 70, { bold: true });
  p.text('Late Payment Warning: If we do not receive your minimum payment by', 36, 160, { size: 7 });
  p.text('the date listed above, you may have to pay a late fee of up to $40.00.', 36, 169, { size: 7 });
  p.text('ACCOUNT SUMMARY', 36, 200, { bold: true, size: 9 });
  p.text(`Account Number: ${cardSpaced(m)}`, 36, 214);
  summaryRows(m).forEach(([label, value], i) => {
    p.text(label, 36, 230 + i * 12);
    p.right(value, 290, 230 + i * 12);
  });
  p.text('YOUR ACCOUNT MESSAGES', 330, 200, { bold: true, size: 9 });
  p.text('Reminder: It is important to continue making your payments on', 330, 214, { size: 7 });
  p.text('time. Your APRs may increase if the minimum payment is not made.', 330, 223, { size: 7 });
  // Remit coupon with the cardholder's address, as mailed statements print it.
  p.rule(20, W - 20, 560, 0.5, '#888888');
  p.text('Payment Due Date:', 330, 580);
  p.right(formatDate(m.dueDate, 'MM/DD/YY'), 560, 580);
  p.text('New Balance:', 330, 592);
  p.right(usd(t.newBalance), 560, 592);
  p.text('Minimum Payment Due:', 330, 604);
  p.right(usd(t.minimumPayment), 560, 604);
  p.text(`Account number: ${cardSpaced(m)}`, 330, 622);
  p.text('$_______________ Amount Enclosed', 330, 640);
  p.text(m.person.name, 72, 660, { size: 9 });
  p.lines(m.person.address, 72, 671, 11, { size: 9 });
  p.text('NORTHWIND CARD SERVICES', 360, 680, { size: 8 });
  p.text('PO BOX 15298', 360, 690, { size: 8 });
  p.text('WILMINGTON DE 19850-5298', 360, 700, { size: 8 });
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) firstPage(p, m);
  else {
    p.text(m.person.name, 28, 30, { bold: true });
    p.text(`Account Number: XXXX XXXX XXXX ${m.cardDigits.slice(-4)}`, 28, 41);
    p.text(page === 2 ? 'ACCOUNT ACTIVITY' : 'ACCOUNT ACTIVITY (CONTINUED)', 28, 100, {
      bold: true,
      size: 10,
    });
    p.text('Date of', X_DATE - 2, 118, { size: 7.5 });
    p.text('Transaction', X_DATE - 8, 127, { size: 7.5 });
    p.text('Merchant Name or Transaction Description', 210, 127, { size: 7.5 });
    p.right('$ Amount', X_AMT, 127, { size: 7.5 });
    p.rule(28, W - 28, 138);
  }
  const closing = formatDate(m.periodEnd, 'MM/DD/YY');
  p.text(`${m.person.name}`, 28, 760, { size: 6.5 });
  p.center(`Page ${page} of ${pages}`, W / 2, 760, { size: 6.5 });
  p.right(`Statement Date: ${closing}`, W - 28, 760, { size: 6.5 });
}

export const northwind: LayoutDef = {
  name: 'northwind',
  traits: {
    region: 'us',
    issuer: 'Northwind Bank',
    card: 'visa',
    cashAdvances: true,
    balanceTransfers: true,
    midMonthCycle: true,
    aprPurchase: 19.99,
    aprCash: 29.99,
    fxFeeBps: 300,
  },
  size: [W, 792],
  fonts: 'standard',
  frame: { firstTop: null, top: 146, bottom: 745 },
  prints: { combinedPaymentsCredits: true, postDate: false, apr: true },
  order,
  rows,
  chrome,
  amountText,
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: cardSpaced(m),
    accountNumber: null,
    email: null,
    phone: null,
    other: [],
  }),
};
