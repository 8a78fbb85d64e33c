/**
 * The model fills the gaps of the local categories and never overrules them: through the whole
 * pipeline, with the LLM engine pointed at the fake OpenRouter over real HTTP, only purchases the
 * rules left in "Other" take the model's category, and only a kind of spending.
 */
import { generateStatement } from '../../scripts/statements/index.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { createLlmEngine, type LlmEngine } from '../../shared/llm/engine.js';
import { silentLogger } from '../../shared/log.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';

const config = { MAX_UPLOAD_BYTES: 8 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 20_000 };

let fake: FakeOpenRouter;
let engine: LlmEngine;

beforeEach(async () => {
  fake = await startFakeOpenRouter();
  engine = createLlmEngine({
    apiKey: 'sk-test',
    baseUrl: fake.url,
    models: ['test/alpha'],
    logger: silentLogger,
    sleep: async () => {},
  });
});

afterEach(async () => {
  await engine.close();
  await fake.close();
});

test('only purchases left in Other take the model category, and never a payment category', async () => {
  // A statement with post-office purchases, which name no one trade and stay in Other locally.
  const { pdf } = await generateStatement({ layout: 'meridian', seed: 5, transactions: 24 });
  const local = await analyzeStatement({ pdf: new Uint8Array(pdf) }, { config, logger: silentLogger });
  const others = local.transactions.flatMap((t, i) =>
    t.type === 'purchase' && t.category === 'Other' ? [i] : [],
  );
  expect(others.length).toBeGreaterThanOrEqual(2);
  const [sneaky] = others;

  // The model calls everything Travel, and the first gap "Payments & Credits".
  fake.setBehaviour('test/alpha', {
    kind: 'ok',
    content: JSON.stringify({
      transactions: local.transactions.map((_, i) => ({
        index: i + 1,
        merchant: `Shop ${i + 1}`,
        category: i === sneaky ? 'Payments & Credits' : 'Travel',
      })),
      summary: 'Mostly travel.',
    }),
  });
  const a = await analyzeStatement(
    { pdf: new Uint8Array(pdf) },
    { config, logger: silentLogger, llm: engine },
  );

  expect(a.meta.engine).toBe('hybrid');
  expect(a.transactions).toHaveLength(local.transactions.length);
  a.transactions.forEach((t, i) => {
    const before = local.transactions[i]?.category;
    const want = !others.includes(i) ? before : i === sneaky ? 'Other' : 'Travel';
    expect([i, t.description, t.category]).toEqual([i, local.transactions[i]?.description, want]);
  });
  // The summary is rebuilt from the merged rows: the filled gaps count as Travel.
  const travel = a.summary.byCategory.find((c) => c.category === 'Travel')?.amount ?? 0;
  const before = local.summary.byCategory.find((c) => c.category === 'Travel')?.amount ?? 0;
  const filled = others
    .filter((i) => i !== sneaky)
    .reduce((s, i) => s + (local.transactions[i]?.amount ?? 0), 0);
  expect(filled).toBeGreaterThan(0);
  expect(travel).toBeCloseTo(before + filled, 2);
});
