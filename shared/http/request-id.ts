/** Picks the id that ties a response to its log line: the caller's, the platform's, or a fresh one. */
import { randomUUID } from 'node:crypto';

/** Ids we are willing to echo back and log: short, and only characters that cannot inject anything. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+-]{0,127}$/;

/** The request id from `X-Request-Id`, `X-Cloud-Trace-Context`, the platform id, else a random UUID. */
export function resolveRequestId(headers: Record<string, string | undefined>, platformId?: string): string {
  const candidates = [headers['x-request-id'], traceId(headers['x-cloud-trace-context']), platformId];
  for (const c of candidates) {
    const id = c?.trim();
    if (id && SANE_ID.test(id)) return id;
  }
  return randomUUID();
}

/** `X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=1`: the trace id is what Cloud Logging correlates on. */
function traceId(header: string | undefined): string | undefined {
  return header?.split('/')[0];
}
