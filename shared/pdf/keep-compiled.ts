/**
 * pdf.js's text loop kept compiled after a long statement.
 *
 * V8 keeps a function's optimised code only while a closure of it is alive, and pdf.js makes new
 * closures of its text loop (`promiseBody` and the text helpers in its scope) for every page. Our
 * patch keeps the latest of them past a short document, but lets them go as a long one (over 50
 * pages) ends: a kept closure holds its whole document, and one held past a 200-page statement raised
 * the one-worker peak by 7–15 MiB (docs/load.md, twelfth round). The next full collection then drops
 * the loop's code, and the next statement compiles it again: about 50 ms of TurboFan on V8's helper
 * threads for every 200-page statement read one at a time (docs/load.md, eighteenth round).
 *
 * So once a long document has let its closures go, the worker reads page 1 of a small synthetic
 * statement (no real person or account; the cold-start warm-up's). Its text loop runs with the code
 * still in place (compiled code dies only in a full collection, and none falls in the millisecond
 * between), takes it over, and stays kept in the long document's place while holding only that small
 * document. About 1.3 ms of CPU, only after a document that let its closures go.
 */

import { warmupStatements } from '../warmup.js';
import { readTextContent, withDocument } from './extract.js';
import { loadPdfJs } from './pdfjs.js';

/**
 * Reads page 1 of a warm-up statement when pdf.js holds no text-loop closure (its last document was
 * long, or made none). A pdf.js without our patch says nothing, and nothing is read. Never rejects:
 * keeping code compiled is an optimisation, and a failure here must not fail the statement just read.
 */
export async function keepTextLoopCompiled(): Promise<boolean> {
  try {
    const { workerHandler } = await loadPdfJs();
    const kept = workerHandler.keptClosureKinds;
    if (kept === undefined || kept.includes('text')) return false;
    // The shorter of the two (2 pages, 5 KB): synthetic, nothing private to wipe or to keep.
    const data = warmupStatements()[1];
    if (!data) return false;
    await withDocument(data, undefined, async (doc) => {
      const page = await doc.getPage(1);
      try {
        await readTextContent(page);
      } finally {
        page.cleanup();
      }
    });
    return true;
  } catch {
    return false;
  }
}
