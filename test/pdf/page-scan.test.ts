/**
 * The hiding scan judges each page on the streams it draws (its contents and forms), so only the
 * pages that may hide text pay the exact pass, and a stream no page draws does not count. Hand-made
 * PDFs with a cross-reference table, read by pdf.js too.
 */
import { extractText } from '../../shared/pdf/extract.js';
import { mayHideText, pagesThatMayHide } from '../../shared/pdf/hiding-scan.js';
import { pageStreams } from '../../shared/pdf/page-streams.js';
import { streamsOf } from '../../shared/pdf/pdf-streams.js';
import { writePdf } from './hand-made-pdfs.js';

const CLEAN = 'BT /F1 12 Tf 72 720 Td (01/05 COFFEE SHOP VISIBLE 4.50) Tj ET';
const WHITE = 'q 1 1 1 rg BT /F1 12 Tf 72 700 Td (01/06 HIDDEN WHITE 9,999.00) Tj ET Q';

/**
 * Pages drawn from `contents` (one content stream each), with `forms` as form XObjects /X1… in every
 * page's resources and `orphans` as streams nothing refers to; `after` is appended as an update.
 */
function pdf(contents: string[], forms: string[] = [], orphans: string[] = [], after = ''): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (s: string, extra = '') => `<< /Length ${s.length}${extra} >>\nstream\n${s}\nendstream`;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageNums = contents.map((_, i) => 4 + forms.length + orphans.length + 2 * i);
  add(`<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${contents.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const formRefs = forms.map((f) => {
    add(
      stream(f, ' /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>'),
    );
    return `/X${objects.length} ${objects.length} 0 R`;
  });
  for (const o of orphans) add(stream(o));
  for (const c of contents) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${objects.length + 2} 0 R` +
        ` /Resources << /Font << /F1 3 0 R >> /XObject << ${formRefs.join(' ')} >> >> >>`,
    );
    add(stream(c));
  }
  return writePdf(objects, 1, after);
}

const verdicts = (file: Uint8Array, pages: number) => {
  const judge = pagesThatMayHide(file);
  return Array.from({ length: pages }, (_, i) => judge(i + 1, pages));
};

test('only the page that prints white text gets the exact pass, and its line is still left out', async () => {
  const file = pdf([CLEAN, `${CLEAN} ${WHITE}`, CLEAN]);
  expect(verdicts(file, 3)).toEqual([false, true, false]);
  const out = await extractText(file, { maxPages: 5 });
  const text = out.lines.map((l) => l.text).join('\n');
  expect(text).toContain('COFFEE SHOP VISIBLE');
  expect(text).not.toContain('HIDDEN');
  expect(out.hidden).toBe(1);
});

test('a form a page draws counts for that page', async () => {
  const file = pdf([`${CLEAN} /X4 Do`, CLEAN], [WHITE]);
  // The form is in both pages' resources: both may draw it.
  expect(verdicts(file, 2)).toEqual([true, true]);
  const out = await extractText(file, { maxPages: 5 });
  expect(out.lines.map((l) => l.text).join('\n')).not.toContain('HIDDEN');
  expect(out.hidden).toBe(1);
});

test('a stream no page draws (an earlier revision) does not cost the exact pass', async () => {
  const file = pdf([CLEAN, CLEAN], [], [WHITE]);
  expect(mayHideText(file)).toBe(true);
  expect(verdicts(file, 2)).toEqual([false, false]);
  expect((await extractText(file, { maxPages: 5 })).hidden).toBe(0);
});

test('a page defined twice is judged on both definitions', () => {
  const update = `5 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n`;
  // Object 4 is the orphan (white text); page 5 now also names it in its second definition.
  const file = pdf([CLEAN], [], [WHITE], update);
  expect(verdicts(file, 1)).toEqual([true]);
});

test('when pdf.js counts other pages than the tree gives, every page takes the file’s verdict', () => {
  const file = pdf([CLEAN, CLEAN], [], [WHITE]);
  expect(pagesThatMayHide(file)(1, 3)).toBe(true);
  expect(pagesThatMayHide(pdf([CLEAN, CLEAN]))(1, 3)).toBe(false);
});

test('two catalogs that disagree: the file’s verdict for every page', () => {
  const file = pdf([CLEAN], [], [WHITE], 'trailer\n<< /Root 9 0 R >>\n');
  expect(verdicts(file, 1)).toEqual([true]);
});

test('a page tree that names one kid over and over, or loops back, ends the walk: the file’s verdict', () => {
  const raw = (objects: string[]) =>
    Buffer.from(
      `%PDF-1.4\n${objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join('')}trailer\n<< /Root 1 0 R >>\n`,
      'latin1',
    );
  // Objects 2…26: each level lists the next twice, 2^25 pages if the walk followed them all (the
  // depth limit alone would not stop it: every path is 26 deep).
  const levels = Array.from({ length: 25 }, (_, i) => `<< /Type /Pages /Kids [${i + 3} 0 R ${i + 3} 0 R] >>`);
  const leaf = '<< /Type /Page /Contents 28 0 R >>';
  const content = `<< /Length ${CLEAN.length} >>\nstream\n${CLEAN}\nendstream`;
  const wide = raw(['<< /Type /Catalog /Pages 2 0 R >>', ...levels, leaf, content]);
  const started = performance.now();
  expect(pageStreams(wide, streamsOf(wide), [])).toBeNull();
  expect(performance.now() - started).toBeLessThan(5_000);
  const loop = raw(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] >>']);
  expect(pageStreams(loop, streamsOf(loop), [])).toBeNull();
  // Then the file-wide scan decides: nothing here hides text.
  expect(pagesThatMayHide(wide)(1, 1)).toBe(false);
});

test('a page of thousands of coloured lines is judged quickly, the box at its end included', () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => `0.5 g BT /F1 9 Tf 72 ${i % 700} Td (x) Tj ET`);
  const plain = pdf([lines.join('\n')]);
  let started = performance.now();
  expect(verdicts(plain, 1)).toEqual([false]);
  expect(performance.now() - started).toBeLessThan(5_000);
  // The same grey then fills a box under the text: text may sit on a box of its own colour.
  const boxed = pdf([`${lines.join('\n')}\n0.5 g 60 80 300 20 re f\n`]);
  started = performance.now();
  expect(verdicts(boxed, 1)).toEqual([true]);
  expect(performance.now() - started).toBeLessThan(5_000);
});
