/**
 * Long statements shared between idle workers: real worker threads (the bundled worker), real PDFs.
 * A split document must read exactly as one worker reads it — rows, hidden-text count, parsed
 * statement, errors — and under load each worker keeps a document of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blankPages } from '../../scripts/hostile/documents.js';
import { generateStatement } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { readStatement } from '../../shared/statement/read.js';
import { createExtractionPool, type ExtractionPool, type PoolOptions } from '../../shared/worker/pool.js';
import { builtWorkerUrl, removeBuiltWorker } from '../support/built-worker.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';

let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});
afterAll(removeBuiltWorker);

/** A pool whose workers are all warm, so that an idle worker is there to share a document. */
async function warmPool(options: Partial<PoolOptions> & { size: number }): Promise<ExtractionPool> {
  const p = createExtractionPool({ timeoutMs: 60_000, workerUrl: await builtWorkerUrl(), ...options });
  while (p.stats().warm < options.size) await new Promise((r) => setTimeout(r, 10));
  return p;
}

describe('a long generated statement', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 34 })).pdf);
  });

  test('read by two idle workers equals one thread reading it, row for row and in the parsed statement', async () => {
    const alone = await readStatement(new Uint8Array(pdf), { maxPages: 100 });
    expect(alone.pages).toBe(34);
    pool = await warmPool({ size: 2 });
    const shared = await pool.read(new Uint8Array(pdf), { maxPages: 100 });
    expect(pool.stats().split).toBe(1);
    expect(shared.text).toBe(alone.text);
    expect(shared.parsed).toEqual(alone.parsed);
    expect(shared.parsed.checks.reconciled).toBe(true);
    expect([shared.pages, shared.chars, shared.hidden]).toEqual([alone.pages, alone.chars, alone.hidden]);
    // The positioned rows too, page numbers included.
    const rows = await pool.extract(new Uint8Array(pdf), { maxPages: 100 });
    expect(pool.stats().split).toBe(2);
    expect(rows).toEqual(await extractText(new Uint8Array(pdf), { maxPages: 100 }));
  });

  test('told that no one needs its text, a worker sends the parsed statement without it, split or not', async () => {
    const alone = await readStatement(new Uint8Array(pdf), { maxPages: 100 });
    pool = await warmPool({ size: 2 });
    const shared = await pool.read(new Uint8Array(pdf), { maxPages: 100, withText: false });
    expect(pool.stats().split).toBe(1);
    expect(shared.text).toBeNull();
    expect(shared.parsed).toEqual(alone.parsed);
    const [a, b] = await Promise.all([
      pool.read(new Uint8Array(pdf), { maxPages: 100, withText: false }),
      pool.read(new Uint8Array(pdf), { maxPages: 100 }),
    ]);
    expect(a.text).toBeNull();
    expect(b.text).toBe(alone.text);
    expect(a.parsed).toEqual(alone.parsed);
  });

  test('is not shared when two documents arrive together: one each, the same answers', async () => {
    pool = await warmPool({ size: 2 });
    const [a, b] = await Promise.all([
      pool.read(new Uint8Array(pdf), { maxPages: 100 }),
      pool.read(new Uint8Array(pdf), { maxPages: 100 }),
    ]);
    expect(pool.stats().split).toBe(0);
    expect(a.text).toBe(b.text);
    expect(a.parsed.transactions.length).toBeGreaterThan(100);
  });

  test('is not shared below the page threshold, nor with one worker', async () => {
    pool = await warmPool({ size: 2, splitFromPages: 35 });
    await pool.read(new Uint8Array(pdf), { maxPages: 100 });
    expect(pool.stats().split).toBe(0);
    await pool.close();
    pool = await warmPool({ size: 1 });
    await pool.read(new Uint8Array(pdf), { maxPages: 100 });
    expect(pool.stats().split).toBe(0);
  });

  test('over the page limit: the same PDF_TOO_MANY_PAGES, before anything is shared', async () => {
    pool = await warmPool({ size: 2 });
    await expect(pool.read(new Uint8Array(pdf), { maxPages: 20 })).rejects.toMatchObject({
      code: 'PDF_TOO_MANY_PAGES',
      status: 422,
      context: { pages: 34, limit: 20 },
    });
    expect(pool.stats().split).toBe(0);
  });
});

