import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import type { LlmEngine } from '../../shared/llm/engine.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';
import { enrichmentReply, harness, request, transactions } from './fixtures.js';

let fake: FakeOpenRouter;
let engine: LlmEngine | undefined;
const good = () => ({ kind: 'ok' as const, content: enrichmentReply(transactions.length) });

beforeEach(async () => {
  fake = await startFakeOpenRouter();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await fake.close();
});

describe('rotation', () => {
  test('tries models in the configured order, retrying a failing one once with backoff', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 500 });
    fake.setBehaviour('m/b', { kind: 'status', status: 502 });
    fake.setBehaviour('m/c', good());
    const h = harness(fake, ['m/a', 'm/b', 'm/c']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome).toMatchObject({ engine: 'hybrid', model: 'm/c', degraded: false });
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/a', 'm/b', 'm/b', 'm/c']);
    // random() is 0, so the jitter removes nothing: the first backoff is the base delay.
    expect(h.sleeps).toEqual([500, 500]);
  });

  test.each([
    [401, 'unauthorized'],
    [402, 'payment_required'],
  ])('stops the walk at %i because no other model will help', async (status, reason) => {
    fake.setBehaviour('m/a', { kind: 'status', status });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b']);
    engine = h.engine;

    const outcome = await engine.enhance(request());

    expect(outcome).toMatchObject({ engine: 'local', degraded: true, reason });
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a']);
    expect(engine.breakerStates()['m/a']).toBe('closed');
  });

  test('does not retry a 400 on the same model but moves to the next', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 400 });
    fake.setBehaviour('m/b', good());
    engine = harness(fake, ['m/a', 'm/b']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
  });

  test('treats an error inside a 200 body as a failure', async () => {
    fake.setBehaviour('m/a', { kind: 'error-in-200', code: 502 });
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

  test('returns a degraded outcome instead of throwing when every model fails', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 502 });
    fake.setBehaviour('m/b', { kind: 'error-in-200', code: 503 });
    engine = harness(fake, ['m/a', 'm/b']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome).toMatchObject({
      engine: 'local',
      model: null,
      degraded: true,
      reason: 'all_failed',
      overrides: [],
      narrative: null,
    });
    // m/a's 502 is retried once; m/b's 503 (no provider meets the routing requirements) is not.
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/a', 'm/b']);
  });

  test('retries after a dropped connection, then rotates', async () => {
    fake.setBehaviour('m/a', { kind: 'reset' });
    fake.setBehaviour('m/b', good());
    engine = harness(fake, ['m/a', 'm/b']).engine;

    const outcome = await engine.enhance(request());

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/a', 'm/b']);
  });
});

describe('Retry-After', () => {
  test('waits the seconds the 429 asks for, then retries the same model', async () => {
    fake.setBehaviour('m/a', [{ kind: 'status', status: 429, retryAfter: '3' }, good()]);
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true });
    engine = h.engine;

    const outcome = await engine.enhance(request({ deadline: h.clock.t + 60_000 }));

    expect(outcome.model).toBe('m/a');
    expect(h.sleeps).toEqual([3000]);
  });

  test('understands an HTTP-date Retry-After against the injected clock', async () => {
    const h = harness(fake, ['m/a'], { fakeClock: true });
    engine = h.engine;
    const at = new Date(h.clock.t + 7000).toUTCString();
    fake.setBehaviour('m/a', [{ kind: 'status', status: 429, retryAfter: at }, good()]);

    await engine.enhance(request({ deadline: h.clock.t + 60_000 }));

    expect(h.sleeps).toEqual([7000]);
  });

  test('rotates instead of sleeping when the server asks for longer than the cap', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 429, retryAfter: '120' });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true });
    engine = h.engine;

    const outcome = await engine.enhance(request({ deadline: h.clock.t + 60_000 }));

    expect(outcome.model).toBe('m/b');
    expect(h.sleeps).toEqual([]);
  });

  test('rotates instead of sleeping past the deadline', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 429, retryAfter: '8' });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true });
    engine = h.engine;

    const outcome = await engine.enhance(request({ deadline: h.clock.t + 5_000 }));

    expect(outcome.model).toBe('m/b');
    expect(h.sleeps).toEqual([]);
  });
});

describe('deadlines and timeouts', () => {
  test('a hanging model does not hold the request past its deadline', async () => {
    fake.setBehaviour('m/a', { kind: 'hang' });
    fake.setBehaviour('m/b', { kind: 'hang' });
    // The per-call timeout outlasts jest's own: only the deadline can end this test in time.
    engine = harness(fake, ['m/a', 'm/b'], { tuning: { minCallMs: 100, callTimeoutMs: 600_000 } }).engine;
    // 1.5 s, not less: m/b's 40% must stay above minCallMs when m/a's timer fires late on a busy machine.
    const deadline = Date.now() + 1500;

    const outcome = await engine.enhance(request({ deadline }));

    expect(outcome).toMatchObject({ engine: 'local', degraded: true, reason: 'deadline' });
    expect(Date.now()).toBeLessThan(deadline + 100);
    // m/a had its share (60%), m/b what was left.
    expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
  });

  test.each([
    ['hangs', { kind: 'hang' as const }],
    ['trickles its answer', { kind: 'trickle' as const, intervalMs: 50 }],
  ])(
    'a model that %s is abandoned after the per-call timeout and the next one answers',
    async (_, behaviour) => {
      fake.setBehaviour('m/a', behaviour);
      fake.setBehaviour('m/b', good());
      const h = harness(fake, ['m/a', 'm/b'], { tuning: { callTimeoutMs: 200 } });
      engine = h.engine;

      const outcome = await engine.enhance(request());

      expect(outcome.model).toBe('m/b');
      // Timed out once and not retried: the time left goes to the next model.
      expect(fake.requests.map((r) => r.model)).toEqual(['m/a', 'm/b']);
      expect(h.logs.some((l) => l.includes('"model":"m/a"') && l.includes('"kind":"timeout"'))).toBe(true);
    },
  );
});

describe('connection reuse', () => {
  test('several requests travel over one keep-alive TCP connection', async () => {
    fake.setBehaviour('m/a', good());
    engine = harness(fake, ['m/a']).engine;

    for (let i = 0; i < 5; i++) await engine.enhance(request());

    expect(fake.requests).toHaveLength(5);
    expect(fake.connections).toBe(1);
  });
});
