/**
 * The HTTP contract, as ONE table of cases run against every adapter: the Functions Framework over
 * real HTTP, and the Lambda handler with API Gateway v1, v2 and Function URL events.
 */
import { createHandler } from '../../shared/http/index.js';
import { accessCases } from './cases-access.js';
import { bodyCases } from './cases-body.js';
import { realCases } from './cases-real.js';
import { stressCases } from './cases-stress.js';
import { type Client, DRIVERS, type TestRequest, type TestResponse } from './drivers.js';
import { makeDeps, SECRET_FILENAME, SECRET_PASSWORD, SECRET_TEXT, SwitchableAnalyze } from './support.js';
import { BASE, VARIANTS, type Variant } from './table.js';

describe.each(DRIVERS)('HTTP contract via $name', (driver) => {
  const analyze = new SwitchableAnalyze();
  const lines: string[] = [];
  const clients = new Map<Variant, Client>();

  beforeAll(async () => {
    for (const v of Object.keys(VARIANTS) as Variant[]) {
      clients.set(v, await driver.start(createHandler(makeDeps(VARIANTS[v], analyze.fn, lines))));
    }
  });
  afterAll(async () => {
    for (const c of clients.values()) await c.close();
  });

  test.each([...bodyCases(), ...accessCases(), ...stressCases(), ...realCases(BASE)])('$name', async (c) => {
    analyze.calls = [];
    analyze.impl = c.analyze;
    lines.length = 0;
    const client = clients.get(c.variant) as Client;
    const req: TestRequest = await c.request();
    const res = await client.send(req);

    expect(res.status).toBe(c.status);
    expectHeadersOnEveryResponse(res);
    for (const [name, value] of Object.entries(c.headers ?? {})) {
      if (value === null) expect(res.headers[name]).toBeUndefined();
      else expect(res.headers[name]).toBe(value);
    }
    const body = res.text === '' ? undefined : JSON.parse(res.text);
    if (c.status >= 400) {
      expect(body).toEqual({
        error: { code: c.code, message: expect.any(String), requestId: res.headers['x-request-id'] },
      });
      expect(res.text).not.toContain(SECRET_TEXT);
      expect(res.text).not.toContain(SECRET_FILENAME);
      expect(res.text).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
    }
    expectOneRequestLogLine(lines, res);
    await c.check?.({ res, body, calls: analyze.calls, platformId: client.lastPlatformId() });
  });
});

function expectHeadersOnEveryResponse(res: TestResponse): void {
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:=+-]{0,127}$/);
  if (res.status !== 204) expect(res.headers['content-type']).toMatch(/^application\/json\b/);
  expect(Object.values(res.headers)).not.toContain('*');
}

function expectOneRequestLogLine(lines: string[], res: TestResponse): void {
  const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'request');
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ status: res.status, requestId: res.headers['x-request-id'] });
  expect(requests[0].durationMs).toEqual(expect.any(Number));
  const all = lines.join('\n');
  for (const secret of [SECRET_TEXT, SECRET_FILENAME, SECRET_PASSWORD]) expect(all).not.toContain(secret);
}
