/**
 * When to retry the same model and how long to wait first. Pure: the clock and the random source
 * are parameters, so tests assert exact delays without waiting.
 */
import type { LlmError } from './errors.js';

export interface RetryPolicy {
  /** Calls to one model before rotating to the next (1 = no retry). */
  maxAttemptsPerModel: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this means "rotate", not "wait": serverless time is too short. */
  retryAfterCapMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttemptsPerModel: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  retryAfterCapMs: 10_000,
};

/** Whether to call the same model again after `err` on attempt number `attempt` (1-based). Rules in order. */
export function shouldRetry(err: LlmError, attempt: number, policy: RetryPolicy): boolean {
  // 1. This model has had its attempts: the next model is a better bet than a third try.
  if (attempt >= policy.maxAttemptsPerModel) return false;
  // 2. Told to wait longer than we may: this model is busy for now, rotate instead of sleeping.
  if (err.retryAfterMs !== null && err.retryAfterMs > policy.retryAfterCapMs) return false;
  // 3. The server said whether to retry (`x-should-retry`, which openai-node obeys too): its word beats our guesses.
  if (err.shouldRetryHeader !== null) return err.shouldRetryHeader;
  // 4. 400/403/404, routing 503s, cut/filtered/refused/empty answers, a stall, our own bugs: the same
  //    request fails the same way, so the next model is the better bet.
  if (!err.retryable) return false;
  // 5. Our own timeout already spent a whole call's budget on this model: the next model gets the rest.
  if (err.kind === 'timeout' && err.upstreamStatus === null) return false;
  // 6. 408, 429, 500/502/504 and dropped connections are transient.
  return true;
}

/** The wait before retry number `attempt`: the server's Retry-After if given, else capped exponential backoff with jitter. */
export function retryDelay(
  err: LlmError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (err.retryAfterMs !== null) return Math.min(err.retryAfterMs, policy.retryAfterCapMs);
  const exp = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  // Up to 25% less than the nominal delay, so instances that failed together do not retry together.
  return Math.round(exp * (1 - random() * 0.25));
}
