/**
 * Flows table rows over pages. Pagination is computed before anything is drawn, so the page count
 * is known for "Page x of N" footers and the `pages` option can be met without rendering.
 */
import type { Painter } from './pdf.js';

export interface FlowRow {
  height: number;
  draw(p: Painter, y: number): void;
  /** Never leave this row alone at the bottom of a page (section headings, table headers). */
  keepWithNext?: boolean;
}

export interface FlowFrame {
  /** Where rows may start on page 1 (below the summary), or null to start on page 2. */
  firstTop: number | null;
  /** Page 1's lower limit when it differs (a payment slip at the foot of page 1). */
  firstBottom?: number;
  top: number;
  bottom: number;
}

export interface PlacedRow {
  row: FlowRow;
  y: number;
}

/** Assigns every row a page and a y; index 0 is page 1 (possibly empty). */
export function paginate(rows: readonly FlowRow[], frame: FlowFrame): PlacedRow[][] {
  const pages: PlacedRow[][] = [[]];
  let y = frame.firstTop ?? Number.POSITIVE_INFINITY;
  let bottom = frame.firstBottom ?? frame.bottom;
  const newPage = (): void => {
    pages.push([]);
    y = frame.top;
    bottom = frame.bottom;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as FlowRow;
    let need = row.height;
    // A heading needs room for itself and the row it introduces.
    for (let j = i; rows[j]?.keepWithNext && j + 1 < rows.length; j++)
      need += (rows[j + 1] as FlowRow).height;
    if (y + need > bottom) newPage();
    (pages[pages.length - 1] as PlacedRow[]).push({ row, y });
    y += row.height;
  }
  return pages;
}

/** A row that is only vertical space. */
export function gap(height: number): FlowRow {
  return { height, draw: () => undefined };
}
