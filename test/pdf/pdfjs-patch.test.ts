import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateStatement } from '../../scripts/statements/index.js';
import { createRng } from '../../scripts/statements/prng.js';
import { extractText } from '../../shared/pdf/extract.js';
import { DOCUMENT_OPTIONS, loadPdfJs } from '../../shared/pdf/pdfjs.js';
import { createTextWorker } from '../../shared/pdf/text-worker.js';
import {
  imageStatementPdf,
  standardFontPagePdf,
  trueTypeStatementPdf,
  type3StatementPdf,
  writePdf,
} from './hand-made-pdfs.js';
import { type RawPage, readRaw, withRawDocument } from './read-raw.js';

/** The installed pdf.js, as patched at install: read once, for every describe that checks a hunk. */
const req = createRequire(import.meta.url);
const workerSource = readFileSync(req.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

const CONSTRUCT_PATH = 91;

const SET_CHAR_WIDTH_AND_BOUNDS = 49;

const SAVE = 10;

describe('pdf.js patch: no pixels decoded for text, inflate in JS (patches/pdfjs-dist+6.5.438.patch)', () => {
  test('the installed pdf.js carries the patch in both of its modules', () => {
    // Fails after a pdf.js upgrade that the patch no longer fits: renew the patch, or drop it.
    const api = readFileSync(req.resolve('pdfjs-dist/legacy/build/pdf.mjs'), 'utf8');
    expect(api).toContain('skipType3GlyphPrograms: src.skipType3GlyphPrograms === true');
    expect(workerSource).toContain(
      'if (!(evaluator.options.skipType3GlyphPrograms && readType3GlyphForText(stream, evaluator.xref, seenRefs, operatorList))) {',
    );
    expect(api).toContain('skipImageData: src.skipImageData === true');
    expect(workerSource).toContain(
      'imgData = this.options.skipImageData && !this.parsingType3Font && w * h > 1 ?',
    );
    expect(workerSource).toContain('} else PDFImage.buildImage({');
    expect(api).toContain('skipFontPaths: src.skipFontPaths === true');
    expect(api).toContain('skipTrueTypeRepair: src.skipTrueTypeRepair === true');
    expect(workerSource).toContain(
      'data = evaluatorOptions.skipTrueTypeRepair && type === "TrueType" && !this.composite && isTrueTypeFile(file) ? undefined : this.checkAndRepair(name, file, properties);',
    );
    expect(workerSource).toContain('if (font.data && !this.options.skipFontPaths) {');
    expect(workerSource).toContain(
      'if (this.options.skipTrueTypeRepair && !composite && fontFileN === "FontFile2" && fontFile instanceof FlateStream && descriptor.getRaw(fontFileN) instanceof Ref) {',
    );
    expect(workerSource.match(/ {10,12}if \(pos >= this\.#decodeLimit\) \{\n/g)).toHaveLength(2);
    expect(workerSource).toContain(
      '  limitDecoding(length) {\n    this.#decodeLimit = length;\n    this.minBufferLength = 512;\n  }',
    );
    expect(workerSource).toMatch(/class FlateStream extends DecodeStream \{[^}]*?\n {2}#isAsync = false;/);
    // A text state's clone no longer takes the original as its prototype (V8 slows every object used
    // as a prototype; pdf.js 6 clones one on each font change while reading text).
    expect(workerSource).toContain('const clone = Object.assign(Object.create(TextState.prototype), this);');
  });

  test('Flate streams are inflated by pdf.js itself, never through DecompressionStream', async () => {
    // Out of the box pdf.js 6 sends every Flate stream of 1 KiB or more (here the embedded fonts and
    // the content streams) through the platform's asynchronous DecompressionStream: 1.2–1.7× the CPU.
    const { pdf } = await generateStatement({ layout: 'northwind', seed: 3, pages: 3 });
    const Native = globalThis.DecompressionStream;
    let made = 0;
    globalThis.DecompressionStream = class extends Native {
      constructor(...args: ConstructorParameters<typeof Native>) {
        super(...args);
        made++;
      }
    };
    try {
      const pages = await readRaw(new Uint8Array(pdf));
      expect(pages).toHaveLength(3);
      expect(pages.reduce((n, p) => n + p.items.length, 0)).toBeGreaterThan(150);
    } finally {
      globalThis.DecompressionStream = Native;
    }
    expect(made).toBe(0);
  });

  test('a Type3 glyph is read up to its first operator when that is d1 or q, a d0 glyph whole; the text is the same', async () => {
    const pdf = type3StatementPdf();
    const [off] = await readRaw(pdf, { skipType3GlyphPrograms: false });
    const [on] = await readRaw(pdf);
    if (!off || !on) throw new Error('no page');
    // The fonts by the order the page uses them: F1 to F4 (hand-made-pdfs.ts).
    const order = [...new Set(on.items.map((it) => (it as { fontName: string }).fontName))];
    expect(order).toHaveLength(4);
    const [f1, f2, f3, f4] = order as [string, string, string, string];
    // Without the option pdf.js reads every glyph whole and traces its bitmap into a path.
    for (const f of order) {
      expect(off.type3[f]).toHaveLength(3);
      expect(off.type3[f]?.every((g) => g.includes(CONSTRUCT_PATH))).toBe(true);
    }
    // With it, a glyph that starts with d1 is its d1 alone, and one that starts with q its q alone;
    // the d0 glyphs, whose drawing gives their font its box, are read whole as before.
    expect(on.type3[f1]).toEqual([
      [SET_CHAR_WIDTH_AND_BOUNDS],
      [SET_CHAR_WIDTH_AND_BOUNDS],
      [SET_CHAR_WIDTH_AND_BOUNDS],
    ]);
    expect(on.type3[f2]).toEqual(off.type3[f2]);
    expect(on.type3[f3]).toEqual([[SAVE], [SAVE], [SAVE]]);
    expect(on.type3[f4]).toEqual([
      [SET_CHAR_WIDTH_AND_BOUNDS],
      [SET_CHAR_WIDTH_AND_BOUNDS],
      [SET_CHAR_WIDTH_AND_BOUNDS],
    ]);
    // F4's declared boxes widen its font's box, and so its items' height: the d1 read still counts.
    const height = (font: string) =>
      (on.items.find((it) => (it as { fontName: string }).fontName === font) as { transform: number[] })
        .transform[3];
    expect(height(f4)).not.toBe(height(f1));
    expect(on.items).toEqual(off.items);
    expect(on.styles).toEqual(off.styles);
    expect(on.ops).toEqual(off.ops);
    expect(on.items.map((it) => (it as { str: string }).str).join('|')).toContain('ABC CAB');
  });

  test('the operator list traces no glyph outline with skipFontPaths, and its operators are the same', async () => {
    // Saffron embeds DejaVu (for ₹): pdf.js traces embedded fonts only.
    const { pdf } = await generateStatement({ layout: 'saffron', seed: 3, pages: 2 });
    const read = async (skipFontPaths: boolean) => {
      const { getDocument } = await loadPdfJs();
      const worker = await createTextWorker();
      // pdf.js posts each traced outline to the main thread as a "FontPath" common object.
      const port = (worker as unknown as { port: { postMessage: (m: unknown, t?: unknown) => void } }).port;
      const post = port.postMessage.bind(port);
      let paths = 0;
      port.postMessage = (m, t) => {
        const data = (m as { action?: string; data?: unknown[] }).data;
        if ((m as { action?: string }).action === 'commonobj' && data?.[1] === 'FontPath') paths++;
        post(m, t);
      };
      const options: object = { ...DOCUMENT_OPTIONS, skipFontPaths };
      const task = getDocument({ ...options, data: new Uint8Array(pdf), worker });
      try {
        const page = await (await task.promise).getPage(1);
        const { fnArray } = await page.getOperatorList();
        return { fnArray, paths };
      } finally {
        await task.destroy();
        worker.destroy();
      }
    };
    const traced = await read(false);
    const ours = await read(true);
    expect(traced.paths).toBeGreaterThan(20);
    expect(ours.paths).toBe(0);
    expect(ours.fnArray).toEqual(traced.fnArray);
  });

  test("a simple TrueType font's program is not repaired, nor decoded past its start; the text and operators are the same", async () => {
    const pdf = trueTypeStatementPdf();
    const [off] = await readRaw(pdf, { skipTrueTypeRepair: false });
    const [on] = await readRaw(pdf);
    if (!off || !on) throw new Error('no page');
    const order = [...new Set(on.items.map((it) => (it as { fontName: string }).fontName))];
    expect(order).toHaveLength(4);
    // pdf.js repairs the sound programs and takes their ascent from their tables; it rejects the cut
    // one and keeps its descriptor's (928). With the option no TrueType program is repaired, and of
    // the Flate-compressed ones no more than their start is decoded; the fourth, not TrueType by its
    // first bytes, is then fetched anew and read whole as before (a program cut at the 512 bytes
    // decoded would be rejected, and its ascent would be the descriptor's).
    const ascents = (page: RawPage) => order.map((f) => page.styles[f]?.ascent);
    expect(ascents(off)).toEqual([0.92822265625, 0.92822265625, 0.928, 0.92822265625]);
    expect(ascents(on)).toEqual([0.928, 0.928, 0.928, 0.92822265625]);
    // Everything else read is the same.
    expect(on.items).toEqual(off.items);
    expect(on.ops).toEqual(off.ops);
    // pdf.js ends each text run with an empty end-of-line item.
    const texts = on.items.map((it) => (it as { str: string }).str).filter(Boolean);
    expect(texts).toEqual(['Balance 1,234.56', 'Paid −50.00', 'Fee 2.50', 'Due 3.00']);
    const { lines } = await extractText(pdf, { maxPages: 5 });
    expect(lines.map((l) => l.text)).toEqual(['Balance 1,234.56', 'Paid −50.00', 'Fee 2.50', 'Due 3.00']);
  });

  test('our extraction reads the Type3 text', async () => {
    const { lines } = await extractText(type3StatementPdf(), { maxPages: 5 });
    expect(lines.map((l) => l.text)).toEqual(['ABC CAB BCA ACB', 'CAB', 'BAC', 'CBA', 'ACB']);
  });

  test('images and image masks keep their paint ops, but their pixels are not decoded', async () => {
    const decoded = (overrides: Record<string, unknown>) =>
      withRawDocument(imageStatementPdf(), overrides, async (doc) => {
        const page = await doc.getPage(1);
        const { fnArray, argsArray } = await page.getOperatorList();
        // paintImageXObject [objId, w, h]; paintImageMaskXObject [{ data: objId, width, height }].
        const ids = fnArray.flatMap((fn, i) => {
          const a = argsArray[i] as [unknown];
          if (fn === 85) return [String(a[0])];
          if (fn === 83) return [String((a[0] as { data: string }).data)];
          return [];
        });
        const sizes = await Promise.all(
          ids.map(
            (id) =>
              new Promise<number>((resolve) =>
                page.objs.get(id, (img: { data?: { length: number } } | null) =>
                  resolve(img?.data?.length ?? 0),
                ),
              ),
          ),
        );
        return { fnArray, sizes };
      });
    const reference = await decoded({ skipImageData: false });
    const ours = await decoded({});
    expect(ours.fnArray).toEqual(reference.fnArray);
    expect(reference.sizes).toHaveLength(2);
    expect(reference.sizes.every((n) => n > 0)).toBe(true);
    expect(ours.sizes).toEqual([0, 0]);
  });
});

describe("pdf.js patch: a glyph's text transform without throw-away matrices", () => {
  // pdf.js computes ctm × textMatrix × [size·hscale 0 0 size 0 rise] twice per glyph while building
  // text, through two Util.transform calls and a fresh `tsm` array each time. The patch writes the
  // same products out with scalars, in the same order, zero terms included, so every float (signed
  // zeros and NaN alike) is what the two calls gave. The two per-glyph uses (where this glyph lies,
  // where the last one ended) write into arrays of their own instead of a new one each: they were
  // the largest allocation of a 200-page statement's text, 63 of 280 MB. Read from the installed
  // file, so the function tested is the one that runs.
  const start = workerSource.indexOf('function getCurrentTextTransform(out) {');
  const end = workerSource.indexOf('function ensureTextContentItem()', start);
  const source = workerSource.slice(start, end).trim();

  /** pdf.js's Util.transform, as pdf.worker.mjs 6.5.438 defines it. */
  const transform = (m1: number[], m2: number[]) => [
    (m1[0] as number) * (m2[0] as number) + (m1[2] as number) * (m2[1] as number),
    (m1[1] as number) * (m2[0] as number) + (m1[3] as number) * (m2[1] as number),
    (m1[0] as number) * (m2[2] as number) + (m1[2] as number) * (m2[3] as number),
    (m1[1] as number) * (m2[2] as number) + (m1[3] as number) * (m2[3] as number),
    (m1[0] as number) * (m2[4] as number) + (m1[2] as number) * (m2[5] as number) + (m1[4] as number),
    (m1[1] as number) * (m2[4] as number) + (m1[3] as number) * (m2[5] as number) + (m1[5] as number),
  ];

  test('the installed pdf.js carries it', () => {
    expect(workerSource).toContain('static transform(m1, m2) {');
    expect(source).toContain('const t0 = textState.fontSize * textState.textHScale;');
    expect(source).not.toContain('Util.transform(textState.ctm');
    expect(workerSource).toContain('const currentTransform = getCurrentTextTransform(positionScratch);');
    expect(workerSource).toContain(
      'textChunk.prevTransform = getCurrentTextTransform(textChunk.prevTransform ?? undefined);',
    );
  });

  test('gives what Util.transform twice gave, bit for bit, on 20,000 seeded text states', () => {
    const patched = new Function(
      'textState',
      'isArrayEqual',
      'FONT_IDENTITY_MATRIX',
      'out',
      `${source}\nreturn getCurrentTextTransform(out);`,
    ) as (s: unknown, eq: (a: number[], b: number[]) => boolean, id: number[], out?: number[]) => number[];
    const isArrayEqual = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const identity = [0.001, 0, 0, 0.001, 0, 0];
    const r = createRng(5, 'text-transform').next;
    const special = [0, -0, 1, -1, 0.5, 12, 1e-7, Number.NaN, Number.POSITIVE_INFINITY];
    const num = () =>
      r() < 0.3 ? (special[Math.floor(r() * special.length)] as number) : (r() - 0.5) * 1000;
    const matrix = () => Array.from({ length: 6 }, num);
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const type3 = r() < 0.3;
      const state = {
        font: { isType3Font: type3, isCharBBox: r() < 0.5, bbox: [0, num(), 0, num()] },
        fontSize: num(),
        textHScale: num(),
        textRise: num(),
        fontMatrix: r() < 0.5 ? identity : matrix(),
        textMatrix: matrix(),
        ctm: matrix(),
      };
      const tsm = [state.fontSize * state.textHScale, 0, 0, state.fontSize, 0, state.textRise];
      if (
        type3 &&
        (state.fontSize <= 1 || state.font.isCharBBox) &&
        !isArrayEqual(state.fontMatrix, identity)
      ) {
        const glyphHeight = (state.font.bbox[3] as number) - (state.font.bbox[1] as number);
        if (glyphHeight > 0) tsm[3] = (tsm[3] as number) * (glyphHeight * (state.fontMatrix[3] as number));
      }
      const expected = transform(state.ctm, transform(state.textMatrix, tsm));
      const got = patched(state, isArrayEqual, identity);
      const out = [0, 0, 0, 0, 0, 0];
      const into = patched(state, isArrayEqual, identity, out);
      const same = (m: number[]) => expected.every((x, k) => Object.is(x, m[k]));
      if (!same(got) || !same(out) || into !== out) mismatches.push(JSON.stringify(state));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test('a space item keeps where the last glyph ended, though that array is rewritten by the next glyphs', async () => {
    // The gap after "abc" is wider than a space: pdf.js ends the item and pushes a space item whose
    // transform is the end of "abc" (the array the glyphs of "def" go on to rewrite, so the patch
    // copies it there). Helvetica's a, b and c are 556, 556 and 500 thousandths wide: at 10 pt, 16.12.
    // `30 0 Td` moves from the line's start: "def" begins at 102.
    const pdf = standardFontPagePdf('BT /F1 10 Tf 72 700 Td (abc) Tj 30 0 Td (def) Tj ET', {
      F1: 'Helvetica',
    });
    const [page] = await readRaw(pdf);
    const items = (page?.items ?? []) as { str: string; transform: number[] }[];
    expect(items.map((i) => i.str)).toEqual(['abc', ' ', 'def']);
    expect(items[1]?.transform[4]).toBeCloseTo(72 + 16.12, 6);
    expect(items[2]?.transform[4]).toBeCloseTo(72 + 30, 6);
  });
});

describe('pdf.js patch: left-to-right text leaves bidi() at once', () => {
  // pdf.js classifies every character of every text item to find right-to-left runs, and a text with
  // none (numBidi 0) comes back as it went in, "ltr". The patch returns that answer at the first scan
  // when no character reaches U+0590. Exact only while nothing below U+0590 is classed R, AL or AN:
  // what this reads from the installed table and code.
  const bidiSource = workerSource.slice(
    workerSource.indexOf('function bidi(str, startLevel = -1, vertical = false) {'),
  );

  test('the installed pdf.js carries it, and no character below U+0590 is right-to-left there', () => {
    expect(bidiSource).toContain('while (firstRtl < strLength && str.charCodeAt(firstRtl) < 0x0590) {');
    // Latin-1 is classed by baseTypes; U+0100–U+058F keep the default "L"; R starts at U+0590.
    const table = /^const baseTypes = (\[[^\]]*\]);$/m.exec(workerSource)?.[1];
    const baseTypes = JSON.parse(table ?? '[]') as string[];
    expect(baseTypes).toHaveLength(256);
    expect(baseTypes.filter((t) => t === 'R' || t === 'AL' || t === 'AN')).toEqual([]);
    expect(bidiSource).toContain(
      'let charType = "L";\n    if (charCode <= 0x00ff) {\n      charType = baseTypes[charCode];\n    } else if (0x0590 <= charCode && charCode <= 0x05f4) {',
    );
    expect(bidiSource).toContain('if (charType === "R" || charType === "AL" || charType === "AN") {');
  });
});

describe('pdf.js patch: the TrueType program checks live outside Font.checkAndRepair', () => {
  // checkAndRepair declared sanitizeTTProgram and its helpers anew on every call, so their optimised
  // code lived only as long as a font being repaired, and every full collection of a PDF worker sent
  // them back to be compiled (docs/load.md, eleventh round). The patch moves the block, unchanged, to
  // the module: it reads nothing of checkAndRepair's but its own parameters (checked when the hunk was
  // written; patch-package refuses to apply the hunk to any other pdf.js).
  const start = workerSource.indexOf('\nconst TTOpsStackDeltas = [');
  const end = workerSource.indexOf('\nclass Font {');
  const block = workerSource.slice(start, end);
  const repair = workerSource.slice(
    workerSource.indexOf('\n  checkAndRepair(name, font, properties) {'),
    workerSource.indexOf('\n  convert(fontName, font, properties) {'),
  );

  test('the installed pdf.js carries it: the block is at module level, checkAndRepair calls it', () => {
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    for (const fn of [
      'sanitizeTTProgram(table, ttContext)',
      'checkInvalidFunctions(ttContext, maxFunctionDefs)',
      'foldTTTable(table, content)',
      'sanitizeTTPrograms(fpgm, prep, cvt, maxFunctionDefs)',
    ])
      expect(block).toContain(`\nfunction ${fn} {`);
    expect(repair.length).toBeGreaterThan(1000);
    expect(repair).not.toContain('TTOpsStackDeltas');
    expect(repair).not.toContain('function sanitizeTTProgram');
    expect(repair).toContain('sanitizeTTPrograms(');
  });
});

describe("pdf.js patch: the per-page loops' closures outlive a short document", () => {
  // getTextContent and getOperatorList each run their page's loop in a closure made per call. V8
  // keeps a function's optimised code only while a closure of it is alive, so every full collection
  // between two pages or two documents dropped both loops' code (and the text helpers the loop's scope
  // holds), which was then compiled again: about a tenth of a Chase request's CPU under load
  // (docs/load.md, twelfth round). The patch keeps the latest closure of each until a later document
  // makes its own (not as that document starts: under load a collection often fell between its start
  // and its first page, fifteenth round), or until a later document ends without one, or the thread
  // has been idle 10 s; after a document of more than 50 pages it lets go at once, since the closure
  // holds its document's objects.

  test('the installed pdf.js carries it', () => {
    expect(workerSource).toContain(
      'return new Promise(keepClosure("operators", function promiseBody(resolve, reject) {',
    );
    expect(workerSource).toContain(
      'return new Promise(keepClosure("text", function promiseBody(resolve, reject) {',
    );
    expect(workerSource.match(/^ {4}\}\)\)\.catch\(reason => \{$/gm)).toHaveLength(2);
    expect(workerSource).toContain('const KEPT_CLOSURES_MAX_PAGES = 50;');
    expect(workerSource).toContain(
      '  static createDocumentHandler(docParams, port) {\n    keepClosuresIntoDocument();',
    );
    expect(workerSource).toContain('      terminated = true;\n      keepClosuresPastDocument(pdfManager);');
  });

  test('kept after a short statement, let go after a long one', async () => {
    const { workerHandler } = await loadPdfJs();
    const short = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 3 })).pdf);
    const long = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 60 })).pdf);
    const kept: (readonly string[] | undefined)[] = [];
    for (const pdf of [short, long, short]) {
      await extractText(pdf, { maxPages: 100 });
      kept.push(workerHandler.keptClosureKinds);
    }
    expect(kept).toEqual([['text'], [], ['text']]);
  });

  test('kept into the next document until it makes its own, let go after one that makes none', async () => {
    const { workerHandler } = await loadPdfJs();
    const short = new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages: 3 })).pdf);
    await extractText(short, { maxPages: 100 });
    expect(workerHandler.keptClosureKinds).toEqual(['text']);
    // A document opened and its first page's operator list read, its text not: the earlier text
    // loop's closure is still held when the document starts, and let go only as it ends.
    const during = await withRawDocument(short, {}, async (doc) => {
      const opened = workerHandler.keptClosureKinds;
      await (await doc.getPage(1)).getOperatorList();
      return [opened, workerHandler.keptClosureKinds];
    });
    expect(during).toEqual([['text'], ['operators', 'text']]);
    expect(workerHandler.keptClosureKinds).toEqual(['operators']);
    // The next document reads text only: its own text closure is kept, the earlier operators' let go.
    await extractText(short, { maxPages: 100 });
    expect(workerHandler.keptClosureKinds).toEqual(['text']);
  });
});

