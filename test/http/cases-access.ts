/** Contract rows about auth, CORS, health, error mapping and request ids (fake pipeline). */
import { AppError, PdfError, UpstreamError } from '../../shared/errors.js';
import { SECRET_TEXT } from './support.js';
import {
  ALLOWED_ORIGIN,
  BASE,
  type Case,
  cors,
  fakeBody,
  filePart,
  form,
  KEY,
  notCalled,
  raw,
  throwing,
} from './table.js';

/** Auth, CORS, health, errors and request ids. */
export const accessCases = (): Case[] => {
  const base = BASE;
  return [
    {
      ...base,
      variant: 'keyed',
      name: 'returns 401 without an API key when keys are configured',
      request: () => raw(),
      status: 401,
      code: 'UNAUTHORIZED',
      headers: { 'www-authenticate': 'Bearer' },
      check: notCalled,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'returns 401 for a wrong bearer key',
      request: () => raw({ headers: { authorization: `Bearer ${KEY}x` } }),
      status: 401,
      code: 'UNAUTHORIZED',
      check: notCalled,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'checks the API key before parsing the body',
      request: () => ({ ...form([filePart()]), headers: { 'content-type': 'multipart/form-data' } }),
      status: 401,
      code: 'UNAUTHORIZED',
    },
    {
      ...base,
      variant: 'keyed',
      name: 'accepts a configured key as a Bearer token',
      request: () => raw({ headers: { authorization: `Bearer ${KEY}` } }),
      status: 200,
      check: fakeBody,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'accepts a configured key in x-api-key',
      request: () => raw({ headers: { 'x-api-key': KEY } }),
      status: 200,
      check: fakeBody,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'serves /health without an API key',
      request: () => ({ method: 'GET', path: '/health' }),
      status: 200,
    },
    {
      ...base,
      name: 'echoes an allowed Origin with Vary: Origin',
      request: () => raw({ headers: { origin: ALLOWED_ORIGIN } }),
      status: 200,
      headers: { ...cors(ALLOWED_ORIGIN), 'access-control-expose-headers': 'x-request-id' },
    },
    {
      ...base,
      name: 'sends no CORS headers to an origin not on the list',
      request: () => raw({ headers: { origin: 'https://evil.example.net' } }),
      status: 200,
      headers: cors(null),
    },
    {
      ...base,
      name: 'sends no CORS headers to Origin: null',
      request: () => raw({ headers: { origin: 'null' } }),
      status: 200,
      headers: cors(null),
    },
    {
      ...base,
      name: 'answers an allowed preflight with 204, the methods and the headers',
      request: () => ({
        method: 'OPTIONS',
        path: '/analyze',
        headers: {
          origin: ALLOWED_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      }),
      status: 204,
      headers: { ...cors(ALLOWED_ORIGIN), 'access-control-allow-methods': 'GET, POST, OPTIONS' },
      check: ({ res }) => expect(res.headers['access-control-allow-headers']).toContain('x-pdf-password'),
    },
    {
      ...base,
      name: 'answers a preflight from an unlisted origin without CORS headers',
      request: () => ({
        method: 'OPTIONS',
        path: '/analyze',
        headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
      }),
      status: 204,
      headers: { ...cors(null), 'access-control-allow-methods': null },
    },
    {
      ...base,
      name: 'reports health with version, uptime and breaker states',
      request: () => ({ method: 'GET', path: '/health' }),
      status: 200,
      check: ({ body }) =>
        expect(body).toEqual({
          status: 'ok',
          version: '9.8.7-test',
          uptimeSeconds: expect.any(Number),
          llm: { configured: true, breakers: { 'openai/gpt-4o-mini': 'closed', 'x/y': 'open' } },
        }),
    },
    {
      ...base,
      name: 'shows the message of a 4xx error raised by the pipeline',
      analyze: throwing(new PdfError('PDF_NO_TEXT', 'The PDF has no text layer.')),
      request: () => raw(),
      status: 422,
      code: 'PDF_NO_TEXT',
      check: ({ body }) => expect(body).toMatchObject({ error: { message: 'The PDF has no text layer.' } }),
    },
    {
      ...base,
      name: 'hides the message of an upstream failure behind a generic one',
      analyze: throwing(new UpstreamError('UPSTREAM_TIMEOUT', `model x timed out on ${SECRET_TEXT}`)),
      request: () => raw(),
      status: 504,
      code: 'UPSTREAM_TIMEOUT',
    },
    {
      ...base,
      name: 'turns an unexpected exception into a generic 500',
      analyze: throwing(new TypeError(`cannot read ${SECRET_TEXT}`)),
      request: () => raw(),
      status: 500,
      code: 'INTERNAL',
      check: ({ body }) => expect(body).toMatchObject({ error: { message: 'Internal error.' } }),
    },
    {
      ...base,
      name: 'maps a 429 from the pipeline to 429',
      analyze: throwing(new AppError('RATE_LIMITED', 'Too many requests.')),
      request: () => raw(),
      status: 429,
      code: 'RATE_LIMITED',
    },
    {
      ...base,
      name: "echoes a sane X-Request-Id when the platform gives no id of its own (Lambda's comes first)",
      request: () => raw({ headers: { 'x-request-id': 'req-123.abc' } }),
      status: 200,
      check: ({ res, platformId }) => expect(res.headers['x-request-id']).toBe(platformId ?? 'req-123.abc'),
    },
    {
      ...base,
      name: "prefers the platform's id (Cloud Run's trace id, Lambda's request id) to a client's X-Request-Id",
      request: () =>
        raw({
          headers: {
            'x-request-id': 'client-chosen',
            'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1',
          },
        }),
      status: 200,
      check: ({ res, platformId }) =>
        expect(res.headers['x-request-id']).toBe(platformId ?? '105445aa7843bc8bf206b12000100000'),
    },
    {
      ...base,
      name: 'replaces an X-Request-Id carrying unsafe characters',
      request: () => raw({ headers: { 'x-request-id': 'a"b<script>' } }),
      status: 200,
      check: ({ res }) => expect(res.headers['x-request-id']).not.toContain('script'),
    },
    {
      ...base,
      name: 'uses the trace id of X-Cloud-Trace-Context',
      request: () => raw({ headers: { 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1' } }),
      status: 200,
      check: ({ res, platformId }) =>
        expect(res.headers['x-request-id']).toBe(platformId ?? '105445aa7843bc8bf206b12000100000'),
    },
    {
      ...base,
      name: "uses the platform's request id, or a fresh UUID, when no header gives one",
      request: () => raw(),
      status: 200,
      check: ({ res, platformId }) =>
        expect(res.headers['x-request-id']).toEqual(
          platformId ??
            expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        ),
    },
  ];
};
