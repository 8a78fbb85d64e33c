/** What an error carries from one thread to another: its code, message and primitive context only. */
import { AppError } from '../errors.js';

/** An error's code, message and context as they cross threads. */
export interface CrossingError {
  code: string;
  message: string;
  context: Record<string, string | number | boolean | null>;
}

/** Keeps only primitive context values (they cross a thread boundary and may be logged). */
export function safe(ctx: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(ctx)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v))
      out[k] = v as string | number | boolean | null;
  }
  return out;
}

/** An error as it crosses to another worker (INTERNAL for anything untyped: its text is not ours to pass on). */
export function crossing(e: unknown): CrossingError {
  if (e instanceof AppError) return { code: e.code, message: e.message, context: safe(e.context) };
  return { code: 'INTERNAL', message: 'Internal error', context: {} };
}
