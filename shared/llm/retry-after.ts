/** How long an upstream asked us to wait before calling again, read from its answer's headers. */

type Headers = Record<string, string | string[] | undefined>;

/** Milliseconds the server asked us to wait (`retry-after-ms`, or `retry-after` as seconds or an HTTP date), or null. */
export function parseRetryAfter(headers: Headers, now: () => number): number | null {
  const ms = Number(first(headers['retry-after-ms']));
  if (Number.isFinite(ms) && ms >= 0 && first(headers['retry-after-ms']) !== undefined) return Math.round(ms);
  const raw = first(headers['retry-after'])?.trim();
  if (raw === undefined || raw === '') return null;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now());
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
