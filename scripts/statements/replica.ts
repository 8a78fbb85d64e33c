/**
 * PDF replicas of `pdftotext -layout` text: each page's lines are drawn in a monospace font with
 * every text run at its printed column, so the engine reads real layouts through positions (rows,
 * cells, gaps) as it would read the original PDF. Runs split at two or more spaces, as poppler
 * separates columns; a single space stays inside a run, so letter-spaced words ("S ta te me n t")
 * and spaced digits ("1 , 1 9 9 .0 0") reach the engine as the original's text items do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderPdf } from './pdf.js';

/** Font size of the replica's text, points. */
const SIZE = 7;
/** DejaVu Sans Mono's advance width, in ems. */
const ADVANCE_EM = 0.602;
const LINE_STEP = 9.5;
const MARGIN = 18;

let mono: Buffer | null = null;

/** DejaVu Sans Mono (it carries ₹ and the stray glyphs real statements print) from node_modules. */
function monoFont(): Buffer {
  if (!mono) {
    const require = createRequire(import.meta.url);
    const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
    mono = readFileSync(`${dir}DejaVuSansMono.ttf`);
  }
  return mono;
}

/** The runs of one printed line: text and starting column. */
export function textRuns(line: string): Array<{ text: string; column: number }> {
  const out: Array<{ text: string; column: number }> = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], column: m.index ?? 0 });
  return out;
}

/** Renders pages of layout text (one string per page, form feeds ignored) as a PDF in memory. */
export async function renderTextReplica(pages: readonly string[], seed = 1): Promise<Uint8Array> {
  const split = pages.map((p) => p.replace(/\f/g, '').replace(/\s+$/, '').split('\n'));
  const widest = Math.max(80, ...split.flat().map((l) => l.length));
  const tallest = Math.max(66, ...split.map((l) => l.length));
  const cw = SIZE * ADVANCE_EM;
  const size = [Math.ceil(widest * cw + 2 * MARGIN), Math.ceil(tallest * LINE_STEP + 2 * MARGIN)] as const;
  const bytes = await renderPdf({ size, title: 'replica', fonts: 'standard', seed }, (p) => {
    p.doc.registerFont('Mono', monoFont());
    for (const lines of split) {
      p.page();
      p.doc.font('Mono').fontSize(SIZE).fillColor('#000000');
      lines.forEach((line, i) => {
        for (const run of textRuns(line)) {
          p.doc.text(run.text, MARGIN + run.column * cw, MARGIN + i * LINE_STEP, { lineBreak: false });
        }
      });
    }
  });
  return new Uint8Array(bytes);
}
