/** CORS from the configured allow-list only: an allowed origin is echoed, never `*`, never `null`. */

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-api-key, x-pdf-password, x-request-id';
/** Browsers cache a preflight answer at most this long (Chromium caps at 2 hours anyway). */
const MAX_AGE_SECONDS = '600';

/** The allowed origin the request came from, or null when it gets no CORS headers. */
export function allowedOrigin(origin: string | undefined, allowList: readonly string[]): string | null {
  // `null` is what sandboxed iframes and file:// pages send: it identifies nobody, so it is never trusted.
  if (!origin || origin === 'null') return null;
  const wanted = normalize(origin);
  return allowList.some((o) => normalize(o) === wanted) ? origin : null;
}

/** Headers for an actual (non-preflight) response. */
export function corsHeaders(
  origin: string | undefined,
  allowList: readonly string[],
): Record<string, string> {
  // Vary whenever a list is configured, so no cache ever serves one origin's answer to another.
  const vary: Record<string, string> = allowList.length > 0 ? { vary: 'Origin' } : {};
  const allowed = allowedOrigin(origin, allowList);
  if (!allowed) return vary;
  return { ...vary, 'access-control-allow-origin': allowed, 'access-control-expose-headers': 'x-request-id' };
}

/** Headers for a preflight answer: the simple ones plus what may be sent. */
export function preflightHeaders(
  origin: string | undefined,
  allowList: readonly string[],
): Record<string, string> {
  const base = corsHeaders(origin, allowList);
  if (!base['access-control-allow-origin']) return base;
  return {
    ...base,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': MAX_AGE_SECONDS,
  };
}

/** Scheme and host are case-insensitive; a configured trailing slash is a common typo. */
function normalize(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}
