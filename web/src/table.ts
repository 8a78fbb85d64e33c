/** The transaction table: sortable columns, a category filter, a search box and a CSV download. */
import type { Analysis } from '../../shared/schema.js';
import { transactionsCsv } from './csv.js';
import { byId, fill, h } from './dom.js';
import { date, money } from './format.js';
import { categoriesOf, type SortKey, type View, visibleRows } from './table-model.js';

type Tx = Analysis['transactions'][number];

let current: { txs: readonly Tx[]; currency: string | null } | null = null;
const view: View = { category: '', query: '', sort: 'date', descending: false };

/** Wires the controls once; the data comes later through showTransactions. */
export function initTable(): void {
  byId<HTMLInputElement>('tx-search').addEventListener('input', (e) => {
    view.query = (e.target as HTMLInputElement).value;
    draw();
  });
  byId<HTMLSelectElement>('tx-category').addEventListener('change', (e) => {
    view.category = (e.target as HTMLSelectElement).value;
    draw();
  });
  for (const btn of document.querySelectorAll<HTMLButtonElement>('#tx-table thead button[data-sort]')) {
    btn.addEventListener('click', () => {
      const key = btn.dataset.sort as SortKey;
      view.descending = view.sort === key ? !view.descending : key === 'amount';
      view.sort = key;
      draw();
    });
  }
  byId('tx-csv').addEventListener('click', download);
}

/** Shows these transactions with a fresh view (no filter, by date). */
export function showTransactions(txs: readonly Tx[], currency: string | null): void {
  current = { txs, currency };
  Object.assign(view, { category: '', query: '', sort: 'date', descending: false });
  byId<HTMLInputElement>('tx-search').value = '';
  const select = byId<HTMLSelectElement>('tx-category');
  fill(
    select,
    h('option', { value: '' }, 'All categories'),
    ...categoriesOf(txs).map((c) => h('option', { value: c }, c)),
  );
  draw();
}

/** Forgets the transactions (the page keeps nothing once the reader clears it). */
export function clearTransactions(): void {
  current = null;
  fill(byId('tx-body'));
}

function draw(): void {
  if (!current) return;
  const { txs, currency } = current;
  const rows = visibleRows(txs, view);
  fill(
    byId('tx-body'),
    ...rows.map((t) =>
      h(
        'tr',
        { class: t.amount < 0 ? 'credit' : null },
        h('td', { class: 'nowrap' }, date(t.date)),
        h(
          'td',
          {},
          h('span', { class: 'name' }, t.merchant),
          h('span', { class: 'sub' }, t.description),
          t.recurring ? h('span', { class: 'tag' }, 'recurring') : null,
        ),
        h('td', {}, t.category),
        h('td', { class: 'num' }, money(t.amount, currency)),
      ),
    ),
  );
  const shown =
    rows.length === txs.length
      ? `${txs.length} transactions`
      : `${rows.length} of ${txs.length} transactions`;
  fill(byId('tx-count'), shown);
  byId('tx-csv').textContent =
    rows.length === txs.length ? 'Download CSV' : `Download CSV (${rows.length} shown)`;
  for (const th of document.querySelectorAll<HTMLElement>('#tx-table thead th[data-col]')) {
    const sorted = th.dataset.col === view.sort;
    th.setAttribute('aria-sort', sorted ? (view.descending ? 'descending' : 'ascending') : 'none');
  }
}

/** The rows currently shown, as a CSV built here and handed to the browser as a download. */
function download(): void {
  if (!current) return;
  const csv = transactionsCsv(visibleRows(current.txs, view), current.currency);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: 'transactions.csv' });
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; revoking later frees the copy held in memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
