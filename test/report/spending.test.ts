import { analyzeSpending } from '../../shared/analysis/index.js';
import { toAnalysisJson } from '../../shared/analysis-json.js';
import { renderSpending } from '../../shared/report/spending.js';
import { type Analysis, analysisSchema } from '../../shared/schema.js';
import { chaseStatement, statement, tx } from '../analysis/fixtures.js';

function analysisOf(parsed: ReturnType<typeof chaseStatement>): Analysis {
  const meta = {
    engine: 'local' as const,
    model: null,
    degraded: false,
    pages: 1,
    hiddenText: 0,
    timings: { extractMs: 0, parseMs: 0, analyzeMs: 0, llmMs: 0, totalMs: 0 },
    redactions: {},
  };
  return analysisSchema.parse(toAnalysisJson({ parsed, ...analyzeSpending(parsed), meta }));
}

/** The lines of one section, after its heading and underline, to the next blank line. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  expect(lines[start + 1]).toBe('─'.repeat([...heading].length));
  const end = lines.indexOf('', start);
  return lines.slice(start + 2, end < 0 ? undefined : end);
}

describe('renderSpending', () => {
  const a = analysisOf(chaseStatement());
  const lines = renderSpending(a);

  it('lists every category with its amount, share, bar and count, then their total at 100.0%', () => {
    const rows = section(lines, 'Spending by category').slice(1);
    expect(rows).toHaveLength(a.summary.byCategory.length + 1);
    const first = a.summary.byCategory[0];
    expect(rows[0]).toContain(first?.category ?? '?');
    expect(rows[0]).toMatch(/#+\.*\s+\d+$/);
    const shares = rows.slice(0, -1).map((r) => Number(/([\d.]+)%/.exec(r)?.[1]));
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 6);
    expect(rows.at(-1)).toMatch(/^ {2}Total.*100\.0%/);
  });

  it('right-aligns the amounts of each table', () => {
    for (const heading of ['Spending by category', 'Top merchants']) {
      const rows = section(lines, heading);
      const ends = rows.map((r) => {
        const m = /\$[\d,]+\.\d\d/.exec(r) ?? /Amount/.exec(r);
        return m ? m.index + m[0].length : -1;
      });
      expect(new Set(ends).size).toBe(1);
    }
  });

  it('shows top merchants and the subscriptions found', () => {
    expect(section(lines, 'Top merchants').join('\n')).toContain('Ualr Remote Pay');
    const subs = section(lines, 'Subscriptions and recurring charges').join('\n');
    expect(subs).toContain('Netflix');
    expect(subs).toContain('$15.49');
  });

  it('groups insights by severity, warnings before information', () => {
    const warnings = lines.findIndex((l) => l.startsWith('  Warnings'));
    const info = lines.findIndex((l) => l.startsWith('  Good to know'));
    expect(warnings).toBeGreaterThan(-1);
    expect(info).toBeGreaterThan(warnings);
    expect(lines.some((l) => l.startsWith('  Alerts'))).toBe(false);
  });

  it('uses the currency symbol of the statement, or its ISO code', () => {
    const inr = analysisOf(statement({ currency: 'INR' }, [tx('2023-09-10', 'SWIGGY Bengaluru IN', 5800)]));
    expect(renderSpending(inr).join('\n')).toContain('₹58.00');
    const sgd = analysisOf(
      statement({ currency: 'SGD' }, [tx('2023-07-03', 'COLD STORAGE SINGAPORE SG', 420)]),
    );
    expect(renderSpending(sgd).join('\n')).toContain('SGD 4.20');
  });

  it('wraps long insight details under their title', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(110);
  });
});
