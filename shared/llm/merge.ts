/**
 * The pipeline's LLM step: redact what may leave, ask the engine, and fold its verified answer into
 * the local result. Whatever the engine says, the local result is the floor: never worse, never a 500.
 */
import { acceptModelCategory, analyzeSpending, summarizeSpending } from '../analysis/index.js';
import type { AnalyzedTransaction, Insight, SpendSummary } from '../analysis/types.js';
import { redactForLlm } from '../privacy/prepare.js';
import type { ParsedStatement } from '../statement/types.js';
import type { LlmEngine } from './engine.js';
import type { LlmOutcome } from './types.js';

export interface LocalResult {
  parsed: ParsedStatement;
  transactions: AnalyzedTransaction[];
  summary: SpendSummary;
  insights: Insight[];
}

export interface MergedResult extends LocalResult {
  outcome: LlmOutcome;
  redactions: Record<string, number>;
}

/** Runs the LLM engine on redacted text only, and merges what it returns into the local result. */
export async function enhanceWithLlm(
  engine: LlmEngine,
  local: LocalResult,
  fullText: string,
  deadline: number,
): Promise<MergedResult> {
  const prepared = redactForLlm(
    fullText,
    local.transactions.map((t) => t.description),
  );
  const outcome = await engine.enhance({
    parsed: local.parsed,
    transactions: local.transactions,
    reconciled: local.parsed.checks.reconciled,
    redactedText: prepared.text,
    redactedDescriptions: prepared.descriptions,
    deadline,
  });
  let result: LocalResult = local;
  if (outcome.replacement) result = { parsed: outcome.replacement, ...analyzeSpending(outcome.replacement) };
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
  return { ...result, outcome, redactions: prepared.counts };
}
