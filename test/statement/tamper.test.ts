/**
 * "Verified" must not survive a change to what the statement says. Generated statements that verify
 * are tampered with at the text the engine reads: one row's amount changed by a cent, or its sign
 * flipped. Neither tampered reading may verify (decoy tables are planted by the fuzzer: fuzzed.test.ts).
 */
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import type { Cell, Line } from '../../shared/pdf/layout.js';
import { parseAmount } from '../../shared/statement/money.js';
import { parseStatement } from '../../shared/statement/parse.js';

/** The lines with the cell at (line, cell) replaced. */
function replaced(lines: Line[], li: number, ci: number, text: string): Line[] {
  return lines.map((l, i) => {
    if (i !== li) return l;
    const cells: Cell[] = l.cells.map((c, k) => (k === ci ? { ...c, text } : c));
    return { ...l, cells, text: cells.map((c) => c.text).join('  ') };
  });
}

/** Where the engine read rows: lines whose last cell is an amount and whose text holds a row's description. */
function rowAmountCells(lines: Line[], descriptions: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  lines.forEach((l, li) => {
    const ci = l.cells.length - 1;
    const last = l.cells[ci];
    if (last && parseAmount(last.text)?.hasDecimals && descriptions.some((d) => l.text.includes(d)))
      out.push([li, ci]);
  });
  return out;
}

describe.each(LAYOUTS)('tampering with a verified %s statement', (layout) => {
  let lines: Line[] = [];
  let descriptions: string[] = [];
  beforeAll(async () => {
    const { pdf } = await generateStatement({ layout, seed: 5, transactions: 12 });
    lines = (await extractText(new Uint8Array(pdf), { maxPages: 10 })).lines;
    descriptions = parseStatement(lines).transactions.map((t) => t.description);
  });

  test('the untouched statement verifies', () => {
    expect(parseStatement(lines).checks.level).toBe('verified');
  });

  test('a row whose amount is a cent off, or whose sign is flipped, does not verify', () => {
    const rows = rowAmountCells(lines, descriptions);
    expect(rows.length).toBeGreaterThan(0);
    const [li, ci] = rows[Math.floor(rows.length / 2)] as [number, number];
    const text = (lines[li] as Line).cells[ci]?.text ?? '';
    const a = parseAmount(text);
    expect(a).not.toBeNull();
    const digits = text.replace(
      /(\d)(\D*)$/,
      (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`,
    );
    expect(parseStatement(replaced(lines, li, ci, digits)).checks.level).not.toBe('verified');
    const flipped = a?.sign === -1 ? text.replace(/^-|-$|\(|\)|\s?(CR|Cr)$/g, '') : `-${text}`;
    expect(parseStatement(replaced(lines, li, ci, flipped)).checks.level).not.toBe('verified');
  });
});
