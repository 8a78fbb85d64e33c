/**
 * Each page is judged on how pdf.js saw it painted while it read its text (text-paint.ts): its
 * content and the forms it draws. So only the pages that may hide text pay the exact pass, and a
 * stream no page draws, or a form a page names but never draws, does not count. Hand-made PDFs with
 * a cross-reference table.
 */
import { extractText } from '../../shared/pdf/extract.js';
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

const read = (file: Uint8Array) => extractText(file, { maxPages: 5 });
const shown = (out: { lines: { text: string }[] }) => out.lines.map((l) => l.text).join('\n');

test('only the page that prints white text gets the exact pass, and its line is still left out', async () => {
  const out = await read(pdf([CLEAN, `${CLEAN} ${WHITE}`, CLEAN]));
  expect(out.exactPages).toEqual([2]);
  expect(shown(out)).toContain('COFFEE SHOP VISIBLE');
  expect(shown(out)).not.toContain('HIDDEN');
  expect(out.hidden).toBe(1);
});

test('a form counts for the page that draws it, not for one that only names it', async () => {
  // The form is in both pages' resources; only the first page draws it.
  const out = await read(pdf([`${CLEAN} /X4 Do`, CLEAN], [WHITE]));
  expect(out.exactPages).toEqual([1]);
  expect(shown(out)).not.toContain('HIDDEN');
  expect(out.hidden).toBe(1);
});

test('a colour set before a form is drawn is the form’s colour, and a q … Q around it is undone after', async () => {
  const form = 'BT /F1 12 Tf 72 700 Td (01/06 IN THE FORM 9,999.00) Tj ET';
  // The page sets white, then draws the form: its text is white.
  expect((await read(pdf([`${CLEAN} 1 1 1 rg /X4 Do`], [form]))).exactPages).toEqual([1]);
  // White set inside q … Q and restored before the text: nothing shown in white.
  expect((await read(pdf([`q 1 1 1 rg Q ${CLEAN}`]))).exactPages).toEqual([]);
});

test('a stream no page draws (an earlier revision) does not cost the exact pass', async () => {
  const out = await read(pdf([CLEAN, CLEAN], [], [WHITE]));
  expect(out.exactPages).toEqual([]);
  expect(out.hidden).toBe(0);
});

test('a page defined again where no cross-reference points is judged on what pdf.js draws, as its text is', async () => {
  const update = `5 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n`;
  // Object 4 is the orphan (white text); the second definition of page 5, which would draw it, is
  // appended without a table pointing at it: pdf.js reads the first, and so do the text and the verdict.
  const out = await read(pdf([CLEAN], [], [WHITE], update));
  expect(shown(out)).toContain('COFFEE SHOP VISIBLE');
  expect(shown(out)).not.toContain('HIDDEN');
  expect(out.exactPages).toEqual([]);
});

test('a page of thousands of grey lines needs no exact pass, until the same grey fills a box', async () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => `0.5 g BT /F1 9 Tf 72 ${i % 700} Td (x) Tj ET`);
  expect((await read(pdf([lines.join('\n')]))).exactPages).toEqual([]);
  // The same grey then fills a box under the text: text may sit on a box of its own colour.
  expect((await read(pdf([`${lines.join('\n')}\n0.5 g 60 80 300 20 re f\n`]))).exactPages).toEqual([1]);
});
