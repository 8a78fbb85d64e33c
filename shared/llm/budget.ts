/**
 * Time and tokens, planned before a call: how many tokens an answer needs (so `max_tokens` is sent
 * and a runaway generation is cut), how long generating them takes (so a path that cannot finish
 * before the deadline is not started), and how much of the time left one model may spend (so a slow
 * first model still leaves room for the next).
 */

/** What we assume about a model's speed when planning a call (no measurement per model yet). */
export interface SpeedAssumptions {
  /** Time to the first token, OpenRouter's routing included. */
  firstTokenMs: number;
  /** Output tokens per second a structured-output model sustains (gpt-4o-mini class: 60–120). */
  tokensPerSecond: number;
  /** The most of the time left that any model but the last may spend (the first gets at most this). */
  firstShare: number;
}

/** gpt-4o-mini-class speeds through OpenRouter: 1,900 tokens took 19–38 s (issue 17), about 50–100 a second. */
export const DEFAULT_SPEED: SpeedAssumptions = { firstTokenMs: 1_500, tokensPerSecond: 75, firstShare: 0.6 };

/** A rough token count (4 characters a token, the usual estimate for English and JSON). */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

/**
 * Tokens an extraction answer needs: each transaction is about 55 tokens of JSON (date, post date,
 * description, amount, type, merchant, category), the summary object and narrative about 250.
 */
export function extractionOutputTokens(transactionLines: number): number {
  return 250 + 55 * Math.max(1, transactionLines);
}

/** Tokens an enrichment answer needs: about 20 per transaction (index, merchant, category) plus the narrative. */
export function enrichmentOutputTokens(transactions: number): number {
  return 120 + 20 * transactions;
}

/** `max_tokens` for an answer expected to need `expected` tokens: room for a wordier model, but bounded. */
export function maxTokensFor(expected: number, reasoning: boolean): number {
  // Reasoning tokens count against max_tokens even when excluded from the reply.
  const room = Math.ceil(expected * 1.5) + 200;
  return Math.min(16_000, reasoning ? room + 1_024 : room);
}

/** Milliseconds a model needs to produce `tokens` tokens under `speed`. */
export function expectedGenerationMs(tokens: number, speed: SpeedAssumptions): number {
  return speed.firstTokenMs + Math.ceil((tokens / speed.tokensPerSecond) * 1000);
}

/**
 * The time one call may take: the last candidate may use everything left; any other model at most
 * `firstShare` of it, so whatever it does, the next one still has a real chance. Never more than
 * the per-call cap.
 */
export function callBudgetMs(
  remainingMs: number,
  isLastCandidate: boolean,
  speed: SpeedAssumptions,
  capMs: number,
): number {
  const share = isLastCandidate ? remainingMs : remainingMs * speed.firstShare;
  return Math.max(0, Math.min(capMs, Math.floor(share)));
}

/**
 * Models that think before answering unless told not to (OpenAI o-series and gpt-5, Gemini 2.5,
 * DeepSeek R1, QwQ, "thinking" variants). Only these are sent `reasoning`: with require_parameters,
 * a model that does not take the parameter would have no provider left.
 */
export function thinksByDefault(model: string): boolean {
  return /(?:^|\/)(?:o\d(?:-mini)?\b|gpt-5|gemini-2\.5|deepseek-r1|qwq)|thinking/i.test(model);
}
