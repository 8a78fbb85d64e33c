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
import { extractText } from '../pdf/extract.js';
import { loadPdfJs } from '../pdf/pdfjs.js';
import { clearRegExpStatics, wipe } from '../privacy/wipe.js';
import { readStatement, type StatementRead } from '../statement/read.js';

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
      // Ready once pdf.js and its worker module are loaded: the warm-up statements (V8 compiling the
      // reading code) come later as background work (http/service.ts), which a document overtakes.
      // A pdf.js that cannot load rejects here and the worker dies unwarmed: a broken deployment.
      await loadPdfJs();
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
      wipe(job.data);
      clearRegExpStatics();
    }
  });
}
