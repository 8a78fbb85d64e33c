/**
 * Saffron Bank (India, INR, A4, DejaVu font for ₹): Indian digit grouping `1,23,456.78`, `₹` in
 * the summary, `Dr`/`Cr` markers in the table, `DD/MM/YYYY` dates, a one-row summary of labels
 * above values with one combined "Payments/Credits" figure, GST on fees, the cardholder's email
 * and mobile, a masked card number in headers and the full number (no spaces) on the slip.
 */
import { type FlowRow, gap } from './flow.js';
import { formatDate, formatMoney, formatRate } from './format.js';
import type { LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 595.28;
const LINE = 12;
const X = { date: 40, desc: 120, amt: 520, mark: 526 } as const;

const inr = (c: number): string => `${c < 0 ? '-' : ''}₹${formatMoney(c, 'in')}`;
const amountText = (amount: number): string => `${formatMoney(amount, 'in')} ${amount < 0 ? 'Cr' : 'Dr'}`;
const masked = (m: StatementModel): string => `XXXX XXXX XXXX ${m.cardDigits.slice(-4)}`;

function rows(m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  const out: FlowRow[] = [
    {
      height: LINE * 1.6,
      keepWithNext: true,
      draw: (p, y) => p.text(`TRANSACTIONS FOR ${m.person.name}`, X.date, y, { bold: true, size: 8.5 }),
    },
  ];
  for (const tx of ordered) {
    out.push({
      height: LINE * (tx.foreign ? 2 : 1),
      draw: (p: Painter, y: number) => {
        p.text(formatDate(tx.date, 'DD/MM/YYYY'), X.date, y);
        p.text(tx.description, X.desc, y);
        const [value = '', mark = ''] = amountText(tx.amount).split(' ');
        p.right(value, X.amt, y);
        p.text(mark, X.mark, y);
        if (tx.foreign) {
          const f = tx.foreign;
          p.text(`${f.currency} ${formatMoney(f.amount)} @ ${f.rate.toFixed(2)}`, X.desc, y + LINE, {
            size: 7,
          });
        }
      },
    });
  }
  out.push(gap(10), {
    height: LINE * 3,
    draw: (p, y) => {
      p.text(
        'Important: Pay the Total Amount Due to avoid finance charges. Finance charges are levied at',
        X.date,
        y,
        {
          size: 7,
        },
      );
      p.text(
        `${formatRate(m.apr.purchase)}% p.a. on purchases and ${formatRate(m.apr.cashAdvance)}% p.a. on cash advances.`,
        X.date,
        y + 10,
        {
          size: 7,
        },
      );
    },
  });
  return out;
}

function tableHeader(p: Painter, y: number): void {
  p.fill(36, y - 4, W - 72, 16, '#f4a300');
  p.text('Date', X.date, y, { bold: true, size: 8 });
  p.text('Transaction Details', X.desc, y, { bold: true, size: 8 });
  p.right('Amount (₹)', X.amt + 20, y, { bold: true, size: 8 });
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.text('Saffron Bank', 40, 30, { bold: true, size: 17, color: '#b35900' });
  p.text('Saffron Rewards Credit Card Statement', 40, 52, { size: 9 });
  p.text(
    `Statement Period: ${formatDate(m.periodStart, 'DD/MM/YYYY')} to ${formatDate(m.periodEnd, 'DD/MM/YYYY')}`,
    330,
    30,
  );
  p.text(`Statement Date: ${formatDate(m.periodEnd, 'DD/MM/YYYY')}`, 330, 42);
  p.text(`Credit Card Number: ${masked(m)}`, 330, 54);
  p.text(m.person.name, 40, 90, { bold: true, size: 9.5 });
  p.lines(m.person.address, 40, 103, 12, { size: 9 });
  p.text(`Email: ${m.person.email}`, 40, 145, { size: 8 });
  p.text(`Mobile: ${m.person.phone}`, 40, 157, { size: 8 });
  const top: Array<[string, string]> = [
    ['Total Amount Due', inr(t.newBalance)],
    ['Minimum Amount Due', inr(t.minimumPayment)],
    ['Payment Due Date', formatDate(m.dueDate, 'DD/MM/YYYY')],
    ['Credit Limit', inr(t.creditLimit)],
    ['Available Credit Limit', inr(t.availableCredit)],
  ];
  top.forEach(([label, value], i) => {
    p.text(label, 330, 90 + i * 24, { size: 7.5 });
    p.text(value, 330, 100 + i * 24, { bold: true, size: 10 });
  });
  p.text('ACCOUNT SUMMARY (All amounts in INR)', 40, 226, { bold: true, size: 9, color: '#b35900' });
  const cells: Array<[string, string]> = [
    ['Previous Balance', inr(t.previousBalance)],
    ['Payments/Credits', inr(t.payments + t.credits)],
    ['Purchases/Debits', inr(t.purchases)],
    ['Fees & Charges', inr(t.fees)],
    ['Finance Charges', inr(t.interest)],
    ['Total Outstanding', inr(t.newBalance)],
  ];
  const cw = (W - 80) / cells.length;
  cells.forEach(([label, value], i) => {
    p.fill(40 + i * cw, 240, cw - 4, 14, '#fde3b5');
    p.text(label, 44 + i * cw, 243, { bold: true, size: 7 });
    p.text(value, 44 + i * cw, 260, { size: 8.5 });
  });
  p.text('Payment slip — Saffron Bank Credit Card', 40, 700, { bold: true, size: 8 });
  p.rule(40, W - 40, 694, 0.5, '#b35900');
  p.text(`Card No. ${m.cardDigits}`, 40, 714, { size: 8 });
  p.text(`Name: ${m.person.name}`, 40, 726, { size: 8 });
  p.text(`Total Amount Due ${inr(t.newBalance)}   Minimum Amount Due ${inr(t.minimumPayment)}`, 40, 738, {
    size: 8,
  });
  p.text('Cheque/DD No. ____________   Amount ₹ ____________', 40, 754, { size: 8 });
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) {
    firstPage(p, m);
    tableHeader(p, 300);
  } else {
    p.text('Saffron Bank', 40, 28, { bold: true, size: 10, color: '#b35900' });
    p.right(`${m.person.name} | ${masked(m)}`, W - 40, 28, { size: 7.5 });
    tableHeader(p, 52);
  }
  p.text(
    'Saffron Bank Ltd. (fictional) · GSTIN 29AAACS0000X1Z5 · This is a computer generated statement',
    40,
    812,
    {
      size: 6,
    },
  );
  p.right(`Page ${page} of ${pages}`, W - 40, 812, { size: 7 });
}

export const saffron: LayoutDef = {
  name: 'saffron',
  traits: {
    region: 'in',
    issuer: 'Saffron Bank',
    card: 'visa',
    cashAdvances: false,
    balanceTransfers: false,
    midMonthCycle: true,
    aprPurchase: 42,
    aprCash: 42,
    fxFeeBps: 350,
  },
  size: [W, 841.89],
  fonts: 'dejavu',
  frame: { firstTop: 320, firstBottom: 680, top: 72, bottom: 795 },
  prints: { combinedPaymentsCredits: true, postDate: false, apr: true },
  order: (m) => m.transactions,
  rows,
  chrome,
  amountText,
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: m.cardDigits,
    accountNumber: null,
    email: m.person.email,
    phone: m.person.phone,
    other: [],
  }),
};
