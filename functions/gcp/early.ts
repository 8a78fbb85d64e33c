/**
 * The PDF workers' pool, started once per process: by start.js before the Functions Framework loads
 * (each worker loads pdf.js on its own thread while this one loads the framework and the pipeline),
 * otherwise by index.ts. Light on purpose: the configuration and the pool, nothing of the pipeline.
 */
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../shared/config.js';
import { createServicePool } from '../../shared/http/pdf-pool.js';
import type { StartedPool } from '../../shared/http/service.js';

let started: StartedPool | null | undefined;

/**
 * Parses the configuration and starts the pool, once per process (start.ts and index.ts both ask).
 * Null when the configuration is bad: createServiceDeps parses it again and reports every bad key.
 */
export function startEarly(env: Record<string, string | undefined>): StartedPool | null {
  if (started !== undefined) return started;
  try {
    const config = loadConfig(env);
    const now = Date.now;
    started = { config, now, pool: createServicePool(config, Math.min(availableParallelism(), 4), now) };
  } catch {
    started = null;
  }
  return started;
}
