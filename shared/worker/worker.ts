/**
 * Worker-thread entry for reading PDFs. pdf.js runs on the calling thread and neither a loop nor a
 * decompression bomb can be interrupted from inside it; in a worker, the pool can `terminate()` it.
 * Messages: { id, kind, data (transferred), password, maxPages } → { id, pages } once the document is
 * open, then { id, ok, result } | { id, ok: false, error }.
 * `kind: 'lines'` returns the positioned rows; `kind: 'statement'` also parses them here and returns
 * the parsed statement and the plain text (far less to copy back than the rows, and off the main thread).
 * A long document may be split (pool.ts): its leader says `{ id, pages, split: true }` and waits for
 * the pages it reads itself (`{ id, plan }`), other workers read the rest (`part`, kind 'lines'), and
 * their rows reach the leader (`{ id, part, outcome }`), which merges and parses them (inbox.ts).
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractText, type PageRange } from '../pdf/extract.js';
import { loadPdfJs } from '../pdf/pdfjs.js';
import { clearRegExpStatics, wipe } from '../privacy/wipe.js';
import { readStatement, type StatementRead } from '../statement/read.js';
import { Inbox, type PartMessage, type PlanMessage } from './inbox.js';

export interface ExtractJob {
  id: number;
  kind: 'lines' | 'statement';
  data: Uint8Array;
  password?: string | undefined;
  maxPages: number;
  /** Only these pages, without the whole-document checks: a part of a split document. */
  part?: PageRange | undefined;
  /** With at least this many pages, ask the pool for a split before reading (set only when workers are idle). */
  splitFrom?: number | undefined;
}

export type ExtractReply =
  /** Sent once the document is open: the pool extends its time limit by the page count (and plans a split). */
  | { id: number; pages: number; split?: true }
  | { id: number; ok: true; result: Awaited<ReturnType<typeof extractText>> | StatementRead }
  | { id: number; ok: false; error: { code: string; message: string; context: Record<string, unknown> } };

const port = parentPort;
let inbox: Inbox | null = null;
if (port) {
  port.on('message', async (job: ExtractJob | { warm: true } | PlanMessage | PartMessage) => {
    if ('plan' in job || 'outcome' in job) {
      // Parts of a document this worker leads; a late part of a job already over is dropped.
      inbox?.deliver(job);
      return;
    }
    if ('warm' in job) {
      // Ready once pdf.js and its worker module are loaded: the warm-up statements (V8 compiling the
      // reading code) come later as background work (http/service.ts), which a document overtakes.
      // A pdf.js that cannot load rejects here and the worker dies unwarmed: a broken deployment.
      await loadPdfJs();
      port.postMessage({ warm: true });
      return;
    }
    const own = new Inbox(job.id);
    inbox = own;
    try {
      const splitFrom = job.splitFrom ?? Number.POSITIVE_INFINITY;
      const options = {
        password: job.password,
        maxPages: job.maxPages,
        part: job.part,
        onPages: (pages: number) =>
          port.postMessage({
            id: job.id,
            pages,
            ...(pages >= splitFrom ? { split: true as const } : {}),
          } satisfies ExtractReply),
        split: (pages: number) => (pages >= splitFrom ? own.split() : Promise.resolve(null)),
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
      if (inbox === own) inbox = null;
      wipe(job.data);
      clearRegExpStatics();
    }
  });
}
