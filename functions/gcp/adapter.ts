/** Functions Framework (Express) request ↔ neutral request. Translation only. */
import type { HttpFunction, Request, Response } from '@google-cloud/functions-framework';
import type { NeutralHandler, NeutralRequest } from '../../shared/http/index.js';
import { bodyHeaders, hasRawBody } from './server.js';

/** Wraps the neutral handler as a Functions Framework HTTP function. */
export function toHttpFunction(handle: NeutralHandler): HttpFunction {
  return async (req: Request, res: Response) => {
    const out = await handle(toNeutral(req));
    // A body left unread (refused on its headers) must not be read to find the next request.
    if (!req.complete) out.headers.connection = 'close';
    res.status(out.status).set(out.headers).send(out.body);
  };
}

function toNeutral(req: Request): NeutralRequest {
  const url = new URL(req.originalUrl, 'http://localhost');
  const headers: Record<string, string | undefined> = { ...bodyHeaders(req) };
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return {
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(firstValues(url.searchParams)),
    headers,
    // The raw stream, read by the handler only once the headers pass (see server.ts). A server not
    // set up with keepBodiesRaw has had its body parsed: rawBody keeps the bytes as sent.
    body: hasRawBody(req) ? req.iterator({ destroyOnReturn: false }) : (req.rawBody ?? new Uint8Array(0)),
  };
}

/** Repeated query keys keep their first value, as on Lambda. */
function* firstValues(params: URLSearchParams): Generator<[string, string]> {
  const seen = new Set<string>();
  for (const [k, v] of params) {
    if (!seen.has(k)) yield [k, v];
    seen.add(k);
  }
}
