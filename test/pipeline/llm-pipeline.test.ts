/**
 * The whole pipeline with the LLM engine pointed at the fake OpenRouter over real HTTP: the answer is
 * merged when it is good, the local result stands (degraded) when every model fails, and nothing
 * personal from the statement ever reaches a request body.
 */
import { generateStatement } from '../../scripts/statements/index.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { createLlmEngine, type LlmEngine } from '../../shared/llm/engine.js';
import { silentLogger } from '../../shared/log.js';
import { type ReadOptions, readStatement, type StatementRead } from '../../shared/statement/read.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';

const config = { MAX_UPLOAD_BYTES: 8 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 20_000 };
const MODELS = ['test/alpha', 'test/beta'];

let fake: FakeOpenRouter;
let engine: LlmEngine;

beforeEach(async () => {
  fake = await startFakeOpenRouter();
  engine = createLlmEngine({
    apiKey: 'sk-test',
    baseUrl: fake.url,
    models: MODELS,
    logger: silentLogger,
    sleep: async () => {},
  });
});

afterEach(async () => {
  await engine.close();
  await fake.close();
});

function enrichment(n: number): string {
  return JSON.stringify({
    transactions: Array.from({ length: n }, (_, i) => ({
      index: i + 1,
      merchant: `Shop ${i + 1}`,
      category: 'Shopping',
    })),
    summary: 'Most of your spending went to shopping this month.',
  });
}

test('a reconciled statement is enriched by the first model (hybrid) and its merchants and summary are merged', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 5, transactions: 12 });
  fake.setBehaviour('test/alpha', { kind: 'ok', content: enrichment(expected.transactions.length) });
  const a = await analyzeStatement(
    { pdf: new Uint8Array(pdf) },
    { config, logger: silentLogger, llm: engine },
  );
  expect(a.meta).toMatchObject({ engine: 'hybrid', model: 'test/alpha', degraded: false });
  expect(a.transactions.map((t) => t.merchant)).toEqual(expected.transactions.map((_, i) => `Shop ${i + 1}`));
  expect(a.insights[0]).toMatchObject({
    kind: 'narrative',
    detail: 'Most of your spending went to shopping this month.',
  });
  expect(a.checks.reconciled).toBe(true);
  expect(fake.requests.map((r) => r.model)).toEqual(['test/alpha']);
  // The fake bills 4 characters a token at gpt-4o-mini's list price; the pipeline reports what it billed.
  const sent = fake.requests[0]?.body.messages.map((m) => m.content).join('\n') ?? '';
  expect(a.meta.llm).toMatchObject({ calls: 1, promptTokens: Math.ceil(sent.length / 4), rejections: [] });
  expect(a.meta.llm?.completionTokens).toBe(Math.ceil(enrichment(expected.transactions.length).length / 4));
  expect(a.meta.llm?.cost).toBeGreaterThan(0);
});

test('when every model fails the answer is the local analysis, marked degraded, with the reason', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'albion', seed: 5, transactions: 12 });
  for (const m of MODELS) fake.setBehaviour(m, { kind: 'status', status: 503 });
  const a = await analyzeStatement(
    { pdf: new Uint8Array(pdf) },
    { config, logger: silentLogger, llm: engine },
  );
  expect(a.meta).toMatchObject({
    engine: 'local',
    model: null,
    degraded: true,
    degradedReason: 'all_failed',
  });
  expect(a.transactions).toHaveLength(expected.transactions.length);
  expect(a.checks.reconciled).toBe(true);
  expect(new Set(fake.requests.map((r) => r.model))).toEqual(new Set(MODELS));
});

test.each(['northwind', 'meridian', 'albion', 'rheinland', 'saffron', 'larkspur'] as const)(
  'no planted personal data from a %s statement reaches any request body',
  async (layout) => {
    const { pdf, expected } = await generateStatement({ layout, seed: 11, transactions: 15 });
    fake.setBehaviour('test/alpha', { kind: 'ok', content: enrichment(expected.transactions.length) });
    const a = await analyzeStatement(
      { pdf: new Uint8Array(pdf) },
      { config, logger: silentLogger, llm: engine },
    );
    expect(fake.requests.length).toBeGreaterThan(0);
    const sent = fake.requests.map((r) => r.raw).join('\n');
    const pii = expected.pii;
    // A town on its own ("BRISTOL") is also merchant text; the street and postcode lines identify.
    const planted = [
      pii.name,
      ...pii.address.filter((line) => /\d/.test(line)),
      pii.cardNumber,
      pii.accountNumber,
      pii.email,
      pii.phone,
      ...pii.other,
    ];
    for (const value of planted.filter((v): v is string => Boolean(v))) expect(sent).not.toContain(value);
    const digits = pii.cardNumber.replace(/\D/g, '');
    expect(sent.replace(/\D/g, '')).not.toContain(digits.slice(0, 12));
    expect(a.meta.engine).toBe('hybrid');
  },
);

