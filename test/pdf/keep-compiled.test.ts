import { generateStatement } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { keepTextLoopCompiled } from '../../shared/pdf/keep-compiled.js';
import { loadPdfJs } from '../../shared/pdf/pdfjs.js';
import { readStatement } from '../../shared/statement/read.js';

// pdf.js keeps its text loop's latest closure past a short document and lets it go as a long one
// (over 50 pages) ends (pdfjs-patch.test.ts); keep-compiled.ts puts a small synthetic one back.
describe('the text loop kept compiled after a long statement', () => {
  let short: Uint8Array;
  let long: Uint8Array;
  beforeAll(async () => {
    short = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 3 })).pdf);
    long = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 60 })).pdf);
  });

  test('after a long statement a synthetic page is read and its closure kept; after a short one nothing is read', async () => {
    const { workerHandler } = await loadPdfJs();
    await extractText(new Uint8Array(long), { maxPages: 100 });
    expect(workerHandler.keptClosureKinds).toEqual([]);
    expect(await keepTextLoopCompiled()).toBe(true);
    expect(workerHandler.keptClosureKinds).toEqual(['text']);
    // Held: a second call finds the closure and reads nothing.
    expect(await keepTextLoopCompiled()).toBe(false);

    await extractText(new Uint8Array(short), { maxPages: 100 });
    expect(workerHandler.keptClosureKinds).toEqual(['text']);
    expect(await keepTextLoopCompiled()).toBe(false);
  });

  test('readStatement runs its hook after the document is closed and before the parse, outside both timings', async () => {
    const { workerHandler } = await loadPdfJs();
    const seen: (readonly string[] | undefined)[] = [];
    let t = 0;
    const read = await readStatement(new Uint8Array(long), { maxPages: 100, now: () => t }, async () => {
      seen.push(workerHandler.keptClosureKinds);
      await keepTextLoopCompiled();
      seen.push(workerHandler.keptClosureKinds);
      t += 1000;
    });
    // Closed (the long document let its closure go), then the synthetic page's closure kept.
    expect(seen).toEqual([[], ['text']]);
    expect(read.extractMs).toBe(0);
    expect(read.parseMs).toBe(0);
    expect(read.parsed.transactions.length).toBeGreaterThan(1000);
  });

  test('the same statement reads the same rows after the synthetic page as before it', async () => {
    const before = await extractText(new Uint8Array(long), { maxPages: 100 });
    await keepTextLoopCompiled();
    const after = await extractText(new Uint8Array(long), { maxPages: 100 });
    expect(after.lines).toEqual(before.lines);
  });
});
