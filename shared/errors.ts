/**
 * The one error hierarchy. Every failure the product reports has a stable `code`; the HTTP status
 * comes from the table below, so adapters never decide statuses themselves. Messages must be safe
 * to show a user: never statement text, PII, library versions or stack traces.
 */

/** Every error code, with the HTTP status it maps to. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  MISSING_FILE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PDF_EMPTY: 400,
  PDF_INVALID: 422,
  PDF_UNREADABLE: 422,
  PDF_ENCRYPTED: 422,
  PDF_BAD_PASSWORD: 422,
  PDF_NO_TEXT: 422,
  PDF_TOO_MANY_PAGES: 422,
  PDF_TIMEOUT: 422,
  NOT_A_STATEMENT: 422,
  RATE_LIMITED: 429,
  CONFIG_INVALID: 500,
  INTERNAL: 500,
  UPSTREAM_ERROR: 502,
  UPSTREAM_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  UPSTREAM_TIMEOUT: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Context that is safe to log: numbers, booleans and short machine words only. */
export type SafeContext = Record<string, string | number | boolean | null | undefined>;

/** Base of every error we raise on purpose. */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  readonly code: ErrorCode;
  readonly context: SafeContext;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; context?: SafeContext } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.context = options.context ?? {};
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The request itself is wrong (media type, size, missing file, auth, routing). */
export class RequestError extends AppError {
  override readonly name = 'RequestError';
}

/** The uploaded document cannot be used as a PDF (empty, not a PDF, encrypted, no text, too big). */
export class PdfError extends AppError {
  override readonly name = 'PdfError';
}

/** The PDF is fine but is not a credit-card statement we can read. */
export class StatementError extends AppError {
  override readonly name = 'StatementError';
}

/** The configuration is invalid; raised once, at cold start. */
export class ConfigError extends AppError {
  override readonly name = 'ConfigError';
}

/** An upstream service (the LLM provider) failed. */
export class UpstreamError extends AppError {
  override readonly name = 'UpstreamError';
}

/** True when `err` is one of ours. */
export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Any thrown value as an AppError; unknown errors become a generic INTERNAL with the original as cause. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  return new AppError('INTERNAL', 'Internal error', { cause: err });
}
