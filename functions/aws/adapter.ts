/**
 * Lambda event ↔ neutral request, for API Gateway REST (v1), HTTP API (v2) and Function URL events
 * (same shape as v2). Translation only.
 */
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  Context,
} from 'aws-lambda';
import type { NeutralHandler, NeutralRequest } from '../../shared/http/index.js';

export type HttpEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

/** Time kept back from the invocation's remaining time to write the answer and the log line. */
export const DEADLINE_MARGIN_MS = 1500;

/** Wraps the neutral handler as a Lambda handler for HTTP events. */
export function toLambdaHandler(handle: NeutralHandler) {
  return async (event: HttpEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const out = await handle(toNeutral(event, context));
    // Our headers are all single-valued, so `headers` is enough for v1 as well as v2.
    return { statusCode: out.status, headers: out.headers, body: out.body, isBase64Encoded: false };
  };
}

function toNeutral(event: HttpEvent, context: Context): NeutralRequest {
  const v2 = 'rawPath' in event;
  const body = event.body ?? '';
  return {
    method: v2 ? event.requestContext.http.method : event.httpMethod,
    path: v2 ? stripStage(event.rawPath, event.requestContext.stage) : event.path,
    query: v2 ? firstValues(event.rawQueryString) : v1Query(event),
    headers: lowerCase(v2 ? event.headers : v1Headers(event)),
    body: Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8'),
    deadline: Date.now() + context.getRemainingTimeInMillis() - DEADLINE_MARGIN_MS,
    platformRequestId: context.awsRequestId,
  };
}

/** HTTP API puts a named stage in rawPath (`/prod/analyze`); `$default` adds nothing. */
function stripStage(path: string, stage: string | undefined): string {
  if (!stage || stage === '$default') return path;
  const prefix = `/${stage}`;
  return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || '/' : path;
}

/** v2's queryStringParameters joins repeats with commas; the raw string lets us keep the first. */
function firstValues(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] ??= v;
  return out;
}

function v1Query(event: APIGatewayProxyEvent): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...event.queryStringParameters };
  for (const [k, v] of Object.entries(event.multiValueQueryStringParameters ?? {})) out[k] = v?.[0];
  return out;
}

function v1Headers(event: APIGatewayProxyEvent): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...event.headers };
  for (const [k, v] of Object.entries(event.multiValueHeaders ?? {})) if (v) out[k] = v.join(', ');
  return out;
}

function lowerCase(headers: Record<string, string | undefined> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}
