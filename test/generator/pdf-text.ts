/** Test helper: reads a PDF's text back with pdf-parse (no eval, no font loading). */
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  text: string;
  pages: number;
}

/** Extracts all text; throws what pdf-parse throws (e.g. PasswordException without a password). */
export async function readPdfText(pdf: Buffer, password?: string): Promise<PdfText> {
  const parser = new PDFParse({
    data: new Uint8Array(pdf),
    ...(password === undefined ? {} : { password }),
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** Collapses runs of whitespace so printed strings match regardless of how items were joined. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}
