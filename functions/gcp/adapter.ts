/** Functions Framework (Express) request ↔ neutral request. Translation only. */
import type { HttpFunction, Request, Response } from '@google-cloud/functions-framework';
import type { NeutralHandler, NeutralRequest } from '../../shared/http/index.js';

/** Wraps the neutral handler as a Functions Framework HTTP function. */
export function toHttpFunction(handle: NeutralHandler): HttpFunction {
  return async (req: Request, res: Response) => {
    const out = await handle(toNeutral(req));
    res.status(out.status).set(out.headers).send(out.body);
  };
}

function toNeutral(req: Request): NeutralRequest {
  // The framework's body parsers have run; rawBody keeps the bytes exactly as sent (absent without a body).
  const url = new URL(req.originalUrl, 'http://localhost');
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return {
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(firstValues(url.searchParams)),
    headers,
    body: req.rawBody ?? new Uint8Array(0),
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
