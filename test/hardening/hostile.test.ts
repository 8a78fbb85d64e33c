/**
 * The hostile corpus (scripts/hostile) through the real service: the neutral handler built by
 * createServiceDeps (LOG_LEVEL=debug, logger into an array), and the Lambda adapter for every case
 * that survives API Gateway. After each case: the agreed status and code, our JSON shapes, no disk
 * writes, no network, nothing executed, no document text in logs or errors, and the next request works.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BuildContext,
  CANARY,
  type HostileCase,
  type HostileRequest,
  hostileCases,
  MANY_PAGES,
  STATEMENT_PASSWORD,
  statement,
} from '../../scripts/hostile/index.js';
import { createHandler, type NeutralHandler } from '../../shared/http/index.js';
import { createServiceDeps } from '../../shared/http/service.js';
import { analysisSchema } from '../../shared/schema.js';
import { type Client, lambdaDriver } from '../http/drivers.js';
import { watchWrites } from '../privacy/fs-watch.js';
import { formatTable, outcomeText, type Row, startTrap, type Trap, watchSideEffects } from './support.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const MARKER_GLOBAL = '__ccaHostilePayloadRan';
const cases = hostileCases();
const lines: string[] = [];
const rows = new Map<string, Row>(cases.map((c) => [c.id, { id: c.id, expected: expectedText(c) }]));
const built = new Map<string, Promise<HostileRequest>>();
let handler: NeutralHandler;
let lambda: Client;
let trap: Trap;
let ctx: BuildContext;
let secrets: string[];

beforeAll(async () => {
  trap = await startTrap();
  const deps = createServiceDeps({ LOG_LEVEL: 'debug' }, (l) => lines.push(l));
  handler = createHandler(deps);
  lambda = await lambdaDriver('v2', 'HTTP API v2').start(handler);
  ctx = {
    maxBytes: deps.config.MAX_UPLOAD_BYTES,
    callbackUrl: trap.url,
    markerFile: join(tmpdir(), `cca-hostile-${process.pid}-${Date.now()}`),
    markerGlobal: MARKER_GLOBAL,
  };
  const s = await statement();
  // What must never reach a log line or an error: the canary, the statement's PII, the passwords.
  secrets = [CANARY, s.expected.pii.name, s.expected.pii.cardNumber, STATEMENT_PASSWORD, 'wrong-7f3a'];
  // Warm up outside the watches: pdf-parse/pdf.js load lazily, and the test runner caches compiled
  // modules on disk, which is the runner writing, not us.
  const warm = await neutral({ headers: { 'content-type': 'application/pdf' }, body: s.pdf });
  expect(warm.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await trap.close();
  await lambda.close();
  console.log(`hostile corpus: ${cases.length} cases\n${formatTable([...rows.values()])}`);
});

function expectedText(c: HostileCase): string {
  return [c.expected, ...(c.alsoAccepted ?? [])].map((o) => outcomeText(o.status, o.code)).join(' or ');
}

function requestFor(c: HostileCase): Promise<HostileRequest> {
  let hit = built.get(c.id);
  if (!hit) {
    hit = c.build(ctx);
    built.set(c.id, hit);
  }
  return hit;
}

/** The handler zero-fills the body it was given, so every call gets its own copy. */
async function neutral(req: HostileRequest, path = '/analyze', method = 'POST'): Promise<Answer> {
  const res = await handler({
    method,
    path,
    query: {},
    headers: { ...req.headers },
    body: Buffer.from(req.body),
  });
  return { status: res.status, headers: res.headers, text: res.body };
}

async function viaLambda(req: HostileRequest, path = '/analyze', method = 'POST'): Promise<Answer> {
  return lambda.send({ method, path, headers: { ...req.headers }, body: Buffer.from(req.body) });
}

type Send = (req: HostileRequest, path?: string, method?: string) => Promise<Answer>;

