/**
 * A text page rebuilt as a PDF replica for the privacy tests: a monospace font, each run of text
 * (split on two or more spaces) drawn at its column, so our extractor reads back rows of cells as
 * it does from a real statement. Until the shared real-layout helper lands, this is ours.
 */
import PDFDocument from 'pdfkit';

const FONT_SIZE = 7;
/** Courier's advance is 0.6 em. */
const CHAR_WIDTH = FONT_SIZE * 0.6;
const LINE_HEIGHT = FONT_SIZE * 1.5;
const MARGIN = 24;

/** Builds a PDF with one page per text page; a line's runs keep their columns. */
export function textReplicaPdf(pages: string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const rows = pages.map((p) => p.replace(/\f/g, '').split('\n'));
    const cols = Math.max(80, ...rows.flat().map((l) => l.length));
    const lines = Math.max(60, ...rows.map((r) => r.length));
    const size: [number, number] = [cols * CHAR_WIDTH + 2 * MARGIN, lines * LINE_HEIGHT + 2 * MARGIN];
    const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    // Courier is a standard 14 font: Latin-1 only, so the replicas hold the Latin-script statements.
    doc.font('Courier').fontSize(FONT_SIZE);
    for (const page of rows) {
      doc.addPage({ size, margin: 0 });
      page.forEach((line, i) => {
        for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
          doc.text(m[0], MARGIN + m.index * CHAR_WIDTH, MARGIN + i * LINE_HEIGHT, { lineBreak: false });
        }
      });
    }
    doc.end();
  });
}
