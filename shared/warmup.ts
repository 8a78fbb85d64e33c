/**
 * Cold-start warm-up. V8 compiles code on first use and optimises it only after many calls, so the
 * first statement an instance reads was measured at ~115 ms against ~25 ms once warm (40
 * transactions). Reading a few small synthetic statements before taking requests moves that cost
 * into the cold start, where no caller waits on it.
 */
import { preloadPdfJs } from './pdf/extract.js';
import { WARMUP_STATEMENTS_BASE64 } from './pdf/warmup-statements.js';
import { readStatement } from './statement/read.js';

/** Rounds over the warm-up statements: about where the measured gain levels off. */
export const WARMUP_ROUNDS = 3;

/** Fresh copies of the warm-up statements (the pipeline wipes what it is given). */
export function warmupStatements(): Uint8Array[] {
  return WARMUP_STATEMENTS_BASE64.map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
}

/**
 * Loads pdf.js, then reads (extracts and parses) the warm-up statements `rounds` times in this
 * thread. A pdf.js that cannot load throws: that is a broken deployment, not a bad document.
 */
export async function warmUpReading(rounds = WARMUP_ROUNDS): Promise<void> {
  await preloadPdfJs();
  for (let i = 0; i < rounds; i++) {
    for (const pdf of warmupStatements()) await readStatement(pdf, { maxPages: 10 }).catch(() => undefined);
  }
}

/**
 * Runs `analyze` (the whole pipeline, local mode) on the warm-up statements `rounds` times, so the
 * calling thread's analysis code is compiled too. Failures are ignored: a real request reports them.
 */
export async function warmUpPipeline(
  analyze: (pdf: Uint8Array) => Promise<unknown>,
  rounds = WARMUP_ROUNDS,
): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    for (const pdf of warmupStatements()) await analyze(pdf).catch(() => undefined);
  }
}
