import { describe, expect, test } from '@jest/globals';
import { ERROR_STATUS, UpstreamError } from '../../shared/errors.js';
import {
  LlmRateLimitError,
  LlmRejectedError,
  timeoutError,
  toLlmError,
  upstreamErrorFrom,
} from '../../shared/llm/errors.js';
import { DEFAULT_RETRY_POLICY, retryDelay, shouldRetry } from '../../shared/llm/retry.js';
import { parseRetryAfter } from '../../shared/llm/retry-after.js';

const now = () => Date.UTC(2025, 0, 1, 12, 0, 0);
const from = (status: number, extra: { headers?: Record<string, string>; body?: unknown } = {}) =>
  upstreamErrorFrom({ status, now, ...extra });

describe('upstreamErrorFrom', () => {
  test.each([
    [400, 'rejected', false, false, 'UPSTREAM_ERROR'],
    [401, 'unauthorized', false, true, 'UPSTREAM_ERROR'],
    [402, 'payment_required', false, true, 'UPSTREAM_ERROR'],
    [403, 'rejected', false, false, 'UPSTREAM_ERROR'],
    [404, 'rejected', false, false, 'UPSTREAM_ERROR'],
    [408, 'timeout', true, false, 'UPSTREAM_TIMEOUT'],
    [429, 'rate_limited', true, false, 'UPSTREAM_UNAVAILABLE'],
    [500, 'server', true, false, 'UPSTREAM_UNAVAILABLE'],
    [502, 'server', true, false, 'UPSTREAM_UNAVAILABLE'],
    [503, 'no_route', false, false, 'UPSTREAM_UNAVAILABLE'],
    [504, 'server', true, false, 'UPSTREAM_TIMEOUT'],
  ])(
    'maps %i to kind %s (retryable %s, halts rotation %s, code %s)',
    (status, kind, retryable, halts, code) => {
      const err = from(status);
      expect(err).toBeInstanceOf(UpstreamError);
      expect([err.kind, err.retryable, err.haltsRotation, err.code]).toEqual([kind, retryable, halts, code]);
      expect(err.upstreamStatus).toBe(status);
      expect(err.status).toBe(ERROR_STATUS[err.code]);
    },
  );

  test('reads the status of an error inside a 200 body from error.code', () => {
    const err = from(200, {
      body: { error: { code: 429, message: 'Rate limit exceeded: free-models-per-day' } },
    });
    expect(err).toBeInstanceOf(LlmRateLimitError);
    expect(err.upstreamStatus).toBe(429);
  });

  test('treats an error inside a 200 without a usable code as a 502', () => {
    expect(from(200, { body: { error: { code: 'oops' } } }).upstreamStatus).toBe(502);
  });

  test('never copies the provider message, which may echo flagged input', () => {
    const err = from(403, { body: { error: { code: 403, message: 'flagged: 4111111111111111' } } });
    expect(err).toBeInstanceOf(LlmRejectedError);
    expect(err.message).not.toContain('4111');
    expect(JSON.stringify(err.context)).not.toContain('4111');
  });

  test('carries Retry-After of a 429 in milliseconds', () => {
    expect(from(429, { headers: { 'retry-after': '2' } }).retryAfterMs).toBe(2000);
  });

  test('wraps unknown throwables as non-retryable unexpected errors and keeps the cause', () => {
    const cause = new TypeError('bug');
    const err = toLlmError(cause);
    expect([err.kind, err.retryable, err.cause]).toEqual(['unexpected', false, cause]);
  });
});

describe('parseRetryAfter', () => {
  test.each([
    [{ 'retry-after': '5' }, 5000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': new Date(now() + 9000).toUTCString() }, 9000],
    [{ 'retry-after': new Date(now() - 9000).toUTCString() }, 0],
    [{ 'retry-after-ms': '250', 'retry-after': '5' }, 250],
    [{ 'retry-after': 'soon' }, null],
    [{}, null],
  ])('reads %j as %p ms', (headers, expected) => {
    expect(parseRetryAfter(headers, now)).toBe(expected);
  });
});

describe('shouldRetry and retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, maxAttemptsPerModel: 3 };

  test('retries transient failures until the attempts run out', () => {
    expect(shouldRetry(from(502), 1, policy)).toBe(true);
    expect(shouldRetry(from(502), 2, policy)).toBe(true);
    expect(shouldRetry(from(502), 3, policy)).toBe(false);
  });

  test('never retries requests the provider rejected', () => {
    for (const status of [400, 401, 402, 403, 404]) expect(shouldRetry(from(status), 1, policy)).toBe(false);
  });

  test('rotates instead of retrying when Retry-After exceeds the cap', () => {
    const long = from(429, { headers: { 'retry-after': String(policy.retryAfterCapMs / 1000 + 1) } });
    const short = from(429, { headers: { 'retry-after': String(policy.retryAfterCapMs / 1000) } });
    expect(shouldRetry(long, 1, policy)).toBe(false);
    expect(shouldRetry(short, 1, policy)).toBe(true);
  });

  test('rotates instead of retrying after our own timeout, but retries a quick 408', () => {
    expect(shouldRetry(timeoutError(new Error('aborted')), 1, policy)).toBe(false);
    expect(shouldRetry(from(408), 1, policy)).toBe(true);
  });

  test('backs off exponentially up to the cap, with up to 25% jitter taken off', () => {
    const err = from(500);
    const delays = [1, 2, 3, 4, 5, 6].map((a) => retryDelay(err, a, policy, () => 0));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelay(err, 1, policy, () => 1)).toBe(375);
  });

  test("uses the server's Retry-After over the backoff", () => {
    expect(retryDelay(from(429, { headers: { 'retry-after': '4' } }), 1, policy, () => 0)).toBe(4000);
  });
});
