/**
 * Test helper: one-page PDFs written by hand: one set in bitmap Type3 fonts (pdfkit cannot make
 * Type3 fonts), one in simple TrueType fonts (pdfkit embeds TrueType as composite fonts), and one
 * holding an image and an image mask.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

/** A hand-made PDF's objects, numbered as they are added, and the one page that ends it. */
function handMade() {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (content: string, extra = '') =>
    `<< /Length ${content.length}${extra} >>\nstream\n${content}\nendstream`;
  /** The page with its content stream and /Resources, then its page tree and catalog: the PDF's bytes. */
  const onePage = (content: string, resources: string) => {
    const contents = add(stream(content));
    const pages = objects.length + 2;
    const page = add(
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R` +
        ` /Resources ${resources} >>`,
    );
    add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
    const catalog = add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
    return writePdf(objects, catalog);
  };
  return { add, stream, onePage };
}

/** An 8×8 1-bit mask per glyph (one byte per row), distinct so each glyph draws something else. */
const BITMAPS: Record<string, number[]> = {
  A: [0x18, 0x24, 0x42, 0x7e, 0x42, 0x42, 0x42, 0x00],
  B: [0x7c, 0x42, 0x42, 0x7c, 0x42, 0x42, 0x7c, 0x00],
  C: [0x3c, 0x42, 0x40, 0x40, 0x40, 0x42, 0x3c, 0x00],
};

/** How each font's glyphs start, and its FontBBox. */
const TYPE3_FONTS = {
  F1: { head: '60 0 0 0 60 70 d1', bbox: '[0 0 60 70]' },
  F2: { head: '60 0 d0', bbox: '[0 0 0 0]' },
  F3: { head: 'q 60 0 0 0 60 70 d1', bbox: '[0 0 60 70]' },
  F4: { head: '60 0 0 0 60 70 d1', bbox: '[0 0 6 7]' },
} as const;

function glyph(name: string, head: string): string {
  const bits = String.fromCharCode(...(BITMAPS[name] ?? []));
  // The mask is drawn 60 units high from y = 10, so a box guessed from it differs from a declared one.
  return `${head}\nq 60 0 0 60 0 10 cm\nBI /W 8 /H 8 /IM true /BPC 1 ID ${bits} EI Q`;
}

/**
 * A page set in four bitmap Type3 fonts. Like the fonts of Chase's and TD's statements, every glyph
 * is a 1-bit image mask. The fonts differ in how a glyph starts, which is all pdf.js takes from a
 * glyph's program for text (its `loadType3Data` looks at the first operator). Their glyph space has
 * 100 units to the em (FontMatrix 0.01): pdf.js sizes the text items of a font by its box only with
 * a FontMatrix other than the usual 0.001.
 * - /F1 declares each glyph's box (`d1`) inside a real FontBBox;
 * - /F2 uses `d0` in a zero FontBBox, the one case where pdf.js derives the font's box from the
 *   drawn glyph (and with it the height of every text item), so its glyphs must still be read whole;
 * - /F3 starts each glyph with `q`, then `d1`, as Chase's and TD's fonts do: pdf.js then takes
 *   nothing from the glyph;
 * - /F4 declares boxes ten times its FontBBox, so pdf.js widens the font's box to them, which
 *   changes the height of its text items.
 *
 * Its text, a line each: "ABC CAB BCA ACB" and "CAB" in /F1, "BAC" in /F2, "CBA" in /F3, "ACB" in /F4.
 */
export function type3StatementPdf(): Uint8Array {
  const { add, stream, onePage } = handMade();
  const font = ({ head, bbox }: { head: string; bbox: string }) => {
    const procs = Object.keys(BITMAPS).map((n) => `/${n} ${add(stream(glyph(n, head)))} 0 R`);
    return add(
      `<< /Type /Font /Subtype /Type3 /FontBBox ${bbox} /FontMatrix [0.01 0 0 0.01 0 0]` +
        ` /CharProcs << ${procs.join(' ')} >> /Encoding << /Type /Encoding /Differences [65 /A /B /C] >>` +
        ` /FirstChar 65 /LastChar 67 /Widths [60 60 60] /Resources << >> >>`,
    );
  };
  const fonts = Object.entries(TYPE3_FONTS).map(([name, f]) => `/${name} ${font(f)} 0 R`);
  const content = [
    'BT /F1 12 Tf 72 720 Td (ABC CAB BCA ACB) Tj ET',
    'BT /F1 9 Tf 72 700 Td (CAB) Tj ET',
    'BT /F2 12 Tf 72 680 Td (BAC) Tj ET',
    'BT /F3 12 Tf 72 660 Td (CBA) Tj ET',
    'BT /F4 12 Tf 72 640 Td (ACB) Tj ET',
  ].join('\n');
  return onePage(content, `<< /Font << ${fonts.join(' ')} >> >>`);
}

/** The bytes of a TrueType font of the DejaVu package (the generator's fonts), as a Latin-1 string. */
function dejavu(file: string): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)).toString('latin1');
}

/**
 * A page set in simple TrueType fonts with embedded programs (`/FontFile2`), as many banks' statements
 * are (Chase's and TD's TrueType subsets): /F1 DejaVu in WinAnsiEncoding, /F2 DejaVu Bold with
 * /Differences, /F3 a program cut short after its header, which pdf.js's repair rejects. Its text,
 * a line each: "Balance 1,234.56", "Paid −50.00" (its hyphen a /minus), "Fee 2.50".
 */
export function trueTypeStatementPdf(): Uint8Array {
  const { add, stream, onePage } = handMade();
  /** A simple TrueType font whose FontFile2 holds `program`, Flate-compressed unless `plain`. */
  const font = (name: string, program: string, encoding: string, plain = false) => {
    const data = plain ? program : deflateSync(Buffer.from(program, 'latin1')).toString('latin1');
    const file = add(stream(data, ` /Length1 ${program.length}${plain ? '' : ' /Filter /FlateDecode'}`));
    const descriptor = add(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [-918 -463 1614 1232]` +
        ` /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 ${file} 0 R >>`,
    );
    const widths = Array.from({ length: 95 }, (_, i) => 500 + (i % 7) * 20).join(' ');
    return add(
      `<< /Type /Font /Subtype /TrueType /BaseFont /${name} /FirstChar 32 /LastChar 126` +
        ` /Widths [${widths}] /Encoding ${encoding} /FontDescriptor ${descriptor} 0 R >>`,
    );
  };
  const body = dejavu('DejaVuSansCondensed.ttf');
  const bold = dejavu('DejaVuSansCondensed-Bold.ttf');
  const f1 = font('AAAAAB+DejaVuSansCondensed', body, '/WinAnsiEncoding');
  const f2 = font(
    'AAAAAC+DejaVuSansCondensed-Bold',
    bold,
    '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [45 /minus] >>',
  );
  const f3 = font('AAAAAD+DejaVuSansCondensed', body.slice(0, 64), '/WinAnsiEncoding', true);
  // Not a TrueType program by its first bytes (an OpenType tag), so pdf.js reads and repairs it whole.
  const f4 = font('AAAAAE+DejaVuSansCondensed-Bold', `OTTO${bold.slice(4)}`, '/WinAnsiEncoding');
  const content = [
    'BT /F1 11 Tf 72 720 Td (Balance 1,234.56) Tj ET',
    'BT /F2 11 Tf 72 700 Td (Paid -50.00) Tj ET',
    'BT /F3 11 Tf 72 680 Td (Fee 2.50) Tj ET',
    'BT /F4 11 Tf 72 660 Td (Due 3.00) Tj ET',
  ].join('\n');
  return onePage(content, `<< /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R >> >>`);
}

