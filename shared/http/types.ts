/**
 * The platform-neutral request/response the HTTP core speaks. Adapters (functions/gcp, functions/aws)
 * translate their platform's shapes into these and back; nothing here knows a platform.
 */
import type { AnalyzeInput } from '../analyze.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Analysis } from '../schema.js';
import type { PoolStats } from '../worker/pool.js';
import type { BodySource } from './body.js';
import type { Lifecycle } from './lifecycle.js';

export interface NeutralRequest {
  method: string;
  /** Path without query string, e.g. `/analyze` (a stage prefix already removed by the adapter). */
  path: string;
  query: Record<string, string | undefined>;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string | undefined>;
  /** The raw body: in memory, or a stream the handler reads (with a cap) only once the headers pass. */
  body: BodySource;
  /** Epoch ms by which the answer must be ready (from the platform's remaining time). */
  deadline?: number;
  /** The platform's own id for this invocation (Lambda's awsRequestId), used when no header gives one. */
  platformRequestId?: string;
}

export interface NeutralResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export type NeutralHandler = (req: NeutralRequest) => Promise<NeutralResponse>;

/**
 * The pipeline with the instance's dependencies already bound (shared/http/service.ts): a request
 * passes only itself and its deadline. Injected so tests can pass fakes.
 */
export type AnalyzeFn = (input: AnalyzeInput) => Promise<Analysis>;

/** What /health reports about the LLM engine; the engine itself lives in shared/llm. */
export interface LlmHealth {
  configured: boolean;
  breakerStates?(): Record<string, string>;
}

export interface HandlerDeps {
  config: Pick<Config, 'MAX_UPLOAD_BYTES' | 'CORS_ORIGINS' | 'API_KEYS' | 'GOOGLE_CLOUD_PROJECT'>;
  logger: Logger;
  now: () => number;
  version: string;
  analyze: AnalyzeFn;
  llm?: LlmHealth;
  /** In-flight count and draining state; without it the handler never drains. */
  lifecycle?: Lifecycle;
  /** The PDF worker pool's state, for /health. */
  pdfStats?: () => PoolStats;
  /**
   * Runs the request's log line once its response is on its way. A platform that keeps running
   * after answering (Cloud Run) passes `setImmediate`: the line's synchronous write to stdout, about
   * 0.8 ms per request in profiles of the bench server, then no longer delays the answer. Without
   * it the line is written before the answer (Lambda may freeze the process once it has answered).
   */
  afterResponse?: (task: () => void) => void;
}
