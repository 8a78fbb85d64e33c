/**
 * The real dependencies both adapters run with, built once at cold start. Takes the environment as
 * a table (it never reads process.env itself), so a bad configuration fails here, naming the variable.
 */
import { type AnalyzeDeps, analyzeStatement } from '../analyze.js';
import { type Config, loadConfig } from '../config.js';
import type { LlmEngine } from '../llm/engine.js';
import { createLogger } from '../log.js';
import { warmUpPipeline } from '../warmup.js';
import type { ExtractionPool } from '../worker/pool.js';
import type { JobOptions } from '../worker/pool-types.js';
import { createLifecycle, type Lifecycle } from './lifecycle.js';
import { createServicePool } from './pdf-pool.js';
import type { HandlerDeps } from './types.js';

/** What an entry point started before the pipeline loaded: the parsed config, the clock and the pool. */
export interface StartedPool {
  config: Config;
  now: () => number;
  pool: ExtractionPool | null;
}

/** Parses `env` and wires the pipeline, a JSON logger writing through `write`, and the clock. */
export function createServiceDeps(
  env: Record<string, string | undefined>,
  write: (line: string) => void,
  /**
   * `workers`: the pool size the platform suggests; PDF_WORKERS overrides it. `started`: the config
   * and pool an entry point already made from the same `env` (see functions/gcp/early.ts).
   */
  options: { workers?: number; started?: StartedPool | null } = {},
): HandlerDeps & { config: Config; warmedUp: Promise<void>; lifecycle: Lifecycle; close(): Promise<void> } {
  // Started earlier by the entry point (functions/gcp/early.ts) when it could: the same env's config.
  const config = options.started?.config ?? loadConfig(env);
  // One clock for the instance: the pool reads the deadlines the pipeline sets against it.
  const now = options.started?.now ?? Date.now;
  // Servers read PDFs in worker threads with a hard time limit (pre-warmed here, at cold start);
  // without `workers` (tests, tools) extraction runs in the calling thread.
  const pool = options.started ? options.started.pool : createServicePool(config, options.workers ?? 0, now);
  const logger = createLogger(config.LOG_LEVEL, write);
  // One engine per instance: its connection pool and circuit breakers outlive single requests. Its
  // code (undici, opossum: two thirds of the bundle) is loaded only when a key is configured, so a
  // local-only instance never parses it; with a key it loads beside the PDF workers' start.
  const llmReady: Promise<LlmEngine | null> = config.OPENROUTER_API_KEY
    ? import('../llm/from-config.js').then((m) => m.llmFromConfig(config, logger))
    : Promise.resolve(null);
  let llm: LlmEngine | null = null;
  void llmReady.then((engine) => {
    llm = engine;
  });
  // Warm-up: the pipeline on synthetic statements, as background work the pool runs only while no
  // document waits, with a silent logger so it never shows in the logs.
  const quiet = createLogger(config.LOG_LEVEL, () => undefined);
  const warmedUp = pool
    ? warmUpPipeline((pdf) =>
        analyzeStatement(
          { pdf, mode: 'local' },
          { config, logger: quiet, read: (d, o) => pool.read(d, { ...o, background: true }) },
        ),
      )
    : Promise.resolve();
  // Bound once: every request runs with the same configuration, logger, clock, engine and pool.
  const bound: Promise<AnalyzeDeps> = llmReady.then((engine) => ({
    config,
    logger,
    now,
    llm: engine,
    // The pool times each document itself (analyzeStatement passes it the platform's deadline only).
    ...(pool ? { read: (data: Uint8Array, o: JobOptions) => pool.read(data, o) } : {}),
  }));
  return {
    warmedUp,
    lifecycle: createLifecycle(),
    ...(pool ? { pdfStats: () => pool.stats() } : {}),
    close: async () => {
      await pool?.close();
    },
    config,
    logger,
    now,
    // APP_VERSION is set by the deployment; `npm start` provides the package version locally.
    version: env.APP_VERSION || env.npm_package_version || 'dev',
    analyze: async (input) => analyzeStatement(input, await bound),
    llm: config.OPENROUTER_API_KEY
      ? { configured: true, breakerStates: () => llm?.breakerStates() ?? {} }
      : { configured: false },
  };
}
