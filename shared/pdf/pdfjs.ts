/**
 * The one door to pdf.js. Everything pdf.js needs from its host and every fix to its side effects
 * is here: the DOM stubs go in before it loads (dom-stub.ts), its API and worker modules load once
 * per thread, and the native `Array.prototype.push` goes back after them (native-push.ts).
 *
 * Why pdf.js itself and not pdf-parse: pdf-parse (the reference extractor of the benches and tests)
 * returns plain text, while the statement engine needs each item's position, the page's operator
 * list (visibility.ts) and the fonts' kinds. So documents are opened with pdf.js's public
 * `getDocument`, the very call pdf-parse makes, with the options below.
 *
 * Why pdf.js 6.5.438 (issue 20; `bench/pdfjs-versions.ts`, docs/load.md): it is the current release,
 * reads the same text as 5.4.296 did (positions equal to 1e-6 pt) and, with our patch, costs the same
 * CPU. Out of the box it took 1.2–1.7× the CPU of 5.4 on the Chase and TD statements: it inflates
 * every Flate stream of 1 KiB or more through the platform's DecompressionStream, asynchronously, and
 * clones its text state with the original as prototype on each font change (V8 slows prototypes).
 * Two one-line hunks of our patch keep pdf.js's own synchronous inflate, as in 5.4 (pdf.js has no
 * option for it), and give the clone the class's prototype. pdf-parse 2.4.5 pins 5.4.296: an npm
 * override gives it this copy, and a one-line patch (patches/pdf-parse+2.4.5.patch) fixes its
 * `destroy()`, which called the `PDFDocumentProxy.destroy()` that 6.x removed. One side effect is
 * handled at build time instead: both modules read the global `Response` as they load (a polyfill of
 * `Response.prototype.bytes`), which loads Node's whole fetch stack; the bundles drop that probe
 * (`pdfjsWithoutResponseProbe` in infra/build.ts), so only the sources run under tsx and jest pay it.
 */
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';
import { installDomStubs } from './dom-stub.js';
import { restoreNativePush } from './native-push.js';

type PdfJsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's worker side (pdf.worker.mjs `WorkerMessageHandler`): serves one document per port. */
export interface WorkerMessageHandler {
  initializeFromPort(port: unknown): void;
  /**
   * Our patch: which closures of its two per-page loops ('operators', 'text') the evaluator still
   * holds, kept past a short document so that V8 keeps their optimised code
   * (patches/pdfjs-dist+6.5.438.patch).
   */
  readonly keptClosureKinds?: readonly string[];
}

/** The parts of pdf.js we use, loaded once per thread. */
export interface PdfJs {
  getDocument: PdfJsModule['getDocument'];
  PDFWorker: PdfJsModule['PDFWorker'];
  /** The worker module's handler, run in this thread (text-worker.ts gives it a port per document). */
  workerHandler: WorkerMessageHandler;
}

/** Our addition to pdf.js's document options (patches/pdfjs-dist+6.5.438.patch, applied at install). */
interface TextOnlyParameters {
  /**
   * Read a Type3 glyph's program only up to its first operator when that is `d1` or `q`: pdf.js takes
   * nothing else from it for text (the declared box of a `d1`, which may widen the font's box; nothing
   * after a `q`). The rest, a bitmap pdf.js would scan, decode and trace into a path, is for painting:
   * over a quarter of the CPU on statements set in bitmap Type3 fonts, as Chase's and TD's are. A
   * glyph starting otherwise (`d0`, whose drawing may give its font a box) is read whole. Without the
   * patch the option is ignored: slower, never different.
   */
  skipType3GlyphPrograms?: boolean;
  /**
   * Paint ops for images and image masks stay in the operator list (visibility.ts needs where they
   * lie), but their pixels are never decoded: JPEG, Flate and soft masks were over a quarter of the
   * CPU on TD's statement. Small inline images, whose pixels are part of the operator, still are.
   */
  skipImageData?: boolean;
  /**
   * Never trace the outline of each glyph shown for the operator list. With font faces disabled
   * pdf.js compiles every glyph drawn into a path and posts it to the main thread, for a canvas to
   * paint: the visibility pass reads the operator list, never paints it (on Chase's first page that
   * was most of the pass's own cost). The operators themselves are the same.
   */
  skipFontPaths?: boolean;
  /**
   * Never repair a simple TrueType font's program. pdf.js reads the whole program and rebuilds it as
   * a font a browser can paint with; a simple font's text takes its widths from the PDF's /Widths and
   * its unicode from ToUnicode or the encoding, never from the program. What the repair sets is for
   * painting (each glyph's `fontChar`, `isInFont`) and the font's ascent and descent, which pdf.js
   * reports in the text content's styles and we never read. Chase's statement embeds 6 TrueType
   * subsets and TD's 50: repairing them was about a seventh and nearly a third of their extraction's
   * CPU. A program pdf.js would reject as broken reads the same (test/pdf/pdfjs-patch.test.ts), but
   * for one corner: declared Type1 with a broken TrueType program, pdf.js reads its unnamed codes as
   * spaces. It also leaves untrusted font programs unparsed, and decodes no more of a Flate-compressed
   * FontFile2 than its first 512 bytes, enough to see that it is TrueType (checking that it was not
   * empty inflated its whole first block, most of a subset font: about a tenth of TD's CPU); a
   * program that is something else is fetched anew and read whole, as pdf.js reads it.
   */
  skipTrueTypeRepair?: boolean;
  /**
   * Record, while reading a page's text, how it was painted (the fill colours of its text and of its
   * filled areas, the render modes and fill opacities of its text, whether it clips) and send that as
   * the last chunk of the page's text stream. text-paint.ts decides from it whether the page may hide
   * text, and so whether its operator list must be read too. This replaces a scan of our own that
   * decrypted, inflated and searched every content stream a second time before pdf.js read it (7–10
   * ms on Chase's and TD's statements). Without the patch no such chunk comes, and every page gets
   * the exact pass: slower, never less careful.
   */
  reportTextPaint?: boolean;
}

/**
 * Options every document is opened with. Safety: never load font faces or system fonts (pdf.js 6
 * never compiles font code, the CVE-2024-4367 class, so `isEvalSupported` is gone); no console output
 * from pdf.js. Speed: no pixels decoded, no glyph outlines traced, no font program rebuilt.
 */
export const DOCUMENT_OPTIONS = {
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
  skipType3GlyphPrograms: true,
  skipImageData: true,
  skipFontPaths: true,
  skipTrueTypeRepair: true,
  reportTextPaint: true,
} as const satisfies DocumentInitParameters & TextOnlyParameters;

let loaded: Promise<PdfJs> | null = null;

/** Loads pdf.js (stubs first, push restored after) once per thread; a pdf.js that cannot load rejects. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<PdfJs> {
  installDomStubs();
  const { getDocument, PDFWorker } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The worker module, loaded by pdf.js's own loader (`pdf.worker.mjs` beside pdf.mjs, or beside a
  // bundle: infra/build.ts emits it there), i.e. the module pdf.js would run as its in-thread worker.
  // `_setupFakeWorkerGlobal` is declared in pdf.js's types; it is the one pdf.js internal we call.
  const workerHandler = (await PDFWorker._setupFakeWorkerGlobal) as WorkerMessageHandler;
  // Each of the two modules may have installed core-js's push polyfill (Node 20): see native-push.ts.
  restoreNativePush();
  return { getDocument, PDFWorker, workerHandler };
}
