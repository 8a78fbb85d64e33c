/** Fills the result sections from one Analysis: statement card, charts, merchants, subscriptions, insights. */
import type { Analysis } from '../../shared/schema.js';
import { renderStatementCard } from './card.js';
import { bars, colour, donut } from './charts.js';
import { spendingSeries, subscriptions } from './data.js';
import { byId, fill, h } from './dom.js';
import { date, money, percent, shortDate } from './format.js';

/** Renders every section except the transaction table. */
export function renderAnalysis(a: Analysis): void {
  renderStatementCard(a);
  renderCategories(a);
  renderOverTime(a);
  renderMerchants(a);
  renderSubscriptions(a);
  renderInsights(a);
}

/** Empties every section, so the statement's figures no longer exist in the page. */
export function clearAnalysis(): void {
  for (const id of [
    'issuer',
    'verified',
    'figures',
    'utilisation',
    'checks',
    'meta',
    'categories',
    'over-time',
    'merchants',
    'subs-total',
    'subs',
    'insights',
  ])
    fill(byId(id));
}

function renderCategories(a: Analysis): void {
  const cur = a.statement.currency;
  const cats = a.summary.byCategory;
  if (cats.length === 0) {
    fill(byId('categories'), h('p', { class: 'muted' }, 'No spending this period.'));
    return;
  }
  const chart = donut(
    cats.map((c) => ({
      label: c.category,
      value: c.amount,
      title: `${c.category}: ${money(c.amount, cur)}`,
    })),
    `Spending by category, ${cats.length} categories, total ${money(a.summary.totalSpend, cur)}`,
  );
  const legend = h(
    'ul',
    { class: 'legend' },
    ...cats.map((c, i) => {
      const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      sw.style.background = colour(i);
      return h(
        'li',
        {},
        sw,
        h('span', { class: 'name' }, c.category),
        h('span', { class: 'num' }, money(c.amount, cur)),
        h('span', { class: 'share' }, percent(c.share)),
      );
    }),
  );
  const centre = h(
    'div',
    { class: 'donut-wrap' },
    chart,
    h(
      'div',
      { class: 'donut-total' },
      h('span', {}, 'Total'),
      h('strong', { 'data-field': 'totalSpend' }, money(a.summary.totalSpend, cur)),
    ),
  );
  fill(byId('categories'), centre, legend);
}

function renderOverTime(a: Analysis): void {
  const cur = a.statement.currency;
  const { unit, buckets } = spendingSeries(a);
  fill(byId('over-time-unit'), unit === 'day' ? 'Charges per day' : 'Charges per week');
  if (buckets.length === 0) {
    fill(byId('over-time'), h('p', { class: 'muted' }, 'No dated transactions.'));
    return;
  }
  const chart = bars(buckets, {
    label: `Charges per ${unit}, ${buckets.length} ${unit}s from ${date(buckets[0]?.start)}`,
    amountText: (n) => money(n, cur),
    dateText: shortDate,
    title: (b) =>
      `${b.start === b.end ? date(b.start) : `${date(b.start)} – ${date(b.end)}`}: ${money(b.amount, cur)}`,
  });
  const avg = a.summary.dailyAverage;
  fill(
    byId('over-time'),
    chart,
    avg === null ? null : h('p', { class: 'sub' }, `Daily average ${money(avg, cur)}`),
  );
}

function renderMerchants(a: Analysis): void {
  const cur = a.statement.currency;
  const top = a.summary.topMerchants;
  const max = Math.max(0, ...top.map((m) => m.amount));
  fill(
    byId('merchants'),
    ...top.map((m) => {
      const bar = h('span', { class: 'hbar-fill' });
      bar.style.width = `${max > 0 ? (m.amount / max) * 100 : 0}%`;
      return h(
        'li',
        {},
        h('span', { class: 'name' }, m.merchant),
        h('span', { class: 'num' }, `${money(m.amount, cur)} · ${m.count}×`),
        h('span', { class: 'hbar', 'aria-hidden': 'true' }, bar),
      );
    }),
  );
  if (top.length === 0) fill(byId('merchants'), h('li', { class: 'muted' }, 'No purchases this period.'));
}

function renderSubscriptions(a: Analysis): void {
  const rows = subscriptions(a);
  const insight = a.insights.find((i) => i.kind === 'subscriptions');
  fill(byId('subs-total'), insight ? insight.title : 'No subscriptions found.');
  fill(
    byId('subs'),
    ...rows.map((r) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, r.merchant),
        h('td', {}, r.monthly),
        h('td', {}, r.yearly),
        h('td', { class: 'sub' }, r.note),
      ),
    ),
  );
  byId('subs-table').hidden = rows.length === 0;
}

const SEVERITY_LABEL: Record<string, string> = { alert: 'Alert', warning: 'Warning', info: 'Info' };

function renderInsights(a: Analysis): void {
  fill(
    byId('insights'),
    ...a.insights.map((i) =>
      h(
        'li',
        { class: `insight ${i.severity}`, 'data-severity': i.severity },
        h('span', { class: `sev ${i.severity}` }, SEVERITY_LABEL[i.severity] ?? i.severity),
        h('div', {}, h('strong', {}, i.title), h('p', {}, i.detail)),
      ),
    ),
  );
  if (a.insights.length === 0)
    fill(byId('insights'), h('li', { class: 'muted' }, 'Nothing to flag this period.'));
}
