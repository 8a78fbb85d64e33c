/**
 * Fuzzed layouts (scripts/statements/fuzz) against the privacy rules. Each seed is generated and
 * extracted once, then checked two ways (one file, so the 300 shared seeds are not rendered twice):
 * - redaction: the text and descriptions the LLM step would send, redacted with redactForLlm. No
 *   planted name, address line, card/account/customer number, IBAN/CKYC id, email or phone — nor any
 *   word of a holder's name — may survive, in any language; at most 0.5% of the expected merchant
 *   descriptions may change. Tuning seeds 1..300 and held-out seeds 100001..100100 are scored apart;
 *   the table by kind and by language is printed.
 * - the real pipeline: seeds 1..300 go through analyzeStatement in `mode: 'llm'` against the fake
 *   OpenRouter, which records every request body, and no planted item printed in the PDF may be
 *   readable in any body (by privacy-score's `readable`, as in llm-leaks.test.ts, or by `readableIn`).
 *   Statements the parser refuses (NOT_A_STATEMENT) never reach the LLM; the report says how many.
 */
import type { FakeOpenRouter } from '../support/fake-openrouter.js';
import {
  type FuzzedRead,
  type FuzzScored,
  fuzzReport,
  readableIn,
  readFuzzed,
  scoreFuzzed,
} from '../support/privacy-fuzz.js';
import { llmBodies, startLeakFake } from '../support/privacy-llm.js';
import { readable } from '../support/privacy-score.js';
import type { PlantedItem } from '../support/privacy-statements.js';

/** The issue's bound on merchant descriptions changed by redaction. */
const MAX_FALSE_POSITIVE_SHARE = 0.005;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const TUNING = range(1, 300);
const HELD_OUT = range(100001, 100100);

/** One seed's llm-mode run: what it planted and which of it a request body carried. */
interface Run {
  seed: number;
  language: string;
  planted: PlantedItem[];
  leaks: PlantedItem[];
  bodies: number;
  error: string | null;
}

let fake: FakeOpenRouter;
const scored = { tuning: [] as FuzzScored[], heldOut: [] as FuzzScored[] };
const runs: Run[] = [];

async function llmRun(read: FuzzedRead): Promise<Run> {
  const run = await llmBodies(fake, new Uint8Array(read.pdf));
  const sent = run.bodies.join('\n');
  const leaks = read.planted.filter((p) => readable(sent, p) || readableIn(sent, p));
  const { seed, language, planted } = read;
  return { seed, language, planted, leaks, bodies: run.bodies.length, error: run.error };
}

beforeAll(async () => {
  fake = await startLeakFake();
  const started = Date.now();
  for (const seed of TUNING) {
    const read = await readFuzzed(seed);
    scored.tuning.push(scoreFuzzed(read));
    runs.push(await llmRun(read));
  }
  for (const seed of HELD_OUT) scored.heldOut.push(scoreFuzzed(await readFuzzed(seed)));
  console.log(
    [
      fuzzReport('fuzzed-layout redaction, tuning seeds 1..300', scored.tuning),
      fuzzReport('fuzzed-layout redaction, held-out seeds 100001..100100', scored.heldOut),
      llmReport((Date.now() - started) / 1000),
    ].join('\n'),
  );
}, 900_000);

afterAll(async () => {
  await fake?.close();
});

