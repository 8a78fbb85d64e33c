/**
 * The pipeline's LLM step, beside the other steps rather than inside shared/llm: redact what may
 * leave (the redactor is the only maker of the `Redacted` text the engine accepts), ask the engine,
 * and fold its verified answer into the local result. The engine only talks to the model; the
 * pipeline owns redaction and analysis. Whatever the engine says, the local result is the floor.
 */
import { acceptModelCategory, analyzeSpending, summarizeSpending } from '../analysis/index.js';
import type { AnalyzedTransaction, Insight, SpendSummary } from '../analysis/types.js';
import type { LlmEngine, LlmOutcome } from '../llm/engine.js';
import { redactForLlm } from '../privacy/prepare.js';
import type { ParsedStatement } from '../statement/types.js';

/** A parse and its spending analysis: what the local engine answers, and what the LLM step improves. */
export interface LocalResult {
  parsed: ParsedStatement;
  transactions: AnalyzedTransaction[];
  summary: SpendSummary;
  insights: Insight[];
}

/** The result after the LLM step, with the engine's outcome and what redaction removed, by kind. */
export interface LlmStepResult extends LocalResult {
  outcome: LlmOutcome;
  redactions: Record<string, number>;
}

/** The analysis of a parse: the local result, and the result of an extraction the LLM proved. */
export function analyzeParsed(parsed: ParsedStatement): LocalResult {
  return { parsed, ...analyzeSpending(parsed) };
}

/** Runs the LLM engine on redacted text only, and applies what it returns to the local result. */
export async function llmStep(
  engine: LlmEngine,
  local: LocalResult,
  fullText: string,
  deadline: number,
): Promise<LlmStepResult> {
  const sent = redactForLlm(
    fullText,
    local.transactions.map((t) => t.description),
  );
  const outcome = await engine.enhance({
    parsed: local.parsed,
    transactions: local.transactions,
    reconciled: local.parsed.checks.reconciled,
    redactedText: sent.text,
    redactedDescriptions: sent.descriptions,
    deadline,
  });
  return { ...applyOutcome(local, outcome), outcome, redactions: sent.counts };
}

/** The local result with the engine's proven extraction, its merchant names and categories, and its narrative. */
function applyOutcome(local: LocalResult, outcome: LlmOutcome): LocalResult {
  let result = outcome.replacement ? analyzeParsed(outcome.replacement) : local;
  if (outcome.overrides.length > 0) {
    const transactions = result.transactions.map((t) => ({ ...t }));
    for (const o of outcome.overrides) {
      const t = transactions[o.index];
      if (!t) continue;
      t.merchant = o.merchant;
      // The model fills the rules' gaps (purchases left in Other), never overrules them.
      t.category = acceptModelCategory(t, o.category);
    }
    result = { ...result, transactions, summary: summarizeSpending(transactions, result.parsed.summary) };
  }
  if (outcome.narrative) {
    const note: Insight = {
      kind: 'narrative',
      severity: 'info',
      title: 'In short',
      detail: outcome.narrative,
      amount: null,
    };
    result = { ...result, insights: [note, ...result.insights] };
  }
  return result;
}
