/**
 * Upstream (OpenRouter) failures as typed errors. One factory maps status + body to a class, so
 * retry and rotation decisions read `kind`/`retryable` instead of re-parsing HTTP details.
 * Messages never carry the provider's message text: moderation errors echo the flagged input.
 */
import { type ErrorCode, type SafeContext, UpstreamError } from '../errors.js';
import { parseRetryAfter } from './retry-after.js';

/** Why an upstream call failed, in the words rotation and retry decisions use. */
export type LlmErrorKind =
  | 'unauthorized'
  | 'payment_required'
  | 'rejected'
  | 'rate_limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'invalid_output'
  /** 503 "no provider meets your routing requirements": this model cannot be served as asked, now. */
  | 'no_route'
  /** The stream stopped making progress (no token for the stall window): aborted, which stops billing. */
  | 'stalled'
  /** finish_reason `length`: the answer was cut at max_tokens, so its JSON is incomplete. */
  | 'truncated'
  /** finish_reason `content_filter`: the provider withheld (part of) the answer. */
  | 'filtered'
  /** The model declined (`refusal` set). */
  | 'refused'
  /** A finished answer with no content. */
  | 'empty'
  | 'unexpected';

interface LlmErrorInit {
  kind: LlmErrorKind;
  code: ErrorCode;
  upstreamStatus: number | null;
  retryable: boolean;
  retryAfterMs?: number | null;
  /** OpenRouter's/openai-node's `x-should-retry` header: true or false overrides our rules, null says nothing. */
  shouldRetryHeader?: boolean | null;
  cause?: unknown;
  context?: SafeContext;
}

/** Base of every LLM failure; `upstreamStatus` is the provider's HTTP status (AppError.status is ours). */
export class LlmError extends UpstreamError {
  readonly kind: LlmErrorKind;
  readonly upstreamStatus: number | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly shouldRetryHeader: boolean | null;

  constructor(message: string, init: LlmErrorInit) {
    super(init.code, message, {
      cause: init.cause,
      context: { kind: init.kind, upstreamStatus: init.upstreamStatus, ...init.context },
    });
    // UpstreamError types `name` as the literal 'UpstreamError'; the runtime name still tells the classes apart.
    Object.defineProperty(this, 'name', { value: new.target.name, enumerable: false, configurable: true });
    this.kind = init.kind;
    this.upstreamStatus = init.upstreamStatus;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.shouldRetryHeader = init.shouldRetryHeader ?? null;
  }

  /** 401/402: the account, not the model, is the problem, so no other model will answer either. */
  get haltsRotation(): boolean {
    return this.kind === 'unauthorized' || this.kind === 'payment_required';
  }

  /** Whether this failure says something about the model's health (breakers count only these). */
  get countsAgainstModel(): boolean {
    return !this.haltsRotation && !ANSWER_KINDS.has(this.kind);
  }
}

/** A model that answered, but not usably (cut, filtered, refused, empty): healthy, so not a breaker failure. */
const ANSWER_KINDS: ReadonlySet<LlmErrorKind> = new Set<LlmErrorKind>([
  'truncated',
  'filtered',
  'refused',
  'empty',
]);

/** A finished reply that cannot be used as it is; rotating beats repairing (a repair re-sends the whole prompt). */
export class LlmUnusableReplyError extends LlmError {}

/** The reply for a finish_reason/refusal/empty-content outcome; `upstreamStatus` 200 because it did answer. */
export function unusableReply(kind: 'truncated' | 'filtered' | 'refused' | 'empty'): LlmUnusableReplyError {
  const what = {
    truncated: 'was cut at max_tokens',
    filtered: 'was withheld by a content filter',
    refused: 'was a refusal',
    empty: 'was empty',
  }[kind];
  return new LlmUnusableReplyError(`LLM reply ${what}`, {
    kind,
    code: 'UPSTREAM_ERROR',
    upstreamStatus: 200,
    retryable: false,
  });
}

/** The stream made no progress for `stallMs`: we aborted it. */
export function stalledError(stallMs: number): LlmTimeoutError {
  return new LlmTimeoutError('LLM stream stalled', {
    kind: 'stalled',
    code: 'UPSTREAM_TIMEOUT',
    upstreamStatus: null,
    retryable: false,
    context: { stallMs },
  });
}