describeCorpus('the full-text path (a statement that does not reconcile)', () => {
  test('sends only redacted statement text: the holder name and address never leave, and redactions are counted', async () => {
    fake.setBehaviour('test/alpha', { kind: 'broken' });
    fake.setBehaviour('test/beta', { kind: 'broken' });
    // A Function URL's deadline (120 s): time enough for the full-text path at the expected speed.
    const a = await analyzeStatement(
      { pdf: corpusBytes('paisa-sbi/sbi_cc_monthly.pdf'), deadline: Date.now() + 115_000 },
      { config, logger: silentLogger, llm: engine },
    );
    expect(a.checks.reconciled).toBe(false);
    const sent = fake.requests.map((r) => r.raw).join('\n');
    expect(sent).toContain('SWIGGY'); // merchant text survives redaction
    expect(sent).not.toMatch(/MICHAEL SCOTT/i);
    expect(a.meta.redactions.name ?? 0).toBeGreaterThan(0);
    expect(a.meta).toMatchObject({ engine: 'local', degraded: true });
  });
});

test('mode=local never calls the LLM even when it is configured', async () => {
  const { pdf } = await generateStatement({ layout: 'northwind', seed: 2, transactions: 5 });
  const a = await analyzeStatement(
    { pdf: new Uint8Array(pdf), mode: 'local' },
    { config, logger: silentLogger, llm: engine },
  );
  expect(a.meta.engine).toBe('local');
  expect(fake.requests).toHaveLength(0);
});

test('mode=llm without a configured engine is refused with a clear error', async () => {
  const { pdf } = await generateStatement({ layout: 'northwind', seed: 2, transactions: 5 });
  await expect(
    analyzeStatement({ pdf: new Uint8Array(pdf), mode: 'llm' }, { config, logger: silentLogger }),
  ).rejects.toMatchObject({
    code: 'BAD_REQUEST',
  });
});

test("the statement's text is read out only for the LLM step: not without an engine, not with mode=local", async () => {
  const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 6, transactions: 6 });
  fake.setBehaviour('test/alpha', { kind: 'ok', content: enrichment(expected.transactions.length) });
  const asked: Array<boolean | undefined> = [];
  const texts: Array<string | null> = [];
  const read = async (data: Uint8Array, options: ReadOptions): Promise<StatementRead> => {
    asked.push(options.withText);
    const r = await readStatement(data, options);
    texts.push(r.text);
    return r;
  };
  const offline = await analyzeStatement(
    { pdf: new Uint8Array(pdf) },
    { config, logger: silentLogger, read },
  );
  const local = await analyzeStatement(
    { pdf: new Uint8Array(pdf), mode: 'local' },
    { config, logger: silentLogger, llm: engine, read },
  );
  const hybrid = await analyzeStatement(
    { pdf: new Uint8Array(pdf) },
    { config, logger: silentLogger, llm: engine, read },
  );
  expect(asked).toEqual([false, false, true]);
  expect(texts[0]).toBeNull();
  expect(texts[1]).toBeNull();
  expect(texts[2]).toContain(expected.transactions[0]?.description);
  // The same analysis either way: the text feeds only the LLM.
  expect(local.transactions).toEqual(offline.transactions);
  expect(hybrid.meta.engine).toBe('hybrid');
  expect(fake.requests).toHaveLength(1);
});

test('a reader that leaves out the text the LLM step needs is a server fault, not a silent empty prompt', async () => {
  const { pdf } = await generateStatement({ layout: 'northwind', seed: 7, transactions: 4 });
  const read = async (data: Uint8Array, options: ReadOptions): Promise<StatementRead> => ({
    ...(await readStatement(data, options)),
    text: null,
  });
  await expect(
    analyzeStatement({ pdf: new Uint8Array(pdf) }, { config, logger: silentLogger, llm: engine, read }),
  ).rejects.toThrow(/text the LLM step/);
  expect(fake.requests).toHaveLength(0);
});
