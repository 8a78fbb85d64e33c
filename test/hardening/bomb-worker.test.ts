/**
 * A decompression bomb against the real worker pool: the document is killed with its worker at the
 * time limit (PDF_TIMEOUT) while the main thread keeps its timers and a second worker finishes a
 * normal statement; then the pool is whole again.
 */

import { flateBomb } from '../../scripts/hostile/documents.js';
import { generateStatement } from '../../scripts/statements/index.js';
import { createExtractionPool } from '../../shared/worker/pool.js';
import { builtWorkerUrl, removeBuiltWorker } from '../support/built-worker.js';

afterAll(removeBuiltWorker);

test('a Flate bomb times out in its worker while another statement is read and the event loop stays free', async () => {
  // The bundled worker, as deployed: a replacement starts in well under a second, not through tsx.
  const pool = createExtractionPool({ size: 2, timeoutMs: 3000, workerUrl: await builtWorkerUrl() });
  try {
    // Warm both workers first, so the limit measures the bomb and not pdf.js loading.
    const { pdf: normal, expected } = await generateStatement({
      layout: 'larkspur',
      seed: 9,
      transactions: 20,
    });
    await Promise.all([pool.extract(normal, { maxPages: 20 }), pool.extract(normal, { maxPages: 20 })]);

    const bombPdf = flateBomb(512); // ~0.5 MB that inflates to 512 MiB: far past the limit in-thread
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 25);
    const started = Date.now();
    const bomb = pool.extract(bombPdf, { maxPages: 20 });
    const meanwhile = await pool.extract(normal, { maxPages: 20 });
    const meanwhileMs = Date.now() - started;
    await expect(bomb).rejects.toMatchObject({ code: 'PDF_TIMEOUT' });
    const bombMs = Date.now() - started;
    clearInterval(ticker);

    expect(meanwhile.lines.some((l) => l.text.includes(expected.transactions[0]?.description ?? '?'))).toBe(
      true,
    );
    expect(meanwhileMs).toBeLessThan(bombMs); // the normal statement did not wait for the bomb
    // Timers kept firing on the main thread: a bomb inflating in-thread would let almost none through.
    // A tenth of the ideal count, so a busy shared machine (where a third once failed at 72 of 217)
    // does not decide the test.
    expect(ticks).toBeGreaterThan(bombMs / 25 / 10);
    expect(pool.stats()).toMatchObject({ size: 2, restarts: 1, busy: 0 });
    const after = await pool.extract(normal, { maxPages: 20 });
    expect(after.pages).toBe(meanwhile.pages);
  } finally {
    await pool.close();
  }
});