describe('pdf.js patch: how a page was painted, reported by the text pass (reportTextPaint)', () => {
  // Which pages get the exact visibility pass is decided from how the text pass saw each page painted
  // (shared/pdf/text-paint.ts): the patch records the facts while getTextContent reads the page and
  // its forms, and sends them as a last chunk without items.
  const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const stream = (s: string, extra = '') => `<< /Length ${s.length}${extra} >>\nstream\n${s}\nendstream`;
  const text = (y: number) => `BT /F1 12 Tf 72 ${y} Td (row ${y}) Tj ET`;
  /** One page drawing `content`, with the form `form` as /X1 and the font as /F1. */
  const page = (content: string, form: string) =>
    writePdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> /XObject << /X1 5 0 R >> /ExtGState << /G1 << /ca 0.5 >> >> >> >>',
        stream(content),
        stream(
          form,
          ' /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >>',
        ),
        FONT,
      ],
      1,
    );

  /** Every chunk of page 1's text stream, opened with DOCUMENT_OPTIONS plus `overrides`. */
  const chunks = (pdf: Uint8Array, overrides: Record<string, unknown> = {}) =>
    withRawDocument(pdf, overrides, async (doc) => {
      const reader = (await doc.getPage(1)).streamTextContent().getReader();
      const out: { items: unknown[]; textPaint?: unknown }[] = [];
      for (let c = await reader.read(); !c.done; c = await reader.read()) out.push(c.value);
      return out;
    });

  test('the installed pdf.js carries it', () => {
    const api = readFileSync(req.resolve('pdfjs-dist/legacy/build/pdf.mjs'), 'utf8');
    expect(api).toContain('reportTextPaint: src.reportTextPaint === true');
    expect(workerSource).toContain('\nclass TextPaint {\n');
    expect(workerSource).toContain(
      'const textPaint = partialEvaluator.options.reportTextPaint ? new TextPaint() : null;',
    );
    expect(workerSource.match(/ {12}textPaint\?\.shown\(textState\);\n/g)).toHaveLength(4);
    expect(workerSource).toContain('                prevRefs: seenRefs,\n                textPaint\n');
  });

  test('the facts: colours of text and of filled areas, render modes, clips, through forms and q … Q', async () => {
    const content = [
      'q 0.5 g 40 40 100 100 re f Q', // an area filled in grey
      `q 1 1 1 rg ${text(700)} Q`, // white text, restored after
      text(680), // black again: the initial colour, not reported
      `3 Tr 0 0 1 rg ${text(660)} 0 Tr`, // blue text in render mode 3
      `q /G1 gs ${text(650)} Q`, // half-transparent text
      'q 0.2 0.3 0.4 rg /X1 Do Q', // the form's text takes the colour set before it
      `/Pattern cs /P1 scn ${text(620)}`, // text in a named pattern
      `/DeviceRGB cs ${text(600)}`, // a colour space set alone: its initial colour, not reported
    ].join('\n');
    const form = `${text(640)} q 0 0 10 10 re W n Q 0 0 0 0.5 k 10 10 5 5 re f`;
    const got = await chunks(page(content, form));
    const last = got.at(-1);
    expect(last?.items).toEqual([]);
    expect(got.filter((c) => c.textPaint !== undefined)).toHaveLength(1);
    const paint = last?.textPaint as {
      clip: boolean;
      renderModes: number[];
      textAlphas: number[];
      textColors: unknown[];
      fillColors: unknown[];
    };
    expect(paint.clip).toBe(true);
    expect(paint.renderModes.sort()).toEqual([0, 3]);
    expect(paint.textAlphas).toEqual([1, 0.5]);
    expect(paint.textColors).toEqual([
      { op: 'rg', args: [1, 1, 1] },
      { op: 'rg', args: [0, 0, 1] },
      { op: 'rg', args: [0.2, 0.3, 0.4] },
      { op: 'scn', args: ['P1'] },
    ]);
    expect(paint.fillColors).toEqual([
      { op: 'g', args: [0.5] },
      { op: 'k', args: [0, 0, 0, 0.5] },
    ]);
    // Without the option the stream is pdf.js's own: no such chunk, the same items.
    const plain = await chunks(page(content, form), { reportTextPaint: false });
    expect(plain.some((c) => 'textPaint' in c)).toBe(false);
    // Font names carry the document's number ("g_d7_f1"), which differs per read.
    const same = (cs: { items: unknown[] }[]) =>
      JSON.stringify(cs.flatMap((c) => c.items)).replace(/g_d\d+_/g, 'g_');
    expect(same(plain)).toBe(same(got));
    expect(plain.flatMap((c) => c.items)).toHaveLength(8);
  });
});

