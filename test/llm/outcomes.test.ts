/**
 * Every outcome of a call, read over real HTTP against the fake OpenRouter's SSE stream: answers that
 * are cut, filtered, refused or empty rotate at once without a repair round (and without counting
 * against the breaker); a routing 503 rotates at once; `x-should-retry` and `retry-after-ms` are
 * obeyed; a stream that stalls is aborted and the next model still answers before the deadline;
 * usage and cost are logged per call and summed in the outcome; OpenRouter's own failover (`models`).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import type { LlmEngine } from '../../shared/llm/engine.js';
import {
  type Behaviour,
  type FakeOpenRouter,
  startFakeOpenRouter,
  usageFor,
} from '../support/fake-openrouter.js';
import { asRedacted, enrichmentReply, harness, request, transactions } from './fixtures.js';

let fake: FakeOpenRouter;
let engine: LlmEngine | undefined;
const goodContent = enrichmentReply(transactions.length);
const good = (): Behaviour => ({ kind: 'ok', content: goodContent });

beforeEach(async () => {
  fake = await startFakeOpenRouter();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await fake.close();
});

describe('answers that cannot be used rotate at once, without a repair round', () => {
  test.each<[string, Behaviour, string]>([
    ['cut at max_tokens (finish_reason length)', { kind: 'length', content: goodContent }, 'truncated'],
    ['withheld by a content filter', { kind: 'content-filter', content: '{"tr' }, 'filtered'],
    ['a refusal', { kind: 'refusal', message: 'I cannot help with financial documents.' }, 'refused'],
    ['empty', { kind: 'empty' }, 'empty'],
  ])('an answer %s goes to the next model after one call', async (_, behaviour, kind) => {
    fake.setBehaviour('m/a', behaviour);
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome).toMatchObject({ engine: 'hybrid', model: 'm/b' });
    // One call to m/a: no repair message re-sending the prompt, no retry.
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
    expect(fake.requests[0]?.body.stream).toBe(true);
    expect(h.logs.some((l) => l.includes('"model":"m/a"') && l.includes(`"kind":"${kind}"`))).toBe(true);
    // The model is up, it just answered badly: its breaker does not count this.
    expect(engine.breakerStates()['m/a']).toBe('closed');
  });

  test('a routing 503 (no provider meets the requirements) rotates at once, without a backoff', async () => {
    fake.setBehaviour('m/a', {
      kind: 'status',
      status: 503,
      message: 'No allowed providers are available for the selected model.',
    });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
    expect(h.sleeps).toEqual([]);
  });

  test('an error inside a 200 stream, after some content, is retried like a 502 and then rotates', async () => {
    fake.setBehaviour('m/a', { kind: 'error-in-200', code: 502, afterContent: '{"transactions": [' });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/a', 'm/b']);
    expect(h.logs.some((l) => l.includes('"upstreamStatus":502') && l.includes('"kind":"server"'))).toBe(
      true,
    );
  });
});

describe('the server decides about retries', () => {
  test('x-should-retry: false stops a retry of a 500; x-should-retry: true retries a 400', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 500, shouldRetry: 'false' });
    fake.setBehaviour('m/b', [{ kind: 'status', status: 400, shouldRetry: 'true' }, good()]);
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b', 'm/b']);
  });

  test('retry-after-ms is waited exactly, in preference to Retry-After', async () => {
    fake.setBehaviour('m/a', [
      { kind: 'status', status: 429, retryAfterMs: '1250', retryAfter: '9' },
      good(),
    ]);
    const h = harness(fake, ['m/a'], { fakeClock: true });
    engine = h.engine;

    const outcome = await engine.enhance(request({ deadline: h.clock.t + 60_000 }));

    expect(outcome.model).toBe('m/a');
    expect(h.sleeps).toEqual([1250]);
  });
});

describe('stalls and the deadline', () => {
  test('a stream that stops sending tokens (keep-alive comments only) is aborted and the next model answers', async () => {
    fake.setBehaviour('m/a', { kind: 'stall', content: goodContent, afterChars: 40, keepAliveMs: 50 });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { tuning: { stallMs: 300 } });
    engine = h.engine;
    const t0 = Date.now();

    const outcome = await engine.enhance(request({ deadline: t0 + 20_000 }));

    expect(outcome.model).toBe('m/b');
    // Caught by the stall window, long before m/a's share (60% of 20 s) ran out.
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(h.logs.some((l) => l.includes('"model":"m/a"') && l.includes('"kind":"stalled"'))).toBe(true);
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
  });

  test('a first model that stalls before its first token still leaves time for a second, before the deadline', async () => {
    // The stall window is longer than the whole deadline: only the first model's share can save the request.
    fake.setBehaviour('m/a', { kind: 'stall', content: '', keepAliveMs: 50 });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { tuning: { firstTokenMs: 60_000, minCallMs: 100 } });
    engine = h.engine;
    const t0 = Date.now();
    const deadline = t0 + 1_500;

    const outcome = await engine.enhance(request({ deadline }));
    const t1 = Date.now();

    expect(outcome).toMatchObject({ engine: 'hybrid', model: 'm/b' });
    expect(t1).toBeLessThan(deadline);
    // m/b was asked after at most ~60% of the time (plus scheduling), not after all of it.
    const second = fake.requests[1]?.at ?? Number.POSITIVE_INFINITY;
    expect(second - t0).toBeLessThan(1_500 * 0.6 + 250);
  });

  test('the full-text path is not started when its expected generation time exceeds the time left', async () => {
    fake.setBehaviour('m/a', good());
    const h = harness(fake, ['m/a'], { fakeClock: true });
    engine = h.engine;
    // A 200-row statement: about 11,000 output tokens, far more than 10 s allows at the assumed speed.
    const rows = Array.from(
      { length: 200 },
      (_, i) => `03/${String((i % 28) + 1).padStart(2, '0')} SHOP ${i} 12.34`,
    );

    const outcome = await engine.enhance(
      request({ reconciled: false, redactedText: asRedacted(rows.join('\n')), deadline: h.clock.t + 10_000 }),
    );

    expect(outcome).toMatchObject({ engine: 'local', degraded: true, reason: 'no_time' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('usage and cost', () => {
  test('each call is logged with its tokens and cost, and the request sums them over every call', async () => {
    fake.setBehaviour('m/a', [{ kind: 'broken' }, good()]);
    const h = harness(fake, ['m/a']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(fake.requests).toHaveLength(2); // the answer and its repair
    const replies = ['{"transactions": [ oops', goodContent];
    const expected = fake.requests.map((r, i) =>
      usageFor(r.body.messages.map((m) => m.content).join('\n'), replies[i] ?? ''),
    );
    const sum = (k: string) => expected.reduce((acc, u) => acc + (u[k] ?? 0), 0);
    expect(outcome.usage).toEqual({
      calls: 2,
      promptTokens: sum('prompt_tokens'),
      completionTokens: sum('completion_tokens'),
      cost: Math.round(sum('cost') * 1e6) / 1e6,
    });
    const perCall = h.logs.filter((l) => l.includes('"message":"llm call usage"')).map((l) => JSON.parse(l));
    expect(perCall.map((l) => [l.model, l.promptTokens, l.completionTokens])).toEqual(
      expected.map((u) => ['m/a', u.prompt_tokens, u.completion_tokens]),
    );
    expect(perCall[1].cost).toBeCloseTo(expected[1]?.cost ?? -1, 12);
    const used = h.logs.find((l) => l.includes('"message":"llm enrichment used"')) ?? '';
    expect(JSON.parse(used)).toMatchObject({ calls: 2, promptTokens: sum('prompt_tokens') });
  });
});

describe("OpenRouter's own failover", () => {
  test('names the next healthy model in `models`, so a rate-limited first model costs no extra round trip', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 429, retryAfter: '30' });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b', 'm/c'], { tuning: { transportFailover: true } });
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body.models).toEqual(['m/a', 'm/b']);
    expect(fake.requests[0]?.servedBy).toBe('m/b');
    expect(outcome.model).toBe('m/b');
  });
});
