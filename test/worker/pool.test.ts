/**
 * The extraction pool: real worker threads, a real hard time limit. A worker stuck in a loop is
 * killed at the deadline and replaced, the main thread stays responsive meanwhile, and the pool
 * goes on serving.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canaryDocument } from '../../scripts/hostile/documents.js';
import { generateStatement } from '../../scripts/statements/index.js';
import { readStatement } from '../../shared/statement/read.js';
import {
  createExtractionPool,
  type ExtractionPool,
  idleByTurn,
  workerFlags,
} from '../../shared/worker/pool.js';
import { builtWorkerUrl, removeBuiltWorker } from '../support/built-worker.js';

let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});
afterAll(removeBuiltWorker);

// Worker modules that stand in for pdf.js, one folder for the whole file.
const stubs = mkdtempSync(join(tmpdir(), 'cca-pool-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));
/** A worker module speaking the pool's protocol: `body` runs with `parentPort` imported. */
const stub = (name: string, body: string) => {
  const file = join(stubs, name);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
};
/** Waits until `n` of the pool's workers are warm. */
async function untilWarm(p: ExtractionPool, n: number): Promise<void> {
  while (p.stats().warm < n) await new Promise((r) => setTimeout(r, 10));
}

// This test starts its worker from the TypeScript sources (tsx in the worker, as `npm run dev`
// does); the others use the bundled worker that deployments run, which starts in a fraction of the time.
test('extracts a statement in a worker with the same rows as in-thread extraction', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000 });
  const { pdf, expected } = await generateStatement({ layout: 'albion', seed: 1, transactions: 10 });
  const out = await pool.extract(new Uint8Array(pdf), { maxPages: 50 });
  expect(out.pages).toBeGreaterThan(0);
  expect(out.lines.some((l) => l.text.includes(expected.transactions[0]?.description ?? '?'))).toBe(true);
});

test('reads a whole statement in a worker: the parsed statement equals in-thread parsing, and its text comes back', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  const { pdf, expected } = await generateStatement({ layout: 'rheinland', seed: 4, transactions: 15 });
  const inWorker = await pool.read(new Uint8Array(pdf), { maxPages: 50 });
  const inThread = await readStatement(new Uint8Array(pdf), { maxPages: 50 });
  expect(inWorker.parsed).toEqual(inThread.parsed);
  expect(inWorker.parsed.transactions).toHaveLength(expected.transactions.length);
  expect(inWorker.parsed.checks.reconciled).toBe(true);
  expect(inWorker.text).toBe(inThread.text);
  expect(inWorker.extractMs).toBeGreaterThan(0);
});

test('a PDF that is not a statement is refused from the worker with NOT_A_STATEMENT', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  await expect(pool.read(canaryDocument(), { maxPages: 5 })).rejects.toMatchObject({
    code: 'NOT_A_STATEMENT',
    status: 422,
  });
});

test('typed errors cross the thread boundary with their code', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  const { pdf } = await generateStatement({
    layout: 'northwind',
    seed: 1,
    transactions: 3,
    userPassword: 'pw',
  });
  await expect(pool.extract(new Uint8Array(pdf), { maxPages: 50 })).rejects.toMatchObject({
    code: 'PDF_ENCRYPTED',
  });
  await expect(pool.extract(new Uint8Array(pdf), { maxPages: 50, password: 'x' })).rejects.toMatchObject({
    code: 'PDF_BAD_PASSWORD',
  });
});

