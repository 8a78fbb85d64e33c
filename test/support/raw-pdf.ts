/**
 * One-page PDFs drawn with pdfkit: visible rows, then raw content-stream operators written as a
 * forger would (text in render mode 3, white, clipped, on a box of its own colour), plain or
 * encrypted. Shared by the hidden-text hardening test and the encrypted-scan test.
 */
import PDFDocument from 'pdfkit';

/** pdfkit's encryption options that the tests use. */
export interface RawPdfSecurity {
  pdfVersion: '1.3' | '1.4' | '1.7' | '1.7ext3';
  ownerPassword?: string;
  userPassword?: string;
}

/** The visible row every such PDF prints first. */
export const VISIBLE_ROW = '01/05  COFFEE SHOP VISIBLE  4.50';

/**
 * `texts` as visible 10 pt Helvetica rows (x 50, y 100, 120… in pdfkit's y-down space), then `raw`
 * operators (given the font's resource name and the names of graphics states with the fill
 * opacities `opacities`, for `gs`) in PDF's own y-up coordinates.
 */
export function pdfWithRaw(
  raw: (font: string, states: string[]) => string,
  opts: { texts?: string[]; security?: RawPdfSecurity; compress?: boolean; opacities?: number[] } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [612, 792],
    margin: 0,
    compress: opts.compress ?? true,
    ...opts.security,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(10);
  (opts.texts ?? [VISIBLE_ROW]).forEach((text, i) => {
    doc.text(text, 50, 100 + 20 * i, { lineBreak: false });
  });
  const page = (doc as unknown as { page: { fonts: object; ext_gstates: object } }).page;
  const font = Object.keys(page.fonts)[0];
  // Each opacity becomes a named ExtGState of the page (pdfkit sets it inside q … Q here).
  for (const o of opts.opacities ?? []) doc.save().fillOpacity(o).restore();
  const states = Object.keys(page.ext_gstates);
  // pdfkit draws in a y-down space (`1 0 0 -1 0 792 cm`); the raw part undoes it.
  doc.addContent(`q 1 0 0 -1 0 792 cm ${raw(font ?? 'F1', states)} Q`);
  doc.end();
  return done;
}

/** One line of text at (50, `y`) in `font`, after the graphics-state operators in `before`. */
export const rawLine = (font: string, y: number, text: string, before = '') =>
  `q ${before} BT /${font} 10 Tf 50 ${y} Td (${text}) Tj ET Q`;
