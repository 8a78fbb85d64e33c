/** Small text-formatting helpers shared by the readable report's sections. */
import { currencySymbol, groupDigits } from '../analysis/format.js';

/**
 * "$1,234.56", "-£45.00", "SGD 702.10": the insights' notation (shared/analysis/format.ts), so one
 * report never writes one currency two ways.
 */
export function money(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  return `${amount < 0 ? '-' : ''}${currencySymbol(currency)}${groupDigits(amount)}`;
}

/** Pads or cuts `text` to exactly `width` characters (cut text ends in an ellipsis). */
export function padTo(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** Right-aligns `text` in `width` characters. */
export function right(text: string, width: number): string {
  const n = [...text].length;
  return n >= width ? text : ' '.repeat(width - n) + text;
}

/** A section title followed by an underline of the same length: every section starts with one. */
export function heading(title: string): string[] {
  return ['', title, '─'.repeat([...title].length)];
}

/** Pads every cell of a column to the widest one; `right` columns align on the right. */
export function table(rows: string[][], rightAligned: ReadonlySet<number>, indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
          return rightAligned.has(i) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
  );
}

/**
 * Percentages of `amounts` (each ≥ 0) at one decimal that add up to exactly 100.0: largest
 * remainder rounding, so a table's printed shares never sum to 99.9% or 100.1%.
 */
export function sharesOf(amounts: readonly number[]): number[] {
  const total = amounts.reduce((s, x) => s + x, 0);
  if (total <= 0) return amounts.map(() => 0);
  const exact = amounts.map((x) => (x / total) * 1000);
  const floors = exact.map(Math.floor);
  let missing = 1000 - floors.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing -= 1;
  }
  return floors.map((x) => x / 10);
}
