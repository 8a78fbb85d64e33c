/**
 * Albion Card Services (UK, GBP, A4): a Mastercard 2-series card. Transaction and posting date
 * columns as `05 Nov` (year only from the period "6 Nov 2026 to 5 Dec 2026"), amounts unsigned
 * with `CR` for credits, no sections, wrapped descriptions, "EUR 45.00 @ 1.1667" lines, a summary
 * of labels ABOVE values, and the table starting on page 1 below the summary.
 */
import type { FlowRow } from './flow.js';
import { formatDate, formatMoney, formatRate, formatWhole } from './format.js';
import type { LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import { groupDigits } from './pii.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 595.28;
const LINE = 12;
const X = { date: 40, post: 92, desc: 150, amt: 555 } as const;
const TABLE_TOP_1 = 430;

const gbp = (c: number): string => `${c < 0 ? '-' : ''}£${formatMoney(c)}`;
const amountText = (amount: number): string =>
  amount < 0 ? `${formatMoney(amount)} CR` : formatMoney(amount);
const spaced = (m: StatementModel): string => groupDigits(m.cardDigits, [4, 4, 4, 4], ' ');

function rows(_m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  return ordered.map((tx) => ({
    height: LINE * (1 + (tx.wrap ? 1 : 0) + (tx.foreign ? 1 : 0)),
    draw: (p: Painter, y: number) => {
      p.text(formatDate(tx.date, 'DD Mon'), X.date, y);
      p.text(formatDate(tx.postDate, 'DD Mon'), X.post, y);
      p.text(tx.description, X.desc, y);
      p.right(amountText(tx.amount), X.amt, y);
      let yy = y + LINE;
      if (tx.wrap) {
        p.text(tx.wrap, X.desc, yy, { color: '#333333' });
        yy += LINE;
      }
      if (tx.foreign) {
        const f = tx.foreign;
        p.text(`${f.currency} ${formatMoney(f.amount)} @ ${(1 / f.rate).toFixed(4)}`, X.desc, yy, {
          color: '#333333',
        });
      }
    },
  }));
}

function tableHeader(p: Painter, y: number): void {
  p.fill(34, y - 4, W - 68, 24, '#e6e0f0');
  p.text('Date of', X.date, y, { bold: true, size: 7.5 });
  p.text('transaction', X.date, y + 9, { bold: true, size: 7.5 });
  p.text('Date', X.post, y, { bold: true, size: 7.5 });
  p.text('posted', X.post, y + 9, { bold: true, size: 7.5 });
  p.text('Description', X.desc, y + 9, { bold: true, size: 7.5 });
  p.right('Amount £', X.amt, y + 9, { bold: true, size: 7.5 });
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.text('Albion Card Services', 40, 34, { bold: true, size: 16, color: '#4b2e83' });
  p.text('Albion Platinum Mastercard', 40, 54, { size: 9 });
  p.text('Your statement', 360, 34, { bold: true, size: 11 });
  p.text(
    `Statement period: ${formatDate(m.periodStart, 'D Mon YYYY')} to ${formatDate(m.periodEnd, 'D Mon YYYY')}`,
    360,
    50,
  );
  p.text(`Card number  xxxx xxxx xxxx ${m.cardDigits.slice(-4)}`, 360, 61);
  p.text(m.person.name, 50, 96, { size: 9.5 });
  p.lines(m.person.address, 50, 108, 11.5, { size: 9.5 });
  p.text('Your contact details', 360, 96, { bold: true, size: 7.5 });
  p.text(`Mobile ${m.person.phone}`, 360, 106, { size: 7.5 });
  p.text(`Reference for payments: ${m.cardDigits}`, 360, 116, { size: 7.5 });
  p.text('Customer services 0345 555 0190', 360, 126, { size: 7.5 });
  // Summary boxes: the label sits above its value, two rows of boxes.
  const boxes: Array<Array<[string, string]>> = [
    [
      ['Previous balance', gbp(t.previousBalance)],
      ['Payments', gbp(t.payments)],
      ['Other credits', gbp(t.credits)],
      ['Purchases', gbp(t.purchases)],
      ['Cash advances', gbp(t.cashAdvances)],
    ],
    [
      ['Balance transfers', gbp(t.balanceTransfers)],
      ['Fees', gbp(t.fees)],
      ['Interest', gbp(t.interest)],
      ['New balance', gbp(t.newBalance)],
      ['Minimum payment', gbp(t.minimumPayment)],
    ],
  ];
  const bw = (W - 80) / 5;
  boxes.forEach((line, r) => {
    line.forEach(([label, value], i) => {
      const x = 40 + i * bw;
      const y = 176 + r * 44;
      p.box(x, y, bw - 6, 38, '#4b2e83');
      p.text(label, x + 6, y + 6, { size: 7.5 });
      p.text(value, x + 6, y + 20, { bold: true, size: 10 });
    });
  });
  p.text('Payment due date', 40, 280, { bold: true, size: 8 });
  p.text(formatDate(m.dueDate, 'D Mon YYYY'), 40, 291, { size: 10 });
  p.text('Credit limit', 160, 280, { bold: true, size: 8 });
  p.text(`£${formatWhole(t.creditLimit)}`, 160, 291, { size: 10 });
  p.text('Available to spend', 280, 280, { bold: true, size: 8 });
  p.text(gbp(t.availableCredit), 280, 291, { size: 10 });
  p.text('Interest rates', 400, 280, { bold: true, size: 8 });
  p.text(`Purchases ${formatRate(m.apr.purchase)}% p.a. (variable)`, 400, 291, { size: 7.5 });
  p.text(`Cash ${formatRate(m.apr.cashAdvance)}% p.a. (variable)`, 400, 301, { size: 7.5 });
  p.text(
    'If you only make the minimum payment each month, it will take you longer and cost you more',
    40,
    330,
    { size: 7.5 },
  );
  p.text('to clear your balance. Paying late may result in a £12.00 fee.', 40, 340, { size: 7.5 });
  p.text(`Full card number ${spaced(m)} is shown only on this page for your records.`, 40, 360, {
    size: 7.5,
  });
  p.text('Your transactions', 40, TABLE_TOP_1 - 56, { bold: true, size: 11, color: '#4b2e83' });
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) {
    firstPage(p, m);
    tableHeader(p, TABLE_TOP_1 - 30);
  } else {
    p.text('Albion Card Services', 40, 30, { bold: true, size: 10, color: '#4b2e83' });
    p.text(`${m.person.name}  -  Card ending ${m.cardDigits.slice(-4)}`, 300, 30, { size: 8 });
    p.text('Your transactions (continued)', 40, 52, { bold: true, size: 10 });
    tableHeader(p, 72);
  }
  p.rule(40, W - 40, 800, 0.4, '#999999');
  p.text(`${m.person.name}`, 40, 806, { size: 6.5 });
  p.right(`Page ${page} of ${pages}`, W - 40, 806, { size: 6.5 });
  p.text('Albion Card Services is a trading name of Albion Retail Finance plc (fictional).', 40, 816, {
    size: 5.5,
  });
}

export const albion: LayoutDef = {
  name: 'albion',
  traits: {
    region: 'uk',
    issuer: 'Albion Card Services',
    card: 'mc2',
    cashAdvances: true,
    balanceTransfers: true,
    midMonthCycle: true,
    aprPurchase: 24.94,
    aprCash: 27.94,
    fxFeeBps: 299,
  },
  size: [W, 841.89],
  fonts: 'standard',
  frame: { firstTop: TABLE_TOP_1, top: 102, bottom: 790 },
  prints: { combinedPaymentsCredits: false, postDate: true, apr: true },
  order: (m) => m.transactions,
  rows,
  chrome,
  amountText,
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: spaced(m),
    accountNumber: null,
    email: null,
    phone: m.person.phone,
    other: [m.cardDigits],
  }),
};
