/** Test helper: what pdf.js gives for each page (text items, styles, operator list), for comparisons. */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { DOCUMENT_OPTIONS, loadPdfJs } from '../../shared/pdf/pdfjs.js';
import { createTextWorker } from '../../shared/pdf/text-worker.js';

/** One page as pdf.js reports it, with the per-document font ids made comparable. */
export interface RawPage {
  items: unknown[];
  styles: Record<string, { ascent?: unknown; descent?: unknown; [key: string]: unknown }>;
  /**
   * The page's operator list as JSON (what visibility.ts walks), without the two glyph fields only
   * painting reads (`fontChar`, `isInFont`: from a TrueType program, which we never repair).
   */
  ops: string;
  /** Each Type3 font's glyph operator ids, by font name (fonts are known once the operator list is read). */
  type3: Record<string, number[][]>;
}

/** A Type3 glyph's operator list, as pdf.js keeps it on the font. */
type Glyph = { fnArray: number[] };

// Font names carry the document's number in this process ("g_d7_f1"), which differs per read.
const font = (name: string) => name.replace(/g_d\d+_/g, 'g_');

/** Leaves out the glyph fields only painting reads. */
const paintingOnly = (key: string, value: unknown) =>
  key === 'fontChar' || key === 'isInFont' ? undefined : value;

/**
 * Opens `pdf` (a copy) with DOCUMENT_OPTIONS plus `overrides`, through our text worker, and runs `fn`
 * on the document; the document and the worker are always destroyed after.
 */
export async function withRawDocument<T>(
  pdf: Uint8Array,
  overrides: Record<string, unknown>,
  fn: (doc: PDFDocumentProxy) => Promise<T>,
  password?: string,
): Promise<T> {
  const { getDocument } = await loadPdfJs();
  const worker = await createTextWorker();
  const task = getDocument({
    ...DOCUMENT_OPTIONS,
    ...overrides,
    data: new Uint8Array(pdf),
    password,
    worker,
  });
  try {
    return await fn(await task.promise);
  } finally {
    await task.destroy();
    worker.destroy();
  }
}

/** Reads every page with DOCUMENT_OPTIONS plus `overrides`, through our text worker. */
export function readRaw(
  pdf: Uint8Array,
  overrides: Record<string, unknown> = {},
  password?: string,
): Promise<RawPage[]> {
  return withRawDocument(
    pdf,
    overrides,
    async (doc) => {
      const pages: RawPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const { items, styles } = await page.getTextContent();
        const list = await page.getOperatorList();
        const type3: Record<string, number[][]> = {};
        for (const [i, fn] of list.fnArray.entries()) {
          if (fn !== 37) continue; // setFont
          const name = String((list.argsArray[i] as unknown[])[0]);
          const f = page.commonObjs.get(name) as {
            isType3Font?: boolean;
            // A plain object up to pdf.js 5, a Map from 6.
            charProcOperatorList?: Record<string, Glyph> | Map<string, Glyph>;
          };
          const glyphs = f?.charProcOperatorList;
          if (f?.isType3Font && glyphs) {
            // Tested by tag: the Map comes from another realm (pdf.js's port clones it) under the test runner.
            const all =
              Object.prototype.toString.call(glyphs) === '[object Map]'
                ? [...(glyphs as Map<string, Glyph>).values()]
                : Object.values(glyphs);
            type3[font(name)] = all.map((g) => [...g.fnArray]);
          }
        }
        pages.push({
          items: items.map((it) => ({ ...it, ...('fontName' in it ? { fontName: font(it.fontName) } : {}) })),
          styles: Object.fromEntries(Object.entries(styles).map(([k, v]) => [font(k), v])),
          ops: font(JSON.stringify({ fn: list.fnArray, args: list.argsArray }, paintingOnly)),
          type3,
        });
        page.cleanup();
      }
      return pages;
    },
    password,
  );
}