/** 401/402/400/403/404…: repeating the same request cannot succeed. */
export class LlmRejectedError extends LlmError {}

/** 429 from OpenRouter or the provider behind it. */
export class LlmRateLimitError extends LlmError {}

/** 408, 5xx, a broken response envelope or a dropped connection: transient. */
export class LlmUnavailableError extends LlmError {}

/** The per-call timeout or the request's deadline fired. */
export class LlmTimeoutError extends LlmError {}

/** The model answered, but not with JSON matching the schema, even after one repair. */
export class LlmInvalidOutputError extends LlmError {}

export interface UpstreamFailure {
  status: number;
  headers?: Record<string, string | string[] | undefined>;
  /** Parsed body, if it was JSON; only `error.code` is read from it. */
  body?: unknown;
  now: () => number;
}

/** The one mapping from an upstream status (or an error inside a 200 body) to a typed error. */
export function upstreamErrorFrom(failure: UpstreamFailure): LlmError {
  const status = statusOf(failure);
  const msg = `LLM provider answered ${status}`;
  const headers = failure.headers ?? {};
  const base = { upstreamStatus: status, shouldRetryHeader: parseShouldRetry(headers) };
  if (status === 401 || status === 403 || status === 402) {
    const kind = status === 402 ? 'payment_required' : status === 401 ? 'unauthorized' : 'rejected';
    return new LlmRejectedError(msg, { ...base, kind, code: 'UPSTREAM_ERROR', retryable: false });
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headers, failure.now);
    return new LlmRateLimitError(msg, {
      ...base,
      kind: 'rate_limited',
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      retryAfterMs,
    });
  }
  if (status === 408) {
    return new LlmTimeoutError(msg, { ...base, kind: 'timeout', code: 'UPSTREAM_TIMEOUT', retryable: true });
  }
  if (status === 503) {
    // OpenRouter's 503 means no provider of this model meets the routing requirements (parameters,
    // data policy, price): retrying the same model asks the same question, so rotate at once.
    return new LlmUnavailableError(msg, {
      ...base,
      kind: 'no_route',
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: false,
      retryAfterMs: parseRetryAfter(headers, failure.now),
    });
  }
  if (status >= 500) {
    const retryAfterMs = parseRetryAfter(headers, failure.now);
    return new LlmUnavailableError(msg, {
      ...base,
      kind: 'server',
      code: status === 504 ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      retryAfterMs,
    });
  }
  return new LlmRejectedError(msg, { ...base, kind: 'rejected', code: 'UPSTREAM_ERROR', retryable: false });
}

/** `x-should-retry: true|false` as a boolean; anything else is null. */
function parseShouldRetry(headers: Record<string, string | string[] | undefined>): boolean | null {
  const raw = headers['x-should-retry'];
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** The status of a failure: the HTTP status, unless a 200 carries `error.code` (OpenRouter's mid-generation errors). */
function statusOf(failure: UpstreamFailure): number {
  if (failure.status !== 200) return failure.status;
  const code = (failure.body as { error?: { code?: unknown } } | undefined)?.error?.code;
  const n = typeof code === 'number' ? code : Number(code);
  // An error without a usable numeric code inside a 200 means the provider broke mid-answer.
  return Number.isInteger(n) && n >= 400 && n <= 599 ? n : 502;
}

/** A timeout (per-call or deadline) as an LlmError. */
export function timeoutError(cause: unknown): LlmTimeoutError {
  return new LlmTimeoutError('LLM call timed out', {
    kind: 'timeout',
    code: 'UPSTREAM_TIMEOUT',
    upstreamStatus: null,
    retryable: true,
    cause,
  });
}

/** A transport failure (reset, refused, malformed envelope) as an LlmError. */
export function networkError(cause: unknown, what = 'LLM connection failed'): LlmUnavailableError {
  return new LlmUnavailableError(what, {
    kind: 'network',
    code: 'UPSTREAM_UNAVAILABLE',
    upstreamStatus: null,
    retryable: true,
    cause,
  });
}

/** Any thrown value as an LlmError; programming errors become non-retryable `unexpected`. */
export function toLlmError(err: unknown): LlmError {
  if (err instanceof LlmError) return err;
  return new LlmError('LLM call failed unexpectedly', {
    kind: 'unexpected',
    code: 'UPSTREAM_ERROR',
    upstreamStatus: null,
    retryable: false,
    cause: err,
  });
}
