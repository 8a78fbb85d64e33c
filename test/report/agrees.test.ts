/**
 * Reports that agree with themselves, on real statements: SBI (whose printed summary does not
 * reconcile) and the OCBC-style example (which does, in SGD).
 */
import { analyzeStatement } from '../../shared/analyze.js';
import { silentLogger } from '../../shared/log.js';
import { renderReport } from '../../shared/report/text.js';
import type { Analysis } from '../../shared/schema.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';

const config = { MAX_UPLOAD_BYTES: 16 << 20, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 };

function analyze(rel: string): Promise<Analysis> {
  return analyzeStatement({ pdf: corpusBytes(rel), mode: 'local' }, { config, logger: silentLogger });
}

/** Every section title (a line at column 0 after the first) is followed by its underline. */
function expectUnderlinedSections(lines: string[]): void {
  const titles = lines.slice(1).flatMap((l, i) => (/^\S/.test(l) && !/^─+$/.test(l) ? [i + 1] : []));
  expect(titles.length).toBeGreaterThan(4);
  for (const i of titles) expect(lines[i + 1]).toBe('─'.repeat([...(lines[i] as string)].length));
}

function categoryShares(lines: string[]): number[] {
  const start = lines.indexOf('Spending by category');
  const end = lines.indexOf('', start);
  return lines
    .slice(start + 3, end)
    .filter((l) => !/^ {2}Total(?: before refunds)? {2}/.test(l))
    .map((l) => Number(/([\d.]+)%/.exec(l)?.[1] ?? Number.NaN));
}

describeCorpus('the report of a statement that does not reconcile (SBI)', () => {
  let a: Analysis;
  let lines: string[];
  beforeAll(async () => {
    a = await analyze('paisa-sbi/sbi_cc_monthly.pdf');
    lines = renderReport(a).split('\n');
  }, 60_000);

  it('leaves out the utilisation advice the checks did not verify, and says so', () => {
    expect(a.checks.reconciled).toBe(false);
    // The engine still computes it; the report must not show it as a fact.
    expect(a.insights.some((i) => i.kind === 'utilization')).toBe(true);
    const text = lines.join('\n');
    expect(text).toContain('✗ Not reconciled');
    expect(text).not.toMatch(/using \d+% of your credit limit/);
    expect(text).toMatch(/Left out: credit utilisation, because the statement's totals did not verify/);
    expect(lines).toContain('Summary (as printed, not verified)');
  });

  it('says "period ending" when the start of the period is unknown', () => {
    expect(a.statement.periodStart).toBeNull();
    expect(lines[0]).toContain(`period ending ${a.statement.periodEnd}`);
    expect(lines[0]).not.toContain('?');
  });

  it('prints category shares that add up to 100%, with the total they are shares of', () => {
    const shares = categoryShares(lines);
    expect(shares.length).toBe(a.summary.byCategory.length);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 6);
    const total = lines.find((l) => /^ {2}Total(?: before refunds)? {2}/.test(l)) ?? '';
    const sum = a.summary.byCategory.reduce((s, c) => s + Math.round(c.amount * 100), 0) / 100;
    expect(total.replace(/[₹,]/g, '')).toContain(sum.toFixed(2));
    expect(total).toContain('100.0%');
  });

  it('underlines every section heading', () => expectUnderlinedSections(lines));
});

describeCorpus('the report of a reconciled statement in SGD (OCBC-style example)', () => {
  let a: Analysis;
  let text: string;
  beforeAll(async () => {
    a = await analyze('monopoly/example/example_statement.pdf');
    text = renderReport(a);
  }, 60_000);

  it('writes every amount in one notation for the currency', () => {
    expect(a.statement.currency).toBe('SGD');
    expect(text).not.toContain('S$');
    expect(text).toContain('SGD 702.10');
    // Every amount with cents is written "SGD n.nn" (or "-SGD n.nn").
    const amounts = text.match(/(?:-?SGD )?\b\d[\d,]*\.\d\d\b/g) ?? [];
    expect(amounts.length).toBeGreaterThan(50);
    for (const m of amounts) expect(m).toMatch(/^-?SGD /);
  });

  it('shows the utilisation advice on figures that reconcile, shares at 100%, headings underlined', () => {
    expect(a.checks.reconciled).toBe(true);
    expect(text).toMatch(/using \d+% of your credit limit/);
    expect(text).not.toContain('Left out');
    const lines = text.split('\n');
    expect(categoryShares(lines).reduce((s, x) => s + x, 0)).toBeCloseTo(100, 6);
    expectUnderlinedSections(lines);
  });
});
