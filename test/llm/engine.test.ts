import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import type { LlmEngine } from '../../shared/llm/engine.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';
import {
  asRedacted,
  CARD_NUMBER,
  enrichmentReply,
  extractionReply,
  HOLDER,
  harness,
  request,
  standInRedact,
  statementText,
  transactions,
} from './fixtures.js';

let fake: FakeOpenRouter;
let engine: LlmEngine | undefined;

beforeEach(async () => {
  fake = await startFakeOpenRouter();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await fake.close();
});

describe('enrichment when the local parse reconciled', () => {
  test('sends numbered redacted descriptions with a strict schema and returns overrides and a narrative', async () => {
    fake.setBehaviour('m/a', {
      kind: 'ok',
      content: enrichmentReply(transactions.length, '  Spent   mostly on shopping. '),
    });
    const h = harness(fake, ['m/a']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome).toMatchObject({
      engine: 'hybrid',
      model: 'm/a',
      degraded: false,
      reason: null,
      replacement: null,
    });
    expect(outcome.overrides.map((o) => o.index)).toEqual(transactions.map((_, i) => i));
    expect(outcome.overrides[1]).toEqual({ index: 1, merchant: 'Merchant 2', category: 'Dining' });
    expect(outcome.narrative).toBe('Spent mostly on shopping.');

    const sent = fake.requests[0];
    expect(sent?.headers.authorization).toBe('Bearer sk-or-test-key');
    expect(sent?.headers['http-referer']).toBe('https://example.test/app');
    expect(sent?.headers['x-title']).toBe('Analyzer Test');
    expect(sent?.path).toBe('/api/v1/chat/completions');
    expect(sent?.body.provider).toEqual({
      require_parameters: true,
      data_collection: 'deny',
      sort: 'latency',
      max_price: { prompt: 1, completion: 4 },
    });
    expect(sent?.body.stream).toBe(true);
    // Sized from the statement: 5 transactions need far less than a model's default limit.
    expect(sent?.body.max_tokens).toBeGreaterThan(5 * 20);
    expect(sent?.body.max_tokens).toBeLessThan(1000);
    // m/a does not think by default, and `reasoning` would leave it no provider under require_parameters.
    expect(sent?.body).not.toHaveProperty('reasoning');
    expect(sent?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: {
        name: 'enrichment',
        strict: true,
        schema: { type: 'object', additionalProperties: false },
      },
    });
    const user = sent?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(user).toContain(`2. purchase | ${standInRedact(transactions[1]?.description ?? '')}`);
  });

  test('drops overrides whose index is outside the list and keeps the first of duplicates', async () => {
    const reply = {
      transactions: [
        { index: 0, merchant: 'Zero', category: 'Other' },
        { index: 2, merchant: 'First', category: 'Travel' },
        { index: 2, merchant: 'Second', category: 'Health' },
        { index: 99, merchant: 'Far', category: 'Other' },
      ],
      summary: 'Short.',
    };
    fake.setBehaviour('m/a', { kind: 'ok', content: JSON.stringify(reply) });
    engine = harness(fake, ['m/a']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome.overrides).toEqual([{ index: 1, merchant: 'First', category: 'Travel' }]);
  });
});

