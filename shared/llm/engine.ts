/**
 * The LLM engine the pipeline calls. Created once per instance (cold start): it owns the HTTP pool
 * and the per-model breakers, which then live across requests. `enhance` never throws for upstream
 * failures; "the AI is down" is an outcome with `degraded: true`, and the pipeline answers locally.
 */
import type { Dispatcher } from 'undici';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import { type BreakerOptions, type BreakerState, createBreakerRegistry } from './breakers.js';
import { createOpenRouterClient } from './client.js';
import { cleanNarrative, type Extraction, enrichmentOverrides, extractionToParsed } from './extraction.js';
import { enrichmentMessages, extractionMessages } from './prompts.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { type WalkOptions, walkModels } from './rotation.js';
import { enrichmentReplySchema, extractionReplySchema } from './schemas.js';
import { askStructured } from './structured.js';
import type { LlmOutcome, LlmReason, LlmRequest } from './types.js';

export type { LlmOutcome, LlmReason, LlmRequest, Override } from './types.js';

export interface LlmEngine {
  /** Improves the local result with the LLM; never throws for upstream failures. */
  enhance(req: LlmRequest): Promise<LlmOutcome>;
  /** Each configured model's breaker, for /health. */
  breakerStates(): Record<string, BreakerState>;
  /** Releases pooled connections (tests, graceful shutdown). */
  close(): Promise<void>;
}

export interface LlmTuning {
  /** Longest single call to one model. */
  callTimeoutMs: number;
  /** Do not start a call with less than this left before the deadline. */
  minCallMs: number;
  /** Longer redacted statement text is not sent at all (cost and context limits). */
  maxTextChars: number;
  retry: RetryPolicy;
  breaker: Partial<BreakerOptions>;
}

export const DEFAULT_TUNING: LlmTuning = {
  callTimeoutMs: 25_000,
  minCallMs: 2_000,
  maxTextChars: 200_000,
  retry: DEFAULT_RETRY_POLICY,
  breaker: {},
};

export interface LlmEngineDeps {
  apiKey: string;
  baseUrl: string;
  models: string[];
  logger: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  referer?: string;
  title?: string;
  tuning?: Partial<LlmTuning>;
  /** An undici dispatcher to use instead of the engine's own keep-alive pool. */
  dispatcher?: Dispatcher;
}

/** Reasons that mean the AI could not be used at all, as opposed to "answered but did not verify". */
const DEGRADING: ReadonlySet<LlmReason> = new Set<LlmReason>([
  'no_models',
  'breakers_open',
  'deadline',
  'unauthorized',
  'payment_required',
  'all_failed',
  'input_too_large',
]);

/** Builds the engine once per instance: one HTTP pool, one breaker per model. */
export function createLlmEngine(deps: LlmEngineDeps): LlmEngine {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const tuning: LlmTuning = { ...DEFAULT_TUNING, ...deps.tuning };
  const models = [...deps.models];
  const client = createOpenRouterClient({
    apiKey: deps.apiKey,
    baseUrl: deps.baseUrl,
    now,
    referer: deps.referer,
    title: deps.title,
    dispatcher: deps.dispatcher,
  });
  const breakers = createBreakerRegistry(models, now, tuning.breaker);
  const log = deps.logger;

  const walkBase = (deadline: number): Omit<WalkOptions<unknown>, 'attempt' | 'verify'> => ({
    models,
    breakers,
    deadline,
    deadlineSignal: AbortSignal.timeout(Math.max(1, deadline - now())),
    callTimeoutMs: tuning.callTimeoutMs,
    minCallMs: tuning.minCallMs,
    policy: tuning.retry,
    now,
    sleep,
    random,
    logger: log,
  });

  const local = (reason: LlmReason, t0: number): LlmOutcome => {
    const outcome: LlmOutcome = {
      engine: 'local',
      model: null,
      degraded: DEGRADING.has(reason),
      reason,
      llmMs: now() - t0,
      overrides: [],
      narrative: null,
      replacement: null,
    };
    log.warn('llm not used', { reason, degraded: outcome.degraded, llmMs: outcome.llmMs });
    return outcome;
  };

  async function enrich(req: LlmRequest, t0: number): Promise<LlmOutcome> {
    const messages = enrichmentMessages({
      summary: req.parsed.summary,
      items: req.transactions.map((t, i) => ({
        type: t.type,
        description: req.redactedDescriptions[i] ?? '',
      })),
    });
    const walk = await walkModels({
      ...walkBase(req.deadline),
      attempt: (model, signal) =>
        askStructured({
          client,
          model,
          messages,
          schema: enrichmentReplySchema,
          schemaName: 'enrichment',
          signal,
        }),
    });
    if (!walk.ok) return local(walk.reason, t0);
    const overrides = enrichmentOverrides(walk.value.value, req.transactions.length);
    const outcome: LlmOutcome = {
      engine: 'hybrid',
      model: walk.model,
      degraded: false,
      reason: null,
      llmMs: now() - t0,
      overrides,
      narrative: cleanNarrative(walk.value.value.summary),
      replacement: null,
    };
    log.info('llm enrichment used', {
      model: walk.model,
      llmMs: outcome.llmMs,
      repaired: walk.value.repaired,
      overrides: overrides.length,
      transactions: req.transactions.length,
    });
    return outcome;
  }

  async function extract(req: LlmRequest, t0: number): Promise<LlmOutcome> {
    if (req.redactedText.length > tuning.maxTextChars) return local('input_too_large', t0);
    const messages = extractionMessages(req.redactedText);
    const walk = await walkModels<Extraction>({
      ...walkBase(req.deadline),
      attempt: async (model, signal) => {
        const reply = await askStructured({
          client,
          model,
          messages,
          schema: extractionReplySchema,
          schemaName: 'statement_extraction',
          signal,
        });
        return extractionToParsed(reply.value, req.parsed);
      },
      // Only a reconciled extraction beats the local parse; the failing check names are safe to log.
      verify: (x) =>
        x.parsed.checks.reconciled
          ? null
          : x.parsed.checks.details
              .filter((d) => !d.ok)
              .map((d) => d.name)
              .join(','),
    });
    if (!walk.ok) return local(walk.reason, t0);
    const outcome: LlmOutcome = {
      engine: 'llm',
      model: walk.model,
      degraded: false,
      reason: null,
      llmMs: now() - t0,
      overrides: walk.value.overrides,
      narrative: walk.value.narrative,
      replacement: walk.value.parsed,
    };
    log.info('llm extraction used', {
      model: walk.model,
      llmMs: outcome.llmMs,
      transactions: walk.value.parsed.transactions.length,
    });
    return outcome;
  }

  return {
    async enhance(req) {
      if (req.redactedDescriptions.length !== req.transactions.length) {
        // A caller bug, not an upstream failure: the indexes of overrides would point at the wrong rows.
        throw new AppError('INTERNAL', 'LLM request is inconsistent', {
          context: { descriptions: req.redactedDescriptions.length, transactions: req.transactions.length },
        });
      }
      const t0 = now();
      return req.reconciled ? enrich(req, t0) : extract(req, t0);
    },
    breakerStates: () => breakers.states(),
    close: () => client.close(),
  };
}
