/** Behaviour of the neutral handler that no adapter changes: pre-checks, the body wipe, the log line. */

import type { NeutralRequest } from '../../shared/http/index.js';
import { createHandler, errorToResponse } from '../../shared/http/index.js';
import { createLifecycle } from '../../shared/http/lifecycle.js';
import { fakeAnalysis, makeDeps, multipart, SwitchableAnalyze } from './support.js';

const request = (over: Partial<NeutralRequest>): NeutralRequest => ({
  method: 'POST',
  path: '/analyze',
  query: {},
  headers: { 'content-type': 'application/pdf' },
  body: Buffer.from('%PDF-1.7 body'),
  ...over,
});

function setup(env: Record<string, string> = {}) {
  const analyze = new SwitchableAnalyze();
  const lines: string[] = [];
  const handle = createHandler(makeDeps(env, analyze.fn, lines));
  const logged = () => lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'request');
  return { analyze, handle, logged };
}

describe('createHandler', () => {
  test('returns 413 from a Content-Length over the limit before reading the body', async () => {
    const { analyze, handle } = setup({ MAX_UPLOAD_BYTES: '1000' });
    const m = multipart([{ name: 'file', data: 'x' }]);
    // The body itself is malformed: a 413 rather than a 400 shows it was never parsed.
    const res = await handle(
      request({
        headers: { 'content-type': m.contentType, 'content-length': '999999999' },
        body: Buffer.from('garbage'),
      }),
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(analyze.calls).toHaveLength(0);
  });

  test('while draining: /health answers 503 "draining", an upload 503 SERVER_BUSY, both with Connection: close', async () => {
    const lifecycle = createLifecycle();
    const lines: string[] = [];
    const handle = createHandler({ ...makeDeps({}, new SwitchableAnalyze().fn, lines), lifecycle });
    const health = await handle(request({ method: 'GET', path: '/health', body: new Uint8Array(0) }));
    expect([health.status, JSON.parse(health.body).status]).toEqual([200, 'ok']);
    await lifecycle.drain(1000);
    const draining = await handle(request({ method: 'GET', path: '/health', body: new Uint8Array(0) }));
    expect([draining.status, JSON.parse(draining.body).status]).toEqual([503, 'draining']);
    expect(draining.headers.connection).toBe('close');
    const upload = await handle(request({}));
    expect(upload.status).toBe(503);
    expect(JSON.parse(upload.body).error.code).toBe('SERVER_BUSY');
    expect(upload.headers['retry-after']).toBe('1');
  });

  test('counts a request in flight until it is answered, and draining waits for it', async () => {
    const lifecycle = createLifecycle();
    const analyze = new SwitchableAnalyze();
    let release: () => void = () => undefined;
    analyze.impl = () => new Promise((resolve) => (release = () => resolve(fakeAnalysis(1))));
    const handle = createHandler({ ...makeDeps({}, analyze.fn, []), lifecycle });
    const pending = handle(request({}));
    await new Promise((r) => setImmediate(r));
    expect(lifecycle.inFlight()).toBe(1);
    const drained = lifecycle.drain(60_000);
    release();
    expect((await pending).status).toBe(200);
    expect(await drained).toEqual({ left: 0 });
  });

  test('draining gives up after the grace period and says how many requests were left', async () => {
    const lifecycle = createLifecycle();
    lifecycle.begin();
    expect(await lifecycle.drain(10)).toEqual({ left: 1 });
  });

  test('zero-fills the request body once it has answered', async () => {
    const { handle } = setup();
    const body = Buffer.from('%PDF-1.7 private statement bytes');
    await handle(request({ body }));
    expect(body.every((b) => b === 0)).toBe(true);
  });

  test('passes the request deadline on to the pipeline', async () => {
    const { analyze, handle } = setup();
    await handle(request({ deadline: 1_234_567 }));
    expect(analyze.calls[0]?.deadline).toBe(1_234_567);
  });

  test('logs engine, model, pages, transactions, reconciliation, timings and redaction counts of a successful analysis', async () => {
    const { handle, logged } = setup();
    await handle(request({}));
    const { meta, transactions, checks } = fakeAnalysis(42.5);
    expect(transactions.length).toBeGreaterThan(0);
    expect(logged()).toEqual([
      expect.objectContaining({
        method: 'POST',
        route: 'analyze',
        status: 200,
        engine: meta.engine,
        model: meta.model,
        pages: meta.pages,
        transactions: transactions.length,
        reconciled: checks.reconciled,
        timings: meta.timings,
        redactions: meta.redactions,
      }),
    ]);
  });

  test('logs the error code and the class of an unexpected failure, not its message', async () => {
    const { analyze, handle, logged } = setup();
    analyze.impl = async () => {
      throw new RangeError('statement line 12: ACME 4111');
    };
    const res = await handle(request({}));
    expect(res.status).toBe(500);
    expect(logged()).toEqual([
      expect.objectContaining({ status: 500, errorCode: 'INTERNAL', cause: 'RangeError' }),
    ]);
    expect(JSON.stringify(logged())).not.toContain('ACME');
  });

  test('writes the request line when it is answered, or after the answer when the platform defers it', async () => {
    const requestLines = (lines: string[]) => lines.filter((l) => JSON.parse(l).message === 'request');
    const now: string[] = [];
    await createHandler(makeDeps({}, new SwitchableAnalyze().fn, now))(request({}));
    expect(requestLines(now)).toHaveLength(1);

    const later: string[] = [];
    const deferred: (() => void)[] = [];
    const handle = createHandler({
      ...makeDeps({}, new SwitchableAnalyze().fn, later),
      afterResponse: (task) => deferred.push(task),
    });
    const res = await handle(request({}));
    expect(res.status).toBe(200);
    expect(requestLines(later)).toHaveLength(0);
    for (const task of deferred) task();
    expect(requestLines(later).map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ route: 'analyze', status: 200, transactions: expect.any(Number) }),
    ]);
  });

  test('reports uptime from the clock it is given', async () => {
    let t = 1_000_000;
    const lines: string[] = [];
    const deps = { ...makeDeps({}, new SwitchableAnalyze().fn, lines), now: () => t };
    const handle = createHandler(deps);
    t += 90_500;
    const res = await handle(request({ method: 'GET', path: '/health', body: new Uint8Array(0) }));
    expect(JSON.parse(res.body).uptimeSeconds).toBe(90);
  });

  test('puts the trace in the request line when the project is configured, and answers with the platform id', async () => {
    const trace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const field = 'logging.googleapis.com/trace';
    const { handle, logged } = setup({ GOOGLE_CLOUD_PROJECT: 'my-project' });
    const cloudRun = await handle(
      request({ headers: { 'x-cloud-trace-context': `${trace}/1;o=1`, 'x-request-id': 'client-chosen' } }),
    );
    expect(cloudRun.headers['x-request-id']).toBe(trace);
    await handle(request({ headers: { traceparent: `00-${trace}-00f067aa0ba902b7-01` } }));
    await handle(request({ platformRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef' }));
    const lines = logged();
    expect(lines.map((l) => l[field])).toEqual([
      `projects/my-project/traces/${trace}`,
      `projects/my-project/traces/${trace}`,
      undefined,
    ]);
    expect(lines.map((l) => l.requestId)).toEqual([trace, trace, 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef']);
    // Without a project there is no trace field, whatever the headers say.
    const unset = setup();
    await unset.handle(request({ headers: { 'x-cloud-trace-context': `${trace}/1;o=1` } }));
    expect(unset.logged()[0]).not.toHaveProperty([field]);
    expect(unset.logged()[0]?.requestId).toBe(trace);
  });
});

describe('errorToResponse', () => {
  test('gives a non-AppError the generic 500 body with the request id', () => {
    const res = errorToResponse(new Error('boom'), 'rid-1');
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'INTERNAL', message: 'Internal error.', requestId: 'rid-1' },
    });
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'x-request-id': 'rid-1' });
  });
});
