/**
 * The layout fuzzer: `generateFuzzed({ seed })` draws a layout from the grammar, builds a statement
 * that reconciles, plans its pages and renders the PDF, returning the expected statement and the
 * drawn layout beside it. Same seed, same bytes.
 */

import { renderPdf } from '../pdf.js';
import { createRng } from '../prng.js';
import type { ExpectedStatement } from '../types.js';
import { buildFuzzExpected } from './expected.js';
import { drawFuzzLayout, type FuzzLayout } from './grammar.js';
import { buildFuzzModel, type FuzzModel } from './model.js';
import {
  addressBlock,
  aprBlock,
  couponBlocks,
  decoyBlocks,
  drawChrome,
  headerHeight,
  LATER_TOP,
} from './page.js';
import { FuzzPainter } from './painter.js';
import { sidebarBlock, sidebarWidth } from './sidebar.js';
import { type Block, summaryBlock } from './summary.js';
import {
  carriedRow,
  drawHeader,
  drawLine,
  type Geometry,
  measure,
  type TableRow,
  tableRows,
} from './table.js';

export { buildFuzzExpected } from './expected.js';
export { drawFuzzLayout, type FuzzLayout, layoutSignature } from './grammar.js';
export { buildFuzzModel, type FuzzModel } from './model.js';

export interface FuzzOptions {
  seed: number;
  /** Transaction rows; default 8–30, drawn from the seed. Ignored when `pages` is set. */
  transactions?: number;
  /** Add rows until the statement has this many pages. */
  pages?: number;
}

export interface FuzzResult {
  pdf: Uint8Array;
  expected: ExpectedStatement;
  layout: FuzzLayout;
}

const SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
const MARGIN = 40;

