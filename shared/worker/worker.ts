/**
 * Worker-thread entry for reading PDFs. pdf.js runs on the calling thread and neither a loop nor a
 * decompression bomb can be interrupted from inside it; in a worker, the pool can `terminate()` it.
 * Messages: { id, kind, data (transferred), password, maxPages } → { id, pages } once the document is
 * open, then { id, ok, result } | { id, ok: false, error }.
 * `kind: 'lines'` returns the positioned rows; `kind: 'statement'` also parses them here and returns
 * the parsed statement and the plain text (far less to copy back than the rows, and off the main thread).
 * A long document may be split (pool.ts): its leader says `{ id, pages, split: true }` and waits for
 * the plan (`{ id, plan }`: a page counter in shared memory and a port from each helper); then it and
 * the helpers (`part`, kind 'lines') take pages from the counter in turn, each helper posting its
 * rows page by page to the leader's port, and once each helper's outcome has come (`{ id, part,
 * outcome }` through the pool) the leader merges the pages in order and parses them (share.ts).
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractText } from '../pdf/extract.js';
import { keepTextLoopCompiled } from '../pdf/keep-compiled.js';
import { loadPdfJs } from '../pdf/pdfjs.js';
import { clearRegExpStatics, wipe } from '../privacy/wipe.js';
import { readStatement, type StatementRead } from '../statement/read.js';
import { Inbox, type PartMessage, type PlanMessage } from './inbox.js';
import { type HelperWire, helperShare } from './share.js';

export interface ExtractJob {
  id: number;
  kind: 'lines' | 'statement';
  data: Uint8Array;
  password?: string | undefined;
  maxPages: number;
  /** False when the statement's plain text is not wanted back (read.ts). */
  withText?: boolean | undefined;
  /** A helper's share of a split document: pages from the shared counter, rows to the leader's port. */
  part?: HelperWire | undefined;
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
        withText: job.withText,
        part: job.part ? helperShare(job.part) : undefined,
        onPages: (pages: number) =>
          port.postMessage({
            id: job.id,
            pages,
            ...(pages >= splitFrom ? { split: true as const } : {}),
          } satisfies ExtractReply),
        split: (pages: number) => (pages >= splitFrom ? own.split() : Promise.resolve(null)),
      };
      // After a long document, before anything that allocates much (the parse): keep-compiled.ts.
      const result =
        job.kind === 'statement'
          ? await readStatement(job.data, options, keepTextLoopCompiled)
          : await extractText(job.data, options).then(async (text) => {
              await keepTextLoopCompiled();
              return text;
            });
      // A helper's rows went to the leader page by page: its outcome is only that it is done.
      if (job.part) Object.assign(result, { lines: [] });
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
      job.part?.port.close();
      if (inbox === own) inbox = null;
      wipe(job.data);
      clearRegExpStatics();
    }
  });
}
