/**
 * The PDF worker pool a server instance reads with, sized and timed from its configuration. Apart
 * from service.ts (which loads the whole pipeline) so that an entry point can start the workers
 * loading pdf.js before anything else loads: this module pulls in only the pool.
 */
import type { Config } from '../config.js';
import { createExtractionPool, type ExtractionPool } from '../worker/pool.js';

/**
 * The pool for `workers` suggested by the platform (PDF_WORKERS wins: availableParallelism() sees
 * the host's cores, not a container's CPU quota, and every worker costs memory); null for 0.
 */
export function createServicePool(config: Config, workers: number, now: () => number): ExtractionPool | null {
  const size = workers ? config.PDF_WORKERS || workers : 0;
  if (!size) return null;
  return createExtractionPool({
    size,
    timeoutMs: config.PDF_TIMEOUT_MS,
    pageTimeoutMs: config.PDF_PAGE_TIMEOUT_MS,
    queueTimeoutMs: config.PDF_QUEUE_TIMEOUT_MS,
    now,
  });
}
