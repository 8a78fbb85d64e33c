/**
 * In-memory text extraction with pdf.js (opened through pdfjs.ts). Nothing touches the disk.
 * `withDocument` owns the document's lifetime; `extractText` returns positioned rows per page.
 */
import { PdfError } from '../errors.js';
import { wipe } from '../privacy/wipe.js';
import { buildLines, type Line, type PositionedItem, visibleChars } from './layout.js';
import { DOCUMENT_OPTIONS, loadPdfJs } from './pdfjs.js';
import { paintMayHide, type TextPaint } from './text-paint.js';
import { createTextWorker } from './text-worker.js';
import { type VisibilityPage, visibleItems } from './visibility.js';

export interface ExtractOptions {
  password?: string | undefined;
  maxPages: number;
  /** Epoch ms after which extraction stops with PDF_TIMEOUT (checked between pages). */
  deadline?: number | undefined;
  now?: () => number;
  /** Told the page count once the document is open and within `maxPages` (a pool scales its limit). */
  onPages?: (pages: number) => void;
  /**
   * Read only the pages this share hands out, and leave the whole-document check (a text layer at
   * all) to the thread that merges them: a helper's share of a document split across workers.
   */
  part?: PageShare | undefined;
  /**
   * Asked once the page count is known: null reads every page here; a split takes its pages from
   * the share, as the other threads do, and then gathers theirs from `rest`, as if read here.
   */
  split?: ((pages: number) => Promise<Split | null>) | undefined;
}

/** One page's rows, as one thread read them. */
export interface PageText {
  page: number;
  lines: Line[];
  chars: number;
  hidden: number;
  /** The page may hide text, so its operator list was read too (the exact visibility pass). */
  exact: boolean;
}

/**
 * Pages handed out one at a time to the threads reading one document (shared/worker/share.ts):
 * whoever is free takes the next, so a thread that started late or runs slower reads fewer.
 */
export interface PageShare {
  /** The next page to read here (counted from 1), or null once every page has been taken. */
  claim(): number | null;
  /** Told each page read here, as soon as it is read. */
  read(page: PageText): void;
}

/** The leading thread's share: it also gathers the pages the others read. */
export interface Split extends PageShare {
  /** The other threads' pages once all are in; rejects as reading in page order would have failed. */
  rest(): Promise<PageText[]>;
  /** Hands out no more pages and stops listening to the others: this thread failed (or is done). */
  end(): void;
}

/** Pages `first`…`last` in order, for one thread (benches read a document in parts this way). */
export function pageRange(first: number, last: number): PageShare {
  let next = first;
  return { claim: () => (next <= last ? next++ : null), read: () => undefined };
}

export interface ExtractedText {
  pages: number;
  lines: Line[];
  /** Non-whitespace characters found: 0 for a scan without a text layer. */
  chars: number;
  /** Text items left out because nobody can see them (invisible, clipped, off the page, background colour). */
  hidden: number;
  /** The pages read with the exact visibility pass, in order. */
  exactPages: number[];
}

/** The slice of the pdf.js document proxy we use (kept narrow so tests can reason about it). */
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage extends VisibilityPage {
  /** The page's text in chunks; with our patch the last one carries how the page was painted. */
  streamTextContent(): ReadableStream<{ items: unknown[]; textPaint?: TextPaint }>;
  cleanup(): void;
}

/** Fewer non-whitespace characters than this on the whole document means "no text layer". */
const MIN_TEXT_CHARS = 16;

/**
 * Text drawn smaller than this (points, both ways) nobody can read: a planted line in a 0.1 pt or a
 * zero font size. Statements print their smallest footnotes at 3–6 pt (3.28 in the corpus).
 */
const MIN_READABLE_PT = 1;

/** Opens the PDF (a private copy of `data`, since pdf.js may detach it), runs `fn`, always destroys. */
export async function withDocument<T>(
  data: Uint8Array,
  password: string | undefined,
  fn: (doc: PdfDocument) => Promise<T>,
): Promise<T> {
  const { getDocument } = await loadPdfJs();
  const copy = new Uint8Array(data);
  // Our own in-thread pdf.js worker (text-worker.ts): pdf.js's default one deep-copies every message.
  const worker = await createTextWorker();
  const task = getDocument({ ...DOCUMENT_OPTIONS, data: copy, worker, password });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw mapPdfError(err, password);
    });
    return await fn(doc);
  } finally {
    await task.destroy().catch(() => undefined);
    // A worker handed to pdf.js is ours to end (its document side ended with the document).
    worker.destroy();
    // pdf.js transfers (detaches) the buffer to its worker side; wipe whatever is still ours.
    wipe(copy);
  }
}

/** Extracts every page's rows, enforcing the page limit before reading any content. */
export async function extractText(data: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  try {
    return await extractWith(data, options.password, options);
  } catch (err) {
    // AES-256 revision 5 (Acrobat 9; pdfkit's 1.7ext3) keys on the password's UTF-8 bytes, as
    // revision 6 does, but pdf.js converts only for revision 6: retry a non-ASCII password as its bytes.
    const pw = options.password;
    if (!(err instanceof PdfError) || err.code !== 'PDF_BAD_PASSWORD' || !pw || !/[^\x20-\x7e]/.test(pw))
      throw err;
    return extractWith(data, Buffer.from(pw, 'utf8').toString('latin1'), options);
  }
}