describe('pdf.js patch: a font the page has already loaded is set at once', () => {
  // pdf.js's text loop handles every `Tf` that changes the font by awaiting loadFont, which hands the
  // chunk read so far to the stream and resumes the loop a promise later, even when the font is loaded
  // already. Writers that wrap each piece of text in `q BT /F1 10 Tf … ET Q` (pdfkit: every generated
  // layout; TD's and SBI's statements too) restore a state without a font after each `Q`, so every
  // run paid that hop: 73 of the 353 MB a 200-page statement's text allocated. The patch remembers
  // each font name's loaded font for the page's resources and sets it in the loop itself.
  const ROWS = 200;
  const content = Array.from(
    { length: ROWS },
    (_, i) => `q BT /F${(i % 2) + 1} 10 Tf 72 ${780 - i * 3.5} Td (row ${i}) Tj ET Q`,
  ).join('\n');
  const pdf = standardFontPagePdf(content, { F1: 'Helvetica', F2: 'Courier' });

  test('the installed pdf.js carries it', () => {
    expect(workerSource).toContain(
      '            const loadedFont = fontsByName.get(fontNameArg);\n            if (loadedFont !== undefined) {\n              setTextFont(loadedFont);\n              break;\n            }\n',
    );
    expect(workerSource).toContain(
      '      if (fontRef === null) {\n        fontsByName.set(fontName, translated);\n      }\n',
    );
  });

  test('each run keeps the font its Tf names, read in a few chunks rather than one per ten switches', async () => {
    const chunks = await withRawDocument(pdf, {}, async (doc) => {
      const reader = (await doc.getPage(1)).streamTextContent().getReader();
      const out: { items: { str?: string; fontName?: string }[] }[] = [];
      for (let c = await reader.read(); !c.done; c = await reader.read()) out.push(c.value);
      return out;
    });
    const runs = chunks.flatMap((c) => c.items).filter((i) => i.str?.startsWith('row '));
    expect(runs.map((r) => r.str)).toEqual(Array.from({ length: ROWS }, (_, i) => `row ${i}`));
    // Two fonts, alternating row by row: the font of each run is its own Tf's, never the previous one's.
    const fonts = runs.map((r) => r.fontName);
    expect(new Set(fonts).size).toBe(2);
    expect(fonts.every((f, i) => f === fonts[i % 2] && f !== fonts[(i + 1) % 2])).toBe(true);
    // Without the patch each of the 199 switches hands on the chunk once ten items wait: 20 chunks.
    // With it, a chunk ends only when the loop's 20 ms time slot does (and the paint report is one more).
    expect(chunks.filter((c) => c.items.length > 0).length).toBeLessThanOrEqual(4);
  });
});
