/**
 * Larkspur Federal Credit Union (US, USD): a credit-union Mastercard statement. Transaction and
 * posting dates as `Nov 05` (year only from the billing cycle), summary dates `MM/DD/YYYY`,
 * amounts printed UNSIGNED under section headings that decide the type (payments and credits in
 * parentheses `(45.00)`), section totals, "Amount (USD)" column, wrapped descriptions, foreign
 * currency lines, a member number, email and phone.
 */
import { type FlowRow, gap } from './flow.js';
import { formatDate, formatMoney, formatRate, formatWhole } from './format.js';
import { bySection, type LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import { groupDigits } from './pii.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 612;
const LINE = 12;
const X = { date: 40, post: 82, desc: 130, amt: 566 } as const;

const money = (c: number): string => (c < 0 ? `(${formatMoney(c)})` : formatMoney(c));
const spaced = (m: StatementModel): string => groupDigits(m.cardDigits, [4, 4, 4, 4], ' ');
const member = (m: StatementModel): string => m.accountNumber.slice(1, 10);

const SECTIONS: Array<[ModelTransaction['type'], string]> = [
  ['payment', 'Payments'],
  ['credit', 'Other Credits'],
  ['purchase', 'Purchases'],
  ['cash_advance', 'Cash Advances'],
  ['balance_transfer', 'Balance Transfers'],
  ['fee', 'Fees'],
  ['interest', 'Interest Charged'],
];

const order = (m: StatementModel): ModelTransaction[] => bySection(m.transactions).flat();

function rows(_m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  const out: FlowRow[] = [];
  for (const [type, title] of SECTIONS) {
    const txs = ordered.filter((t) => t.type === type);
    if (txs.length === 0) continue;
    out.push(gap(5), {
      height: LINE * 1.3,
      keepWithNext: true,
      draw: (p, y) => p.text(title, X.date, y, { bold: true, size: 9, color: '#5b3a8c' }),
    });
    for (const tx of txs) {
      out.push({
        height: LINE * (1 + (tx.wrap ? 1 : 0) + (tx.foreign ? 1 : 0)),
        draw: (p: Painter, y: number) => {
          p.text(formatDate(tx.date, 'Mon DD'), X.date, y);
          p.text(formatDate(tx.postDate, 'Mon DD'), X.post, y);
          p.text(tx.description, X.desc, y);
          p.right(money(tx.amount), X.amt, y);
          let yy = y + LINE;
          if (tx.wrap) {
            p.text(tx.wrap, X.desc, yy, { size: 7 });
            yy += LINE;
          }
          if (tx.foreign) {
            const f = tx.foreign;
            p.text(
              `Foreign currency: ${f.currency} ${formatMoney(f.amount)} Exchange rate ${f.rate.toFixed(6)}`,
              X.desc,
              yy,
              { size: 7 },
            );
          }
        },
      });
    }
    const total = txs.reduce((s, t) => s + t.amount, 0);
    out.push({
      height: LINE * 1.3,
      draw: (p, y) => {
        p.text(`Total ${title.toLowerCase()} for this period`, X.desc, y + 1, { bold: true });
        p.right(money(total), X.amt, y + 1, { bold: true });
      },
    });
  }
  return out;
}

function tableHeader(p: Painter, y: number): void {
  p.text('Trans', X.date, y, { bold: true, size: 7 });
  p.text('Post', X.post, y, { bold: true, size: 7 });
  p.text('Reference / Description', X.desc, y, { bold: true, size: 7 });
  p.right('Amount (USD)', X.amt, y, { bold: true, size: 7 });
  p.rule(X.date, X.amt, y + 10, 0.5, '#5b3a8c');
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.text('LARKSPUR FEDERAL CREDIT UNION', 40, 30, { bold: true, size: 13, color: '#5b3a8c' });
  p.text('Platinum Rewards Mastercard Statement', 40, 47, { size: 8 });
  p.text(`Member Number: ${member(m)}`, 380, 30);
  p.text(`Card Number: ${spaced(m)}`, 380, 41);
  p.text(
    `Billing Cycle: ${formatDate(m.periodStart, 'MM/DD/YYYY')} through ${formatDate(m.periodEnd, 'MM/DD/YYYY')}`,
    380,
    52,
  );
  p.text(m.person.name, 60, 96, { size: 9.5 });
  p.lines(m.person.address, 60, 108, 11.5, { size: 9.5 });
  p.text(`Phone: ${m.person.phone}`, 60, 140, { size: 8 });
  p.text(`Email: ${m.person.email}`, 60, 151, { size: 8 });
  p.text('Account Summary', 40, 190, { bold: true, size: 10, color: '#5b3a8c' });
  const summary: Array<[string, string]> = [
    ['Previous Balance', money(t.previousBalance)],
    ['Payments', money(-t.payments)],
    ['Other Credits', money(-t.credits)],
    ['Purchases', money(t.purchases)],
    ['Cash Advances', money(t.cashAdvances)],
    ['Balance Transfers', money(t.balanceTransfers)],
    ['Fees Charged', money(t.fees)],
    ['Interest Charged', money(t.interest)],
    ['New Balance', money(t.newBalance)],
  ];
  summary.forEach(([label, value], i) => {
    const bold = label === 'New Balance';
    p.text(label, 40, 206 + i * 12.5, { bold });
    p.right(value, 280, 206 + i * 12.5, { bold });
  });
  p.box(320, 186, 252, 92, '#5b3a8c');
  p.text('Payment Information', 328, 192, { bold: true, color: '#5b3a8c' });
  const pay: Array<[string, string]> = [
    ['New Balance', `$${formatMoney(t.newBalance)}${t.newBalance < 0 ? ' CR' : ''}`],
    ['Minimum Payment Due', `$${formatMoney(t.minimumPayment)}`],
    ['Payment Due Date', formatDate(m.dueDate, 'MM/DD/YYYY')],
    ['Credit Line', `$${formatWhole(t.creditLimit)}`],
    ['Credit Available', `$${formatMoney(t.availableCredit)}`],
  ];
  pay.forEach(([label, value], i) => {
    p.text(label, 328, 208 + i * 13);
    p.right(value, 564, 208 + i * 13);
  });
  p.text('Annual Percentage Rate (APR)', 320, 296, { bold: true });
  p.text('Purchases', 328, 309);
  p.right(`${formatRate(m.apr.purchase)}%`, 564, 309);
  p.text('Cash Advances', 328, 321);
  p.right(`${formatRate(m.apr.cashAdvance)}%`, 564, 321);
  p.text(
    'Questions? Call Member Services at 1-888-555-0123 or write to PO Box 4410, Spokane WA 99220.',
    40,
    360,
    { size: 7 },
  );
  p.text('Transaction Detail', 40, 396, { bold: true, size: 10, color: '#5b3a8c' });
  tableHeader(p, 414);
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) firstPage(p, m);
  else {
    p.text('LARKSPUR FEDERAL CREDIT UNION', 40, 28, { bold: true, size: 9, color: '#5b3a8c' });
    p.right(`${m.person.name} · Member ${member(m)} · Card ending ${m.cardDigits.slice(-4)}`, X.amt, 28, {
      size: 7.5,
    });
    p.text('Transaction Detail (continued)', 40, 48, { bold: true, size: 10 });
    tableHeader(p, 66);
  }
  p.text(`Statement closing date ${formatDate(m.periodEnd, 'MM/DD/YYYY')}`, 40, 765, { size: 6.5 });
  p.right(`Page ${page} of ${pages}`, X.amt, 765, { size: 6.5 });
}

export const larkspur: LayoutDef = {
  name: 'larkspur',
  traits: {
    region: 'us',
    issuer: 'Larkspur Federal Credit Union',
    card: 'mc5',
    cashAdvances: true,
    balanceTransfers: true,
    midMonthCycle: true,
    aprPurchase: 17.9,
    aprCash: 19.9,
    fxFeeBps: 100,
  },
  size: [W, 792],
  fonts: 'standard',
  frame: { firstTop: 432, top: 84, bottom: 752 },
  prints: { combinedPaymentsCredits: false, postDate: true, apr: true },
  order,
  rows,
  chrome,
  amountText: (amount) => money(amount),
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: spaced(m),
    accountNumber: member(m),
    email: m.person.email,
    phone: m.person.phone,
    other: [],
  }),
};
