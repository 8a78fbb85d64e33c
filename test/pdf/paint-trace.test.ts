/**
 * The exact visibility pass judges the trace our pdf.js patch records in the text pass (what lies
 * where, in painting order) instead of reading each page's operator list a second time. That trace
 * must be the one the operator list gives (`traceOfOperatorList`, kept for a pdf.js without the
 * patch): compared area by area and text run by text run over a hand-made page that paints every way
 * the pass knows (forms drawn twice, images drawn twice, an inline image, a shading, a pattern, named
 * colour spaces, a text state restored by Q, the quote operators, curves, a clip), the corpus, the
 * real layouts and the generated layouts.
 */
import { loadRealLayout, realLayoutNames } from '../../scripts/corpus/real-layouts.js';
import { generateFuzzed } from '../../scripts/statements/fuzz/index.js';
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import type { PositionedItem } from '../../shared/pdf/layout.js';
import type { PaintTrace } from '../../shared/pdf/text-paint.js';
import {
  hiddenOrigins,
  traceOfOperatorList,
  type VisibilityPage,
  visibleItems,
} from '../../shared/pdf/visibility.js';
import { CORPUS_TEXT_STATEMENTS, corpusBytes, describeCorpus } from '../support/corpus.js';
import { writePdf } from './hand-made-pdfs.js';
import { withRawDocument } from './read-raw.js';

/** One page that paints in every way the trace records; its hidden runs say HIDDEN. */
function paintedPage(): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (s: string, extra = '') => `<< /Length ${s.length}${extra} >>\nstream\n${s}\nendstream`;
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add('<< /Type /Pages /Kids [10 0 R] /Count 1 >>'); // 2
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  add(
    stream(
      '\x80',
      ' /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8',
    ),
  ); // 4
  // A form without text that paints a navy box: drawn twice, it must not be skipped the second time.
  add(
    stream(
      '0.1 0.2 0.5 rg 0 0 50 20 re f',
      ' /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 300 700]',
    ),
  ); // 5
  add(
    '<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 100 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>',
  ); // 6
  add('<< /PatternType 2 /Shading 6 0 R >>'); // 7
  // A form with text, clipped by its box: the run past the box is hidden.
  add(
    stream(
      'BT /F1 10 Tf 5 5 Td (IN FORM) Tj 150 0 Td (HIDDEN PAST THE FORM BOX) Tj ET',
      ' /Type /XObject /Subtype /Form /BBox [0 0 100 50] /Matrix [1 0 0 1 50 60] /Resources << /Font << /F1 3 0 R >> >>',
    ),
  ); // 8
  add('<< /ca 0 >>'); // 9
  const content = [
    'BT /F1 10 Tf 50 750 Td (VISIBLE ONE) Tj ET',
    '/X1 Do /X1 Do',
    'BT 0.1 0.2 0.5 rg /F1 10 Tf 305 705 Td (HIDDEN NAVY ON THE FORM BOX) Tj ET 0 g',
    'q 20 0 0 20 300 600 cm /Im1 Do Q q 20 0 0 20 330 600 cm /Im1 Do Q',
    'q 10 0 0 10 400 600 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q',
    'q 300 400 100 50 re W n /Sh1 sh Q',
    'q /Pattern cs /P1 scn 50 300 100 20 re f Q',
    'q /CS1 cs 0.9 0.95 1 sc 50 250 200 20 re f BT /F1 10 Tf 55 255 Td (HIDDEN PALE ON PALE) Tj ET Q',
    'q /CS2 cs 1 sc BT /F1 10 Tf 55 230 Td (HIDDEN WHITE INDEXED) Tj ET Q',
    'q BT /F1 1 Tf 6 0 0 6 50 200 Tm (SMALL) Tj ET Q BT 50 185 Td (SIZE RESTORED BY Q) Tj ET',
    'BT /F1 10 Tf 12 TL 50 150 Td (LINE) Tj (NEXT) \' 2 1 (SPACED) " [(T) -200 (J)] TJ ET',
    '1 0 0 rg 50 100 m 100 100 l 100 130 l h b 0 g',
    '1 1 1 rg 200 60 m 210 80 220 80 230 60 c 240 40 v 250 60 y f* 0 g',
    '0.5 g 300 20 0 10 re f 0 g',
    'q 400 100 100 30 re W n BT /F1 10 Tf 405 110 Td (INSIDE THE CLIP) Tj 0 -60 Td (HIDDEN OUTSIDE THE CLIP) Tj ET Q',
    'q /GS1 gs BT /F1 10 Tf 50 40 Td (HIDDEN TRANSPARENT) Tj ET Q',
    '/X2 Do',
  ].join('\n');
  add(
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 11 0 R /Resources << /Font << /F1 3 0 R >>' +
      ' /XObject << /Im1 4 0 R /X1 5 0 R /X2 8 0 R >> /Shading << /Sh1 6 0 R >> /Pattern << /P1 7 0 R >>' +
      ' /ColorSpace << /CS1 /DeviceRGB /CS2 [/Indexed /DeviceRGB 1 <000000FFFFFF>] >> /ExtGState << /GS1 9 0 R >> >> >>',
  ); // 10
  add(stream(content)); // 11
  return writePdf(objects, 1);
}

interface TracedPage {
  page: number;
  patched: PaintTrace;
  reference: PaintTrace;
  items: PositionedItem[];
  view: number[];
}

