import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createBreakerRegistry } from '../../shared/llm/breakers.js';
import type { LlmEngine } from '../../shared/llm/engine.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';
import { enrichmentReply, type Harness, harness, request, transactions } from './fixtures.js';

let fake: FakeOpenRouter;
let engine: LlmEngine | undefined;
const good = () => ({ kind: 'ok' as const, content: enrichmentReply(transactions.length) });
const breaker = {
  volumeThreshold: 3,
  errorThresholdPercentage: 50,
  cooldownMs: 30_000,
  windowMs: 60_000,
  buckets: 6,
};

beforeEach(async () => {
  fake = await startFakeOpenRouter();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await fake.close();
});

const enhance = (h: Harness) => h.engine.enhance(request({ deadline: h.clock.t + 60_000 }));

describe('circuit breakers across requests', () => {
  test('open after repeated failures, after which the model is skipped without a call', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 500 });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true, tuning: { breaker } });
    engine = h.engine;

    await enhance(h); // a fails twice (retry), b answers
    expect(engine.breakerStates()).toEqual({ 'm/a': 'closed', 'm/b': 'closed' });
    await enhance(h); // a's third failure opens it
    expect(engine.breakerStates()['m/a']).toBe('open');
    const before = fake.requests.length;
    const outcome = await enhance(h);

    expect(outcome.model).toBe('m/b');
    expect(fake.requests.slice(before).map((r) => r.model)).toEqual(['m/b']);
  });

  test('go half-open after the cooldown on the injected clock, and close on a successful trial', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 500 });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true, tuning: { breaker } });
    engine = h.engine;
    await enhance(h);
    await enhance(h);
    expect(engine.breakerStates()['m/a']).toBe('open');

    h.clock.t += breaker.cooldownMs - 1;
    expect(engine.breakerStates()['m/a']).toBe('open');
    h.clock.t += 1;
    expect(engine.breakerStates()['m/a']).toBe('halfOpen');

    fake.setBehaviour('m/a', good());
    const outcome = await enhance(h);

    expect(outcome.model).toBe('m/a');
    expect(engine.breakerStates()['m/a']).toBe('closed');
  });

  test('re-open at once when the half-open trial fails', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 500 });
    fake.setBehaviour('m/b', good());
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true, tuning: { breaker } });
    engine = h.engine;
    await enhance(h);
    await enhance(h);
    h.clock.t += breaker.cooldownMs;
    const before = fake.requests.length;

    const outcome = await enhance(h);

    // One trial call only: the failure re-opens the breaker, so the retry is not even attempted.
    expect(fake.requests.slice(before).map((r) => r.model)).toEqual(['m/a', 'm/b']);
    expect(outcome.model).toBe('m/b');
    expect(engine.breakerStates()['m/a']).toBe('open');
  });

  test('report "the AI is down" as a degraded outcome when every breaker is open', async () => {
    fake.setBehaviour('m/a', { kind: 'status', status: 502 });
    fake.setBehaviour('m/b', { kind: 'status', status: 502 });
    const h = harness(fake, ['m/a', 'm/b'], { fakeClock: true, tuning: { breaker } });
    engine = h.engine;
    await enhance(h);
    await enhance(h);
    expect(engine.breakerStates()).toEqual({ 'm/a': 'open', 'm/b': 'open' });
    const before = fake.requests.length;

    const outcome = await enhance(h);

    expect(outcome).toMatchObject({ engine: 'local', degraded: true, reason: 'breakers_open' });
    expect(fake.requests.length).toBe(before);
  });
});

describe('breaker registry window', () => {
  test('forgets old failures once the rolling window has moved past them', async () => {
    const clock = { t: 0 };
    const registry = createBreakerRegistry(['m'], () => clock.t, breaker);
    const fail = () => registry.run('m', () => Promise.reject(new Error('boom'))).catch(() => undefined);

    await fail();
    await fail();
    clock.t += breaker.windowMs;
    await fail();

    expect(registry.state('m')).toBe('closed');
    await fail();
    await fail();
    expect(registry.state('m')).toBe('open');
  });
});
