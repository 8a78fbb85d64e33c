/** What each adapter hands the neutral handler, and what it makes of the answer. */
import type { AddressInfo } from 'node:net';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Context } from 'aws-lambda';
import { DEADLINE_MARGIN_MS, toLambdaHandler } from '../../functions/aws/adapter.js';
import { toHttpFunction } from '../../functions/gcp/adapter.js';
import { keepBodiesRaw } from '../../functions/gcp/server.js';
import { readBody } from '../../shared/http/body.js';
import type { NeutralRequest, NeutralResponse } from '../../shared/http/index.js';
import { buildEvent } from './drivers.js';

/** Every byte value, so any text decoding on the way would show. */
const BINARY = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
const ANSWER: NeutralResponse = {
  status: 201,
  headers: { 'x-test': 'yes', 'content-type': 'application/json' },
  body: '{"ok":true}',
};

function recorder() {
  const seen: (NeutralRequest & { body: Uint8Array })[] = [];
  const handler = async (req: NeutralRequest) => {
    seen.push({ ...req, body: Buffer.from(await readBody(req.body, 1 << 20, 1 << 20)) });
    return ANSWER;
  };
  return { seen, handler };
}

const context = (remaining: number) =>
  ({ awsRequestId: 'aws-req-1', getRemainingTimeInMillis: () => remaining }) as unknown as Context;

describe('Lambda adapter', () => {
  test.each(['v1', 'v2', 'url'] as const)('passes a base64 body through byte for byte (%s)', async (kind) => {
    const { seen, handler } = recorder();
    const event = buildEvent(kind, {
      method: 'POST',
      path: '/analyze',
      headers: { 'Content-Type': 'application/pdf' },
      body: BINARY,
    });
    const res = await toLambdaHandler(handler)(event, context(10_000));
    expect(seen[0]?.body).toEqual(BINARY);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/analyze', platformRequestId: 'aws-req-1' });
    expect(seen[0]?.headers['content-type']).toBe('application/pdf');
    expect(res).toEqual({
      statusCode: 201,
      headers: ANSWER.headers,
      body: ANSWER.body,
      isBase64Encoded: false,
    });
  });

  test.each(['v1', 'v2', 'url'] as const)(
    'keeps the first value of a repeated query key (%s)',
    async (kind) => {
      const { seen, handler } = recorder();
      await toLambdaHandler(handler)(
        buildEvent(kind, { method: 'GET', path: '/health', query: 'mode=llm&mode=local&x=1' }),
        context(10_000),
      );
      expect(seen[0]?.query).toMatchObject({ mode: 'llm', x: '1' });
    },
  );

  test('reads a body API Gateway did not base64-encode as UTF-8 text', async () => {
    const { seen, handler } = recorder();
    const event = {
      ...buildEvent('v2', { method: 'POST', path: '/analyze' }),
      body: '{"a":"é"}',
      isBase64Encoded: false,
    };
    await toLambdaHandler(handler)(event, context(10_000));
    expect(Buffer.from(seen[0]?.body ?? []).toString('utf8')).toBe('{"a":"é"}');
  });

  test('removes a named HTTP API stage from the path', async () => {
    const { seen, handler } = recorder();
    const event = buildEvent('v2', { method: 'GET', path: '/prod/health' }) as {
      requestContext: { stage: string };
    };
    event.requestContext.stage = 'prod';
    await toLambdaHandler(handler)(event as never, context(10_000));
    expect(seen[0]?.path).toBe('/health');
  });

  test('lower-cases the mixed-case header names of a REST API event', async () => {
    const { seen, handler } = recorder();
    await toLambdaHandler(handler)(
      buildEvent('v1', { method: 'GET', path: '/health', headers: { 'X-Request-Id': 'abc' } }),
      context(10_000),
    );
    expect(seen[0]?.headers['x-request-id']).toBe('abc');
    expect(seen[0]?.headers['user-agent']).toBe('HTTPie/3.2.2');
    expect(Object.keys(seen[0]?.headers ?? {}).every((k) => k === k.toLowerCase())).toBe(true);
  });

  test('sets the deadline to the remaining invocation time minus a margin', async () => {
    const { seen, handler } = recorder();
    const before = Date.now();
    await toLambdaHandler(handler)(buildEvent('url', { method: 'GET', path: '/health' }), context(20_000));
    const after = Date.now();
    expect(seen[0]?.deadline).toBeGreaterThanOrEqual(before + 20_000 - DEADLINE_MARGIN_MS);
    expect(seen[0]?.deadline).toBeLessThanOrEqual(after + 20_000 - DEADLINE_MARGIN_MS);
  });
});

describe('Functions Framework adapter', () => {
  let n = 0;
  async function serve(handler: (req: NeutralRequest) => Promise<NeutralResponse>) {
    const name = `adapter-test-${++n}`;
    http(name, toHttpFunction(handler));
    const server = keepBodiesRaw(getTestServer(name));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise((r) => server.close(r)),
    };
  }

  test.each(['application/pdf', 'multipart/form-data; boundary=x', 'application/octet-stream'])(
    'hands over the raw body byte for byte (%s)',
    async (type) => {
      const { seen, handler } = recorder();
      const s = await serve(handler);
      try {
        const res = await fetch(`${s.base}/analyze?mode=llm&mode=local`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: BINARY,
        });
        expect(res.status).toBe(201);
        expect(res.headers.get('x-test')).toBe('yes');
        expect(await res.text()).toBe(ANSWER.body);
        expect(seen[0]?.body).toEqual(BINARY);
        expect(seen[0]).toMatchObject({ method: 'POST', path: '/analyze', query: { mode: 'llm' } });
        expect(seen[0]?.deadline).toBeUndefined();
      } finally {
        await s.close();
      }
    },
  );

  test('hands over an empty body when none is sent', async () => {
    const { seen, handler } = recorder();
    const s = await serve(handler);
    try {
      await fetch(`${s.base}/health`);
      expect(seen[0]?.body.byteLength).toBe(0);
      expect(seen[0]?.method).toBe('GET');
    } finally {
      await s.close();
    }
  });
});
