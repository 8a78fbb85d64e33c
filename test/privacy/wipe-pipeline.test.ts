/** The buffers the pipeline is handed are zero-filled when it ends, whether it succeeded or failed. */
import { generateStatement } from '../../scripts/statements/index.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { silentLogger } from '../../shared/log.js';
import { clearRegExpStatics } from '../../shared/privacy/wipe.js';
import { createExtractionPool } from '../../shared/worker/pool.js';
import { builtWorkerUrl, removeBuiltWorker } from '../support/built-worker.js';

afterAll(removeBuiltWorker);

const config = { MAX_UPLOAD_BYTES: 8 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 20_000 };
const allZero = (b: Uint8Array) => b.every((x) => x === 0);

test('the uploaded bytes are zero-filled after a successful analysis', async () => {
  const { pdf } = await generateStatement({ layout: 'meridian', seed: 2, transactions: 8 });
  const input = new Uint8Array(pdf);
  expect(allZero(input)).toBe(false);
  const a = await analyzeStatement({ pdf: input }, { config, logger: silentLogger });
  expect(a.transactions.length).toBe(8);
  expect(input.byteLength).toBe(pdf.length);
  expect(allZero(input)).toBe(true);
});

test.each([
  ['a wrong password', { userPassword: 'right' }, 'wrong', 'PDF_BAD_PASSWORD'],
  ['a missing password', { userPassword: 'right' }, undefined, 'PDF_ENCRYPTED'],
])('the uploaded bytes are zero-filled after a failure (%s)', async (_name, extra, password, code) => {
  const { pdf } = await generateStatement({ layout: 'albion', seed: 2, transactions: 5, ...extra });
  const input = new Uint8Array(pdf);
  await expect(
    analyzeStatement({ pdf: input, password }, { config, logger: silentLogger }),
  ).rejects.toMatchObject({ code });
  expect(allZero(input)).toBe(true);
});

test('with the worker pool, the caller still gets its bytes back zeroed and the worker gets its own copy', async () => {
  const pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
  try {
    const { pdf } = await generateStatement({ layout: 'saffron', seed: 2, transactions: 6 });
    const input = new Uint8Array(pdf);
    const a = await analyzeStatement(
      { pdf: input },
      { config, logger: silentLogger, read: (data, o) => pool.read(data, o) },
    );
    expect(a.transactions.length).toBe(6);
    expect(allZero(input)).toBe(true);
  } finally {
    await pool.close();
  }
});

/** The legacy RegExp statics, which keep the last matched string reachable. */
function regExpStatics(): Record<string, string> {
  const r = RegExp as unknown as Record<string, string>;
  return {
    input: r.input ?? '',
    lastMatch: r.lastMatch ?? '',
    leftContext: r.leftContext ?? '',
    rightContext: r.rightContext ?? '',
    $1: r.$1 ?? '',
  };
}
const EMPTY_STATICS = { input: '', lastMatch: '', leftContext: '', rightContext: '', $1: '' };

test("after an analysis, no statement text stays reachable through RegExp's legacy statics", async () => {
  const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 4, transactions: 12 });
  const a = await analyzeStatement({ pdf: new Uint8Array(pdf) }, { config, logger: silentLogger });
  const statics = regExpStatics();
  expect(a.transactions.length).toBe(expected.transactions.length);
  expect(statics).toEqual(EMPTY_STATICS);
});

test('clearRegExpStatics empties what the last match left behind', () => {
  expect(/card (\d{4})$/.exec('card ending 4242 for card 1234')?.[1]).toBe('1234');
  expect(regExpStatics().input).toContain('4242');
  clearRegExpStatics();
  expect(regExpStatics()).toEqual(EMPTY_STATICS);
});
