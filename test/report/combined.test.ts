/** The combined view's pure parts: subscriptions across statements, currencies kept apart, CSV and shares. */
import { analyzeSpending } from '../../shared/analysis/index.js';
import { toAnalysisJson } from '../../shared/analysis-json.js';
import { combineStatements } from '../../shared/combined/combine.js';
import { renderCombined } from '../../shared/report/combined.js';
import { csvField, renderCsv } from '../../shared/report/csv.js';
import { sharesOf } from '../../shared/report/format.js';
import type { Analysis } from '../../shared/schema.js';
import { combinedViewSchema } from '../../shared/schema-combined.js';
import { statement, tx } from '../analysis/fixtures.js';

const meta = {
  engine: 'local' as const,
  model: null,
  degraded: false,
  pages: 1,
  hiddenText: 0,
  timings: { extractMs: 0, parseMs: 0, analyzeMs: 0, llmMs: 0, totalMs: 0 },
  redactions: {},
};

function month(m: number, netflix: number, currency = 'USD', reconciled = true): Analysis {
  const mm = String(m).padStart(2, '0');
  const parsed = statement(
    { currency, periodStart: `2026-${mm}-01`, periodEnd: `2026-${mm}-28`, cardLast4: '4242' },
    [
      tx(`2026-${mm}-05`, 'NETFLIX.COM 866-579-7172 CA', netflix),
      tx(`2026-${mm}-09`, 'WHOLEFDS MKT #10234 AUSTIN TX', 4_321),
      tx(`2026-${mm}-12`, 'INTEREST CHARGE ON PURCHASES', 1_050, { type: 'interest' }),
    ],
  );
  parsed.checks = {
    reconciled,
    level: reconciled ? 'verified' : 'unverified',
    gaps: reconciled ? [] : ['the transactions are 0.01 over the printed movement between the balances'],
    details: [
      { name: 'transactions vs new balance', expected: 1, actual: reconciled ? 1 : 2, ok: reconciled },
    ],
  };
  return toAnalysisJson({ parsed, ...analyzeSpending(parsed), meta });
}

describe('combineStatements', () => {
  const outcomes = [
    { file: 'c.pdf', analysis: month(3, 1_799) },
    { file: 'a.pdf', analysis: month(1, 1_549) },
    { file: 'b.pdf', analysis: month(2, 1_549, 'USD', false) },
    { file: 'eur.pdf', analysis: month(2, 1_299, 'EUR') },
    { file: 'bad.pdf', error: { code: 'PDF_UNREADABLE', message: 'The PDF is damaged.' } },
  ];
  const view = combinedViewSchema.parse(combineStatements(outcomes));

  it('orders the months oldest first and keeps each currency apart', () => {
    expect(view.groups.map((g) => g.currency)).toEqual(['USD', 'EUR']);
    expect(view.groups[0]?.months.map((m) => m.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(view.groups[0]?.months.map((m) => m.label)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(view.groups[0]?.totals.interest).toBe(31.5);
  });

  it('follows a subscription across statements and records its price change', () => {
    const netflix = view.groups[0]?.subscriptions.find((s) => s.merchant === 'Netflix');
    expect(netflix).toEqual({
      merchant: 'Netflix',
      firstSeen: '2026-01-05',
      lastSeen: '2026-03-05',
      charges: 3,
      statements: 3,
      total: 48.97,
      latestAmount: 17.99,
      priceChanges: [{ date: '2026-03-05', from: 15.49, to: 17.99 }],
    });
  });

  it('lists the statements that did not verify and the files that failed', () => {
    expect(view.notVerified).toEqual([
      { file: 'b.pdf', verification: 'unverified', failedChecks: ['transactions vs new balance'] },
    ]);
    expect(view.failed).toEqual([
      { file: 'bad.pdf', error: { code: 'PDF_UNREADABLE', message: 'The PDF is damaged.' } },
    ]);
    const text = renderCombined(view);
    expect(text).toContain('Statements that did not verify (1)');
    expect(text).toContain('bad.pdf: PDF_UNREADABLE: The PDF is damaged.');
    expect(text).toContain('2026-03-05: $15.49 → $17.99');
  });
});

describe('renderCsv', () => {
  it('writes one row per transaction with its statement, quoting and defusing formulas', () => {
    const a = month(1, 1_549);
    a.transactions[1] = {
      ...a.transactions[1],
      description: '=HYPERLINK("x"), "quoted"',
    } as Analysis['transactions'][number];
    const rows = renderCsv([
      { file: 'jan.pdf', analysis: a },
      { file: 'x.pdf', error: { code: 'PDF_INVALID', message: 'no' } },
    ])
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(1 + a.transactions.length);
    expect(rows[2]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(rows[1]).toMatch(/^jan\.pdf,,4242,USD,2026-01-01,2026-01-28,2026-01-05,,/);
    expect(csvField('-1 refund')).toBe("'-1 refund");
  });
});

describe('sharesOf', () => {
  it('rounds to one decimal and always adds up to exactly 100.0', () => {
    for (const amounts of [
      [1, 1, 1],
      [340_000, 286_000, 28_200, 24_248, 3_500],
      [5, 0, 995],
      [2, 2, 2, 2, 2, 2, 2],
    ]) {
      const shares = sharesOf(amounts);
      expect(Math.round(shares.reduce((s, x) => s + x, 0) * 10)).toBe(1000);
      const total = amounts.reduce((x, y) => x + y);
      for (const [i, share] of shares.entries())
        expect(Math.abs(share - ((amounts[i] as number) / total) * 100)).toBeLessThan(0.1);
    }
    expect(sharesOf([0, 0])).toEqual([0, 0]);
  });
});
