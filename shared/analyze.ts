/**
 * The pipeline: intake → extract → parse → reconcile → analyse → (LLM) → wipe. Pure: everything it
 * needs (config, logger, clock, LLM engine) arrives in `deps`; it never reads the environment.
 */
import { analyzeSpending } from './analysis/index.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { extractText } from './pdf/extract.js';
import { checkUpload } from './pdf/intake.js';
import { type Analysis, toAnalysisJson } from './schema.js';
import { parseStatement } from './statement/parse.js';

export type Mode = 'local' | 'llm' | 'auto';

export interface AnalyzeInput {
  /** The uploaded bytes. Zero-filled before this function returns, whatever happens. */
  pdf: Uint8Array;
  password?: string | undefined;
  mode?: Mode;
}

export interface AnalyzeDeps {
  config: Pick<Config, 'MAX_UPLOAD_BYTES' | 'MAX_PAGES' | 'PDF_TIMEOUT_MS'>;
  logger: Logger;
  now?: () => number;
  /** Epoch ms by which the answer must be ready (from the platform's remaining time). */
  deadline?: number;
}

/** Turns a statement PDF into the contract's Analysis JSON. */
export async function analyzeStatement(input: AnalyzeInput, deps: AnalyzeDeps): Promise<Analysis> {
  const now = deps.now ?? Date.now;
  const t0 = now();
  try {
    checkUpload(input.pdf, { maxBytes: deps.config.MAX_UPLOAD_BYTES });
    const pdfDeadline = Math.min(deps.deadline ?? Number.POSITIVE_INFINITY, t0 + deps.config.PDF_TIMEOUT_MS);
    const extracted = await extractText(input.pdf, {
      password: input.password,
      maxPages: deps.config.MAX_PAGES,
      deadline: pdfDeadline,
      now,
    });
    const t1 = now();
    deps.logger.info('pdf extracted', { pages: extracted.pages, chars: extracted.chars, extractMs: t1 - t0 });
    const parsed = parseStatement(extracted.lines);
    const t2 = now();
    const spending = analyzeSpending(parsed);
    const t3 = now();
    return toAnalysisJson({
      parsed,
      ...spending,
      meta: {
        engine: 'local',
        model: null,
        degraded: false,
        pages: extracted.pages,
        timings: { extractMs: t1 - t0, parseMs: t2 - t1, analyzeMs: t3 - t2, llmMs: 0, totalMs: now() - t0 },
        redactions: {},
      },
    });
  } finally {
    input.pdf.fill(0);
  }
}
