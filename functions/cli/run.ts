/**
 * Reads many statements in one process: a pool of extraction workers (one per core, at most four)
 * reads the PDFs while the main thread analyses what they return. One statement alone is read in
 * this thread, which saves starting a worker.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { type AnalyzeDeps, analyzeStatement, type Mode } from '../../shared/analyze.js';
import { RequestError, toAppError } from '../../shared/errors.js';
import type { StatementOutcome } from '../../shared/schema-combined.js';

export interface RunOptions {
  password: string | undefined;
  mode: Mode;
  /** Called after each statement, with how many are done and how many failed. */
  onProgress?: (done: number, failed: number) => void;
}

async function readPdf(file: string): Promise<Uint8Array> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new RequestError('BAD_REQUEST', `cannot read the file (${err.code ?? 'error'})`);
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Analyses every file; a file that fails becomes an error entry and the others go on. Order is kept. */
export async function analyzeFiles(
  files: readonly string[],
  deps: AnalyzeDeps,
  opts: RunOptions,
): Promise<StatementOutcome[]> {
  const size = Math.min(files.length, availableParallelism(), 4);
  // Loaded only for many files: one statement never pays for the pool's module or worker_threads.
  const pool =
    files.length > 1
      ? (await import('../../shared/worker/pool.js')).createExtractionPool({
          size,
          timeoutMs: deps.config.PDF_TIMEOUT_MS,
        })
      : null;
  const outcomes: StatementOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  // Two files in flight per worker keep the workers fed while the main thread analyses.
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      try {
        const pdf = await readPdf(file);
        const analysis = await analyzeStatement(
          { pdf, password: opts.password, mode: opts.mode },
          pool ? { ...deps, read: (data, o) => pool.read(data, o) } : deps,
        );
        outcomes[i] = { file, analysis };
      } catch (err) {
        const e = toAppError(err);
        failed += 1;
        outcomes[i] = {
          file,
          error: { code: e.code, message: e.code === 'INTERNAL' ? 'unexpected error' : e.message },
        };
      }
      done += 1;
      opts.onProgress?.(done, failed);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, size * 2) }, lane));
  } finally {
    await pool?.close();
  }
  return outcomes;
}
