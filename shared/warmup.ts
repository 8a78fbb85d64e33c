/**
 * Cold-start warm-up. V8 compiles code on first use and optimises it only after many calls, so the
 * first statement an instance reads was measured at ~115 ms against ~25 ms once warm (40
 * transactions). Analysing a few small synthetic statements as idle-time work (real documents go
 * first) moves that cost off the requests that follow.
 */
import { WARMUP_STATEMENTS_BASE64 } from './pdf/warmup-statements.js';

/** Rounds over the warm-up statements: about where the measured gain levels off. */
export const WARMUP_ROUNDS = 3;

/** Fresh copies of the warm-up statements (the pipeline wipes what it is given). */
export function warmupStatements(): Uint8Array[] {
  return WARMUP_STATEMENTS_BASE64.map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
}

/**
 * Runs `analyze` (the whole pipeline, local mode) on the warm-up statements `rounds` times, all at
 * once so that every PDF worker gets some (a pool hands queued work to whichever worker is free),
 * and the calling thread's analysis code is compiled too. Never rejects: a real request reports
 * whatever fails here.
 */
export async function warmUpPipeline(
  analyze: (pdf: Uint8Array) => Promise<unknown>,
  rounds = WARMUP_ROUNDS,
): Promise<void> {
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const pdf of warmupStatements()) runs.push(analyze(pdf).catch(() => undefined));
  }
  await Promise.all(runs);
}
