/** Filtering and sorting of the transaction table, kept apart from the DOM so it is easy to test. */
import type { Analysis } from '../../shared/schema.js';

type Tx = Analysis['transactions'][number];

export type SortKey = 'date' | 'merchant' | 'category' | 'amount';
export interface View {
  category: string;
  query: string;
  sort: SortKey;
  descending: boolean;
}

/** The rows a view shows, in its order; ties keep the statement's order. */
export function visibleRows(txs: readonly Tx[], v: View): Tx[] {
  const q = v.query.trim().toLowerCase();
  const rows = txs
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => !v.category || t.category === v.category)
    .filter(({ t }) => !q || `${t.description} ${t.merchant}`.toLowerCase().includes(q));
  const dir = v.descending ? -1 : 1;
  rows.sort((a, b) => dir * compare(a.t, b.t, v.sort) || a.i - b.i);
  return rows.map(({ t }) => t);
}

/** Categories present, in first-seen order. */
export function categoriesOf(txs: readonly Tx[]): string[] {
  return [...new Set(txs.map((t) => t.category))];
}

function compare(a: Tx, b: Tx, key: SortKey): number {
  if (key === 'amount') return a.amount - b.amount;
  return a[key].localeCompare(b[key]);
}
