/**
 * The hiding scan passes over a stream only while nothing but a Type3 font's /CharProcs refers to
 * it. A forger who also uses that stream as a page's content, however the reference is written,
 * gets it read. Hand-made PDFs: a Type3 glyph whose drawing holds white text (what the scan flags),
 * and a page in black text.
 */
import { glyphOnlyStreams, streamKey } from '../../shared/pdf/glyph-streams.js';
import { mayHideText } from '../../shared/pdf/hiding-scan.js';
import { streamsOf } from '../../shared/pdf/pdf-streams.js';

/** Object 10 is the glyph; `contents` is the page's /Contents entry, `extra` objects follow from 14. */
function pdf(contents: (glyph: number, page: number) => string, extra: string[] = []): Buffer {
  const objects: string[] = Array.from({ length: 9 }, () => '<< >>');
  const stream = (s: string) => `<< /Length ${s.length} >>\nstream\n${s}\nendstream`;
  // 10: the glyph, drawn with white text inside it (contrived, so that reading it would flag it).
  objects.push(stream('600 0 0 0 600 700 d1 1 1 1 rg BT /F1 1 Tf (x) Tj ET 0 0 600 700 re f'));
  // 11: the Type3 font; 12: the page's own content, black text; 13: the page.
  objects.push(
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0]' +
      ' /CharProcs << /A 10 0 R >> /Encoding << /Type /Encoding /Differences [65 /A] >>' +
      ' /FirstChar 65 /LastChar 65 /Widths [600] >>',
  );
  objects.push(stream('0 0 0 rg BT /F1 12 Tf 72 720 Td (AAA) Tj ET'));
  objects.push(
    `<< /Type /Page /MediaBox [0 0 612 792] /Contents ${contents(10, 12)} /Resources << /Font << /F1 11 0 R >> >> >>`,
  );
  objects.push(...extra);
  let out = '%PDF-1.4\n';
  for (const [i, body] of objects.entries()) out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 99 0 R >>\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('a glyph that only a font uses is passed over, so its drawing does not cost the exact pass', () => {
  const file = pdf((_g, page) => `${page} 0 R`);
  expect(glyphOnlyStreams(file, streamsOf(file), [])).toEqual(new Set([streamKey(10, 0)]));
  expect(mayHideText(file)).toBe(false);
});

test.each<[string, (glyph: number, page: number) => string, string[]]>([
  ['in the page’s contents array', (g, p) => `[${p} 0 R ${g} 0 R]`, []],
  ['through an array object of its own', () => '14 0 R', ['[12 0 R 10 0 R]']],
  ['with a comment between the reference’s tokens', (g, p) => `[${p} 0 R ${g} 0 %note\nR]`, []],
  ['with NUL bytes and no space before R', (g, p) => `[${p} 0 R ${g}\u00000\u0000R]`, []],
  ['written as pdf.js reads 1-0 (ten: a stray minus is skipped)', (_g, p) => `[${p} 0 R 1-0 0 R]`, []],
  ['written as 10.0', (_g, p) => `[${p} 0 R 10.0 0 R]`, []],
  ['written with a plus sign and leading zeros', (_g, p) => `[${p} 0 R +010 0 R]`, []],
])('a glyph also used as page content is read: %s', (_name, contents, extra) => {
  const file = pdf(contents, extra);
  expect(glyphOnlyStreams(file, streamsOf(file), []).has(streamKey(10, 0))).toBe(false);
  expect(mayHideText(file)).toBe(true);
});

test('a glyph stream whose dictionary says more than its length and filter is read', () => {
  const file = Buffer.from(
    pdf((_g, page) => `${page} 0 R`)
      .toString('latin1')
      .replace('<< /Length 68 >>', '<< /Length 68 /Subtype /Form /BBox [0 0 1 1] >>'),
    'latin1',
  );
  expect(file.includes('/Subtype /Form')).toBe(true);
  expect(mayHideText(file)).toBe(true);
});

test('references inside a decoded object stream count too', () => {
  const file = pdf((_g, page) => `${page} 0 R`);
  const packed = Buffer.from('14 0 << /Type /Page /Contents 10 0 R >>', 'latin1');
  expect(glyphOnlyStreams(file, streamsOf(file), [packed]).size).toBe(0);
});

test('a file built to make the reference search slow gets no glyph passed over, and quickly', () => {
  const line = (unit: string) => Buffer.from(unit.repeat(200_000), 'latin1');
  for (const junk of [line('R '), line('x R'), line(' %R')]) {
    const file = Buffer.concat([pdf((_g, page) => `${page} 0 R`), junk]);
    const started = performance.now();
    expect(glyphOnlyStreams(file, streamsOf(file), []).size).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  }
  // A reference written with 40 leading zeros: too long to read, so nothing is passed over.
  const zeros = pdf((_g, page) => `[${page} 0 R ${'0'.repeat(40)}10 0 R]`);
  expect(glyphOnlyStreams(zeros, streamsOf(zeros), []).size).toBe(0);
});
