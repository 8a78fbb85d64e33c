/**
 * The one HTTP core both platforms share: routing, CORS, auth, limits, body parsing, the call into
 * the pipeline, and the one log line per request. It never throws: every failure becomes a response.
 */
import type { Mode } from '../analyze.js';
import { isAppError, RequestError } from '../errors.js';
import { type LogFields, traceFields } from '../log.js';
import { wipe } from '../privacy/wipe.js';
import { chooseRequestId } from '../request-id.js';
import type { Analysis } from '../schema.js';
import { checkApiKey } from './auth.js';
import { bodyLimit, checkDeclaredBody, readBody, readUpload } from './body.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { pageResponse } from './page.js';
import { baseHeaders, errorToResponse, jsonResponse } from './response.js';
import type { HandlerDeps, NeutralHandler, NeutralRequest, NeutralResponse } from './types.js';

type RouteName = 'analyze' | 'health';
interface Ctx {
  req: NeutralRequest;
  requestId: string;
  /** What the log line reports beyond method/route/status: filled in as the request goes. */
  log: LogFields;
  /** The body once read (wiped when the request ends). */
  body?: Uint8Array;
}
type Route = (ctx: Ctx) => Promise<NeutralResponse>;

const MODES: readonly Mode[] = ['local', 'llm', 'auto'];

/** Builds the platform-neutral request handler from its dependencies. */
export function createHandler(deps: HandlerDeps): NeutralHandler {
  const startedAt = deps.now();
  const draining = () => deps.lifecycle?.draining() ?? false;

  const analyze: Route = async (ctx) => {
    const { req, requestId, log } = ctx;
    // Everything the headers can decide is decided before a byte of the body is read.
    checkApiKey(req.headers, deps.config.API_KEYS);
    if (draining()) throw shuttingDown();
    const mode = parseMode(req.query.mode);
    const max = deps.config.MAX_UPLOAD_BYTES;
    checkDeclaredBody(req.headers, max);
    ctx.body = await readBody(req.body, bodyLimit(req.headers, max), max);
    const upload = await readUpload(req.headers, ctx.body, max);
    const analysis = await deps.analyze({
      pdf: upload.pdf,
      password: upload.password,
      mode,
      deadline: req.deadline,
    });
    Object.assign(log, analysisLogFields(analysis));
    return jsonResponse(200, analysis, requestId);
  };

  // 503 while draining, so a load balancer stops sending work here before the instance goes.
  const health: Route = async ({ requestId }) =>
    jsonResponse(
      draining() ? 503 : 200,
      {
        status: draining() ? 'draining' : 'ok',
        version: deps.version,
        uptimeSeconds: Math.max(0, Math.floor((deps.now() - startedAt) / 1000)),
        // This request itself is not counted.
        ...(deps.lifecycle ? { inFlight: Math.max(0, deps.lifecycle.inFlight() - 1) } : {}),
        llm: { configured: deps.llm?.configured ?? false, breakers: deps.llm?.breakerStates?.() ?? {} },
        ...(deps.pdfStats ? { pdf: deps.pdfStats() } : {}),
      },
      requestId,
    );

  // The page needs no key: it is static, and the key it may send goes with the upload, not here.
  const page: Route = async ({ requestId, log }) => {
    // '/' is named after its POST; a page view is logged as what it is.
    log.route = 'page';
    return pageResponse(requestId);
  };

  // One table of what exists. GET / serves the web page (shared/web), POST / is analyze.
  const routes: Record<string, { name: RouteName; methods: Record<string, Route> }> = {
    '/analyze': { name: 'analyze', methods: { POST: analyze } },
    '/': { name: 'analyze', methods: { GET: page, POST: analyze } },
    '/health': { name: 'health', methods: { GET: health } },
  };

  return async (req) => {
    const t0 = deps.now();
    // The platform's id first: a client's X-Request-Id is only a fallback (two clients may send the same).
    const requestId = chooseRequestId(req.headers, req.platformRequestId);
    const ctx: Ctx = { req, requestId, log: {} };
    const end = deps.lifecycle?.begin();
    const route = routes[normalizePath(req.path)];
    const method = req.method.toUpperCase();
    let res: NeutralResponse;
    try {
      if (!route) throw new RequestError('NOT_FOUND', 'No such endpoint.');
      const run = route.methods[method];
      if (method === 'OPTIONS')
        res = preflight(requestId, req.headers.origin, deps.config.CORS_ORIGINS, route.methods);
      else if (run) res = await run(ctx);
      else throw new RequestError('METHOD_NOT_ALLOWED', `Use ${allow(route.methods)}.`);
    } catch (err) {
      res = errorToResponse(err, requestId);
      if (route && res.status === 405) res.headers.allow = allow(route.methods);
      const retryAfter = isAppError(err) ? err.context.retryAfterSeconds : undefined;
      if (typeof retryAfter === 'number') res.headers['retry-after'] = String(retryAfter);
      ctx.log.errorCode = isAppError(err) ? err.code : 'INTERNAL';
      if (isAppError(err) && Object.keys(err.context).length > 0) ctx.log.context = err.context;
      // The cause's message may quote library internals or input: only its class name is logged.
      if (res.status >= 500) ctx.log.cause = causeName(err);
    } finally {
      // The raw body may hold the statement: do not let it outlive the request.
      wipe(ctx.body, req.body instanceof Uint8Array ? req.body : null);
      end?.();
    }
    if (draining()) res.headers.connection = 'close';
    res.headers = { ...corsHeaders(req.headers.origin, deps.config.CORS_ORIGINS), ...res.headers };
    const fields: LogFields = {
      requestId,
      // Groups this line with the platform's own request log under the trace in Cloud Logging.
      ...traceFields(req.headers, deps.config.GOOGLE_CLOUD_PROJECT),
      method,
      route: route?.name ?? 'unknown',
      status: res.status,
      durationMs: deps.now() - t0,
      ...ctx.log,
    };
    const logLine = () =>
      res.status >= 500 ? deps.logger.error('request', fields) : deps.logger.info('request', fields);
    if (deps.afterResponse) deps.afterResponse(logLine);
    else logLine();
    return res;
  };
}

