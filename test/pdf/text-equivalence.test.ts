/**
 * What extraction reads must not change when we make pdf.js do less: every page's text items, their
 * styles and the page's operator list (what visibility.ts walks) are compared between pdf.js as it
 * ships (reference) and pdf.js with our document options, over the corpus, the real layouts and
 * every generated layout. A change that alters one item, style or operator fails here. Left out:
 * what only painting reads (each glyph's `fontChar` and `isInFont`, read-raw.ts) and a style's
 * ascent and descent, which a TrueType program gives and which nothing of ours reads.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { loadRealLayout, realLayoutNames } from '../../scripts/corpus/real-layouts.js';
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { CORPUS_TEXT_STATEMENTS, corpusBytes, describeCorpus } from '../support/corpus.js';
import { type RawPage, readRaw } from './read-raw.js';

/**
 * Everything pdf.js would do without our additions (images decoded, Type3 glyph programs read whole
 * and their bitmaps traced, glyph outlines traced, TrueType programs repaired). Since pdf.js 6 its
 * JBIG2, JPEG 2000 and ICC decoders load from `wasmUrl`: without it an undecodable image
 * is dropped from the operator list (Chase's JBIG2 masks), while our options keep its paint op unread.
 */
const REFERENCE = {
  skipType3GlyphPrograms: false,
  skipTrueTypeRepair: false,
  skipImageData: false,
  skipFontPaths: false,
  wasmUrl: `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/wasm/`,
};

/** Compares page by page (a failure names the page) and returns the number of items compared. */
async function expectSameReading(pdf: Uint8Array): Promise<number> {
  const ours = await readRaw(pdf);
  const reference = await readRaw(pdf, REFERENCE);
  expect(ours.length).toBe(reference.length);
  // Type3 glyph programs are what the options leave out; a style's ascent and descent come from a
  // TrueType program when pdf.js repairs it, and nothing of ours reads styles.
  const strip = ({ type3: _glyphs, styles, ...page }: RawPage) => ({
    ...page,
    styles: Object.fromEntries(
      Object.entries(styles).map(([k, { ascent: _a, descent: _d, ...style }]) => [k, style]),
    ),
  });
  for (const [i, page] of ours.entries()) {
    const ref = reference[i] as RawPage;
    expect({ page: i + 1, ...strip(page) }).toEqual({ page: i + 1, ...strip(ref) });
  }
  return ours.reduce((n, p) => n + p.items.length, 0);
}

describe('the text pdf.js gives is the same with our options as without them', () => {
  test.each(LAYOUTS.map((l) => [l]))('generated layout %s (4 pages)', async (layout) => {
    const { pdf } = await generateStatement({ layout, seed: 7, pages: 4 });
    expect(await expectSameReading(new Uint8Array(pdf))).toBeGreaterThan(200);
  });
});

describeCorpus('the same over the real statements of ../shared/corpus', () => {
  test.each(CORPUS_TEXT_STATEMENTS)('%s', async (rel) => {
    expect(await expectSameReading(corpusBytes(rel))).toBeGreaterThan(50);
  });

  test.each(realLayoutNames().map((n) => [n]))('real layout %s', async (name) => {
    const { pdf } = await loadRealLayout(name);
    expect(await expectSameReading(pdf)).toBeGreaterThan(50);
  });

  test('Chase and TD exercise the skips: no Type3 glyph traced, no TrueType program repaired', async () => {
    // Without this the comparisons above could pass because nothing was skipped.
    for (const pdf of [
      corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'),
      (await loadRealLayout('ca-td-2019')).pdf,
    ]) {
      const paths = (pages: RawPage[]) =>
        pages.flatMap((p) => Object.values(p.type3).flat()).filter((g) => g.includes(91)).length;
      const [reference, ours] = [await readRaw(pdf, REFERENCE), await readRaw(pdf)];
      expect(paths(reference)).toBeGreaterThan(10);
      expect(paths(ours)).toBe(0);
      // A repaired program gives its font the ascent of its own tables, not the descriptor's.
      const repaired = reference.flatMap((page, i) =>
        Object.entries(page.styles).filter(([font, style]) => style.ascent !== ours[i]?.styles[font]?.ascent),
      );
      expect(repaired.length).toBeGreaterThan(2);
    }
  });
});