describe('a document that never finishes', () => {
  // A worker module that spins forever on any job stands in for pdf.js stuck on a hostile file.
  const spinner = stub(
    'spin.mjs',
    "parentPort.on('message', (m) => { if (m.warm) { parentPort.postMessage({ warm: true }); return; } for (;;) {} });",
  );

  test('is killed at the time limit with PDF_TIMEOUT while the main thread keeps running, and the pool recovers', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 300, workerUrl: spinner, execArgv: [] });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    await expect(pool.extract(new Uint8Array([1, 2, 3]), { maxPages: 5 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(ticks).toBeGreaterThan(3); // the event loop was never blocked
    expect(pool.stats()).toMatchObject({ size: 1, restarts: 1, busy: 0 });
    // The replacement worker is alive and takes the next document (which times out the same way).
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 5 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
    expect(pool.stats().restarts).toBe(2);
  });

  test('a request whose own deadline passes while queued gets SERVER_BUSY (not a 422) without using a worker', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 300, workerUrl: spinner, execArgv: [] });
    const first = expect(pool.extract(new Uint8Array([1]), { maxPages: 5 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
    const second = pool.extract(new Uint8Array([1]), { maxPages: 5, deadline: Date.now() + 50 });
    await expect(second).rejects.toMatchObject({ code: 'SERVER_BUSY', status: 503 });
    await first;
    expect(pool.stats().restarts).toBe(1); // only the first document used (and cost) a worker
  });
});

describe('limits that measure the document, not the queue', () => {
  // Announces 50 pages when asked to (password 'pages'), then answers after 600 ms.
  const slowReader = stub(
    'slow.mjs',
    "parentPort.on('message', (m) => { if (m.warm) return parentPort.postMessage({ warm: true });" +
      " if (m.password === 'pages') parentPort.postMessage({ id: m.id, pages: 50 });" +
      ' setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, result: { pages: 50, lines: [], chars: 99 } }), 600); });',
  );
  // Takes 300 ms to warm up, then spins on any document.
  const slowStarter = stub(
    'slow-start.mjs',
    "parentPort.on('message', (m) => { if (m.warm) return setTimeout(() => parentPort.postMessage({ warm: true }), 300);" +
      ' for (;;) {} });',
  );

  test('the limit grows with the pages the worker reports: a 50-page document may take longer than the base limit', async () => {
    pool = createExtractionPool({
      size: 1,
      timeoutMs: 300,
      pageTimeoutMs: 100,
      workerUrl: slowReader,
      execArgv: [],
    });
    await expect(
      pool.extract(new Uint8Array([1]), { maxPages: 60, password: 'pages' }),
    ).resolves.toMatchObject({
      pages: 50,
    });
    // The same document without its page count is held to the base limit.
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 60 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
  });

  const spinner = stub(
    'spin.mjs',
    "parentPort.on('message', (m) => { if (m.warm) return parentPort.postMessage({ warm: true }); for (;;) {} });",
  );

  test('a document that waits past queueTimeoutMs gets SERVER_BUSY with a Retry-After hint', async () => {
    pool = createExtractionPool({
      size: 1,
      timeoutMs: 2000,
      queueTimeoutMs: 50,
      workerUrl: spinner,
      execArgv: [],
    });
    await untilWarm(pool, 1);
    const first = pool.extract(new Uint8Array([1]), { maxPages: 5 }).catch((e: { code: string }) => e.code);
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 5 })).rejects.toMatchObject({
      code: 'SERVER_BUSY',
      status: 503,
      context: { reason: 'queue', retryAfterSeconds: expect.any(Number) },
    });
    expect(await first).toBe('PDF_TIMEOUT');
  });

  test('a timed-out document is answered once its replacement worker is warm', async () => {
    pool = createExtractionPool({ size: 1, timeoutMs: 100, workerUrl: slowStarter, execArgv: [] });
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 5 })).rejects.toMatchObject({
      code: 'PDF_TIMEOUT',
    });
    expect(pool.stats()).toMatchObject({ size: 1, warm: 1, busy: 0, restarts: 1 });
  });
});

test('background work waits for documents: a document queued after four background reads goes before three of them', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  const { pdf } = await generateStatement({ layout: 'northwind', seed: 2, transactions: 40 });
  const done: string[] = [];
  const read = (name: string, background: boolean) =>
    (pool as ExtractionPool)
      .read(new Uint8Array(pdf), { maxPages: 50, background })
      .then((r) => done.push(`${name}:${r.parsed.transactions.length}`));
  const all = [0, 1, 2, 3].map((i) => read(`background${i}`, true));
  all.push(read('document', false));
  await Promise.all(all);
  // The one background read already running may finish first; the document then comes next.
  expect(done.indexOf('document:40')).toBeLessThanOrEqual(1);
  expect(done).toHaveLength(5);
  expect(pool.stats()).toMatchObject({ busy: 0, queued: 0 });
});

