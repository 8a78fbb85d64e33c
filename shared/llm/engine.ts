/**
 * The LLM engine the pipeline calls. Created once per instance (cold start): it owns the HTTP pool
 * and the per-model breakers, which then live across requests. `enhance` never throws for upstream
 * failures; "the AI is down" is an outcome with `degraded: true`, and the pipeline answers locally.
 */
import type { Dispatcher } from 'undici';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import { acceptExtraction } from './acceptance.js';
import { type BreakerState, createBreakerRegistry } from './breakers.js';
import {
  callBudgetMs,
  enrichmentOutputTokens,
  estimateTokens,
  expectedGenerationMs,
  extractionOutputTokens,
  maxTokensFor,
  thinksByDefault,
} from './budget.js';
import { type ChatRequest, createOpenRouterClient } from './client.js';
import { cleanNarrative, type Extraction, enrichmentOverrides, extractionToParsed } from './extraction.js';
import { enrichmentMessages, extractionMessages, type Fence, fenceFrom } from './prompts.js';
import { type WalkOptions, walkModels } from './rotation.js';
import { finishRun, type Run, startRun } from './run.js';
import { enrichmentReplySchema, extractionReplySchema } from './schemas.js';
import { askStructured } from './structured.js';
import { trimStatementText } from './trim.js';
import { DEFAULT_TUNING, type LlmTuning } from './tuning.js';
import type { LlmOutcome, LlmReason, LlmRequest } from './types.js';

export { DEFAULT_TUNING, type LlmTuning } from './tuning.js';
export type { LlmOutcome, LlmReason, LlmRequest, LlmUsage, Override } from './types.js';

export interface LlmEngine {
  /** Improves the local result with the LLM; never throws for upstream failures. */
  enhance(req: LlmRequest): Promise<LlmOutcome>;
  /** Each configured model's breaker, for /health. */
  breakerStates(): Record<string, BreakerState>;
  /** Releases pooled connections (tests, graceful shutdown). */
  close(): Promise<void>;
}

