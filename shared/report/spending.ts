/**
 * The spending part of the readable text report: category breakdown with bars, top merchants,
 * subscriptions and insights by severity. Plain text, no colours; amounts right-aligned per table.
 */
import { currencySymbol, groupDigits } from '../analysis/format.js';
import type { Analysis } from '../schema.js';

const BAR_WIDTH = 20;
const WRAP_AT = 96;
const SEVERITIES = [
  ['alert', 'Alerts'],
  ['warning', 'Warnings'],
  ['info', 'Good to know'],
] as const;

type Money = (major: number) => string;

function moneyFormatter(currency: string): Money {
  const symbol = currencySymbol(currency);
  return (major) => `${major < 0 ? '-' : ''}${symbol}${groupDigits(major)}`;
}

/** Pads every cell of a column to the widest one; `right` columns align on the right. */
function table(rows: string[][], right: ReadonlySet<number>, indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
          return right.has(i) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
  );
}

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
  return ['Spending', ...table(rows, new Set([1]))];
}

function categories(a: Analysis, money: Money): string[] {
  if (a.summary.byCategory.length === 0) return [];
  const rows = a.summary.byCategory.map((c) => [
    c.category,
    money(c.amount),
    `${(c.share * 100).toFixed(1)}%`,
    bar(c.share),
    String(c.count),
  ]);
  return [
    'Spending by category',
    ...table([['Category', 'Amount', 'Share', '', 'Count'], ...rows], new Set([1, 2, 4])),
  ];
}

function merchants(a: Analysis, money: Money): string[] {
  if (a.summary.topMerchants.length === 0) return [];
  const rows = a.summary.topMerchants.map((m) => [m.merchant, money(m.amount), String(m.count)]);
  return ['Top merchants', ...table([['Merchant', 'Amount', 'Count'], ...rows], new Set([1, 2]))];
}

function subscriptions(a: Analysis, money: Money): string[] {
  const byMerchant = new Map<string, { amount: number; count: number }>();
  for (const t of a.transactions) {
    if (!t.recurring) continue;
    const entry = byMerchant.get(t.merchant) ?? { amount: 0, count: 0 };
    entry.amount = Math.round((entry.amount + t.amount) * 100) / 100;
    entry.count += 1;
    byMerchant.set(t.merchant, entry);
  }
  if (byMerchant.size === 0) return [];
  const rows = [...byMerchant].map(([merchant, e]) => [merchant, money(e.amount), String(e.count)]);
  return [
    'Subscriptions and recurring charges',
    ...table([['Merchant', 'This period', 'Charges'], ...rows], new Set([1, 2])),
  ];
}

function insights(a: Analysis): string[] {
  const out: string[] = [];
  for (const [severity, heading] of SEVERITIES) {
    const group = a.insights.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    out.push(`${heading} (${group.length})`);
    for (const i of group) out.push(`  - ${i.title}`, ...wrap(i.detail, '    '));
  }
  return out.length > 0 ? ['Insights', ...out] : [];
}

/** Lines of the report's spending section, sections separated by a blank line. */
export function renderSpending(a: Analysis): string[] {
  const money = moneyFormatter(a.statement.currency);
  const sections = [
    totals(a, money),
    categories(a, money),
    merchants(a, money),
    subscriptions(a, money),
    insights(a),
  ].filter((s) => s.length > 0);
  return sections.flatMap((s, i) => (i === 0 ? s : ['', ...s]));
}
