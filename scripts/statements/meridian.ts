/**
 * Meridian Express (US, USD): a charge-card style statement with a 15-digit `3xxx xxxxxx xxxxx`
 * card. MM/DD/YY dates, `$45.00` / `-$45.00` amounts, separate Payments and Credits lines,
 * "Opening Date"/"Closing Date", descriptions wrapping to a second line, foreign spend details,
 * labels above values, "p. 2/5" page labels and the card member's name on every section.
 */
import { type FlowRow, gap } from './flow.js';
import { formatDate, formatMoney, formatRate, formatWhole } from './format.js';
import { bySection, type LayoutDef } from './layout.js';
import type { Painter } from './pdf.js';
import { groupDigits } from './pii.js';
import type { ModelTransaction, StatementModel } from './types.js';

const W = 612;
const LINE = 12;

const usd = (c: number): string => `${c < 0 ? '-' : ''}$${formatMoney(c)}`;
const card = (m: StatementModel): string => groupDigits(m.cardDigits, [4, 6, 5], ' ');
const ending = (m: StatementModel): string => `${m.cardDigits.charAt(9)}-${m.cardDigits.slice(10)}`;

const SECTIONS: Array<[ModelTransaction['type'], string]> = [
  ['payment', 'Payments'],
  ['credit', 'Credits'],
  ['purchase', 'New Charges'],
  ['fee', 'Fees'],
  ['interest', 'Interest Charged'],
];

function order(m: StatementModel): ModelTransaction[] {
  return bySection(
    m.transactions,
    SECTIONS.map(([type]) => type),
  ).flat();
}

function rows(m: StatementModel, ordered: readonly ModelTransaction[]): FlowRow[] {
  const out: FlowRow[] = [];
  for (const [type, title] of SECTIONS) {
    const txs = ordered.filter((t) => t.type === type);
    if (txs.length === 0) continue;
    const total = txs.reduce((s, t) => s + t.amount, 0);
    out.push(gap(6), {
      height: LINE * 2.2,
      keepWithNext: true,
      draw: (p, y) => {
        p.text(title, 36, y, { bold: true, size: 10, color: '#1d3f72' });
        p.text(`${m.person.name}  Card Ending ${ending(m)}`, 36, y + LINE * 1.1, { size: 7 });
        p.right('Amount', 560, y + LINE * 1.1, { size: 7 });
      },
    });
    for (const tx of txs) {
      const extra = (tx.wrap ? 1 : 0) + (tx.foreign ? 1 : 0);
      out.push({
        height: LINE * (1 + extra),
        draw: (p, y) => {
          p.text(formatDate(tx.date, 'MM/DD/YY'), 36, y);
          p.text(tx.description, 100, y);
          p.right(usd(tx.amount), 560, y);
          let yy = y + LINE;
          if (tx.wrap) {
            p.text(tx.wrap, 100, yy, { size: 7 });
            yy += LINE;
          }
          if (tx.foreign) {
            const f = tx.foreign;
            p.text(
              `Foreign Spend Amount: ${formatMoney(f.amount)} ${f.currency}   Currency Exchange Rate: ${f.rate.toFixed(4)}`,
              100,
              yy,
              { size: 7 },
            );
          }
        },
      });
    }
    out.push({
      height: LINE * 1.4,
      draw: (p, y) => {
        p.text(`Total ${title}`, 300, y + 2, { bold: true });
        p.right(usd(total), 560, y + 2, { bold: true });
      },
    });
  }
  out.push(gap(14), {
    height: LINE * 2,
    keepWithNext: true,
    draw: (p, y) => {
      p.text('Interest Charge Calculation', 36, y, { bold: true, size: 10, color: '#1d3f72' });
      p.text('Annual Percentage Rate', 220, y + LINE);
      p.right('Interest Charge', 560, y + LINE);
    },
  });
  const interest = m.totals.interest;
  out.push(
    {
      height: LINE,
      keepWithNext: true,
      draw: (p, y) => {
        p.text('Pay Over Time', 36, y);
        p.text(`${formatRate(m.apr.purchase)}% (v)`, 220, y);
        p.right(usd(interest), 560, y);
      },
    },
    {
      height: LINE,
      draw: (p, y) => {
        p.text('Cash Advances', 36, y);
        p.text(`${formatRate(m.apr.cashAdvance)}% (v)`, 220, y);
        p.right(usd(0), 560, y);
      },
    },
  );
  return out;
}

