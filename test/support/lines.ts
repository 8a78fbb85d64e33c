/** Extracted lines built by hand for the statement readers' tests. */
import type { Cell, Line } from '../../shared/pdf/layout.js';

/** A page-1 line at `y` from [text, x0, x1] cells, its text the cells joined as extraction joins them. */
export function line(y: number, ...cells: Array<[string, number, number]>): Line {
  const cs: Cell[] = cells.map(([text, x0, x1]) => ({ text, x0, x1 }));
  return { page: 1, y, cells: cs, text: cs.map((c) => c.text).join('  ') };
}

/**
 * Page-1 lines from rows of cell texts, top to bottom: row i at y 700 − 14·i, cell k at x 40 + 160·k
 * (110 wide), so cells of one column sit under one another.
 */
export function rowsOf(rows: string[][]): Line[] {
  return rows.map((cells, i) =>
    line(700 - i * 14, ...cells.map((t, k) => [t, 40 + k * 160, 150 + k * 160] as [string, number, number])),
  );
}
