/**
 * Structured JSON logging, one object per line, readable by Cloud Logging (`severity`) and
 * CloudWatch alike. Callers pass only counts, timings and codes: never statement text.
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

/** A logger that writes JSON lines through `write` (stderr in production, an array in tests). */
export function createLogger(level: LogLevel, write: (line: string) => void, base: LogFields = {}): Logger {
  const emit = (at: LogLevel, msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    write(
      JSON.stringify({
        severity: SEVERITY[at],
        level: at,
        time: new Date().toISOString(),
        msg,
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