function firstPage(p: Painter, m: StatementModel): void {
  const t = m.totals;
  p.fill(0, 0, W, 64, '#1d3f72');
  p.text('MERIDIAN EXPRESS', 36, 22, { bold: true, size: 16, color: '#ffffff' });
  p.text('Meridian Gold Card', 36, 42, { size: 8, color: '#ffffff' });
  p.text('Prepared for', 380, 20, { size: 7, color: '#ffffff' });
  p.text(m.person.name, 380, 30, { bold: true, color: '#ffffff' });
  p.text('Account Ending', 380, 42, { size: 7, color: '#ffffff' });
  p.text(ending(m), 450, 42, { size: 7, color: '#ffffff' });
  p.text('Opening Date', 380, 80, { size: 7 });
  p.text(formatDate(m.periodStart, 'MM/DD/YY'), 460, 80, { size: 7 });
  p.text('Closing Date', 380, 90, { size: 7 });
  p.text(formatDate(m.periodEnd, 'MM/DD/YY'), 460, 90, { size: 7 });
  const top: Array<[string, string]> = [
    ['New Balance', usd(t.newBalance)],
    ['Minimum Payment Due', usd(t.minimumPayment)],
    ['Payment Due Date', formatDate(m.dueDate, 'MM/DD/YY')],
  ];
  top.forEach(([label, value], i) => {
    p.text(label, 36, 84 + i * 34, { size: 8 });
    p.text(value, 36, 96 + i * 34, { bold: true, size: 12 });
  });
  p.text('Account Summary', 36, 200, { bold: true, size: 10, color: '#1d3f72' });
  const summary: Array<[string, string]> = [
    ['Previous Balance', usd(t.previousBalance)],
    ['Payments', t.payments ? `-$${formatMoney(t.payments)}` : '$0.00'],
    ['Credits', t.credits ? `-$${formatMoney(t.credits)}` : '$0.00'],
    ['New Charges', `+$${formatMoney(t.purchases)}`],
    ['Fees', `+$${formatMoney(t.fees)}`],
    ['Interest Charged', `+$${formatMoney(t.interest)}`],
    ['New Balance', usd(t.newBalance)],
    ['Credit Limit', `$${formatWhole(t.creditLimit)}`],
    ['Available Credit', usd(t.availableCredit)],
  ];
  summary.forEach(([label, value], i) => {
    p.text(label, 36, 216 + i * 12, { bold: label === 'New Balance' });
    p.right(value, 250, 216 + i * 12, { bold: label === 'New Balance' });
  });
  p.text('Your contact details on file', 330, 200, { bold: true, size: 7 });
  p.text(`Email: ${m.person.email}`, 330, 212, { size: 7 });
  p.text(`Mobile: ${m.person.phone}`, 330, 224, { size: 7 });
  p.text('Customer Care: 1-800-555-0188', 330, 240, { size: 7 });
  p.text(
    'Late Payment Warning: If we do not receive your Minimum Payment Due by the Payment Due Date,',
    36,
    350,
    { size: 7 },
  );
  p.text(
    'you may have to pay a late fee of up to $40.00 and your APR may increase to the Penalty APR of 29.99%.',
    36,
    359,
    { size: 7 },
  );
  p.rule(36, W - 36, 600, 0.8, '#1d3f72');
  p.text('Please fold on the perforation below, detach and return with your payment', 36, 606, { size: 6.5 });
  p.text(m.person.name, 54, 650, { size: 9 });
  p.lines(m.person.address, 54, 661, 11, { size: 9 });
  p.text('Account Number', 340, 640, { size: 7 });
  p.text(card(m), 340, 650, { bold: true, size: 9 });
  p.text('Amount Enclosed  $__________', 340, 672, { size: 8 });
}

function chrome(p: Painter, m: StatementModel, page: number, pages: number): void {
  if (page === 1) firstPage(p, m);
  else {
    p.text('Meridian Express', 36, 24, { bold: true, size: 9, color: '#1d3f72' });
    p.text(m.person.name, 200, 24, { size: 8 });
    p.text(`Closing Date ${formatDate(m.periodEnd, 'MM/DD/YY')}`, 330, 24, { size: 8 });
    p.right(`Account Ending ${ending(m)}`, 576, 24, { size: 8 });
    p.rule(36, 576, 36);
    p.text(page === 2 ? 'Detail' : 'Detail Continued', 36, 46, { bold: true, size: 11 });
  }
  p.right(`p. ${page}/${pages}`, 576, 770, { size: 7 });
}

export const meridian: LayoutDef = {
  name: 'meridian',
  traits: {
    region: 'us',
    issuer: 'Meridian Express',
    card: 'amex',
    cashAdvances: false,
    balanceTransfers: false,
    midMonthCycle: true,
    aprPurchase: 21.24,
    aprCash: 29.99,
    fxFeeBps: 270,
  },
  size: [W, 792],
  fonts: 'standard',
  frame: { firstTop: null, top: 66, bottom: 755 },
  prints: { combinedPaymentsCredits: false, postDate: false, apr: true },
  order,
  rows,
  chrome,
  amountText: (amount) => usd(amount),
  pii: (m) => ({
    name: m.person.name,
    address: m.person.address,
    cardNumber: card(m),
    accountNumber: null,
    email: m.person.email,
    phone: m.person.phone,
    other: [ending(m)],
  }),
};