/** 204 with the allowed methods; CORS headers only for an allowed origin. */
function preflight(
  requestId: string,
  origin: string | undefined,
  allowList: readonly string[],
  methods: Record<string, unknown>,
): NeutralResponse {
  return {
    status: 204,
    headers: { ...baseHeaders(requestId), allow: allow(methods), ...preflightHeaders(origin, allowList) },
    body: '',
  };
}

function shuttingDown(): RequestError {
  return new RequestError('SERVER_BUSY', 'This instance is shutting down: try again.', {
    context: { reason: 'draining', retryAfterSeconds: 1 },
  });
}

function allow(methods: Record<string, unknown>): string {
  return [...Object.keys(methods), 'OPTIONS'].join(', ');
}

function parseMode(value: string | undefined): Mode | undefined {
  if (value === undefined || value === '') return undefined;
  if ((MODES as readonly string[]).includes(value)) return value as Mode;
  throw new RequestError('BAD_REQUEST', 'Query parameter "mode" must be local, llm or auto.');
}

/** `/analyze/` and `/analyze` are the same endpoint; `//` collapses. */
function normalizePath(path: string): string {
  return `/${path.split('/').filter(Boolean).join('/')}`;
}

function analysisLogFields(a: Analysis): LogFields {
  return {
    engine: a.meta.engine,
    model: a.meta.model,
    degraded: a.meta.degraded,
    pages: a.meta.pages,
    transactions: a.transactions.length,
    reconciled: a.checks.reconciled,
    timings: a.meta.timings,
    redactions: a.meta.redactions,
    // The LLM step's calls, tokens, cost and refusals (model names and check names only).
    ...(a.meta.llm ? { llm: a.meta.llm } : {}),
  };
}

function causeName(err: unknown): string {
  const cause = isAppError(err) ? err.cause : err;
  return cause instanceof Error ? cause.name : typeof cause;
}
