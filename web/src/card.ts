/** The statement card: issuer, period, balance, minimum, due date, utilisation, and the reconciliation badge. */
import type { Analysis } from '../../shared/schema.js';
import { byId, fill, h } from './dom.js';
import { date, money, percent, relativeDays, todayIso } from './format.js';

/** Fills the card from one Analysis. */
export function renderStatementCard(a: Analysis): void {
  renderCard(a);
  renderChecks(a);
}

/** One figure; `raw` (the JSON value) rides along in data-value so tests can compare without parsing text. */
function field(name: string, label: string, value: string, raw: unknown, extra?: Node | null): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('dt', {}, label),
    h('dd', { 'data-field': name, 'data-value': JSON.stringify(raw ?? null) }, value),
    extra ?? null,
  );
}

function renderCard(a: Analysis): void {
  const st = a.statement;
  const cur = st.currency;
  const issuer = [st.issuer ?? 'Unknown issuer', st.cardLast4 ? `card ending ${st.cardLast4}` : null]
    .filter(Boolean)
    .join(' · ');
  fill(byId('issuer'), issuer);
  const period = st.periodStart || st.periodEnd ? `${date(st.periodStart)} – ${date(st.periodEnd)}` : '—';
  const due = st.dueDate
    ? h('span', { class: 'sub', 'data-field': 'daysLeft' }, relativeDays(st.dueDate, todayIso()))
    : null;
  fill(
    byId('figures'),
    field('period', 'Period', period, [st.periodStart, st.periodEnd]),
    field('newBalance', 'New balance', money(st.newBalance, cur), st.newBalance),
    field('minimumPayment', 'Minimum payment', money(st.minimumPayment, cur), st.minimumPayment),
    field('dueDate', 'Due date', date(st.dueDate), st.dueDate, due),
  );
  renderUtilisation(st.newBalance, st.creditLimit, cur);
}

function renderUtilisation(balance: number | null, limit: number | null, cur: string | null): void {
  const box = byId('utilisation');
  if (balance === null || limit === null || limit <= 0) {
    fill(box, h('p', { class: 'muted' }, 'Credit utilisation: the statement shows no credit limit.'));
    return;
  }
  const share = Math.max(0, balance / limit);
  const level = share >= 0.7 ? 'high' : share >= 0.3 ? 'mid' : 'low';
  const bar = h('div', { class: `meter-fill ${level}` });
  // CSSOM writes are allowed by the page's CSP, unlike style attributes in markup.
  bar.style.width = `${Math.min(100, share * 100)}%`;
  fill(
    box,
    h(
      'div',
      { class: 'meter-label' },
      h('span', {}, 'Credit utilisation'),
      h('strong', { 'data-field': 'utilisation' }, percent(share)),
    ),
    h(
      'div',
      {
        class: 'meter',
        role: 'meter',
        'aria-label': 'Credit utilisation',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(share * 100),
      },
      bar,
    ),
    h('p', { class: 'sub' }, `${money(balance, cur)} of ${money(limit, cur)} limit`),
  );
}

function renderChecks(a: Analysis): void {
  const badge = byId('verified');
  const failed = a.checks.details.filter((d) => !d.ok);
  if (a.checks.level === 'verified') {
    badge.className = 'badge ok';
    fill(badge, '✓ Verified: totals reconcile');
  } else if (a.checks.level === 'partial') {
    badge.className = 'badge bad';
    fill(badge, '~ Partly checked: the checks that ran hold, but not every figure is proven');
  } else {
    badge.className = 'badge bad';
    const gaps = a.checks.gaps.length > 0 ? a.checks.gaps : failed.map((d) => d.name);
    fill(badge, `⚠ Not verified: ${gaps.join('; ') || 'the totals could not be checked'}`);
  }
  const cur = a.statement.currency;
  fill(
    byId('checks'),
    ...a.checks.details.map((d) =>
      h(
        'li',
        { class: d.ok ? 'ok' : 'bad' },
        `${d.ok ? '✓' : '✗'} ${d.name}: expected ${money(d.expected, cur)}, found ${money(d.actual, cur)}`,
      ),
    ),
  );
  const m = a.meta;
  const engine =
    m.engine === 'local' ? 'local engine' : `${m.engine} engine${m.model ? ` (${m.model})` : ''}`;
  fill(
    byId('meta'),
    `${m.pages} page${m.pages === 1 ? '' : 's'} · ${engine} · ${(m.timings.totalMs / 1000).toFixed(1)} s${m.degraded ? ' · degraded: the AI engine was unavailable' : ''}`,
  );
}
