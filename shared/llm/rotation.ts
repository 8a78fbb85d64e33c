/**
 * The walk over the configured models: skip open breakers, give each call its share of the time
 * left (budget.ts), retry a model only when the rules in retry.ts allow and the deadline leaves
 * room, stop at once on 401/402, and report "the AI is down" as a value rather than an exception.
 * With transport failover on, each call also names the next healthy model, so OpenRouter itself
 * moves on when the first cannot be served (`models`); answers that fail our checks still rotate here.
 */
import type { Logger } from '../log.js';
import { BreakerOpenError, type BreakerRegistry } from './breakers.js';
import { callBudgetMs, type SpeedAssumptions } from './budget.js';
import { type LlmErrorKind, toLlmError } from './errors.js';
import { type RetryPolicy, retryDelay, shouldRetry } from './retry.js';

/** Why no model's answer was used. */
export type WalkFailure =
  | 'no_models'
  | 'breakers_open'
  | 'deadline'
  | 'unauthorized'
  | 'payment_required'
  | 'all_failed'
  | 'unverified';

export interface WalkOptions<T> {
  models: readonly string[];
  breakers: BreakerRegistry;
  /** Epoch ms (on `now`'s clock) by which the walk must be over. */
  deadline: number;
  /** Aborts every call when the deadline passes (real time, AbortSignal.timeout). */
  deadlineSignal: AbortSignal;
  /** Longest single call to one model, whatever its share. */
  callTimeoutMs: number;
  /** How the time left is shared between models. */
  speed: SpeedAssumptions;
  /** Name the next healthy model as OpenRouter's in-request fallback. */
  transportFailover: boolean;
  /** Do not start a call (or a wait) that would leave less than this before the deadline. */
  minCallMs: number;
  policy: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  logger: Logger;
  /** One call to one model; throws LlmError (or anything, which counts as `unexpected`). */
  attempt: (model: string, signal: AbortSignal, fallbacks: readonly string[]) => Promise<T>;
  /** Checks an answer after it arrived; a string is the reason to reject it and try the next model. */
  verify?: (value: T) => string | null;
}

/** A model's answer that arrived well-formed but was refused by `verify`, and why. */
export interface Rejection {
  model: string;
  reason: string;
}

export type WalkResult<T> =
  | { ok: true; value: T; model: string; tried: number; rejections: Rejection[] }
  | {
      ok: false;
      reason: WalkFailure;
      tried: number;
      failures: Array<{ model: string; kind: LlmErrorKind | 'breaker_open' | 'unverified' }>;
      rejections: Rejection[];
    };

/** Tries the models in order until one answers well; never throws for upstream failures. */
export async function walkModels<T>(o: WalkOptions<T>): Promise<WalkResult<T>> {
  const failures: Array<{ model: string; kind: LlmErrorKind | 'breaker_open' | 'unverified' }> = [];
  const rejections: Rejection[] = [];
  let tried = 0;
  let outOfTime = false;
  const remaining = () => o.deadline - o.now();
  const healthyAfter = (index: number) =>
    o.models.slice(index + 1).filter((m) => o.breakers.state(m) !== 'open');

  for (const [index, model] of o.models.entries()) {
    if (remaining() < o.minCallMs || o.deadlineSignal.aborted) {
      outOfTime = true;
      break;
    }
    if (o.breakers.state(model) === 'open') {
      failures.push({ model, kind: 'breaker_open' });
      continue;
    }
    tried++;
    for (let attempt = 1; ; attempt++) {
      const next = healthyAfter(index);
      const budgetMs = callBudgetMs(remaining(), next.length === 0, o.speed, o.callTimeoutMs);
      if (budgetMs < o.minCallMs) {
        outOfTime = true;
        break;
      }
      const signal = AbortSignal.any([o.deadlineSignal, AbortSignal.timeout(Math.max(1, budgetMs))]);
      const fallbacks = o.transportFailover ? next.slice(0, 1) : [];
      try {
        const value = await o.breakers.run(model, () => o.attempt(model, signal, fallbacks));
        const rejected = o.verify?.(value) ?? null;
        if (rejected === null) return { ok: true, value, model, tried, rejections };
        // A well-formed answer that fails our checks is not an outage: the breaker counted it a success.
        o.logger.warn('llm answer rejected', { model, attempt, why: rejected });
        rejections.push({ model, reason: rejected });
        failures.push({ model, kind: 'unverified' });
        break;
      } catch (thrown) {
        if (thrown instanceof BreakerOpenError) {
          // Opened by this very walk's failures, or a halfOpen trial is already in flight elsewhere.
          failures.push({ model, kind: 'breaker_open' });
          break;
        }
        const err = toLlmError(thrown);
        o.logger.warn('llm call failed', {
          model,
          attempt,
          kind: err.kind,
          upstreamStatus: err.upstreamStatus,
          retryAfterMs: err.retryAfterMs,
          budgetMs,
        });
        failures.push({ model, kind: err.kind });
        if (err.haltsRotation) {
          return {
            ok: false,
            reason: err.kind as 'unauthorized' | 'payment_required',
            tried,
            failures,
            rejections,
          };
        }
        if (!shouldRetry(err, attempt, o.policy)) break;
        // This failure may have opened the breaker: waiting for a retry it would reject is time wasted.
        if (o.breakers.state(model) === 'open') break;
        const delay = retryDelay(err, attempt, o.policy, o.random);
        if (remaining() - delay < o.minCallMs) break;
        o.logger.debug('llm retry scheduled', { model, attempt, delayMs: delay });
        await o.sleep(delay);
      }
    }
  }
  // The last model's call may use all the time left, so its own timer can beat the deadline's by a tick.
  const endedByClock = failures.at(-1)?.kind === 'timeout' && remaining() < o.minCallMs;
  const timedOut = outOfTime || o.deadlineSignal.aborted || endedByClock;
  const reason = failureReason(failures, tried, timedOut, o.models.length);
  return { ok: false, reason, tried, failures, rejections };
}

function failureReason(
  failures: Array<{ kind: string }>,
  tried: number,
  timedOut: boolean,
  modelCount: number,
): WalkFailure {
  if (modelCount === 0) return 'no_models';
  if (tried === 0 && !timedOut) return 'breakers_open';
  if (timedOut) return 'deadline';
  if (failures.length > 0 && failures.every((f) => f.kind === 'unverified' || f.kind === 'breaker_open')) {
    return 'unverified';
  }
  return 'all_failed';
}
