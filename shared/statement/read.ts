/**
 * Reading a statement: text extraction and parsing as one step, so a worker thread can do both and
 * send back the (small) parsed statement instead of every positioned row.
 */
import { type ExtractOptions, extractText } from '../pdf/extract.js';
import { linesText } from '../pdf/layout.js';
import { parseStatement } from './parse.js';
import type { ParsedStatement } from './types.js';

export interface StatementRead {
  pages: number;
  chars: number;
  /** Text items dropped as invisible (render mode 3/7, transparent, under 1 pt, clipped, off the page, background colour). */
  hidden: number;
  /**
   * The rows as plain text, one per line: what redaction works on before anything leaves. Null when
   * the reader was told no one needs it (no LLM step will run): then a worker keeps the statement's
   * text to itself instead of building and copying it to the main thread (~0.4 MB at 200 pages).
   */
  text: string | null;
  parsed: ParsedStatement;
  extractMs: number;
  parseMs: number;
}

/** How to read a statement: extraction's options, and whether its plain text is wanted. */
export type ReadOptions = ExtractOptions & {
  /** False when nothing will use `text` (no LLM step); it is built unless told so. */
  withText?: boolean | undefined;
};

/**
 * Extracts and parses a statement PDF in the calling thread. `afterExtract` runs once the document is
 * closed and before the parse (a PDF worker keeps pdf.js's code compiled there: keep-compiled.ts).
 */
export async function readStatement(
  data: Uint8Array,
  options: ReadOptions,
  afterExtract?: () => Promise<unknown>,
): Promise<StatementRead> {
  const now = options.now ?? Date.now;
  const t0 = now();
  const extracted = await extractText(data, options);
  const extractMs = now() - t0;
  await afterExtract?.();
  const t1 = now();
  const parsed = parseStatement(extracted.lines);
  return {
    pages: extracted.pages,
    chars: extracted.chars,
    hidden: extracted.hidden,
    text: options.withText === false ? null : linesText(extracted.lines),
    parsed,
    extractMs,
    parseMs: now() - t1,
  };
}