test('a password-protected long statement is shared with its password and reads the same; without it, PDF_ENCRYPTED', async () => {
  const { pdf } = await generateStatement({ layout: 'albion', seed: 2, pages: 18, userPassword: 'pässwort' });
  const alone = await readStatement(new Uint8Array(pdf), { maxPages: 50, password: 'pässwort' });
  pool = await warmPool({ size: 2 });
  const shared = await pool.read(new Uint8Array(pdf), { maxPages: 50, password: 'pässwort' });
  expect(pool.stats().split).toBe(1);
  expect(shared.text).toBe(alone.text);
  expect(shared.parsed).toEqual(alone.parsed);
  await expect(pool.read(new Uint8Array(pdf), { maxPages: 50 })).rejects.toMatchObject({
    code: 'PDF_ENCRYPTED',
  });
  await expect(pool.read(new Uint8Array(pdf), { maxPages: 50, password: 'x' })).rejects.toMatchObject({
    code: 'PDF_BAD_PASSWORD',
  });
});

test('a long PDF without text is refused with PDF_NO_TEXT once its parts are merged (each part alone would be too)', async () => {
  pool = await warmPool({ size: 3 });
  await expect(pool.read(new Uint8Array(blankPages(30)), { maxPages: 50 })).rejects.toMatchObject({
    code: 'PDF_NO_TEXT',
    context: { pages: 30 },
  });
  expect(pool.stats().split).toBe(1);
});

describeCorpus('real statements shared page by page', () => {
  test.each([
    ['Chase Freedom', 'zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'],
    ['SBI Card', 'paisa-sbi/sbi_cc_monthly.pdf'],
    ['TD Canada 2019', 'real-layouts/ca-td-2019/statement.pdf'],
    ['Capital One', 'real-layouts/us-capone-anon/statement.pdf'],
  ])(
    '%s: three workers sharing its pages read the rows, hidden text and statement one thread reads',
    async (_name, file) => {
      const bytes = corpusBytes(file);
      const alone = await extractText(new Uint8Array(bytes), { maxPages: 50 });
      pool = await warmPool({ size: 3, splitFromPages: 2, minPartPages: 1 });
      const rows = await pool.extract(new Uint8Array(bytes), { maxPages: 50 });
      expect(pool.stats().split).toBe(1);
      expect(rows).toEqual(alone);
      const read = await readStatement(new Uint8Array(bytes), { maxPages: 50 }).catch(
        (e: { code: string }) => e.code,
      );
      const shared = await pool
        .read(new Uint8Array(bytes), { maxPages: 50 })
        .catch((e: { code: string }) => e.code);
      expect(pool.stats().split).toBe(2);
      if (typeof read === 'string') expect(shared).toBe(read);
      else expect(shared).toMatchObject({ text: read.text, parsed: read.parsed, hidden: alone.hidden });
    },
  );
});

describe('a part that fails or never finishes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cca-split-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Speaks the worker protocol: a 40-page document whose leader answers with what its part sent;
  // a part spins forever (password 'hang') or fails with a typed error (password 'fail').
  const stub = join(dir, 'split-stub.mjs');
  writeFileSync(
    stub,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (m) => {
  if (m.warm) return parentPort.postMessage({ warm: true });
  if (m.plan) return;
  if (m.outcome) return parentPort.postMessage({ id: m.id, ...m.outcome });
  if (m.part) {
    if (m.password === 'hang') for (;;) {}
    return parentPort.postMessage({ id: m.id, ok: false, error: { code: 'PDF_UNREADABLE', message: 'The PDF is damaged or truncated and cannot be read.', context: {} } });
  }
  parentPort.postMessage({ id: m.id, pages: 40, ...(m.splitFrom <= 40 ? { split: true } : {}) });
});
`,
  );
  const stubPool = async (timeoutMs: number) => {
    const p = createExtractionPool({ size: 2, timeoutMs, workerUrl: pathToFileURL(stub), execArgv: [] });
    while (p.stats().warm < 2) await new Promise((r) => setTimeout(r, 10));
    return p;
  };

  test('a part stuck past the document’s limit fails the document with PDF_TIMEOUT, and its worker is replaced', async () => {
    pool = await stubPool(300);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 50, password: 'hang' })).rejects.toMatchObject(
      {
        code: 'PDF_TIMEOUT',
        status: 422,
      },
    );
    clearInterval(ticker);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(ticks).toBeGreaterThan(3);
    expect(pool.stats().split).toBe(1);
    // The stuck helper is killed at the same limit; the pool ends with two warm, idle workers.
    while (pool.stats().warm < 2 || pool.stats().busy > 0) await new Promise((r) => setTimeout(r, 10));
    expect(pool.stats().restarts).toBeGreaterThanOrEqual(1);
  });

  test('a part’s typed error reaches the caller with its code and message', async () => {
    pool = await stubPool(5000);
    await expect(pool.extract(new Uint8Array([1]), { maxPages: 50, password: 'fail' })).rejects.toMatchObject(
      {
        code: 'PDF_UNREADABLE',
        message: 'The PDF is damaged or truncated and cannot be read.',
      },
    );
    expect(pool.stats()).toMatchObject({ split: 1, restarts: 0 });
  });
});
