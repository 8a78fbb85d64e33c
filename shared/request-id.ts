/**
 * Picks the id that ties a response to its log lines: the platform's first (Lambda's request id,
 * Cloud Run's trace id), because a client can send any `X-Request-Id` it likes and two clients may
 * send the same one; the client's only when the platform gave none; else a fresh UUID.
 */
import { randomUUID } from 'node:crypto';

/** Ids we are willing to echo back and log: short, and only characters that cannot inject anything. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+-]{0,127}$/;

/**
 * The platform's id, then the Cloud Run trace id (`X-Cloud-Trace-Context`, else W3C `traceparent`),
 * then the client's `X-Request-Id`, else a random UUID.
 */
export function chooseRequestId(headers: Record<string, string | undefined>, platformId?: string): string {
  const candidates = [
    platformId,
    headers['x-cloud-trace-context']?.split('/')[0],
    headers.traceparent?.trim().split('-')[1],
    headers['x-request-id'],
  ];
  for (const c of candidates) {
    const id = c?.trim();
    if (id && SANE_ID.test(id)) return id;
  }
  return randomUUID();
}
