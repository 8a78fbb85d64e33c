/** Hostile PDFs written from scratch: page trees, bombs, deep nesting, active content, wrong documents. */
import { pdfRequest } from './bodies.js';
import * as docs from './documents.js';
import { foreignStatement, invoice, novelPage } from './drawn.js';
import { type HostileCase, NO_TEXT, NOT_STATEMENT, OK, UNREADABLE } from './types.js';

/** Inflated size of the flate bomb: big enough to hurt, small enough to keep the suite bounded. */
export const BOMB_MEBIBYTES = 100;
/** Pages in the page-tree case: far over MAX_PAGES (250 by default, 5000 at most). */
export const MANY_PAGES = 3000;
/** Nesting depth of the deep-object cases. */
export const DEPTH = 100_000;

const bytes = (make: () => Buffer | Promise<Buffer>) => async () => pdfRequest(await make());

/** Content cases; every body is sent as application/pdf. */
export function contentCases(): HostileCase[] {
  return [
    {
      id: 'blank-pages',
      group: 'pdf',
      built: 'three pages with empty content streams',
      build: bytes(() => docs.blankPages(3)),
      expected: NO_TEXT,
      why: 'no text layer at all',
      viaLambda: true,
    },
    {
      id: 'image-only',
      group: 'pdf',
      built: 'one page painting a 64×64 RGB image',
      build: bytes(docs.imageOnlyPage),
      expected: NO_TEXT,
      why: 'a scan without OCR: the message tells the user to export a text PDF or OCR it',
      viaLambda: true,
    },
    {
      id: 'zero-pages',
      group: 'pdf',
      built: '/Pages with /Count 0 and empty /Kids',
      build: bytes(docs.zeroPages),
      expected: UNREADABLE,
      why: 'a PDF with no pages cannot be a statement; refused before any page is read',
      viaLambda: true,
    },
    {
      id: 'many-pages',
      group: 'pdf',
      built: `${MANY_PAGES} pages (60 /Pages nodes × 50) sharing one content stream`,
      build: bytes(() => docs.manyPages(60, MANY_PAGES / 60)),
      expected: { status: 422, code: 'PDF_TOO_MANY_PAGES' },
      why: 'the page count is checked before any page content is read',
      viaLambda: true,
    },
    {
      id: 'flate-bomb',
      group: 'pdf',
      built: `one page whose content inflates to ${BOMB_MEBIBYTES} MiB of spaces after the canary line`,
      build: bytes(() => docs.flateBomb(BOMB_MEBIBYTES)),
      expected: NOT_STATEMENT,
      alsoAccepted: [{ status: 422, code: 'PDF_TIMEOUT' }],
      why: 'the page is read (a few seconds, ~1 GB RSS in-thread) and its one line is no statement; a worker time limit below that turns it into PDF_TIMEOUT',
      viaLambda: true,
      heavy: true,
    },
    {
      id: 'nested-arrays',
      group: 'pdf',
      built: `page dictionary entry nested ${DEPTH} arrays deep`,
      build: bytes(() => docs.deeplyNested('array', DEPTH)),
      expected: UNREADABLE,
      why: "pdf.js's recursive parser overflows the stack (caught and mapped, the process lives). At 10,000 levels it did only while its code was unoptimised: after the cold-start warm-up the smaller optimised frames fit",
      viaLambda: true,
    },
    {
      id: 'nested-dicts',
      group: 'pdf',
      built: `page dictionary entry nested ${DEPTH} dictionaries deep`,
      build: bytes(() => docs.deeplyNested('dict', DEPTH)),
      expected: UNREADABLE,
      why: 'same, with dictionaries',
      viaLambda: true,
    },
    {
      id: 'nested-in-content',
      group: 'pdf',
      built: `content stream opening with ${DEPTH} nested arrays, then the text`,
      build: bytes(() => docs.deeplyNestedContent(DEPTH)),
      expected: NO_TEXT,
      alsoAccepted: [UNREADABLE, NOT_STATEMENT],
      why: 'pdf.js gives up on the page content, so no text is found; a reader that got past it would find no statement',
      viaLambda: true,
    },
    {
      id: 'active-content',
      group: 'pdf',
      built:
        'JavaScript OpenAction + name tree, Launch, URI, SubmitForm, page actions, link annotation → local URL',
      build: async ({ callbackUrl }) => pdfRequest(docs.activeContent(callbackUrl)),
      expected: NOT_STATEMENT,
      why: 'actions are never run (text extraction ignores them); the text is read and is no statement',
      viaLambda: true,
    },
    {
      id: 'font-matrix-cve-2024-4367',
      group: 'pdf',
      built: 'Type1 font whose /FontMatrix string injects JS (sets a global, writes a file, connects out)',
      build: async ({ callbackUrl, markerFile, markerGlobal }) => {
        const port = new URL(callbackUrl).port;
        const payload = `globalThis.${markerGlobal} = 1; process.getBuiltinModule('fs').writeFileSync('${markerFile}', '1'); process.getBuiltinModule('net').connect(${port}, '127.0.0.1');`;
        return pdfRequest(docs.fontMatrixInjection(payload));
      },
      expected: NOT_STATEMENT,
      why: 'pdf.js never compiles font code (6.x) and we extract text only: the payload never runs; the page text is no statement',
      viaLambda: true,
    },
    {
      id: 'huge-line',
      group: 'pdf',
      built: 'one 200,000-character line of words and amounts',
      build: bytes(() => docs.hugeLine(200_000)),
      expected: NOT_STATEMENT,
      why: 'read in well under a second; one line with no labels or dates is no statement',
      viaLambda: true,
    },
    {
      id: 'plain-not-statement',
      group: 'pdf',
      built: 'a well-formed one-page PDF with two sentences',
      build: bytes(docs.canaryDocument),
      expected: NOT_STATEMENT,
      why: 'the baseline for the hand-written documents',
      viaLambda: true,
    },
    {
      id: 'invoice',
      group: 'pdf',
      built: 'pdfkit invoice: dates, line items, "Total due"',
      build: bytes(invoice),
      expected: NOT_STATEMENT,
      why: 'an invoice has a total due but no card account, period or transactions',
      viaLambda: true,
    },
    {
      id: 'novel-page',
      group: 'pdf',
      built: 'pdfkit page of prose',
      build: bytes(novelPage),
      expected: NOT_STATEMENT,
      why: 'no figures at all',
      viaLambda: true,
    },
    ...(['de', 'fr'] as const).map(
      (lang): HostileCase => ({
        id: `statement-${lang}`,
        group: 'pdf',
        built: `pdfkit card statement with ${lang === 'de' ? 'German' : 'French'} labels`,
        build: bytes(() => foreignStatement(lang)),
        expected: OK,
        alsoAccepted: [NOT_STATEMENT],
        why: 'labels are English-only: dated rows parse, summary figures do not; either a clean 200 or a clean 422',
        viaLambda: true,
      }),
    ),
  ];
}
