/** What the pipeline hands the LLM engine and what it gets back. */
import type { AnalyzedTransaction } from '../analysis/types.js';
import type { Redacted } from '../privacy/prepare.js';
import type { ParsedStatement } from '../statement/types.js';
import type { Override } from './extraction.js';
import type { Rejection, WalkFailure } from './rotation.js';

export type { Override } from './extraction.js';

export interface LlmRequest {
  /** The local parse; its figures (not its text) may be sent. */
  parsed: ParsedStatement;
  /** The local analysis, same order as `parsed.transactions`; used for counts and merging, never sent. */
  transactions: readonly AnalyzedTransaction[];
  /** Whether the local parse reconciled: decides enrichment (hybrid) or full extraction (llm). */
  reconciled: boolean;
  /** The statement text as the redactor left it; sent only when `reconciled` is false. */
  redactedText: Redacted;
  /** The transaction descriptions as the redactor left them, same order as `transactions`; sent when `reconciled` is true. */
  redactedDescriptions: readonly Redacted[];
  /** Epoch ms by which the engine must have answered (from the platform's remaining time). */
  deadline: number;
}

/**
 * Why the engine's answer is the local one (null when the LLM's answer is used). `no_time`: the
 * answer could not be generated before the deadline at the expected speed, so nothing was sent.
 */
export type LlmReason = WalkFailure | 'input_too_large' | 'no_time';

/** What this request's calls cost, summed over every call (failed ones are billed too). */
export interface LlmUsage {
  /** HTTP calls made (retries and repairs included). */
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** OpenRouter credits (US dollars) as reported in `usage.cost`. */
  cost: number;
}

export interface LlmOutcome {
  /** `hybrid`: local parse + LLM names/categories/narrative; `llm`: the LLM's verified extraction; `local`: nothing from the LLM. */
  engine: 'local' | 'llm' | 'hybrid';
  /** The model whose answer is used; null with engine `local`. */
  model: string | null;
  /**
   * True when the AI could not be used (outage, breakers open, deadline, auth, input too large): `meta.degraded`.
   * False with reason `unverified`: the AI answered, but its figures did not reconcile, so local stands.
   */
  degraded: boolean;
  reason: LlmReason | null;
  llmMs: number;
  /** Merchant/category by 0-based index into `replacement.transactions` when set, else into the local list. */
  overrides: Override[];
  /** A 2–4 sentence plain-language summary, or null. */
  narrative: string | null;
  /** The LLM's extraction, already proven by acceptance.ts; only with engine `llm`. */
  replacement: ParsedStatement | null;
  usage: LlmUsage;
  /** Answers that arrived well-formed but were refused, with the reason (names of checks and fields only). */
  rejections: Rejection[];
}
