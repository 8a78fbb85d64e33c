/**
 * One request's pass through the engine: its own view of the client that counts every call and
 * sums (and logs) the usage each reports, the answers it refused, and the outcome built from them.
 */
import type { Logger } from '../log.js';
import type { OpenRouterClient } from './client.js';
import type { Rejection } from './rotation.js';
import type { LlmOutcome, LlmUsage } from './types.js';

/** One request's running totals: calls, tokens, cost, and the answers refused. */
export interface Run {
  t0: number;
  usage: LlmUsage;
  rejections: Rejection[];
  /** The engine's client, counting and logging this request's calls. */
  client: OpenRouterClient;
}

/** Starts a request's run: every call through `run.client` is counted, its usage logged and summed. */
export function startRun(client: OpenRouterClient, now: () => number, log: Logger): Run {
  const run: Run = {
    t0: now(),
    usage: { calls: 0, promptTokens: 0, completionTokens: 0, cost: 0 },
    rejections: [],
    client,
  };
  run.client = {
    chat: (r) => {
      run.usage.calls++;
      return client.chat({
        ...r,
        onUsage: (u, model) => {
          run.usage.promptTokens += u.promptTokens;
          run.usage.completionTokens += u.completionTokens;
          run.usage.cost += u.cost;
          log.info('llm call usage', { model, ...u });
        },
      });
    },
    close: () => client.close(),
  };
  return run;
}

/** The outcome of a run: defaults for what `fields` leaves out, the time taken, the totals. */
export function finishRun(
  run: Run,
  now: () => number,
  fields: Partial<LlmOutcome> & Pick<LlmOutcome, 'engine'>,
): LlmOutcome {
  return {
    model: null,
    degraded: false,
    reason: null,
    overrides: [],
    narrative: null,
    replacement: null,
    ...fields,
    llmMs: now() - run.t0,
    // Costs are fractions of a cent: a millionth of a dollar is as fine as OpenRouter reports them.
    usage: { ...run.usage, cost: Math.round(run.usage.cost * 1e6) / 1e6 },
    rejections: run.rejections,
  };
}
