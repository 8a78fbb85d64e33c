/**
 * The combined view of many statements: months side by side, spending by category and merchant
 * over time, subscriptions across statements, interest and fees in total, and the statements that
 * did not verify or could not be read. Pure; sums are taken in integer cents, so every total is
 * exactly the sum of the statements' own figures.
 */
import { SPEND_TYPES } from '../analysis/summary.js';
import type { Category } from '../analysis/types.js';
import type { Analysis } from '../schema.js';
import type { CombinedView, CurrencyGroup, MonthColumn, StatementOutcome } from '../schema-combined.js';
import { failedChecks, verificationOf } from '../verification.js';
import { cents, trackSubscriptions } from './subscriptions.js';

/** Merchants shown over time: the biggest by total spend. */
const TOP_MERCHANTS = 10;

interface Entry {
  file: string;
  analysis: Analysis;
}

/** When a statement closed: its printed period end, else its last transaction. */
function closingDate(a: Analysis): string {
  return (
    a.statement.periodEnd ??
    (a.transactions
      .map((t) => t.date)
      .sort()
      .at(-1) ||
      '')
  );
}

function sumCents(a: Analysis, keep: (t: Analysis['transactions'][number]) => boolean): number {
  return a.transactions.reduce((sum, t) => (keep(t) ? sum + cents(t.amount) : sum), 0);
}

function column(e: Entry, label: string): MonthColumn {
  const a = e.analysis;
  return {
    label,
    file: e.file,
    cardLast4: a.statement.cardLast4,
    periodStart: a.statement.periodStart,
    periodEnd: a.statement.periodEnd,
    verification: verificationOf(a),
    transactions: a.transactions.length,
    spend: a.summary.totalSpend,
    credits: a.summary.totalCredits,
    // Interest and fees as charged in the transactions (net of their reversals), the same base as spend.
    interest: sumCents(a, (t) => t.type === 'interest') / 100,
    fees: sumCents(a, (t) => t.type === 'fee') / 100,
    newBalance: a.statement.newBalance,
  };
}

/** Column labels: the closing month, with the card when a folder mixes cards, numbered when still equal. */
function labels(entries: readonly Entry[]): string[] {
  const cards = new Set(entries.map((e) => e.analysis.statement.cardLast4));
  const base = entries.map((e) => {
    const month = closingDate(e.analysis).slice(0, 7) || 'undated';
    const card = e.analysis.statement.cardLast4;
    return cards.size > 1 && card ? `${month} ••${card}` : month;
  });
  return base.map((label, i) => {
    const same = base.filter((b) => b === label).length;
    return same > 1 ? `${label} #${base.slice(0, i + 1).filter((b) => b === label).length}` : label;
  });
}

function group(currency: string | null, entries: Entry[]): CurrencyGroup {
  entries.sort((x, y) => closingDate(x.analysis).localeCompare(closingDate(y.analysis)));
  const names = labels(entries);
  const months = entries.map((e, i) => column(e, names[i] as string));
  const categories = new Map<Category, number[]>();
  const merchants = new Map<string, { amounts: number[]; count: number }>();
  entries.forEach(({ analysis }, i) => {
    for (const t of analysis.transactions) {
      // The same transactions as each statement's own category table and top merchants.
      if (SPEND_TYPES.has(t.type) && t.category !== 'Payments & Credits') {
        const row = categories.get(t.category) ?? new Array<number>(entries.length).fill(0);
        row[i] = (row[i] as number) + cents(t.amount);
        categories.set(t.category, row);
      }
      if (t.type === 'purchase' && t.amount > 0) {
        const m = merchants.get(t.merchant) ?? {
          amounts: new Array<number>(entries.length).fill(0),
          count: 0,
        };
        m.amounts[i] = (m.amounts[i] as number) + cents(t.amount);
        m.count += 1;
        merchants.set(t.merchant, m);
      }
    }
  });
  const total = (row: number[]) => row.reduce((s, x) => s + x, 0);
  const major = (row: number[]) => row.map((x) => x / 100);
  const sum = (pick: (m: MonthColumn) => number) => months.reduce((s, m) => s + cents(pick(m)), 0) / 100;
  return {
    currency,
    months,
    categories: [...categories]
      .map(([category, row]) => ({ category, amounts: major(row), total: total(row) / 100 }))
      .sort((x, y) => y.total - x.total || x.category.localeCompare(y.category)),
    merchants: [...merchants]
      .map(([merchant, m]) => ({
        merchant,
        amounts: major(m.amounts),
        total: total(m.amounts) / 100,
        count: m.count,
      }))
      .sort((x, y) => y.total - x.total || y.count - x.count || x.merchant.localeCompare(y.merchant))
      .slice(0, TOP_MERCHANTS),
    subscriptions: trackSubscriptions(entries.map((e) => e.analysis)),
    totals: {
      statements: entries.length,
      transactions: months.reduce((s, m) => s + m.transactions, 0),
      spend: sum((m) => m.spend),
      credits: sum((m) => m.credits),
      interest: sum((m) => m.interest),
      fees: sum((m) => m.fees),
    },
  };
}

/** Builds the combined view from every input's outcome (Analyses and errors, in input order). */
export function combineStatements(outcomes: readonly StatementOutcome[]): CombinedView {
  // Statements that print no currency form a group of their own (null): never added to another's.
  const byCurrency = new Map<string | null, Entry[]>();
  const view: CombinedView = { groups: [], notVerified: [], failed: [] };
  for (const o of outcomes) {
    if ('error' in o) {
      view.failed.push({ file: o.file, error: o.error });
      continue;
    }
    const currency = o.analysis.statement.currency;
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), { file: o.file, analysis: o.analysis }]);
    const verification = verificationOf(o.analysis);
    if (verification !== 'verified')
      view.notVerified.push({ file: o.file, verification, failedChecks: failedChecks(o.analysis) });
  }
  // The currency with the most statements first.
  view.groups = [...byCurrency]
    .sort((x, y) => y[1].length - x[1].length || (x[0] ?? '').localeCompare(y[0] ?? ''))
    .map(([currency, entries]) => group(currency, entries));
  return view;
}
