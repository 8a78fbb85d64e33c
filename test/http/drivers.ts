/**
 * Drives the neutral handler through each real adapter: the Functions Framework over HTTP on
 * 127.0.0.1 (its own test server), and the Lambda handler with events cloned from real samples.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Context } from 'aws-lambda';
import { type HttpEvent, toLambdaHandler } from '../../functions/aws/adapter.js';
import { toHttpFunction } from '../../functions/gcp/adapter.js';
import { keepBodiesRaw } from '../../functions/gcp/server.js';
import type { NeutralHandler } from '../../shared/http/index.js';

export interface TestRequest {
  method: string;
  path: string;
  /** Raw query string without `?`. */
  query?: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface TestResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  text: string;
}

export interface Client {
  send(req: TestRequest): Promise<TestResponse>;
  /** The base URL of the real server, when there is one. */
  base?: string;
  /** The platform's own request id of the last call, when the platform has one. */
  lastPlatformId(): string | undefined;
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  start(handler: NeutralHandler): Promise<Client>;
}

let registered = 0;

/** Cloud Run: the handler registered with the Functions Framework, served by its test server. */
export const gcpDriver: Driver = {
  name: 'gcp (Functions Framework over HTTP)',
  async start(handler) {
    const name = `analyze-test-${++registered}`;
    http(name, toHttpFunction(handler));
    // As in production (functions/gcp/index.ts): the framework's body parsers never see a body.
    const server = keepBodiesRaw(getTestServer(name));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      base,
      async send(req) {
        const url = `${base}${req.path}${req.query ? `?${req.query}` : ''}`;
        const res = await fetch(url, {
          method: req.method,
          headers: req.headers ?? {},
          ...(req.body ? { body: req.body } : {}),
        });
        return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
      },
      lastPlatformId: () => undefined,
      close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
    };
  },
};

type Kind = 'v1' | 'v2' | 'url';
const FIXTURES: Record<Kind, string> = {
  v1: 'apigw-rest-v1.json',
  v2: 'apigw-http-v2.json',
  url: 'function-url.json',
};

/** AWS: the Lambda handler called with an event cloned from a real sample of the given kind. */
export function lambdaDriver(kind: Kind, title: string): Driver {
  return {
    name: `aws (${title})`,
    async start(handler) {
      const lambda = toLambdaHandler(handler);
      let last: string | undefined;
      return {
        async send(req) {
          last = randomUUID();
          const res = await lambda(buildEvent(kind, req), fakeContext(last));
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers ?? {})) headers[k.toLowerCase()] = String(v);
          return { status: res.statusCode, headers, text: res.body };
        },
        lastPlatformId: () => last,
        close: async () => {},
      };
    },
  };
}

/** The event API Gateway / the Function URL would deliver for `req`. */
export function buildEvent(kind: Kind, req: TestRequest): HttpEvent {
  const sample = JSON.parse(readFileSync(new URL(`./events/${FIXTURES[kind]}`, import.meta.url), 'utf8'));
  const body = req.body && req.body.byteLength > 0 ? req.body.toString('base64') : undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries<string>(sample.headers)) {
    if (!['authorization', 'content-length'].includes(k.toLowerCase())) headers[k] = v;
  }
  Object.assign(headers, req.headers ?? {});
  if (body) headers['content-length'] = String(req.body?.byteLength);
  const query = new URLSearchParams(req.query ?? '');
  if (kind === 'v1') {
    const multi: Record<string, string[]> = {};
    for (const [k, v] of query) multi[k] = [...(multi[k] ?? []), v];
    return {
      ...sample,
      path: req.path,
      resource: '/{proxy+}',
      httpMethod: req.method,
      headers,
      multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      queryStringParameters: query.size ? Object.fromEntries(query) : null,
      multiValueQueryStringParameters: query.size ? multi : null,
      requestContext: { ...sample.requestContext, httpMethod: req.method, path: `/prod${req.path}` },
      body: body ?? null,
      isBase64Encoded: body !== undefined,
    };
  }
  return {
    ...sample,
    rawPath: req.path,
    rawQueryString: req.query ?? '',
    headers,
    queryStringParameters: query.size ? Object.fromEntries(query) : undefined,
    requestContext: {
      ...sample.requestContext,
      http: { ...sample.requestContext.http, method: req.method, path: req.path },
    },
    body,
    isBase64Encoded: body !== undefined,
  };
}

function fakeContext(awsRequestId: string): Context {
  return {
    awsRequestId,
    functionName: 'analyze',
    getRemainingTimeInMillis: () => 30_000,
  } as Context;
}

/** Every adapter the contract table runs against. */
export const DRIVERS: Driver[] = [
  gcpDriver,
  lambdaDriver('v2', 'HTTP API v2'),
  lambdaDriver('v1', 'REST API v1'),
  lambdaDriver('url', 'Function URL'),
];