async function runCase(c: HostileCase, send: Send, column: 'neutral' | 'lambda'): Promise<void> {
  const req = await requestFor(c);
  lines.length = 0;
  const trapBefore = trap.connections();
  const t0 = Date.now();
  const writes = watchWrites();
  const effects = watchSideEffects();
  let res: Answer;
  try {
    res = await send(req);
  } finally {
    effects.restore();
    writes.restore();
  }
  const body = JSON.parse(res.text) as { error?: { code: string; message: string; requestId: string } };
  const row = rows.get(c.id) as Row;
  row[column] = `${outcomeText(res.status, body.error?.code)} (${Date.now() - t0} ms)`;

  // The agreed answer, in our shapes.
  const accepted = [c.expected, ...(c.alsoAccepted ?? [])];
  expect(accepted).toContainEqual({ status: res.status, code: body.error?.code ?? null });
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['content-type']).toMatch(/^application\/json\b/);
  if (res.status === 200) expectAnalysis(body, req);
  else {
    expect(body).toEqual({
      error: {
        code: expect.any(String),
        message: expect.any(String),
        requestId: res.headers['x-request-id'],
      },
    });
    expect(res.text).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  }

  // Side effects: nothing written, no connection, nothing executed, nothing printed.
  expect(writes.writes).toEqual([]);
  expect(effects.connects).toEqual([]);
  expect(trap.connections()).toBe(trapBefore);
  expect(existsSync(ctx.markerFile)).toBe(false);
  expect((globalThis as Record<string, unknown>)[MARKER_GLOBAL]).toBeUndefined();

  // One parsable request log line with the status, and no document text anywhere.
  const parsed = lines.map((l) => JSON.parse(l) as { message: string; status?: number; errorCode?: string });
  const requestLines = parsed.filter((l) => l.message === 'request');
  expect(requestLines).toHaveLength(1);
  expect(requestLines[0]?.status).toBe(res.status);
  expect(requestLines[0]?.errorCode).toBe(body.error?.code);
  if (body.error?.code === 'PDF_TOO_MANY_PAGES') {
    // Refused on the page count alone: the count is in the safe context and no page was extracted.
    expect(requestLines[0]).toMatchObject({ context: { pages: MANY_PAGES } });
    expect(parsed.filter((l) => l.message === 'pdf extracted')).toEqual([]);
  }
  const errorText = res.status === 200 ? '' : res.text;
  for (const secret of secrets) {
    for (const text of [lines.join('\n'), errorText, effects.printed.join('\n')])
      expect(text).not.toContain(secret);
  }

  // Still alive: the next request is answered.
  const health = await send({ headers: {}, body: Buffer.alloc(0) }, '/health', 'GET');
  expect(health.status).toBe(200);
}

function expectAnalysis(body: unknown, req: HostileRequest): void {
  const parsed = analysisSchema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  if (!req.statement) return;
  // A damaged-but-recoverable statement must still be read correctly, not just "somehow".
  expect(parsed.data?.statement.newBalance).toBe(req.statement.newBalance);
  expect(parsed.data?.transactions).toHaveLength(req.statement.transactions.length);
}

const timeout = (c: HostileCase) => (c.heavy ? 45_000 : 20_000);

describe('hostile corpus through the neutral handler', () => {
  for (const c of cases) {
    test(
      `${c.id}: answers ${expectedText(c)} cleanly (${c.built})`,
      () => runCase(c, neutral, 'neutral'),
      timeout(c),
    );
  }
});

describe('hostile corpus through the Lambda adapter (HTTP API v2 events)', () => {
  for (const c of cases.filter((x) => x.viaLambda)) {
    test(`${c.id}: answers ${expectedText(c)} cleanly`, () => runCase(c, viaLambda, 'lambda'), timeout(c));
  }
});

describe('after the whole corpus', () => {
  test('still analyses a statement through both paths', async () => {
    const s = await statement();
    const req: HostileRequest = {
      headers: { 'content-type': 'application/pdf' },
      body: s.pdf,
      statement: s.expected,
    };
    for (const send of [neutral, viaLambda]) {
      const res = await send(req);
      expect(res.status).toBe(200);
      expectAnalysis(JSON.parse(res.text), req);
    }
  }, 30_000);

  test('the corpus has at least 30 cases, each with a reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.why.length).toBeGreaterThan(10);
  });
});
