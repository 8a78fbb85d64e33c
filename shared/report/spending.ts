/**
 * The spending part of the readable text report: totals, category breakdown with bars, top
 * merchants, subscriptions and insights by severity. Plain text, no colours; amounts right-aligned
 * per table. Advice resting on figures the checks did not verify is left out or hedged, and says so.
 */
import type { Analysis } from '../schema.js';
import { figuresTrusted } from '../verification.js';
import { money as formatMoney, heading, sharesOf, table } from './format.js';

const BAR_WIDTH = 20;
const WRAP_AT = 96;
const SEVERITIES = [
  ['alert', 'Alerts'],
  ['warning', 'Warnings'],
  ['info', 'Good to know'],
] as const;

/** Insights that are only as true as the printed balance, limit, minimum and APR: left out when those did not verify. */
const NEEDS_VERIFIED_FIGURES: Readonly<Record<string, string>> = {
  utilization: 'credit utilisation',
  minimum_payment: 'the cost of paying only the minimum',
};
/** Insights that quote a printed figure but still help (a due date): kept, with a hedge. */
const QUOTES_PRINTED_FIGURES = new Set(['due_date']);

type Money = (major: number) => string;

function bar(share: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH)));
  // A non-zero share always shows at least one mark, so small categories stay visible.
  const marks = filled === 0 && share > 0 ? 1 : filled;
  return '#'.repeat(marks) + '.'.repeat(BAR_WIDTH - marks);
}

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WRAP_AT) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function totals(a: Analysis, money: Money): string[] {
  const s = a.summary;
  const rows: string[][] = [
    ['Total spend', money(s.totalSpend)],
    ['Payments and credits', money(s.totalCredits)],
  ];
  if (s.dailyAverage !== null) rows.push(['Daily average', money(s.dailyAverage)]);
  if (s.largest)
    rows.push(['Largest purchase', money(s.largest.amount), `${s.largest.date} ${s.largest.description}`]);
  return [...heading('Spending'), ...table(rows, new Set([1]))];
}

/**
 * Shares are of the table's own total (the categories that add to spending), so they add up to
 * 100.0% and the total row shows what they are a share of; refunds are netted per category.
 */
function categories(a: Analysis, money: Money): string[] {
  const cats = a.summary.byCategory;
  if (cats.length === 0) return [];
  const positive = cats.map((c) => Math.max(0, Math.round(c.amount * 100)));
  const shares = sharesOf(positive);
  const rows = cats.map((c, i) => {
    const share = c.amount > 0 ? (shares[i] as number) : null;
    return [
      c.category,
      money(c.amount),
      share === null ? '—' : `${share.toFixed(1)}%`,
      bar((share ?? 0) / 100),
      String(c.count),
    ];
  });
  const base = positive.reduce((s, x) => s + x, 0) / 100;
  const count = cats.reduce((s, c) => s + c.count, 0);
  // Total spend nets refunds; the categories count charges, so their total can be the larger.
  const label = base === a.summary.totalSpend ? 'Total' : 'Total before refunds';
  return [
    ...heading('Spending by category'),
    ...table(
      [
        ['Category', 'Amount', 'Share', '', 'Count'],
        ...rows,
        [label, money(base), '100.0%', '', String(count)],
      ],
      new Set([1, 2, 4]),
    ),
  ];
}

function merchants(a: Analysis, money: Money): string[] {
  if (a.summary.topMerchants.length === 0) return [];
  const rows = a.summary.topMerchants.map((m) => [m.merchant, money(m.amount), String(m.count)]);
  return [...heading('Top merchants'), ...table([['Merchant', 'Amount', 'Count'], ...rows], new Set([1, 2]))];
}

function subscriptions(a: Analysis, money: Money): string[] {
  const byMerchant = new Map<string, { cents: number; count: number }>();
  for (const t of a.transactions) {
    if (!t.recurring) continue;
    const entry = byMerchant.get(t.merchant) ?? { cents: 0, count: 0 };
    entry.cents += Math.round(t.amount * 100);
    entry.count += 1;
    byMerchant.set(t.merchant, entry);
  }
  if (byMerchant.size === 0) return [];
  const rows = [...byMerchant].map(([merchant, e]) => [merchant, money(e.cents / 100), String(e.count)]);
  return [
    ...heading('Subscriptions and recurring charges'),
    ...table([['Merchant', 'This period', 'Charges'], ...rows], new Set([1, 2])),
  ];
}

function insights(a: Analysis): string[] {
  const trusted = figuresTrusted(a);
  const shown = trusted ? a.insights : a.insights.filter((i) => !(i.kind in NEEDS_VERIFIED_FIGURES));
  const omitted = [
    ...new Set(a.insights.filter((i) => !shown.includes(i)).map((i) => NEEDS_VERIFIED_FIGURES[i.kind])),
  ];
  const out: string[] = [];
  for (const [severity, title] of SEVERITIES) {
    const group = shown.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    out.push(`  ${title} (${group.length})`);
    for (const i of group) {
      const hedge =
        !trusted && QUOTES_PRINTED_FIGURES.has(i.kind) ? ' (Amounts as printed: not verified.)' : '';
      out.push(`    - ${i.title}`, ...wrap(i.detail + hedge, '      '));
    }
  }
  if (omitted.length > 0)
    out.push(
      ...wrap(
        `Left out: ${omitted.join(' and ')}, because the statement's totals did not verify, so the balance, limit and rates read from it may be wrong.`,
        '  ',
      ),
    );
  return out.length > 0 ? [...heading('Insights'), ...out] : [];
}

/** Lines of the report's spending sections, each starting with its heading. */
export function renderSpending(a: Analysis): string[] {
  const money: Money = (major) => formatMoney(major, a.statement.currency);
  return [
    totals(a, money),
    categories(a, money),
    merchants(a, money),
    subscriptions(a, money),
    insights(a),
  ].flat();
}
