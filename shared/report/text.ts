/**
 * The readable report for a person on the command line: the statement card, whether the numbers
 * reconcile, the spending breakdown and insights, then every transaction in a table.
 */
import type { Analysis } from '../schema.js';
import { figuresTrusted, verificationOf } from '../verification.js';
import { heading, money, padTo, right } from './format.js';
import { renderSpending } from './spending.js';

/** Renders the whole Analysis as plain text (no colours, fits 100 columns). */
export function renderReport(a: Analysis): string {
  return [...statementCard(a), ...checks(a), ...renderSpending(a), ...transactionTable(a), ''].join('\n');
}

/** "statement 2026-01-01 to 2026-01-31", "period ending 2023-10-09", "period starting …" or "unknown period". */
export function periodText(s: Pick<Analysis['statement'], 'periodStart' | 'periodEnd'>): string {
  if (s.periodStart && s.periodEnd) return `statement ${s.periodStart} to ${s.periodEnd}`;
  if (s.periodEnd) return `period ending ${s.periodEnd}`;
  if (s.periodStart) return `period starting ${s.periodStart}`;
  return 'unknown period';
}

/** The one-line verdict of the checks; the only place that words a verification level. */
export function verdict(a: Pick<Analysis, 'checks'>): string {
  switch (verificationOf(a)) {
    case 'verified':
      return '✓ Verified: the totals reconcile to the cent.';
    case 'partial':
      return '~ Partly verified: the checks that could run hold, but both balances and the whole movement between them are needed to verify.';
    default:
      return a.checks.details.length === 0
        ? '? Not verified: the statement prints no totals to check the transactions against.'
        : '✗ Not reconciled: some printed totals do not match (see below).';
  }
}

function statementCard(a: Analysis): string[] {
  const s = a.statement;
  const c = s.currency;
  const card = s.cardLast4 ? ` •••• ${s.cardLast4}` : '';
  const rows: Array<[string, number | null]> = [
    ['Previous balance', s.previousBalance],
    ['Payments', s.payments === null ? null : -s.payments],
    ['Other credits', s.credits === null ? null : -s.credits],
    ['Purchases', s.purchases],
    ['Cash advances', s.cashAdvances],
    ['Balance transfers', s.balanceTransfers],
    ['Fees', s.fees],
    ['Interest', s.interest],
    ['New balance', s.newBalance],
  ];
  const lines = [`${s.issuer ?? 'Credit card'}${card} — ${periodText(s)} (${c})`];
  lines.push(...heading(figuresTrusted(a) ? 'Summary' : 'Summary (as printed, not verified)'));
  for (const [label, value] of rows)
    if (value !== null) lines.push(`  ${padTo(label, 22)}${right(money(value, c), 16)}`);
  const extra: Array<[string, string | null]> = [
    ['Minimum payment', s.minimumPayment === null ? null : money(s.minimumPayment, c)],
    ['Payment due', s.dueDate],
    ['Credit limit', s.creditLimit === null ? null : money(s.creditLimit, c)],
    ['Available credit', s.availableCredit === null ? null : money(s.availableCredit, c)],
    ['Purchase APR', s.apr.purchase === null ? null : `${s.apr.purchase}%`],
    ['Cash advance APR', s.apr.cashAdvance === null ? null : `${s.apr.cashAdvance}%`],
  ];
  for (const [label, value] of extra)
    if (value !== null) lines.push(`  ${padTo(label, 22)}${right(value, 16)}`);
  return lines;
}

function checks(a: Analysis): string[] {
  const c = a.statement.currency;
  const lines = [...heading('Checks'), `  ${verdict(a)}`];
  for (const gap of a.checks.gaps) lines.push(`    – ${gap}`);
  for (const d of a.checks.details) {
    const mark = d.ok ? '✓' : '✗';
    const diff = d.ok ? '' : `  (statement ${money(d.expected, c)}, found ${money(d.actual, c)})`;
    lines.push(`  ${mark} ${d.name}${diff}`);
  }
  return lines;
}

function transactionTable(a: Analysis): string[] {
  const c = a.statement.currency;
  const lines = heading(`Transactions (${a.transactions.length})`);
  lines.push(
    `  ${padTo('Date', 11)}${padTo('Description', 44)}${padTo('Category', 24)}${right('Amount', 14)}`,
  );
  for (const t of a.transactions) {
    const mark = t.recurring ? ' ↻' : '';
    lines.push(
      `  ${padTo(t.date, 11)}${padTo(t.description + mark, 44)}${padTo(t.category, 24)}${right(money(t.amount, c), 14)}`,
    );
  }
  return lines;
}
