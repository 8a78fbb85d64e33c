/** Every transaction of every statement as CSV (RFC 4180), one row each, with the statement it came from. */
import type { StatementOutcome } from '../schema-combined.js';

const HEADER = [
  'file',
  'issuer',
  'card_last4',
  'currency',
  'period_start',
  'period_end',
  'date',
  'post_date',
  'description',
  'merchant',
  'category',
  'type',
  'amount',
  'recurring',
  'foreign_amount',
  'foreign_currency',
];

/** Quotes a field when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV document (header first, CRLF line ends); statements that failed have no rows. */
export function renderCsv(outcomes: readonly StatementOutcome[]): string {
  const lines = [HEADER.join(',')];
  for (const o of outcomes) {
    if (!('analysis' in o)) continue;
    const s = o.analysis.statement;
    for (const t of o.analysis.transactions) {
      lines.push(
        [
          o.file,
          s.issuer,
          s.cardLast4,
          s.currency,
          s.periodStart,
          s.periodEnd,
          t.date,
          t.postDate,
          t.description,
          t.merchant,
          t.category,
          t.type,
          // Numbers are written as numbers: a negative amount is data, not a formula.
          t.amount.toFixed(2),
          t.recurring,
          t.foreign ? t.foreign.amount.toFixed(2) : null,
          t.foreign?.currency ?? null,
        ]
          .map((v, i) => (i === 12 || i === 14 ? (v ?? '') : csvField(v as string | boolean | null)))
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