test('closing the pool rejects queued background work too', async () => {
  pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  const { pdf } = await generateStatement({ layout: 'albion', seed: 2, transactions: 5 });
  const pending = [0, 1, 2].map(() =>
    (pool as ExtractionPool).read(new Uint8Array(pdf), { maxPages: 50, background: true }).then(
      () => 'read',
      (e: Error) => e.message,
    ),
  );
  await pool.close();
  pool = null;
  expect(await Promise.all(pending)).toContain('extraction pool closed');
});

test('reads deadlines against the injected clock, not the machine’s', async () => {
  // A clock stopped at 1,000,000 ms after the epoch: a deadline before it has passed, one after it
  // has not, although both lie decades before Date.now().
  pool = createExtractionPool({
    size: 1,
    timeoutMs: 20_000,
    workerUrl: await builtWorkerUrl(),
    now: () => 1_000_000,
  });
  const { pdf } = await generateStatement({ layout: 'northwind', seed: 2, transactions: 5 });
  await expect(pool.read(new Uint8Array(pdf), { maxPages: 50, deadline: 999_999 })).rejects.toMatchObject({
    code: 'SERVER_BUSY',
  });
  const read = await pool.read(new Uint8Array(pdf), { maxPages: 50, deadline: 1_000_000 + 60_000 });
  expect(read.parsed.transactions).toHaveLength(5);
});

describe('starting', () => {
  const log = join(stubs, 'events.log');
  // Each worker logs when it starts and when it is warm (after a pause standing in for pdf.js).
  const logger = stub(
    'logger.mjs',
    "import { appendFileSync } from 'node:fs';\nimport { threadId } from 'node:worker_threads';\n" +
      `const log = ${JSON.stringify(log)};\n` +
      "appendFileSync(log, 'start ' + threadId + '\\n');\n" +
      "parentPort.on('message', (m) => { if (m.warm) setTimeout(() => { appendFileSync(log, 'warm ' + threadId + '\\n'); parentPort.postMessage({ warm: true }); }, 150); });",
  );

  test('starts one worker first and the others once it is warm, and reports the whole size meanwhile', async () => {
    writeFileSync(log, '');
    pool = createExtractionPool({ size: 3, timeoutMs: 1000, workerUrl: logger, execArgv: [] });
    expect(pool.stats()).toMatchObject({ size: 3, warm: 0 });
    await untilWarm(pool, 3);
    const events = readFileSync(log, 'utf8').trim().split('\n');
    expect(events).toHaveLength(6);
    const first = events[0]?.split(' ')[1];
    // The first worker is warm before any other starts; then the other two start.
    expect(events.slice(0, 2)).toEqual([`start ${first}`, `warm ${first}`]);
    expect(events.slice(2).filter((e) => e.startsWith('start'))).toHaveLength(2);
    expect(pool.stats()).toMatchObject({ size: 3, warm: 3, busy: 0 });
  });
});

describe('taking turns', () => {
  // A worker that answers every document at once, saying which thread it is.
  const echo = stub(
    'echo.mjs',
    "import { threadId } from 'node:worker_threads';\n" +
      "parentPort.on('message', (m) => { if (m.warm) { parentPort.postMessage({ warm: true }); return; }" +
      ' parentPort.postMessage({ id: m.id, ok: true, result: { threadId } }); });',
  );

  test('documents one at a time go to every worker in turn, not always to the first', async () => {
    pool = createExtractionPool({ size: 3, timeoutMs: 1000, workerUrl: echo, execArgv: [] });
    await untilWarm(pool, 3);
    const threads: number[] = [];
    for (let i = 0; i < 6; i++) {
      const out = (await pool.extract(new Uint8Array([1]), { maxPages: 1 })) as unknown as {
        threadId: number;
      };
      threads.push(out.threadId);
    }
    // Three workers, each twice, in the same order both rounds.
    expect(new Set(threads).size).toBe(3);
    expect(threads.slice(3)).toEqual(threads.slice(0, 3));
  });

  test('the worker idle longest is first; busy and cold ones are left out', () => {
    const slots = [
      { name: 'a', warm: true, task: null, freedTurn: 30 },
      { name: 'b', warm: true, task: {}, freedTurn: 5 },
      { name: 'c', warm: false, task: null, freedTurn: 0 },
      { name: 'd', warm: true, task: null, freedTurn: 10 },
      { name: 'e', warm: true, task: null, freedTurn: 0 },
    ] as unknown as Parameters<typeof idleByTurn>[0];
    expect(idleByTurn(slots).map((s) => (s as unknown as { name: string }).name)).toEqual(['e', 'd', 'a']);
  });
});

