/**
 * Structured JSON logging, one object per line, readable by Cloud Logging (`severity`, `message`,
 * `logging.googleapis.com/trace`) and CloudWatch alike. Callers pass only counts, timings and
 * codes: never statement text.
 */
import type { LogLevel } from './config.js';

export type LogFields = Record<
  string,
  string | number | boolean | null | undefined | Record<string, unknown>
>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SEVERITY: Record<LogLevel, string> = { debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR' };

/**
 * A logger that writes JSON lines through `write`: stdout on both platforms (where Cloud Logging and
 * CloudWatch read them), stderr in the CLI (stdout holds its answer), an array in tests.
 */
export function createLogger(level: LogLevel, write: (line: string) => void, base: LogFields = {}): Logger {
  const emit = (at: LogLevel, msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    write(
      JSON.stringify({
        severity: SEVERITY[at],
        level: at,
        time: new Date().toISOString(),
        // Cloud Logging shows `message` as the entry's text (a `msg` field stays buried in the payload).
        message: msg,
        ...base,
        ...fields,
      }),
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** A logger that drops everything. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The field that makes Cloud Logging group a request's lines under its trace. */
export const TRACE_FIELD = 'logging.googleapis.com/trace';

const TRACE_ID = /^[0-9a-f]{32}$/i;
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^[a-z0-9.-]+:[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/**
 * `{ "logging.googleapis.com/trace": "projects/P/traces/T" }` from `X-Cloud-Trace-Context`
 * (`T/SPAN;o=1`) or W3C `traceparent` (`00-T-SPAN-01`), or `{}` when there is no valid trace or
 * project. Only a 32-hex trace id and a well-formed project id pass, so nothing else reaches a log.
 */
export function traceFields(
  headers: Record<string, string | undefined>,
  projectId: string | undefined,
): Record<string, string> {
  if (!projectId || !PROJECT_ID.test(projectId)) return {};
  const fromCloud = headers['x-cloud-trace-context']?.split('/')[0]?.trim();
  const fromW3c = headers.traceparent?.trim().split('-')[1];
  const trace = [fromCloud, fromW3c].find((t) => t !== undefined && TRACE_ID.test(t));
  return trace ? { [TRACE_FIELD]: `projects/${projectId}/traces/${trace.toLowerCase()}` } : {};
}