async function extractWith(
  data: Uint8Array,
  password: string | undefined,
  options: ExtractOptions,
): Promise<ExtractedText> {
  const now = options.now ?? Date.now;
  return withDocument(data, password, async (doc) => {
    if (doc.numPages === 0) throw new PdfError('PDF_UNREADABLE', 'The PDF has no pages.');
    if (doc.numPages > options.maxPages) {
      throw new PdfError(
        'PDF_TOO_MANY_PAGES',
        `The PDF has ${doc.numPages} pages; the limit is ${options.maxPages}.`,
        { context: { pages: doc.numPages, limit: options.maxPages } },
      );
    }
    options.onPages?.(doc.numPages);
    const split = options.part ? null : ((await options.split?.(doc.numPages)) ?? null);
    const share = options.part ?? split ?? pageRange(1, doc.numPages);
    const own: PageText[] = [];
    try {
      for (let n = share.claim(); n !== null && n <= doc.numPages; n = share.claim()) {
        if (options.deadline !== undefined && now() > options.deadline) {
          throw new PdfError('PDF_TIMEOUT', 'Reading the PDF took too long.', { context: { page: n } });
        }
        const read = await readPage(doc, n, password);
        own.push(read);
        share.read(read);
      }
    } catch (err) {
      // The helpers stop taking pages of a document that has failed here.
      split?.end();
      throw err;
    }
    const pages = split ? [...own, ...(await split.rest())] : own;
    const text = mergePages(doc.numPages, pages);
    return options.part ? text : checkTextLayer(text);
  });
}

/**
 * One page's visible rows. The exact visibility pass (the page's operator list, a second read of
 * it) runs only when the way the text pass saw the page painted says it may hide text.
 */
async function readPage(doc: PdfDocument, n: number, password: string | undefined): Promise<PageText> {
  const page = await doc.getPage(n).catch((err: unknown) => {
    throw mapPdfError(err, password);
  });
  try {
    const { items: raw, paint } = await readTextContent(page);
    const all = toPositioned(raw);
    const exact = paintMayHide(paint);
    const items = await visibleItems(page, all, exact, paint?.trace);
    let chars = 0;
    // Indexed, not for…of (layout.ts, "Loops over items").
    for (let i = 0; i < items.length; i++) chars += visibleChars((items[i] as PositionedItem).str);
    return { page: n, lines: buildLines(items, n), chars, hidden: all.length - items.length, exact };
  } finally {
    page.cleanup();
  }
}

/**
 * The page's text items, and how it was painted (undefined from a pdf.js without our patch). What
 * `getTextContent` does, but keeping the patch's last chunk, which that merge would drop.
 */
export async function readTextContent(
  page: PdfPage,
): Promise<{ items: unknown[]; paint: TextPaint | undefined }> {
  const reader = page.streamTextContent().getReader();
  const items: unknown[] = [];
  let paint: TextPaint | undefined;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    // A loop, not push(...chunk): chunks may be long. Indexed (layout.ts, "Loops over items").
    const chunkItems = chunk.value.items;
    for (let i = 0; i < chunkItems.length; i++) items.push(chunkItems[i]);
    paint = chunk.value.textPaint ?? paint;
  }
  return { items, paint };
}

/** Pages read by one or more threads, in any order, as one thread reading them in order would have them. */
export function mergePages(pages: number, read: readonly PageText[]): ExtractedText {
  const ordered = [...read].sort((a, b) => a.page - b.page);
  const lines: Line[] = [];
  const exactPages: number[] = [];
  let chars = 0;
  let hidden = 0;
  for (const p of ordered) {
    // A loop, not push(...p.lines): a long page may have thousands of rows (argument-count limits).
    for (const l of p.lines) lines.push(l);
    chars += p.chars;
    hidden += p.hidden;
    if (p.exact) exactPages.push(p.page);
  }
  return { pages, lines, chars, hidden, exactPages };
}

/** Throws PDF_NO_TEXT for a document with (next to) no text: a scan without a text layer. */
function checkTextLayer(text: ExtractedText): ExtractedText {
  if (text.chars < MIN_TEXT_CHARS) {
    throw new PdfError(
      'PDF_NO_TEXT',
      'The PDF has no text layer (a scan or image?): export the statement from your bank as a PDF with text, or run OCR first.',
      { context: { pages: text.pages } },
    );
  }
  return text;
}

function toPositioned(items: unknown[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as { str?: unknown; transform?: number[]; width?: number; height?: number };
    if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    const across = Math.hypot(a, b);
    const up = Math.hypot(c, d);
    const size = up || across || it.height || 10;
    // Only where both of the glyphs' scales are tiny: one alone may be small for real text (pdf.js
    // scales only the height of a Type3 font's items by its glyph box; Chase's read 0.24 pt wide).
    const unreadable = Math.max(across, up) < MIN_READABLE_PT;
    // A literal, and the rare flag set after: spreading `{ unreadable }` or `{}` into each of a long
    // statement's ~30,000 items built them on V8's slow path (14 of its 220 MB of allocations).
    const item: PositionedItem = { str: it.str, x: e, y: f, width: it.width ?? 0, size };
    if (unreadable) item.unreadable = true;
    out.push(item);
  }
  return out;
}

/** Maps pdf.js failures to our codes; messages never include library text. */
export function mapPdfError(err: unknown, password: string | undefined): PdfError {
  if (err instanceof PdfError) return err;
  const e = err as { name?: string; code?: number; cause?: { code?: number } } | undefined;
  const name = e?.name ?? '';
  if (name === 'PasswordException') {
    const code = e?.cause?.code ?? e?.code;
    // pdf.js PasswordResponses: 1 = a password is needed, 2 = the given password is wrong.
    if (code === 2 || (code !== 1 && password)) {
      return new PdfError('PDF_BAD_PASSWORD', 'The password for this PDF is incorrect.', { cause: err });
    }
    return new PdfError('PDF_ENCRYPTED', 'The PDF is password-protected: send its password.', { cause: err });
  }
  return new PdfError('PDF_UNREADABLE', 'The PDF is damaged or truncated and cannot be read.', {
    cause: err,
    context: { reason: name || 'unknown' },
  });
}
