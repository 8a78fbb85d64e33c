/** The engine's knobs, with the defaults production runs; tests pass literal overrides. */
import type { BreakerOptions } from './breakers.js';
import { DEFAULT_SPEED, type SpeedAssumptions } from './budget.js';
import type { Routing } from './client.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';

/** How long, how much, and which OpenRouter preferences, for every call the engine makes. */
export interface LlmTuning {
  /** Longest single call to one model, whatever its share of the time left. */
  callTimeoutMs: number;
  /** Do not start a call with less than this left before the deadline. */
  minCallMs: number;
  /** Longer redacted statement text is not sent at all (cost and context limits). */
  maxTextChars: number;
  /** A stream with no token for this long after the request (headers included) is aborted. */
  firstTokenMs: number;
  /** A stream with no token for this long once it has started is aborted. */
  stallMs: number;
  speed: SpeedAssumptions;
  /** Name the next healthy model in `models`, so OpenRouter fails over inside one request. */
  transportFailover: boolean;
  routing: Partial<Routing>;
  retry: RetryPolicy;
  breaker: Partial<BreakerOptions>;
}

/** The defaults: what production runs with. */
export const DEFAULT_TUNING: LlmTuning = {
  callTimeoutMs: 60_000,
  minCallMs: 2_000,
  maxTextChars: 200_000,
  firstTokenMs: 10_000,
  stallMs: 5_000,
  speed: DEFAULT_SPEED,
  transportFailover: true,
  // Latency first: the deadline matters more than a fraction of a cent. max_price sits above every
  // default model's list price (USD per million tokens) and below the expensive tiers.
  routing: { sort: 'latency', maxPrice: { prompt: 1, completion: 4 } },
  retry: DEFAULT_RETRY_POLICY,
  breaker: {},
};
