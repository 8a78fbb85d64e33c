/** The LLM engine an instance runs with: one per process when a key is configured, else none. */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createLlmEngine, DEFAULT_TUNING, type LlmEngine } from './engine.js';

/** Creates the engine from the parsed configuration; null without OPENROUTER_API_KEY (local only). */
export function llmFromConfig(config: Config, logger: Logger): LlmEngine | null {
  if (!config.OPENROUTER_API_KEY) return null;
  return createLlmEngine({
    apiKey: config.OPENROUTER_API_KEY,
    baseUrl: config.OPENROUTER_BASE_URL,
    models: config.OPENROUTER_MODELS,
    logger,
    title: 'credit-card-analyzer',
    tuning: { routing: { ...DEFAULT_TUNING.routing, zdr: config.OPENROUTER_ZDR } },
  });
}
