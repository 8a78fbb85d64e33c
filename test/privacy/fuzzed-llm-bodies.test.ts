/**
 * Fuzzed layouts (scripts/statements/fuzz, seeds 1..300) through the real pipeline: each seed's PDF
 * goes through analyzeStatement in `mode: 'llm'` against the fake OpenRouter, which records every
 * request body, and no planted personal item (name, address line, card digits beyond the last 4,
 * account/customer number, id, email, phone, add-on holder) may be readable in any body. Items are
 * those of privacy-fuzz.ts printed in the extracted text; a body leaks an item when either matcher
 * (privacy-score's `readable`, as in llm-leaks.test.ts, or privacy-fuzz's `readableIn`) finds it.
 * Statements the parser refuses (NOT_A_STATEMENT) never reach the LLM; the test prints how many.
 */
import { generateFuzzed } from '../../scripts/statements/fuzz/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import type { FakeOpenRouter } from '../support/fake-openrouter.js';
import { plantedItems, readableIn } from '../support/privacy-fuzz.js';
import { llmBodies, startLeakFake } from '../support/privacy-llm.js';
import { readable } from '../support/privacy-score.js';
import type { PlantedItem } from '../support/privacy-statements.js';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

interface Run {
  seed: number;
  language: string;
  planted: PlantedItem[];
  leaks: PlantedItem[];
  bodies: number;
  error: string | null;
}

let fake: FakeOpenRouter;
const runs: Run[] = [];

beforeAll(async () => {
  fake = await startLeakFake();
  const started = Date.now();
  for (const seed of SEEDS) {
    const { pdf, expected, layout } = await generateFuzzed({ seed });
    const { lines } = await extractText(pdf, { maxPages: 50 });
    const text = lines.map((l) => l.text).join('\n');
    // Only items the PDF prints can leak (an add-on holder whose card had no rows is not printed).
    const planted = plantedItems(expected.pii).filter((p) => readableIn(text, p));
    const run = await llmBodies(fake, pdf);
    const sent = run.bodies.join('\n');
    const leaks = planted.filter((p) => readable(sent, p) || readableIn(sent, p));
    runs.push({
      seed,
      language: layout.language,
      planted,
      leaks,
      bodies: run.bodies.length,
      error: run.error,
    });
  }
  console.log(report((Date.now() - started) / 1000));
}, 600_000);

afterAll(async () => {
  await fake?.close();
});

/** Planted and leaked counts by kind and by language, and the statements that sent nothing. */
function report(seconds: number): string {
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
    `fuzzed layouts in llm mode: ${runs.length} statements in ${seconds.toFixed(1)} s, ` +
      `${fake.requests.length} request bodies`,
    '  kind       planted  leaks',
    ...by((_, p) => p.kind),
    '  language   planted  leaks',
    ...by((r) => `${r.language} (${langs.get(r.language)})`),
    `  refused by the parser (no body sent): ${refused.length}` +
      (refused.length ? ` — ${refused.map((r) => `${r.seed}:${r.error}`).join(', ')}` : ''),
  ].join('\n');
}

test('every seed ran, in many languages, with personal data of every kind planted', () => {
  expect(runs).toHaveLength(SEEDS.length);
  expect(new Set(runs.map((r) => r.language)).size).toBeGreaterThanOrEqual(10);
  const kinds = new Set(runs.flatMap((r) => r.planted.map((p) => p.kind)));
  for (const kind of ['name', 'address', 'card', 'account', 'customer', 'email', 'phone', 'id'])
    expect([kind, kinds.has(kind)]).toEqual([kind, true]);
});

test('statements reach the LLM unless the parser refused them', () => {
  // Only NOT_A_STATEMENT may keep a statement from the LLM; most fuzzed statements must reach it.
  const silent = runs.filter((r) => r.bodies === 0);
  expect(silent.filter((r) => r.error !== 'NOT_A_STATEMENT').map((r) => `${r.seed}:${r.error}`)).toEqual([]);
  expect(runs.length - silent.length).toBeGreaterThanOrEqual(SEEDS.length * 0.9);
});

test('no planted personal item is readable in any request body sent to OpenRouter', () => {
  expect(runs.flatMap((r) => r.leaks.map((l) => `${r.seed} ${r.language} ${l.kind}: ${l.value}`))).toEqual(
    [],
  );
});
