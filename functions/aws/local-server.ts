/**
 * Development only (`npm run start:lambda`): serves the real Lambda handler over HTTP the way a
 * Function URL calls it (payload v2, binary bodies base64-encoded), so curl works against it locally.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { loadConfig } from '../../shared/config.js';
import { createLifecycle } from '../../shared/http/lifecycle.js';
import { shutdown } from '../../shared/http/shutdown.js';
import { createLogger } from '../../shared/log.js';
import { handler } from './index.js';

/** What a Lambda would be configured with; the handler's deadline is derived from it. */
const TIMEOUT_MS = 30_000;
const port = Number(process.env.PORT || 9000);

const config = loadConfig(process.env);
const lifecycle = createLifecycle();

const server = createServer(async (req, res) => {
  const end = lifecycle.begin();
  try {
    await invoke(req, res);
  } finally {
    end();
  }
});

/** One request as a Function URL invocation: the whole body first, as Lambda receives it. */
async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  const method = req.method ?? 'GET';
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: `localhost:${port}`,
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    ...(body.length > 0 ? { body: body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0,
  } as APIGatewayProxyEventV2;
  const deadline = Date.now() + TIMEOUT_MS;
  const context = {
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => deadline - Date.now(),
  } as Context;
  const out = await handler(event, context);
  res.writeHead(out.statusCode, out.headers as Record<string, string>).end(out.body);
}

// As on Cloud Run: SIGTERM/SIGINT let the requests in flight finish (the handler's own instance,
// with its PDF worker, ends with the process).
const logger = createLogger(config.LOG_LEVEL, (line) => process.stdout.write(`${line}\n`));
const stop = (signal: NodeJS.Signals) =>
  void shutdown(
    server,
    { lifecycle, graceMs: config.SHUTDOWN_GRACE_MS, close: async () => {}, logger },
    signal,
  ).then((code) => process.exit(code));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

server.listen(port, '127.0.0.1', () => process.stdout.write(`Lambda handler on http://127.0.0.1:${port}/\n`));
