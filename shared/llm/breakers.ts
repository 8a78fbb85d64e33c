/**
 * One opossum circuit breaker per model, living as long as the engine instance (a warm serverless
 * container keeps them across requests).
 *
 * Why a wrapper: opossum measures time with real timers (a setTimeout for open → halfOpen, a
 * setInterval rotating its rolling window), which tests could only escape by waiting or by module
 * mocks. So the wrapper drives both from the injected `now()`, lazily, whenever a breaker is used:
 * - the rolling window rotates through opossum's own `rotateBucketController` hook (an emitter we
 *   fire once per elapsed bucket) instead of its interval;
 * - opossum's reset timer is parked at the longest timer Node allows (unref'd, cleared on close);
 *   when the injected clock says the cooldown is over, the breaker is replaced by one restored in
 *   the halfOpen state through opossum's documented `state` option (the one meant for restoring a
 *   breaker in a new serverless invocation). In halfOpen opossum lets one trial call through:
 *   success closes it, failure opens it again.
 * - opossum's own call timeout is off: the HTTP call is aborted by our AbortSignal, which also frees
 *   the socket, whereas opossum's timeout would only stop waiting for it.
 * No timer of ours runs, so nothing keeps the event loop (or a frozen Lambda) busy.
 */
import { EventEmitter } from 'node:events';
import CircuitBreaker from 'opossum';
import { toLlmError } from './errors.js';

export type BreakerState = 'closed' | 'open' | 'halfOpen';

export interface BreakerOptions {
  /** Calls in the window before the error rate may open the breaker. */
  volumeThreshold: number;
  /** Open when more than this percentage of calls in the window failed. */
  errorThresholdPercentage: number;
  windowMs: number;
  buckets: number;
  /** How long an open breaker rejects calls before letting one trial through. */
  cooldownMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  volumeThreshold: 3,
  errorThresholdPercentage: 50,
  windowMs: 60_000,
  buckets: 6,
  cooldownMs: 30_000,
};

export interface BreakerRegistry {
  /** Runs `fn` through `model`'s breaker; rejects with BreakerOpenError when it is open. */
  run<T>(model: string, fn: () => Promise<T>): Promise<T>;
  state(model: string): BreakerState;
  states(): Record<string, BreakerState>;
}

/** Thrown by `run` when the breaker rejects the call without trying. */
export class BreakerOpenError extends Error {
  override readonly name = 'BreakerOpenError';
}

/** Longest delay setTimeout accepts; anything larger fires after 1 ms. */
const PARKED_MS = 2 ** 31 - 1;

interface Entry {
  breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  openedAt: number | null;
}

/** Creates the per-model breakers once; `now` is the only clock they read. */
export function createBreakerRegistry(
  models: readonly string[],
  now: () => number,
  options: Partial<BreakerOptions> = {},
): BreakerRegistry {
  const opts = { ...DEFAULT_BREAKER_OPTIONS, ...options };
  const bucketMs = Math.max(1, Math.floor(opts.windowMs / opts.buckets));
  const rotator = new EventEmitter();
  rotator.setMaxListeners(0);
  let rotatedAt = now();
  const entries = new Map<string, Entry>();

  const build = (model: string, halfOpen: boolean): Entry => {
    const breaker = new CircuitBreaker((fn: () => Promise<unknown>) => fn(), {
      name: model,
      timeout: false,
      resetTimeout: PARKED_MS,
      volumeThreshold: opts.volumeThreshold,
      errorThresholdPercentage: opts.errorThresholdPercentage,
      rollingCountTimeout: opts.windowMs,
      rollingCountBuckets: opts.buckets,
      rotateBucketController: rotator,
      enableSnapshots: false,
      rollingPercentilesEnabled: false,
      // 401/402 say nothing about this model's health (they stop the whole walk instead), nor does an
      // answer that came back cut, filtered, refused or empty: the model is up.
      errorFilter: (err: unknown) => !toLlmError(err).countsAgainstModel,
      ...(halfOpen ? { state: { closed: false, halfOpen: true } } : {}),
    });
    const entry: Entry = { breaker, openedAt: null };
    breaker.on('open', () => {
      entry.openedAt = now();
    });
    return entry;
  };
  for (const model of models) entries.set(model, build(model, false));

  /** Applies the time that passed on the injected clock: window rotation and open → halfOpen. */
  const advance = (model: string): Entry => {
    const t = now();
    const elapsed = Math.floor((t - rotatedAt) / bucketMs);
    if (elapsed > 0) {
      for (let i = 0; i < Math.min(elapsed, opts.buckets); i++) rotator.emit('rotate');
      rotatedAt += elapsed * bucketMs;
    }
    let entry = entries.get(model);
    if (entry === undefined) {
      entry = build(model, false);
      entries.set(model, entry);
    }
    if (entry.breaker.opened && entry.openedAt !== null && t - entry.openedAt >= opts.cooldownMs) {
      entry.breaker.shutdown();
      entry = build(model, true);
      entries.set(model, entry);
    }
    return entry;
  };

  const stateOf = (entry: Entry): BreakerState =>
    entry.breaker.opened ? 'open' : entry.breaker.halfOpen ? 'halfOpen' : 'closed';

  return {
    async run<T>(model: string, fn: () => Promise<T>): Promise<T> {
      const { breaker } = advance(model);
      try {
        return (await breaker.fire(fn)) as T;
      } catch (err) {
        if (CircuitBreaker.isOurError(err as Error)) throw new BreakerOpenError(`breaker open for ${model}`);
        throw err;
      }
    },
    state: (model) => stateOf(advance(model)),
    states: () => Object.fromEntries([...entries.keys()].map((m) => [m, stateOf(advance(m))])),
  };
}