/** Planted and leaked counts by kind and by language, and the statements that sent nothing. */
function llmReport(seconds: number): string {
  const by = (key: (r: Run, p: PlantedItem) => string) => {
    const m = new Map<string, { planted: number; leaks: number }>();
    for (const r of runs)
      for (const p of r.planted) {
        const k = m.get(key(r, p)) ?? { planted: 0, leaks: 0 };
        k.planted++;
        if (r.leaks.includes(p)) k.leaks++;
        m.set(key(r, p), k);
      }
    return [...m]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${k.padEnd(10)} ${String(v.planted).padStart(7)} ${String(v.leaks).padStart(6)}`);
  };
  const refused = runs.filter((r) => r.bodies === 0);
  const langs = new Map<string, number>();
  for (const r of runs) langs.set(r.language, (langs.get(r.language) ?? 0) + 1);
  return [
    `fuzzed layouts in llm mode: ${runs.length} statements (all checks: ${seconds.toFixed(1)} s), ` +
      `${fake.requests.length} request bodies`,
    '  kind       planted  leaks',
    ...by((_, p) => p.kind),
    '  language   planted  leaks',
    ...by((r) => `${r.language} (${langs.get(r.language)})`),
    `  refused by the parser (no body sent): ${refused.length}` +
      (refused.length ? ` — ${refused.map((r) => `${r.seed}:${r.error}`).join(', ')}` : ''),
  ].join('\n');
}

describe.each([
  ['tuning seeds 1..300', 'tuning', TUNING.length, 12],
  ['held-out seeds 100001..100100', 'heldOut', HELD_OUT.length, 10],
] as const)('redaction of fuzzed layouts, %s', (_title, set, count, minLanguages) => {
  it('scores every seed, in every language, with personal data of every kind printed', () => {
    const results = scored[set];
    expect(results).toHaveLength(count);
    expect(new Set(results.map((r) => r.language)).size).toBeGreaterThanOrEqual(minLanguages);
    const kinds = new Set(results.flatMap((r) => r.planted.map((p) => p.kind)));
    for (const kind of ['name', 'address', 'card', 'account', 'customer', 'email', 'phone', 'id', 'holder'])
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
    // Only an add-on holder whose card had no rows (so no section) may be listed but not printed.
    expect(results.flatMap((r) => r.absent.filter((a) => a.kind !== 'holder'))).toEqual([]);
  });

  it('leaves no planted personal item in the text and descriptions sent to the LLM', () => {
    expect(
      scored[set].flatMap((r) => r.leaks.map((l) => `${r.seed} ${r.language} ${l.kind}: ${l.value}`)),
    ).toEqual([]);
  });

  it("leaves no word of a holder's name outside merchant descriptions", () => {
    expect(scored[set].flatMap((r) => r.nameTokens.map((t) => `${r.seed} ${r.language}: ${t}`))).toEqual([]);
  });

  it('changes at most 0.5% of merchant descriptions', () => {
    const described = scored[set].reduce((n, r) => n + r.descriptions, 0);
    const damaged = scored[set].reduce((n, r) => n + r.damaged.length, 0);
    expect(described).toBeGreaterThan(1000);
    expect(damaged / described).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_SHARE);
  });
});

describe('fuzzed layouts through the pipeline in llm mode (seeds 1..300)', () => {
  test('every seed ran, in many languages, with personal data of every kind planted', () => {
    expect(runs).toHaveLength(TUNING.length);
    expect(new Set(runs.map((r) => r.language)).size).toBeGreaterThanOrEqual(10);
    const kinds = new Set(runs.flatMap((r) => r.planted.map((p) => p.kind)));
    for (const kind of ['name', 'address', 'card', 'account', 'customer', 'email', 'phone', 'id'])
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
  });

  test('statements reach the LLM unless the parser refused them', () => {
    // Only NOT_A_STATEMENT may keep a statement from the LLM; most fuzzed statements must reach it.
    const silent = runs.filter((r) => r.bodies === 0);
    expect(silent.filter((r) => r.error !== 'NOT_A_STATEMENT').map((r) => `${r.seed}:${r.error}`)).toEqual(
      [],
    );
    expect(runs.length - silent.length).toBeGreaterThanOrEqual(TUNING.length * 0.9);
  });

  test('no planted personal item is readable in any request body sent to OpenRouter', () => {
    expect(runs.flatMap((r) => r.leaks.map((l) => `${r.seed} ${r.language} ${l.kind}: ${l.value}`))).toEqual(
      [],
    );
  });
});