/** Each page's trace from the text pass (the patch) and from the operator list, and its text items. */
async function traces(pdf: Uint8Array): Promise<TracedPage[]> {
  return withRawDocument(pdf, {}, async (doc) => {
    const out: TracedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const reader = page.streamTextContent().getReader();
      let patched: PaintTrace | undefined;
      const items: PositionedItem[] = [];
      for (let c = await reader.read(); !c.done; c = await reader.read()) {
        const chunk = c.value as {
          items: { str?: string; transform?: number[] }[];
          textPaint?: { trace?: PaintTrace };
        };
        patched = chunk.textPaint?.trace ?? patched;
        for (const it of chunk.items) {
          // pdf.js's empty end-of-line items share a run's origin: only runs with text count here.
          if (typeof it.str === 'string' && it.str !== '' && it.transform)
            items.push({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, width: 0, size: 10 });
        }
      }
      if (!patched) throw new Error(`page ${n}: the patch gave no trace`);
      const reference = await traceOfOperatorList(page as unknown as VisibilityPage);
      out.push({ page: n, patched, reference, items, view: [...page.view] });
      page.cleanup();
    }
    return out;
  });
}

/**
 * Where the two traces differ (numbers within 0.01: the operator list keeps a text matrix in single
 * precision, the text pass in double), as a path into them, or null when they agree.
 */
function difference(a: unknown, b: unknown, path = 'trace'): string | null {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 0.01 ? null : `${path}: ${a} vs ${b}`;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (Array.isArray(a) !== Array.isArray(b) || Object.keys(a).length !== Object.keys(b).length)
    return `${path}: ${Object.keys(a).length} vs ${Object.keys(b).length} entries`;
  for (const k of keys) {
    const d = difference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}.${k}`,
    );
    if (d) return d;
  }
  return null;
}

async function expectSameTraces(pdf: Uint8Array): Promise<{ areas: number; shows: number }> {
  let areas = 0;
  let shows = 0;
  for (const p of await traces(pdf)) {
    expect(difference(p.patched, p.reference, `page ${p.page}`)).toBeNull();
    expect([...hiddenOrigins(p.patched)].sort()).toEqual([...hiddenOrigins(p.reference)].sort());
    areas += p.patched.areas.length;
    shows += p.patched.shows.length;
  }
  return { areas, shows };
}

/** The page as the exact pass sees it, but failing if the pass asks for its operator list. */
function withoutOperatorList(page: TracedPage): VisibilityPage {
  return {
    view: page.view,
    commonObjs: { get: () => null },
    getOperatorList: () => Promise.reject(new Error('read the operator list')),
  };
}

test('a page painted every way the pass knows: the text pass traces what the operator list gives', async () => {
  const pdf = paintedPage();
  const [page] = await traces(pdf);
  if (!page) throw new Error('no page');
  expect(difference(page.patched, page.reference)).toBeNull();
  const { areas, shows } = page.patched;
  // Both form boxes, two images and the inline one, the shading, the pattern box, the pale box, the
  // triangle, the curve and a box of no width: a trace that left any out would fail here even if
  // both sides agreed.
  expect(areas.filter((a) => a.entries === null)).toHaveLength(4);
  expect(areas.filter((a) => a.color === '#1a3380')).toHaveLength(2);
  expect(areas).toHaveLength(11);
  expect(areas.map((a) => a.entries)).toContain(7);
  expect(shows.length).toBeGreaterThanOrEqual(15);
  // The run after the Q is measured at the size in force before the q (10), not the 1 set inside it.
  const restored = shows.find((s) => Math.abs((s.transform[5] ?? 0) - 185) < 0.01);
  expect(restored?.size).toBe(10);
  // Judged on the trace alone, every HIDDEN run is left out and nothing else is.
  const seen = new Set(await visibleItems(withoutOperatorList(page), page.items, true, page.patched));
  const left = page.items.filter((it) => !seen.has(it)).map((it) => it.str);
  expect(left.filter((s) => !s.startsWith('HIDDEN'))).toEqual([]);
  expect(new Set(left)).toEqual(
    new Set(page.items.filter((it) => it.str.startsWith('HIDDEN')).map((it) => it.str)),
  );
  expect(left.length).toBeGreaterThanOrEqual(6);
});

test('with a trace, the exact pass does not read the operator list', async () => {
  const [page] = await traces(paintedPage());
  if (!page) throw new Error('no page');
  const noList = withoutOperatorList(page);
  const seen = await visibleItems(noList, page.items, true, page.patched);
  expect(seen.map((it) => it.str)).toContain('VISIBLE ONE');
  expect(seen.some((it) => it.str.startsWith('HIDDEN'))).toBe(false);
  await expect(visibleItems(noList, page.items, true)).rejects.toThrow('read the operator list');
});

test.each(LAYOUTS.map((l) => [l]))('generated layout %s (3 pages)', async (layout) => {
  const { pdf } = await generateStatement({ layout, seed: 5, pages: 3 });
  expect((await expectSameTraces(new Uint8Array(pdf))).shows).toBeGreaterThan(100);
});

test('fuzzed layouts (seeds 300–319)', async () => {
  let shows = 0;
  for (let seed = 300; seed < 320; seed++)
    shows += (await expectSameTraces((await generateFuzzed({ seed })).pdf)).shows;
  expect(shows).toBeGreaterThan(1000);
});

describeCorpus('the same over the real statements of ../shared/corpus', () => {
  test.each(CORPUS_TEXT_STATEMENTS)('%s', async (rel) => {
    const { areas, shows } = await expectSameTraces(corpusBytes(rel));
    expect(areas).toBeGreaterThan(0);
    expect(shows).toBeGreaterThan(50);
  });

  test.each(realLayoutNames().map((n) => [n]))('real layout %s', async (name) => {
    expect((await expectSameTraces((await loadRealLayout(name)).pdf)).shows).toBeGreaterThan(50);
  });
});
