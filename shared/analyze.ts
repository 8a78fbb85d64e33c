/**
 * The pipeline: intake → extract → parse → reconcile → analyse → (LLM) → wipe. Pure: everything it
 * needs (config, logger, clock, LLM engine) arrives in `deps`; it never reads the environment.
 */

import { toAnalysisJson } from './analysis-json.js';
import type { Config } from './config.js';
import { RequestError } from './errors.js';
import type { LlmEngine } from './llm/engine.js';
import type { Logger } from './log.js';
import { checkUpload } from './pdf/intake.js';
import { analyzeParsed, llmStep } from './pipeline/llm-step.js';
import { clearRegExpStatics, wipe } from './privacy/wipe.js';
import type { Analysis, AnalysisMeta } from './schema.js';
import { type ReadOptions, readStatement, type StatementRead } from './statement/read.js';

export type Mode = 'local' | 'llm' | 'auto';

export interface AnalyzeInput {
  /** The uploaded bytes. Zero-filled before this function returns, whatever happens. */
  pdf: Uint8Array;
  password?: string | undefined;
  mode?: Mode;
  /** Epoch ms by which the answer must be ready (from the platform's remaining time). */
  deadline?: number | undefined;
}

/** What an instance binds once (at cold start, or once per CLI run); a request brings only its input. */
export interface AnalyzeDeps {
  config: Pick<Config, 'MAX_UPLOAD_BYTES' | 'MAX_PAGES' | 'PDF_TIMEOUT_MS'>;
  logger: Logger;
  now?: () => number;
  /** The LLM engine, created once per instance when OPENROUTER_API_KEY is set; null otherwise. */
  llm?: LlmEngine | null;
  /** Extraction + parsing; servers pass a worker pool's (hard time limit), the default runs in this thread. */
  read?: (data: Uint8Array, options: ReadOptions) => Promise<StatementRead>;
}

/**
 * Without a platform deadline (Cloud Run, the CLI), the answer is due this long after the request
 * began: Cloud Run's default request timeout is 60 s, and 5 s are kept to write the answer.
 */
const DEFAULT_DEADLINE_MS = 55_000;

/** Turns a statement PDF into the contract's Analysis JSON. */
export async function analyzeStatement(input: AnalyzeInput, deps: AnalyzeDeps): Promise<Analysis> {
  const now = deps.now ?? Date.now;
  const t0 = now();
  const mode = input.mode ?? 'auto';
  try {
    if (mode === 'llm' && !deps.llm) {
      throw new RequestError(
        'BAD_REQUEST',
        'mode=llm needs the LLM engine, which is not configured (OPENROUTER_API_KEY).',
      );
    }
    checkUpload(input.pdf, { maxBytes: deps.config.MAX_UPLOAD_BYTES });
    // An injected reader (the worker pool) times the document itself, from when a worker takes it
    // and scaled by its pages, and bounds the wait for a worker apart (503, not 422): it gets only the
    // platform's deadline. Read in this thread, the limit runs from here.
    const pdfDeadline = deps.read
      ? input.deadline
      : Math.min(input.deadline ?? Number.POSITIVE_INFINITY, t0 + deps.config.PDF_TIMEOUT_MS);
    const read = deps.read ?? readStatement;
    // Only the LLM step reads the statement's text: without it the text stays where it was read.
    const llm = mode === 'local' ? null : (deps.llm ?? null);
    const statement = await read(input.pdf, {
      password: input.password,
      maxPages: deps.config.MAX_PAGES,
      deadline: pdfDeadline,
      now,
      withText: llm !== null,
    });
    const { parsed } = statement;
    // Debug only: a server's one line per request (shared/http/handler.ts) carries these numbers, and
    // each line is a synchronous write to stdout (0.25–0.45 ms apiece in profiles of the bench server).
    deps.logger.debug('pdf extracted', {
      pages: statement.pages,
      chars: statement.chars,
      extractMs: statement.extractMs,
      parseMs: statement.parseMs,
    });
    const t2 = now();
    const local = analyzeParsed(parsed);
    const t3 = now();
    const meta: AnalysisMeta = {
      engine: 'local',
      model: null,
      degraded: false,
      pages: statement.pages,
      hiddenText: statement.hidden,
      // Extraction and parsing are timed where they ran (maybe a worker); the rest of the wait is queueing.
      timings: {
        extractMs: statement.extractMs,
        parseMs: statement.parseMs,
        analyzeMs: t3 - t2,
        llmMs: 0,
        totalMs: 0,
      },
      redactions: {},
    };
    let result = local;
    if (llm) {
      if (statement.text === null) throw new Error('the reader left out the text the LLM step was promised');
      const merged = await llmStep(llm, local, statement.text, input.deadline ?? t0 + DEFAULT_DEADLINE_MS);
      result = merged;
      meta.engine = merged.outcome.engine;
      meta.model = merged.outcome.model;
      meta.degraded = merged.outcome.degraded;
      if (merged.outcome.reason) meta.degradedReason = merged.outcome.reason;
      meta.timings.llmMs = merged.outcome.llmMs;
      meta.redactions = merged.redactions;
      meta.llm = { ...merged.outcome.usage, rejections: merged.outcome.rejections };
    }
    meta.timings.totalMs = now() - t0;
    deps.logger.debug('statement analysed', {
      transactions: result.transactions.length,
      reconciled: result.parsed.checks.reconciled,
      engine: meta.engine,
      degraded: meta.degraded,
      ...meta.timings,
    });
    return toAnalysisJson({ ...result, meta });
  } finally {
    wipe(input.pdf);
    clearRegExpStatics();
  }
}