/** A page with a 4×4 grey image and a 16×16 image mask beside its text, to show what is decoded. */
export function imageStatementPdf(): Uint8Array {
  const { add, stream, onePage } = handMade();
  const grey = add(
    stream(
      String.fromCharCode(...Array.from({ length: 16 }, (_, i) => 40 + i * 10)),
      ' /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8',
    ),
  );
  const mask = add(
    stream(
      String.fromCharCode(...Array.from({ length: 32 }, (_, i) => (i % 2 ? 0x5a : 0xa5))),
      ' /Type /XObject /Subtype /Image /Width 16 /Height 16 /ImageMask true /BitsPerComponent 1',
    ),
  );
  const helv = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const content = [
    'q 40 0 0 40 72 600 cm /Im1 Do Q',
    'q 0 0 1 rg 40 0 0 40 140 600 cm /Im2 Do Q',
    'BT /F1 11 Tf 72 720 Td (New balance 1,234.56 due 02/28/2024) Tj ET',
  ].join('\n');
  return onePage(
    content,
    `<< /Font << /F1 ${helv} 0 R >> /XObject << /Im1 ${grey} 0 R /Im2 ${mask} 0 R >> >>`,
  );
}

/** One page drawing `content` in standard Type 1 fonts, by resource name: `{ F1: 'Helvetica' }`. */
export function standardFontPagePdf(content: string, fonts: Record<string, string>): Uint8Array {
  const { add, onePage } = handMade();
  const refs = Object.entries(fonts).map(
    ([name, base]) => `/${name} ${add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} >>`)} 0 R`,
  );
  return onePage(content, `<< /Font << ${refs.join(' ')} >> >>`);
}

/**
 * Numbers the objects from 1, writes the cross-reference table; Latin-1, so binary bytes go in as they
 * are. `after` is appended past %%EOF (an incremental update, say).
 */
export function writePdf(objects: string[], catalog: number, after = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n${after}`;
  // Latin-1: the masks' bytes go in as they are.
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
