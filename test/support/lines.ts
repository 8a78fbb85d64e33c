/** Extracted lines built by hand for the statement readers' tests. */
import type { Cell, Line } from '../../shared/pdf/layout.js';

/** A page-1 line at `y` from [text, x0, x1] cells, its text the cells joined as extraction joins them. */
export function line(y: number, ...cells: Array<[string, number, number]>): Line {
  const cs: Cell[] = cells.map(([text, x0, x1]) => ({ text, x0, x1 }));
  return { page: 1, y, cells: cs, text: cs.map((c) => c.text).join('  ') };
}