export interface LlmEngineDeps {
  apiKey: string;
  baseUrl: string;
  models: string[];
  logger: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Fills a buffer with random bytes (the data fence's tag); crypto.getRandomValues by default. */
  randomBytes?: (into: Uint8Array) => Uint8Array;
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
  'no_time',
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
  const randomBytes = deps.randomBytes ?? ((b: Uint8Array) => globalThis.crypto.getRandomValues(b));
  const tuning: LlmTuning = { ...DEFAULT_TUNING, ...deps.tuning };
  const models = [...deps.models];
  const client = createOpenRouterClient({
    apiKey: deps.apiKey,
    baseUrl: deps.baseUrl,
    now,
    routing: { ...DEFAULT_TUNING.routing, ...tuning.routing },
    referer: deps.referer,
    title: deps.title,
    dispatcher: deps.dispatcher,
  });
  const breakers = createBreakerRegistry(models, now, tuning.breaker);
  const log = deps.logger;
  const newFence = (): Fence => fenceFrom(randomBytes(new Uint8Array(8)));

  const walkBase = (deadline: number): Omit<WalkOptions<unknown>, 'attempt' | 'verify'> => ({
    models,
    breakers,
    deadline,
    deadlineSignal: AbortSignal.timeout(Math.max(1, deadline - now())),
    callTimeoutMs: tuning.callTimeoutMs,
    speed: tuning.speed,
    transportFailover: tuning.transportFailover,
    minCallMs: tuning.minCallMs,
    policy: tuning.retry,
    now,
    sleep,
    random,
    logger: log,
  });

  /** The per-call part of a chat request: limits sized from the expected answer, reasoning kept low. */
  const callRequest = (
    model: string,
    signal: AbortSignal,
    fallbacks: readonly string[],
    expectedTokens: number,
  ): Omit<ChatRequest, 'messages' | 'responseFormat'> => {
    const thinks = thinksByDefault(model);
    return {
      model,
      fallbacks,
      signal,
      maxTokens: maxTokensFor(expectedTokens, thinks),
      ...(thinks ? { reasoning: 'low' as const } : {}),
      firstTokenMs: tuning.firstTokenMs,
      stallMs: tuning.stallMs,
    };
  };

  const local = (reason: LlmReason, run: Run): LlmOutcome => {
    const outcome = finishRun(run, now, { engine: 'local', reason, degraded: DEGRADING.has(reason) });
    log.warn('llm not used', {
      reason,
      degraded: outcome.degraded,
      llmMs: outcome.llmMs,
      ...outcome.usage,
      rejected: outcome.rejections.map((r) => r.reason).join('; ') || undefined,
    });
    return outcome;
  };

  async function enrich(req: LlmRequest, run: Run): Promise<LlmOutcome> {
    const messages = enrichmentMessages({
      summary: req.parsed.summary,
      // enhance() has checked that the two lists are the same length.
      items: req.redactedDescriptions.map((description, i) => ({
        type: req.transactions[i]?.type ?? 'purchase',
        description,
      })),
      fence: newFence(),
    });
    const expected = enrichmentOutputTokens(req.transactions.length);
    const walk = await walkModels({
      ...walkBase(req.deadline),
      attempt: (model, signal, fallbacks) =>
        askStructured({
          client: run.client,
          request: callRequest(model, signal, fallbacks, expected),
          messages,
          schema: enrichmentReplySchema,
          schemaName: 'enrichment',
        }),
    });
    run.rejections.push(...walk.rejections);
    if (!walk.ok) return local(walk.reason, run);
    const overrides = enrichmentOverrides(walk.value.value, req.transactions.length);
    const outcome = finishRun(run, now, {
      engine: 'hybrid',
      model: walk.value.model,
      overrides,
      narrative: cleanNarrative(walk.value.value.summary),
    });
    log.info('llm enrichment used', {
      model: outcome.model,
      llmMs: outcome.llmMs,
      repaired: walk.value.repaired,
      overrides: overrides.length,
      transactions: req.transactions.length,
      ...outcome.usage,
    });
    return outcome;
  }

  async function extract(req: LlmRequest, run: Run): Promise<LlmOutcome> {
    if (req.redactedText.length > tuning.maxTextChars) return local('input_too_large', run);
    const trimmed = trimStatementText(req.redactedText);
    const expected = extractionOutputTokens(trimmed.transactionLines);
    // The first model's share is all it may use; an answer that needs longer is not worth starting.
    const healthy = models.filter((m) => breakers.state(m) !== 'open').length;
    const allowedMs = callBudgetMs(req.deadline - now(), healthy <= 1, tuning.speed, tuning.callTimeoutMs);
    const neededMs = expectedGenerationMs(expected, tuning.speed);
    log.debug('llm extraction planned', {
      chars: req.redactedText.length,
      sentChars: trimmed.text.length,
      promptTokensEstimate: estimateTokens(trimmed.text.length),
      outputTokensEstimate: expected,
      neededMs,
      allowedMs,
    });
    if (healthy > 0 && neededMs > allowedMs) return local('no_time', run);
    const messages = extractionMessages(trimmed.text, newFence());
    const walk = await walkModels<Extraction & { model: string }>({
      ...walkBase(req.deadline),
      attempt: async (model, signal, fallbacks) => {
        const reply = await askStructured({
          client: run.client,
          request: callRequest(model, signal, fallbacks, expected),
          messages,
          schema: extractionReplySchema,
          schemaName: 'statement_extraction',
        });
        return { ...extractionToParsed(reply.value, req.parsed), model: reply.model };
      },
      // Only an extraction the statement proves beats the local parse; the reason names checks and fields.
      verify: (x) => acceptExtraction(x.parsed, req.parsed),
    });
    run.rejections.push(...walk.rejections);
    if (!walk.ok) return local(walk.reason, run);
    const outcome = finishRun(run, now, {
      engine: 'llm',
      model: walk.value.model,
      overrides: walk.value.overrides,
      narrative: walk.value.narrative,
      replacement: walk.value.parsed,
    });
    log.info('llm extraction used', {
      model: outcome.model,
      llmMs: outcome.llmMs,
      transactions: walk.value.parsed.transactions.length,
      ...outcome.usage,
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
      const run = startRun(client, now, log);
      return req.reconciled ? enrich(req, run) : extract(req, run);
    },
    breakerStates: () => breakers.states(),
    close: () => client.close(),
  };
}
