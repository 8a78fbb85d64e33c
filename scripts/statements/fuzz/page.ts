/**
 * Everything on a fuzzed page except the summary and the table: the issuer's header with the
 * statement facts, the address block with the planted personal data and greeting, the APR line,
 * footers, and the decoy tables (rewards points, an interest example, an EMI schedule, YTD totals)
 * whose figures are not the statement's.
 */
import { paymentInfo, printedCard } from './expected.js';
import type { FuzzModel } from './model.js';
import type { FuzzPainter } from './painter.js';
import { formatDay, formatNumber, summaryValue, withMark } from './printing.js';
import type { Block } from './summary.js';
import { vocabulary } from './vocabulary.js';

/** Label/value lines at the top right of page 1. */
function factLines(m: FuzzModel): string[] {
  const l = m.layout;
  const d = (iso: string): string => formatDay(l, iso, l.summaryDateFormat);
  const out: string[] = [];
  if (l.periodStyle === 'range')
    out.push(
      `${l.labels.statementPeriod}: ${periodStart(l, d(m.periodStart))} ${l.periodJoin} ${d(m.periodEnd)}`,
    );
  else out.push(`${l.labels.statementDate}: ${d(m.periodEnd)}`);
  out.push(`${l.labels.cardNumber}: ${printedCard(m, (m.cards[0] as { digits: string }).digits)}`);
  if (l.pii.accountNumber) out.push(`${l.labels.accountNumber}: ${m.accountNumber}`);
  if (l.pii.customerNumber) out.push(`${l.labels.customerNumber}: ${m.customerNumber}`);
  if (l.pii.bankId && m.bankId) out.push(`${m.bankId.label}: ${m.bankId.value}`);
  return out;
}

/** The period's first date, without its year where the layout prints the year once ("6 Jan", "Jan 06"). */
function periodStart(l: FuzzModel['layout'], printed: string): string {
  return l.periodYearOnce ? printed.replace(/,? \d{4}$/, '') : printed;
}

/** The height the page-1 header takes. */
export function headerHeight(m: FuzzModel): number {
  return 36 + Math.max(3, factLines(m).length + 1) * m.layout.fontSize * 1.5;
}

/** Header and footer of every page. */
export function drawChrome(
  p: FuzzPainter,
  m: FuzzModel,
  page: number,
  pages: number,
  size: readonly [number, number],
): void {
  const l = m.layout;
  const [w, h] = size;
  const lh = l.fontSize * 1.5;
  if (page === 1) {
    p.text(l.issuer, 40, 32, { bold: true, size: 15 });
    p.text(l.title, 40, 54, { size: l.fontSize + 1 });
    // Long facts (a period with long month names in Courier) shrink to stay on the page.
    const room = w / 2 - 60;
    factLines(m).forEach((s, i) => {
      const size = Math.min(l.fontSize, (l.fontSize * room) / Math.max(1, p.width(s)));
      p.text(s, w / 2 + 20, 32 + i * lh, { size });
    });
  } else {
    p.text(l.issuer, 40, 28, { bold: true, size: 10 });
    p.right(`${m.cards[0]?.holder ?? ''} - XXXX ${(m.cards[0]?.digits ?? '').slice(-4)}`, w - 40, 28);
  }
  p.rule(40, w - 40, h - 42);
  p.text(`${l.issuer} (fictional issuer)`, 40, h - 36, { size: 6 });
  p.right(`${vocabulary(l.language).page} ${page} / ${pages}`, w - 40, h - 36, { size: 6.5 });
}

/** The top of the table on pages after the first. */
export const LATER_TOP = 52;

/** The cardholder's address block, greeting and contact details. */
export function addressBlock(m: FuzzModel): Block {
  const l = m.layout;
  const lh = l.fontSize * 1.5;
  const lines: Array<{ s: string; bold?: boolean }> = [
    { s: m.name, bold: true },
    ...m.address.map((s) => ({ s })),
  ];
  const contact: string[] = [];
  if (l.pii.email) contact.push(`${l.labels.email}: ${m.email}`);
  contact.push(`${l.labels.phone}: ${m.phone}`);
  const after: string[] = [...contact];
  if (m.greeting) after.push('', m.greeting);
  return {
    height: lh * (lines.length + after.length + 1.5),
    draw: (p, x, y) => {
      lines.forEach((line, i) => {
        p.text(line.s, x, y + i * lh, { bold: line.bold ?? false, size: l.fontSize + 1 });
      });
      after.forEach((s, i) => {
        p.text(s, x, y + (lines.length + 0.5 + i) * lh);
      });
    },
  };
}

/** The APR line, when the layout prints rates. */
export function aprBlock(m: FuzzModel): Block | null {
  const l = m.layout;
  if (!l.apr) return null;
  const rate = (r: number): string => {
    const s = r.toFixed(2);
    return l.amountFormat === 'comma-dot' ||
      l.amountFormat === 'indian' ||
      l.amountFormat === 'apostrophe-dot' ||
      l.amountFormat === 'plain-dot'
      ? `${s}%`
      : `${s.replace('.', ',')} %`;
  };
  const text = `${l.labels.aprPurchases}: ${rate(m.apr.purchase)}    ${l.labels.aprCash}: ${rate(m.apr.cashAdvance)}`;
  return { height: l.fontSize * 2.2, draw: (p, x, y) => p.text(text, x, y) };
}

