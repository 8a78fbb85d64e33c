/**
 * The readable combined view of many statements: months side by side, spending by category and by
 * merchant over time, subscriptions across statements, interest and fees in total, and the
 * statements that did not verify or could not be read.
 */
import type { CombinedView, CurrencyGroup } from '../schema-combined.js';
import { heading, money, padTo, table } from './format.js';

const WIDE = 10;
const VERIFIED_MARK = { verified: '✓', partial: '~', unverified: '✗' } as const;

function monthsTable(g: CurrencyGroup, m: (x: number) => string): string[] {
  const cols = g.months;
  const row = (label: string, values: string[], total = '') => [label, ...values, total];
  const rows = [
    row(
      '',
      cols.map((c) => c.label),
      'Total',
    ),
    row(
      'Verified',
      cols.map((c) => VERIFIED_MARK[c.verification]),
    ),
    row(
      'Transactions',
      cols.map((c) => String(c.transactions)),
      String(g.totals.transactions),
    ),
    row(
      'Spend',
      cols.map((c) => m(c.spend)),
      m(g.totals.spend),
    ),
    row(
      'Payments and credits',
      cols.map((c) => m(c.credits)),
      m(g.totals.credits),
    ),
    row(
      'Interest',
      cols.map((c) => m(c.interest)),
      m(g.totals.interest),
    ),
    row(
      'Fees',
      cols.map((c) => m(c.fees)),
      m(g.totals.fees),
    ),
    row(
      'New balance',
      cols.map((c) => (c.newBalance === null ? '—' : m(c.newBalance))),
    ),
  ];
  const right = new Set(rows[0]?.map((_, i) => i).filter((i) => i > 0));
  return [...heading('Months side by side'), ...table(rows, right)];
}

function series(
  title: string,
  g: CurrencyGroup,
  items: Array<{ name: string; amounts: number[]; total: number }>,
  m: (x: number) => string,
): string[] {
  if (items.length === 0) return [];
  const rows = [
    ['', ...g.months.map((c) => c.label), 'Total'],
    ...items.map((i) => [
      padTo(i.name, 24).trimEnd(),
      ...i.amounts.map((x) => (x === 0 ? '·' : m(x))),
      m(i.total),
    ]),
  ];
  return [...heading(title), ...table(rows, new Set(rows[0]?.map((_, i) => i).filter((i) => i > 0)))];
}

function subscriptions(g: CurrencyGroup, m: (x: number) => string): string[] {
  if (g.subscriptions.length === 0) return [];
  const rows = [
    ['Merchant', 'First seen', 'Last seen', 'Charges', 'Latest', 'Total', 'Price changes'],
    ...g.subscriptions.map((s) => [
      padTo(s.merchant, 24).trimEnd(),
      s.firstSeen,
      s.lastSeen,
      String(s.charges),
      m(s.latestAmount),
      m(s.total),
      s.priceChanges.map((p) => `${p.date}: ${m(p.from)} → ${m(p.to)}`).join('; ') || 'none',
    ]),
  ];
  return [...heading('Subscriptions across statements'), ...table(rows, new Set([3, 4, 5]))];
}

function group(g: CurrencyGroup, several: boolean): string[] {
  const m = (x: number) => money(x, g.currency);
  const out = several ? [...heading(`${g.currency} statements (${g.totals.statements})`)] : [];
  out.push(
    ...monthsTable(g, m),
    ...series(
      'Spending by category over time',
      g,
      g.categories.map((c) => ({ ...c, name: c.category })),
      m,
    ),
    ...series(
      `Top merchants over time`,
      g,
      g.merchants.map((x) => ({ ...x, name: x.merchant })),
      m,
    ),
    ...subscriptions(g, m),
    ...heading('Interest and fees in total'),
    `  Interest ${m(g.totals.interest)} and fees ${m(g.totals.fees)} over ${g.totals.statements} statement${g.totals.statements === 1 ? '' : 's'}: ${m(g.totals.interest + g.totals.fees)} paid for credit.`,
  );
  return out;
}

/** Renders the combined view as plain text; the columns are the statements, oldest first. */
export function renderCombined(view: CombinedView): string {
  const several = view.groups.length > 1;
  const statements = view.groups.reduce((s, g) => s + g.totals.statements, 0);
  const lines = [
    '',
    '═'.repeat(WIDE * 4),
    `Combined view of ${statements} statement${statements === 1 ? '' : 's'}`,
  ];
  for (const g of view.groups) lines.push(...group(g, several));
  if (view.notVerified.length > 0) {
    lines.push(...heading(`Statements that did not verify (${view.notVerified.length})`));
    lines.push('  Their figures are included above as read; treat them with care.');
    for (const n of view.notVerified)
      lines.push(
        `  ✗ ${n.file}${n.failedChecks.length ? `: ${n.failedChecks.join(', ')}` : ': no totals printed to check'}`,
      );
  }
  if (view.failed.length > 0) {
    lines.push(...heading(`Files that could not be read (${view.failed.length})`));
    for (const f of view.failed) lines.push(`  ${f.file}: ${f.error.code}: ${f.error.message}`);
  }
  lines.push('');
  return lines.join('\n');
}
