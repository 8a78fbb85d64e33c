/**
 * The engine on layouts drawn by the fuzzer's grammar (scripts/statements/fuzz): languages, summary
 * forms, sign conventions, decoy tables (rewards, worked examples, EMI schedules, YTD totals).
 * The claim under test: a statement is never `verified` while a figure was read with a value the
 * statement does not print. Accuracy floors are today's measured values over the same seeds, so
 * they can only be raised; the held-out seeds (100001…) are not used here, only in the report.
 */
import { generateFuzzed } from '../../scripts/statements/fuzz/index.js';
import { MONEY_FIELDS, scoreParse } from '../../scripts/statements/fuzz/score.js';
import { extractText } from '../../shared/pdf/extract.js';
import { parseStatement } from '../../shared/statement/parse.js';

const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);
/** Every money figure the scorer compares: the report's "reconciled with a wrong figure" counts the same. */
const MONEY = new Set<string>(MONEY_FIELDS);

describe('fuzzed layouts (seeds 1..100)', () => {
  const results: Array<{
    seed: number;
    verified: boolean;
    wrongMoney: string[];
    fields: number;
    f1: number;
    exact: number;
  }> = [];
  beforeAll(async () => {
    for (const seed of SEEDS) {
      const { pdf, expected } = await generateFuzzed({ seed });
      const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 20 });
      let parsed = null;
      try {
        parsed = parseStatement(lines);
      } catch {
        parsed = null;
      }
      const s = scoreParse(expected, parsed);
      results.push({
        seed,
        verified: parsed?.checks.level === 'verified',
        // Figures read with a value the statement does not print (a figure not read is a miss, not a claim).
        wrongMoney: s.fields.wrong
          .filter((w) => MONEY.has(w.field) && w.got !== null && w.want !== null)
          .map((w) => w.field),
        fields: s.fields.right / s.fields.total,
        f1: s.loose.f1,
        exact: s.transactions.f1,
      });
    }
  }, 300_000);

  test('no statement is verified with a balance or total read wrong', () => {
    const false_ = results.filter((r) => r.verified && r.wrongMoney.length > 0);
    expect(false_.map((r) => `${r.seed}: ${r.wrongMoney.join(',')}`)).toEqual([]);
  });

  test('summary fields and rows stay at or above today’s floors', () => {
    const fields = results.reduce((a, r) => a + r.fields, 0) / results.length;
    const f1 = results.reduce((a, r) => a + r.f1, 0) / results.length;
    const exact = results.reduce((a, r) => a + r.exact, 0) / results.length;
    const verified = results.filter((r) => r.verified).length / results.length;
    console.log(
      `fuzzed seeds 1..100: fields ${(fields * 100).toFixed(1)}%, rows F1 exact ${exact.toFixed(3)}, date+amount ${f1.toFixed(3)}, verified ${(verified * 100).toFixed(0)}%`,
    );
    expect(fields).toBeGreaterThanOrEqual(0.995);
    expect(f1).toBeGreaterThanOrEqual(0.995);
    // Exact descriptions: since round 8 some seeds print no column headers, and a category column
    // too short to show itself by repetition stays in the description (0.977 measured).
    expect(exact).toBeGreaterThanOrEqual(0.975);
    expect(verified).toBeGreaterThanOrEqual(0.88);
  });
});

/**
 * Seeds past the first 300 on which a rule about statements in general was missing: a sign beside tracked whole digits, a currency mark set apart
 * with a bracket or before a Dr/Cr marker or a foreign column, a ligature in tracked text, a decoy
 * word in a merchant line, a merchant line nearer to the row before. Each must read whole.
 */
describe.each([409, 646, 996, 1076, 1078, 1117, 2163, 2297, 2374, 2407])('fuzzed seed %i', (seed) => {
  test('every field and row is read, and the statement verifies', async () => {
    const { pdf, expected, layout } = await generateFuzzed({ seed });
    const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 20 });
    const parsed = parseStatement(lines);
    const s = scoreParse(expected, parsed);
    expect(s.fields.wrong).toEqual([]);
    expect(s.transactions.f1).toBe(1);
    expect(parsed.checks.level).toBe(layout.verifiable ? 'verified' : 'partial');
  });
});
