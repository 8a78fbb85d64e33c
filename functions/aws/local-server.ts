/**
 * Development only (`npm run start:lambda`): serves the real Lambda handler over HTTP the way a
 * Function URL calls it (payload v2, binary bodies base64-encoded), so curl works against it locally.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handler } from './index.js';

/** What a Lambda would be configured with; the handler's deadline is derived from it. */
const TIMEOUT_MS = 30_000;
const port = Number(process.env.PORT || 9000);

const server = createServer(async (req, res) => {
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
});

server.listen(port, '127.0.0.1', () => process.stdout.write(`Lambda handler on http://127.0.0.1:${port}/\n`));
