/**
 * The LLM step's redaction over fuzzed layouts (scripts/statements/fuzz): every seed is rendered,
 * extracted and parsed, and the text and descriptions the LLM step would send are redacted with
 * redactForLlm. No planted name, address line, card/account/customer number, IBAN/CKYC id, email or
 * phone — nor any word of a holder's name — may survive, in any language; at most 0.5% of the
 * expected merchant descriptions may change. Tuning seeds 1..300 and held-out seeds 100001..100100
 * are scored apart; the table by kind and by language is printed.
 */
import { type FuzzScored, fuzzReport, scoreFuzzSeed } from '../support/privacy-fuzz.js';

/** The bound on merchant descriptions changed by redaction. */
const MAX_FALSE_POSITIVE_SHARE = 0.005;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.each([
  ['tuning seeds 1..300', range(1, 300), 12],
  ['held-out seeds 100001..100100', range(100001, 100100), 10],
] as const)('redaction of fuzzed layouts, %s', (title, seeds, minLanguages) => {
  const results: FuzzScored[] = [];

  beforeAll(async () => {
    for (const seed of seeds) results.push(await scoreFuzzSeed(seed));
    console.log(fuzzReport(`fuzzed-layout redaction, ${title}`, results));
  }, 600_000);

  it('scores every seed, in every language, with personal data of every kind printed', () => {
    expect(results).toHaveLength(seeds.length);
    expect(new Set(results.map((r) => r.language)).size).toBeGreaterThanOrEqual(minLanguages);
    const kinds = new Set(results.flatMap((r) => r.planted.map((p) => p.kind)));
    for (const kind of ['name', 'address', 'card', 'account', 'customer', 'email', 'phone', 'id', 'holder'])
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
    // Only an add-on holder whose card had no rows (so no section) may be listed but not printed.
    expect(results.flatMap((r) => r.absent.filter((a) => a.kind !== 'holder'))).toEqual([]);
  });

  it('leaves no planted personal item in the text and descriptions sent to the LLM', () => {
    expect(
      results.flatMap((r) => r.leaks.map((l) => `${r.seed} ${r.language} ${l.kind}: ${l.value}`)),
    ).toEqual([]);
  });

  it("leaves no word of a holder's name outside merchant descriptions", () => {
    expect(results.flatMap((r) => r.nameTokens.map((t) => `${r.seed} ${r.language}: ${t}`))).toEqual([]);
  });

  it('changes at most 0.5% of merchant descriptions', () => {
    const described = results.reduce((n, r) => n + r.descriptions, 0);
    const damaged = results.reduce((n, r) => n + r.damaged.length, 0);
    expect(described).toBeGreaterThan(1000);
    expect(damaged / described).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_SHARE);
  });
});
