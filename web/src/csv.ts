/** The transactions as a CSV file, built in the browser: nothing is sent anywhere to make it. */
import type { Analysis } from '../../shared/schema.js';

type Tx = Analysis['transactions'][number];

/** Column names, in order. */
export const CSV_HEADER = [
  'date',
  'post_date',
  'description',
  'merchant',
  'category',
  'type',
  'amount',
  'currency',
  'recurring',
  'foreign_amount',
  'foreign_currency',
] as const;

/** RFC 4180 text (CRLF line ends) with one row per transaction after the header. */
export function transactionsCsv(txs: readonly Tx[], currency: string | null): string {
  const rows = txs.map((t) => [
    t.date,
    t.postDate ?? '',
    text(t.description),
    text(t.merchant),
    text(t.category),
    t.type,
    t.amount.toFixed(2),
    currency ?? '',
    t.recurring ? 'yes' : 'no',
    t.foreign ? t.foreign.amount.toFixed(2) : '',
    t.foreign?.currency ?? '',
  ]);
  return `${[[...CSV_HEADER], ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function text(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function quote(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