describe('extraction when the local parse did not reconcile', () => {
  test('prefers the LLM extraction when it reconciles, converting major units to cents', async () => {
    fake.setBehaviour('m/a', { kind: 'ok', content: extractionReply() });
    engine = harness(fake, ['m/a']).engine;

    const outcome = await engine.enhance(request({ reconciled: false }));

    expect(outcome.engine).toBe('llm');
    expect(outcome.model).toBe('m/a');
    expect(outcome.replacement?.checks.reconciled).toBe(true);
    expect(outcome.replacement?.transactions.map((t) => t.amount)).toEqual(transactions.map((t) => t.amount));
    expect(outcome.replacement?.summary.cardLast4).toBe('1111');
    expect(outcome.overrides).toHaveLength(transactions.length);
    const user = fake.requests[0]?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    // Every transaction line and the period are sent; the header and card lines are trimmed away.
    for (const line of standInRedact(statementText).split('\n').slice(3)) expect(user).toContain(line);
    expect(user).not.toContain('EXAMPLE BANK PLATINUM CARD');
    expect(user).not.toContain('Card number');
  });

  test('accepts an extraction whose statement prints one combined payments-and-credits line', async () => {
    const combined = extractionReply((r) => {
      r.statement.payments = (r.statement.payments as number) + (r.statement.credits as number);
      r.statement.credits = null;
    });
    fake.setBehaviour('m/a', { kind: 'ok', content: combined });
    engine = harness(fake, ['m/a']).engine;

    const outcome = await engine.enhance(request({ reconciled: false }));

    expect(outcome.engine).toBe('llm');
    expect(outcome.replacement?.summary.credits).toBeNull();
  });

  test('keeps the local parse and says why when no model extraction reconciles', async () => {
    const wrong = extractionReply((r) => {
      const first = r.transactions[0];
      if (first) first.amount = 120.01;
    });
    fake.setBehaviour('m/a', { kind: 'ok', content: wrong });
    fake.setBehaviour('m/b', { kind: 'ok', content: wrong });
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request({ reconciled: false }));

    expect(outcome).toMatchObject({
      engine: 'local',
      model: null,
      degraded: false,
      reason: 'unverified',
      replacement: null,
    });
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
    const why = 'not verified: checks failed: purchases vs transactions, transactions vs new balance';
    expect(outcome.rejections).toEqual([
      { model: 'm/a', reason: why },
      { model: 'm/b', reason: why },
    ]);
    expect(h.logs.some((l) => l.includes(`"why":"${why}"`))).toBe(true);
  });

  test('sends nothing and degrades when the redacted text is larger than the cap', async () => {
    fake.setBehaviour('m/a', { kind: 'ok', content: extractionReply() });
    engine = harness(fake, ['m/a'], { tuning: { maxTextChars: 10 } }).engine;

    const outcome = await engine.enhance(request({ reconciled: false }));

    expect(outcome).toMatchObject({ engine: 'local', degraded: true, reason: 'input_too_large' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('the repair attempt', () => {
  test('sends the problem back once after broken JSON and uses the repaired answer', async () => {
    fake.setBehaviour('m/a', [
      { kind: 'broken' },
      { kind: 'ok', content: enrichmentReply(transactions.length) },
    ]);
    engine = harness(fake, ['m/a']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome.engine).toBe('hybrid');
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1]?.body.messages ?? [];
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: '{"transactions": [ oops' });
    expect(repair.at(-1)?.content).toContain('not valid JSON');
    // The repair follows the first reply at once and still rides the same keep-alive socket.
    expect(fake.connections).toBe(1);
  });

  test('names the failing schema paths in the repair request', async () => {
    const bad = JSON.stringify({
      transactions: [{ index: 1, merchant: 'X', category: 'Gadgets' }],
      summary: 'S.',
    });
    fake.setBehaviour('m/a', [
      { kind: 'ok', content: bad },
      { kind: 'ok', content: enrichmentReply(1) },
    ]);
    engine = harness(fake, ['m/a']).engine;

    await engine.enhance(request());

    expect(fake.requests[1]?.body.messages.at(-1)?.content).toContain('transactions.0.category');
  });

  test('counts a second broken answer as that model failing and moves to the next model', async () => {
    fake.setBehaviour('m/a', { kind: 'broken' });
    fake.setBehaviour('m/b', { kind: 'ok', content: enrichmentReply(transactions.length) });
    engine = harness(fake, ['m/a', 'm/b']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/a', 'm/b']);
  });
});

describe('privacy', () => {
  test.each([true, false])(
    'never sends or logs a planted card number or name (reconciled=%s)',
    async (reconciled) => {
      fake.setBehaviour('m/a', {
        kind: 'ok',
        content: reconciled ? enrichmentReply(transactions.length) : extractionReply(),
      });
      const h = harness(fake, ['m/a']);
      engine = h.engine;

      await engine.enhance(request({ reconciled }));

      expect(fake.requests).toHaveLength(1);
      // The raw input really did contain them, so the assertions below can fail.
      expect(statementText).toContain(CARD_NUMBER);
      expect(transactions.some((t) => t.description.includes(CARD_NUMBER))).toBe(true);
      for (const r of fake.requests) {
        expect(r.raw).not.toContain(CARD_NUMBER);
        expect(r.raw).not.toContain(CARD_NUMBER.replaceAll(' ', ''));
        expect(r.raw).not.toContain(HOLDER);
      }
      expect(h.logs.join('\n')).not.toContain(CARD_NUMBER);
      expect(h.logs.join('\n')).not.toContain(HOLDER);
    },
  );

  test('rejects a request whose redacted descriptions do not line up with the transactions', async () => {
    engine = harness(fake, ['m/a']).engine;

    await expect(
      engine.enhance(request({ redactedDescriptions: [asRedacted('only one')] })),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    expect(fake.requests).toHaveLength(0);
  });
});
