/**
 * Worker-thread entry for reading PDFs. pdf.js runs on the calling thread and neither a loop nor a
 * decompression bomb can be interrupted from inside it; in a worker, the pool can `terminate()` it.
 * Messages: { id, kind, data (transferred), password, maxPages } → { id, pages } once the document is
 * open, then { id, ok, result } | { id, ok: false, error }.
 * `kind: 'lines'` returns the positioned rows; `kind: 'statement'` also parses them here and returns
 * the parsed statement and the plain text (far less to copy back than the rows, and off the main thread).
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractText, preloadPdfJs } from '../pdf/extract.js';
import { clearRegExpStatics } from '../privacy/wipe.js';
import { readStatement, type StatementRead } from '../statement/read.js';
import { warmupStatements } from '../warmup.js';

export interface ExtractJob {
  id: number;
  kind: 'lines' | 'statement';
  data: Uint8Array;
  password?: string | undefined;
  maxPages: number;
}

export type ExtractReply =
  /** Sent once the document is open: the pool extends its time limit by the page count. */
  | { id: number; pages: number }
  | { id: number; ok: true; result: Awaited<ReturnType<typeof extractText>> | StatementRead }
  | { id: number; ok: false; error: { code: string; message: string; context: Record<string, unknown> } };

const port = parentPort;
if (port) {
  port.on('message', async (job: ExtractJob | { warm: true }) => {
    if ('warm' in job) {
      // One of the cold-start warm-up statements; the pool sends it the rest as background work.
      await preloadPdfJs(warmupStatements()[0] ?? new Uint8Array(0));
      port.postMessage({ warm: true });
      return;
    }
    try {
      const options = {
        password: job.password,
        maxPages: job.maxPages,
        onPages: (pages: number) => port.postMessage({ id: job.id, pages } satisfies ExtractReply),
      };
      const result =
        job.kind === 'statement'
          ? await readStatement(job.data, options)
          : await extractText(job.data, options);
      port.postMessage({ id: job.id, ok: true, result } satisfies ExtractReply);
    } catch (err) {
      const error = isAppError(err)
        ? { code: err.code, message: err.message, context: err.context }
        : {
            code: 'PDF_UNREADABLE',
            message: 'The PDF is damaged or truncated and cannot be read.',
            context: {},
          };
      port.postMessage({ id: job.id, ok: false, error } satisfies ExtractReply);
    } finally {
      job.data.fill(0);
      clearRegExpStatics();
    }
  });
}