describe('workerFlags', () => {
  test('keeps how code loads, drops V8 and main-entry flags a worker would refuse', () => {
    expect(
      workerFlags([
        '--trace-gc',
        '--max-semi-space-size=2',
        '--import',
        'tsx',
        '--enable-source-maps',
        '--input-type=module',
        '--experimental-vm-modules',
        '--no-warnings',
        '--title=x',
      ]),
    ).toEqual(['--import', 'tsx', '--enable-source-maps', '--experimental-vm-modules', '--no-warnings']);
  });
});

describe('a replacement worker that fails to start', () => {
  // The first copy warms and spins on its document; every later copy throws as it loads.
  const marker = join(stubs, 'started');
  const spinOnce = stub(
    'spin-once.mjs',
    "import { existsSync, writeFileSync } from 'node:fs';\n" +
      `if (existsSync(${JSON.stringify(marker)})) throw new Error('cannot start');\n` +
      `writeFileSync(${JSON.stringify(marker)}, '1');\n` +
      "parentPort.on('message', (m) => { if (m.warm) { parentPort.postMessage({ warm: true }); return; } for (;;) {} });",
  );

  test('still answers the document it was replacing, before the process can end', () => {
    // In a process of its own: a caller left unanswered there would let the process end in silence.
    const script = join(stubs, 'run-fail.mts');
    const pool = new URL('../../shared/worker/pool.ts', import.meta.url).pathname;
    writeFileSync(
      script,
      `import { createExtractionPool } from ${JSON.stringify(pool)};\n` +
        `const p = createExtractionPool({ size: 1, timeoutMs: 200, workerUrl: new URL(${JSON.stringify(spinOnce.href)}), execArgv: [] });\n` +
        `await p.extract(new Uint8Array([1]), { maxPages: 5 }).then(() => console.log('ok'), (e) => console.log('rejected', e.code));\n`,
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('rejected PDF_TIMEOUT');
  });
});

describe('closing the pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cca-pool-close-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('close() resolves before the process can end, with a worker still loading pdf.js', async () => {
    // In a process of its own, as the CLI runs it: the first worker reads a statement, which starts
    // the second; close() comes while that one still loads pdf.js. Unref'd workers being terminated
    // held nothing open there, so the CLI ended with exit code 0 and nothing printed.
    const { pdf } = await generateStatement({ layout: 'northwind', seed: 5, pages: 3 });
    writeFileSync(join(dir, 'statement.pdf'), pdf);
    const script = join(dir, 'run.mts');
    const pool = new URL('../../shared/worker/pool.ts', import.meta.url).pathname;
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\n` +
        `import { createExtractionPool } from ${JSON.stringify(pool)};\n` +
        `const pdf = new Uint8Array(readFileSync(${JSON.stringify(join(dir, 'statement.pdf'))}));\n` +
        `for (let i = 0; i < 6; i++) {\n` +
        `  const p = createExtractionPool({ size: 2, timeoutMs: 20000, workerUrl: new URL(${JSON.stringify((await builtWorkerUrl()).href)}), execArgv: [] });\n` +
        `  await p.extract(pdf.slice(), { maxPages: 10 });\n` +
        `  await p.close();\n` +
        `  console.log('closed', i);\n` +
        `}\n`,
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual([0, 1, 2, 3, 4, 5].map((i) => `closed ${i}`));
  }, 120_000);
});
