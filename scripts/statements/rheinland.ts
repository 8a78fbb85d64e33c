/**
 * Rheinland Kreditbank (DE, EUR, A4): European number format `1.234,56`, credits with a trailing
 * minus `45,00-`, `DD.MM.YYYY` transaction and booking dates, a reference-number column, ISO
 * `EUR` codes, and TWO summary boxes side by side (labels left, values right-aligned). The card
 * number is printed with dashes, the direct-debit IBAN and an account number after labels.
 */
import type { FlowRow } from './flow.js';
import { formatDate, formatMoney, formatRate } from './format.js';
import type { LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import { germanIban, groupDigits } from './pii.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 595.28;
const LINE = 11.5;
const X = { date: 36, book: 90, ref: 150, desc: 212, amt: 558 } as const;

const eur = (c: number): string => `${formatMoney(c, 'eu')}${c < 0 ? '-' : ''}`;
const dashed = (m: StatementModel): string => groupDigits(m.cardDigits, [4, 4, 4, 4], '-');
const account = (m: StatementModel): string => groupDigits(m.accountNumber, [4, 4, 2], ' ');

function rows(_m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  return ordered.map((tx) => ({
    height: LINE * (tx.foreign ? 2 : 1),
    draw: (p: Painter, y: number) => {
      p.text(formatDate(tx.date, 'DD.MM.YYYY'), X.date, y);
      p.text(formatDate(tx.postDate, 'DD.MM.YYYY'), X.book, y);
      p.text(tx.ref.slice(0, 8), X.ref, y);
      p.text(tx.description, X.desc, y);
      p.right(eur(tx.amount), X.amt, y);
      if (tx.foreign) {
        const f = tx.foreign;
        p.text(
          `${f.currency} ${formatMoney(f.amount, 'eu')} rate ${(1 / f.rate).toFixed(4).replace('.', ',')}`,
          X.desc,
          y + LINE,
          {
            size: 7,
          },
        );
      }
    },
  }));
}

function tableHeader(p: Painter, y: number): void {
  p.text('Trans. date', X.date, y, { bold: true, size: 7.5 });
  p.text('Booking date', X.book, y, { bold: true, size: 7.5 });
  p.text('Reference', X.ref, y, { bold: true, size: 7.5 });
  p.text('Description', X.desc, y, { bold: true, size: 7.5 });
  p.right('Amount EUR', X.amt, y, { bold: true, size: 7.5 });
  p.rule(X.date, X.amt, y + 11, 0.6);
}

/** One summary box: a title, then label … value rows with the values right-aligned. */
function summaryBox(
  p: Painter,
  x: number,
  y: number,
  w: number,
  title: string,
  lines: Array<[string, string]>,
): void {
  p.box(x, y, w, 22 + lines.length * 13, '#2f5d50');
  p.fill(x, y, w, 16, '#2f5d50');
  p.text(title, x + 6, y + 4, { bold: true, color: '#ffffff' });
  lines.forEach(([label, value], i) => {
    p.text(label, x + 6, y + 22 + i * 13);
    p.right(value, x + w - 6, y + 22 + i * 13);
  });
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.text('Rheinland Kreditbank AG', 36, 36, { bold: true, size: 15, color: '#2f5d50' });
  p.text('Kreditkartenabrechnung / Credit card statement', 36, 56, { size: 9 });
  p.text('Rheinland Kreditbank AG · Postfach 10 12 34 · 50452 Köln', 36, 96, { size: 6 });
  p.text(m.person.name, 36, 110, { size: 10 });
  p.lines(m.person.address, 36, 123, 12, { size: 10 });
  const info: Array<[string, string]> = [
    ['Statement date', formatDate(m.periodEnd, 'DD.MM.YYYY')],
    [
      'Statement period',
      `${formatDate(m.periodStart, 'DD.MM.YYYY')} - ${formatDate(m.periodEnd, 'DD.MM.YYYY')}`,
    ],
    ['Card number', dashed(m)],
    ['Account no.', account(m)],
    ['E-mail', m.person.email],
    ['Currency', 'EUR'],
  ];
  info.forEach(([label, value], i) => {
    p.text(label, 330, 100 + i * 12);
    p.text(value, 420, 100 + i * 12);
  });
  const half = (W - 72 - 12) / 2;
  summaryBox(p, 36, 200, half, 'Account overview (EUR)', [
    ['Opening balance', eur(t.previousBalance)],
    ['Payments', eur(-t.payments)],
    ['Other credits', eur(-t.credits)],
    ['Purchases', eur(t.purchases)],
    ['Cash withdrawals', eur(t.cashAdvances)],
    ['Fees', eur(t.fees)],
    ['Interest', eur(t.interest)],
    ['Closing balance', eur(t.newBalance)],
  ]);
  summaryBox(p, 36 + half + 12, 200, half, 'Your credit line (EUR)', [
    ['Credit limit', eur(t.creditLimit)],
    ['Available credit', eur(t.availableCredit)],
    ['Minimum payment', eur(t.minimumPayment)],
    ['Payment due date', formatDate(m.dueDate, 'DD.MM.YYYY')],
    ['Purchase rate (APR)', `${formatRate(m.apr.purchase, 'eu')} %`],
    ['Cash rate (APR)', `${formatRate(m.apr.cashAdvance, 'eu')} %`],
  ]);
  p.text(
    `The minimum payment will be collected by direct debit from IBAN ${germanIban(m.accountNumber)}`,
    36,
    340,
    { size: 7.5 },
  );
  p.text(
    `on ${formatDate(m.dueDate, 'DD.MM.YYYY')}. Please check this statement; objections within six weeks.`,
    36,
    350,
    { size: 7.5 },
  );
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) firstPage(p, m);
  else {
    p.text('Rheinland Kreditbank AG', 36, 30, { bold: true, size: 9, color: '#2f5d50' });
    p.right(`${m.person.name} · Card no. xxxx-xxxx-xxxx-${m.cardDigits.slice(-4)}`, W - 36, 30, {
      size: 7.5,
    });
    p.text('Transactions', 36, 52, { bold: true, size: 11 });
    tableHeader(p, 72);
  }
  p.text('Rheinland Kreditbank AG · Sitz Köln · fictional institution for test data', 36, 810, { size: 6 });
  p.right(`Page ${page} of ${pages}`, W - 36, 810, { size: 7 });
}

export const rheinland: LayoutDef = {
  name: 'rheinland',
  traits: {
    region: 'de',
    issuer: 'Rheinland Kreditbank',
    card: 'visa',
    cashAdvances: true,
    balanceTransfers: false,
    midMonthCycle: false,
    aprPurchase: 16.9,
    aprCash: 18.9,
    fxFeeBps: 175,
  },
  size: [W, 841.89],
  fonts: 'standard',
  frame: { firstTop: null, top: 90, bottom: 795 },
  prints: { combinedPaymentsCredits: false, postDate: true, apr: true },
  order: (m) => m.transactions,
  rows,
  chrome,
  amountText: (amount) => eur(amount),
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: dashed(m),
    accountNumber: account(m),
    email: m.person.email,
    phone: null,
    other: [germanIban(m.accountNumber)],
  }),
};