/** True when the layout prints with DejaVu or prints a glyph the standard fonts lack (₹). */
function needsUnicode(layout: FuzzLayout): boolean {
  return (
    layout.font === 'dejavu' ||
    /[^ -\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/.test(layout.currencyText)
  );
}

/** The default row count of a seed (8–30, so a few hundred statements stay quick). */
export function fuzzRowCount(seed: number): number {
  return createRng(seed, 'fuzz-rows').int(8, 30);
}

interface Placed {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  table: TableRow | null;
  block: Block | null;
}

interface Plan {
  model: FuzzModel;
  size: readonly [number, number];
  placed: Placed[];
  /** Slots (page, x, top, width) that hold table rows: each gets a column header. */
  headers: Array<{ page: number; x: number; y: number; width: number }>;
  pages: number;
}

/** Lays page 1's blocks out and flows the table (and trailing decoys) over the pages. */
function plan(layout: FuzzLayout, count: number): Plan {
  const model = buildFuzzModel(layout, count);
  const size = SIZES[layout.page];
  const [w, h] = size;
  const width = w - 2 * MARGIN;
  const bottom = h - 56;
  const lh = layout.fontSize * 1.5;
  const rowH = layout.fontSize * 1.45;
  const placed: Placed[] = [];
  const put = (page: number, x: number, y: number, wd: number, block: Block): number => {
    placed.push({ page, x, y, width: wd, height: block.height, table: null, block });
    return y + block.height;
  };
  let y = headerHeight(model) + 8;
  if (layout.summary.place === 'top') {
    if (!layout.summaryAtEnd) y = put(1, MARGIN, y, width, summaryBlock(model, width));
    y = put(1, MARGIN, y, width, addressBlock(model));
  } else {
    const half = width / 2 - 10;
    const a = put(1, MARGIN, y, half, addressBlock(model));
    const s = put(1, MARGIN + half + 20, y, half, summaryBlock(model, half));
    y = Math.max(a, s);
  }
  const apr = aprBlock(model);
  if (apr) y = put(1, MARGIN, y, width, apr);
  const title: Block = {
    height: lh * 1.6,
    draw: (p, x, yy) => p.text(layout.transactionsTitle, x, yy, { bold: true, size: layout.fontSize + 2 }),
  };
  // Table slots: page 1 below the blocks (unless the table starts on page 2), then whole pages,
  // in two columns side by side on two-column layouts.
  const firstPage = layout.tableStart === 'page1' && y + 6 * lh < bottom ? 1 : 2;
  const tableTop = (page: number): number =>
    (page === firstPage ? (page === 1 ? y : LATER_TOP) + title.height : LATER_TOP) + lh * 1.4;
  if (firstPage === 1) put(1, MARGIN, y, width, title);
  const perPage = layout.twoColumn ? 2 : 1;
  const fullWidth = layout.twoColumn ? width / 2 - 10 : width;
  // Round 15: the first slot leaves room for a column of notices at its right (one-column tables).
  const side = layout.sidebar && !layout.twoColumn ? sidebarWidth(width) : 0;
  const rows = tableRows(model);
  // A two-column table that fits on one page is split evenly, so rows share text lines.
  const total = rows.reduce((sum, r) => sum + r.lines.length * rowH, 0);
  const balanced = layout.twoColumn && total <= 2 * (bottom - tableTop(firstPage)) - 4 * rowH;
  const slot = (k: number) => {
    const page = firstPage + Math.floor(k / perPage);
    const top = tableTop(page);
    const end = balanced && k === 0 ? top + Math.ceil(total / 2 / rowH) * rowH + 0.5 : bottom;
    const colWidth = k === 0 && side > 0 ? fullWidth - side - 16 : fullWidth;
    return { page, x: MARGIN + (k % perPage) * (fullWidth + 20), top, bottom: end, width: colWidth };
  };
  const headers: Plan['headers'] = [];
  let k = 0;
  let s = slot(0);
  let yy = s.top;
  let used = false;
  const placeRow = (row: TableRow): void => {
    placed.push({
      page: s.page,
      x: s.x,
      y: yy,
      width: s.width,
      height: row.lines.length * rowH,
      table: row,
      block: null,
    });
    yy += row.lines.length * rowH;
  };
  // Room kept at each slot's foot for the carried-forward line (two lines when "CR" goes below).
  const carryRoom = layout.carryForward ? 2 * rowH : 0;
  let running = model.totals.previousBalance;
  rows.forEach((row, i) => {
    let need = row.lines.length * rowH;
    for (let j = i; rows[j]?.keepWithNext && j + 1 < rows.length; j++)
      need += (rows[j + 1] as TableRow).lines.length * rowH;
    if (yy + need > s.bottom - (i + 1 < rows.length ? carryRoom : 0)) {
      if (layout.carryForward && used) placeRow(carriedRow(model, 0, running));
      s = slot(++k);
      yy = s.top;
      if (layout.carryForward && used) {
        headers.push({ page: s.page, x: s.x, y: s.top - lh * 1.4, width: s.width });
        placeRow(carriedRow(model, 1, running));
      } else used = false;
    }
    if (!used) headers.push({ page: s.page, x: s.x, y: s.top - lh * 1.4, width: s.width });
    used = true;
    placeRow(row);
    running += row.cents ?? 0;
  });
  if (firstPage === 2)
    placed.push({ page: 2, x: MARGIN, y: LATER_TOP, width, height: title.height, table: null, block: title });
  // Decoys follow the table full width (on a fresh page after a two-column table), and below the
  // notices when the table ends on their page before they do.
  let page = s.page;
  yy += lh;
  if (side > 0) {
    const first = slot(0);
    const notes = sidebarBlock(model, side, bottom - (first.top - lh * 1.4));
    const end = put(first.page, MARGIN + width - side, first.top - lh * 1.4, side, notes);
    if (page === first.page) yy = Math.max(yy, end + lh);
  }
  if (layout.twoColumn) {
    page++;
    yy = LATER_TOP;
  }
  // A summary printed after the transactions comes before the decoys.
  const after = layout.summaryAtEnd ? [summaryBlock(model, width)] : [];
  for (const block of [...after, ...decoyBlocks(model), ...couponBlocks(model)]) {
    if (yy + block.height > bottom) {
      page++;
      yy = LATER_TOP;
    }
    yy = put(page, MARGIN, yy, width, block) + lh * 0.5;
  }
  return { model, size, placed, headers, pages: Math.max(...placed.map((p) => p.page)) };
}

/** The smallest row count whose statement has at least `target` pages (plans only, no rendering). */
function planForPages(layout: FuzzLayout, target: number): Plan {
  let lo = 2;
  let hi = 32;
  let hiPlan = plan(layout, hi);
  while (hiPlan.pages < target && hi < 20_000) {
    lo = hi;
    hi *= 2;
    hiPlan = plan(layout, hi);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const p = plan(layout, mid);
    if (p.pages >= target) [hi, hiPlan] = [mid, p];
    else lo = mid;
  }
  return hiPlan;
}

/** Model and expected statement of a seed without rendering (fast: for reconciliation and coverage tests). */
export function fuzzExpected(
  seed: number,
  transactions = fuzzRowCount(seed),
): { layout: FuzzLayout; model: FuzzModel; expected: ExpectedStatement } {
  const layout = drawFuzzLayout(seed);
  const model = buildFuzzModel(layout, transactions);
  return { layout, model, expected: buildFuzzExpected(model) };
}

/** Generates one fuzzed statement: the PDF, what a perfect parser reads from it, and the drawn layout. */
export async function generateFuzzed(o: FuzzOptions): Promise<FuzzResult> {
  const layout = drawFuzzLayout(o.seed);
  const p =
    o.pages !== undefined && o.pages > 1
      ? planForPages(layout, o.pages)
      : plan(layout, Math.max(2, Math.floor(o.transactions ?? fuzzRowCount(o.seed))));
  const pdf = await renderPdf(
    // DejaVu is embedded only where a glyph needs it: subsetting it costs more than the rest of a render.
    {
      size: p.size,
      title: `${layout.issuer} statement`,
      fonts: needsUnicode(layout) ? 'dejavu' : 'standard',
      seed: o.seed,
    },
    (painter) => {
      const fp = new FuzzPainter(painter.doc, layout, needsUnicode(layout));
      const tableRowsAll = p.placed.flatMap((x) => (x.table ? [x.table] : []));
      const geometry = new Map<number, Geometry>();
      const geo = (width: number): Geometry => {
        let g = geometry.get(width);
        if (!g) {
          g = measure(fp, p.model, tableRowsAll, width);
          geometry.set(width, g);
        }
        return g;
      };
      const rowH = layout.fontSize * 1.45;
      for (let page = 1; page <= p.pages; page++) {
        painter.page();
        fp.newPage();
        drawChrome(fp, p.model, page, p.pages, p.size);
        for (const hd of p.headers)
          if (hd.page === page && layout.tableHeader)
            drawHeader(fp, p.model, geo(hd.width), hd.x, hd.y, hd.width);
        for (const item of p.placed) {
          if (item.page !== page) continue;
          if (item.block) item.block.draw(fp, item.x, item.y);
          else if (item.table) {
            const g = geo(item.width);
            item.table.lines.forEach((line, i) => {
              drawLine(fp, p.model, g, line, item.x, item.y + i * rowH);
            });
          }
        }
      }
    },
  );
  return { pdf: new Uint8Array(pdf), expected: buildFuzzExpected(p.model), layout };
}