/** The decoy tables the layout draws: figures a parser must not take for the statement's. */
export function decoyBlocks(m: FuzzModel): Block[] {
  const l = m.layout;
  const v = vocabulary(l.language);
  const lh = l.fontSize * 1.5;
  const money = (c: number): string => withMark(l, formatNumber(l, c));
  const whole = (n: number): string => formatNumber({ amountFormat: l.amountFormat, decimals: 0 }, n * 100);
  /**
   * A titled table: the first cell of each row at the left, the others right-aligned at `right(c)`.
   * A header row (the first, when there are more than two) is bold, at `headerSize` when given.
   */
  const table = (
    title: string,
    rows: string[][],
    right: (c: number) => number = (c) => 150 + c * 90,
    headerSize?: number,
  ): Block => ({
    height: lh * (rows.length + 2.2),
    draw: (p, x, y) => {
      p.text(title, x, y, { bold: true });
      rows.forEach((cells, r) => {
        const header = r === 0 && rows.length > 2;
        const style = { bold: header, size: header ? headerSize : undefined };
        cells.forEach((s, c) => {
          if (c === 0) p.text(s, x, y + (r + 1.2) * lh, style);
          else p.right(s, x + right(c), y + (r + 1.2) * lh, style);
        });
      });
    },
  });
  const out: Block[] = [];
  for (const d of l.decoys) {
    if (d === 'rewards') {
      const [title, open, earned, redeemed, close] = v.rewards;
      const r = m.rewards;
      out.push(
        table(title, [
          [open, whole(r.opening)],
          [earned, whole(r.earned)],
          [redeemed, whole(r.redeemed)],
          [close, whole(r.closing)],
        ]),
      );
    } else if (d === 'ytd') {
      const [title, fees, interest] = v.ytd;
      const year = m.periodEnd.slice(0, 4);
      out.push(
        table(title, [
          [fees.replace('{year}', year), money(m.ytd.fees)],
          [interest.replace('{year}', year), money(m.ytd.interest)],
        ]),
      );
    } else if (d === 'interest-table') {
      // Balances subject to interest are not the period's purchases; the APRs are the box's.
      const [title, type, apr, subject, charge] = v.interestTable;
      const pct = (r: number): string =>
        `${formatNumber({ amountFormat: l.amountFormat, decimals: 2 }, Math.round(r * 100))}%`;
      const subjectTo = Math.round((m.totals.previousBalance * 0.83) / 100) * 100;
      const rows = [
        [type, apr, subject, charge],
        [l.labels.purchases, pct(m.apr.purchase), money(subjectTo), money(m.totals.interest)],
        [l.labels.cashAdvances, pct(m.apr.cashAdvance), money(0), money(0)],
      ];
      // Wider columns and smaller headers than the other decoys: "Balance Subject to Interest Rate".
      const right = [0, 250, 390, 500];
      out.push(table(title, rows, (c) => right[c] ?? 0, 6.5));
    } else if (d === 'emi-schedule') {
      const [title, inst, principal, interest, outstanding] = v.emi;
      out.push(
        table(title, [
          [inst, principal, interest, outstanding],
          ...m.emiSchedule.map((e) => [
            `${e.n}/12`,
            formatNumber(l, e.principal),
            formatNumber(l, e.interest),
            formatNumber(l, e.outstanding),
          ]),
        ]),
      );
    } else {
      const text = v.interestExample
        .replace('{amount}', money(m.example.amount))
        .replace('{interest}', money(m.example.interest))
        .replace('{rate}', '36');
      out.push({
        height: lh * 2,
        draw: (p, x, y) => {
          const base = l.fontSize - 0.5;
          p.text(text, x, y, {
            size: Math.min(base, (base * 510) / Math.max(1, p.width(text, { size: base }))),
          });
        },
      });
    }
  }
  return out;
}

/**
 * Round 13: the payment coupon that closes a mailed statement, after a dashed tear line. It repeats
 * the account (masked as the header masks it), the new balance, the minimum payment and its due date
 * (those the layout prints), leaves "Amount Enclosed" blank, and prints the holder's name and
 * address again beside the issuer's remittance address: figures a parser must agree with, and
 * personal data in a second place a redactor must find.
 */
export function couponBlocks(m: FuzzModel): Block[] {
  const l = m.layout;
  if (!l.coupon) return [];
  const lh = l.fontSize * 1.5;
  const info = paymentInfo(m);
  const money = (c: number): string => withMark(l, formatNumber(l, c));
  const pairs: Array<[string, string]> = [[l.labels.newBalance, summaryValue(l, m.totals.newBalance)]];
  if (info.minimumPayment !== null) pairs.push([l.labels.minimumPayment, money(info.minimumPayment)]);
  if (info.dueDate !== null) pairs.push([l.labels.dueDate, formatDay(l, info.dueDate, l.summaryDateFormat)]);
  pairs.push(['Amount Enclosed', `${l.currencyMark.startsWith('symbol') ? l.currencyText : ''}__________`]);
  const card = printedCard(m, (m.cards[0] as { digits: string }).digits);
  const holder = [m.name, ...m.address];
  const rows = Math.max(pairs.length, holder.length + 2);
  return [
    {
      height: lh * (rows + 3.5),
      draw: (p, x, y) => {
        p.text('- '.repeat(60), x, y, { size: 6 });
        p.text('Please detach and return this portion with your payment', x, y + lh, {
          size: l.fontSize - 1,
        });
        p.text(`${l.labels.cardNumber}: ${card}`, x, y + lh * 2.2);
        holder.forEach((s, i) => {
          p.text(s, x, y + lh * (3.4 + i));
        });
        p.text(
          `${l.issuer} Payments, P.O. Box 6294, Carol Stream IL 60197`,
          x,
          y + lh * (3.6 + holder.length),
          {
            size: l.fontSize - 1,
          },
        );
        pairs.forEach(([label, value], i) => {
          p.text(label, x + 290, y + lh * (2.2 + i));
          p.right(value, x + 510, y + lh * (2.2 + i));
        });
      },
    },
  ];
}
