import { buildLines, type PositionedItem, visibleChars } from '../../shared/pdf/layout.js';

const item = (str: string, x: number, y: number, width = str.length * 5, size = 10): PositionedItem => ({
  str,
  x,
  y,
  width,
  size,
});

describe('buildLines rebuilds visual rows from positioned text', () => {
  test('items on one baseline form one row, ordered left to right, with wide gaps as cell boundaries', () => {
    const lines = buildLines(
      [item('-4,233.99', 450, 700), item('01/28', 27, 700), item('AUTOMATIC PAYMENT', 112, 700)],
      1,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['01/28', 'AUTOMATIC PAYMENT', '-4,233.99']);
    expect(lines[0]?.text).toBe('01/28  AUTOMATIC PAYMENT  -4,233.99');
  });

  test('rows come out top to bottom and slightly shifted baselines still join their row', () => {
    const lines = buildLines(
      [item('second', 10, 680), item('first', 10, 700), item('®', 40, 701.5, 4, 6)],
      2,
    );
    expect(lines.map((l) => l.text)).toEqual(['first ®', 'second']);
    expect(lines.every((l) => l.page === 2)).toBe(true);
  });

  test('a smaller item sorted first does not set the row’s baseline for a glyph set a little lower', () => {
    // A detail line's figure in 5.4 pt beside rows in 5.9 pt, and the amount in a fallback font
    // (its baseline 1.8 pt lower, as a ₹ sign drawn in another font is placed).
    const lines = buildLines(
      [
        item('107.60 USD @ 83.4500', 351, 744.83, 60, 5.42),
        item('05-May-24', 40, 744.54, 30, 5.89),
        item('NETFLIX.COM', 84, 744.54, 40, 5.89),
        item('₹649.00', 192, 742.78, 25, 5.89),
        item('0.00', 265, 744.54, 12, 5.89),
        item('FLIPKART INTERNET', 84, 734.1, 50, 5.89),
      ],
      1,
    );
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['05-May-24', 'NETFLIX.COM', '₹649.00', '0.00', '107.60 USD @ 83.4500'],
      ['FLIPKART INTERNET'],
    ]);
  });

  test('small gaps become word spaces and touching items are glued', () => {
    const lines = buildLines(
      [item('New', 10, 500, 15), item('Balance', 27, 500, 30), item('s', 57, 500, 5)],
      1,
    );
    expect(lines[0]?.cells).toHaveLength(1);
    expect(lines[0]?.text).toBe('New Balances');
  });

  test('fake-bold text drawn twice at almost the same place is kept once', () => {
    const lines = buildLines([item('ACCOUNT SUMMARY', 18, 609), item('ACCOUNT SUMMARY', 18.4, 609.2)], 1);
    expect(lines[0]?.text).toBe('ACCOUNT SUMMARY');
  });

  test('a copy counts as fake bold within one rounded unit, diagonals included, and only for the same text', () => {
    const texts = (items: PositionedItem[]) => buildLines(items, 1).map((l) => l.text);
    // Rounded (100, 500) and (101, 499): diagonal neighbours, one copy kept.
    expect(texts([item('X', 100.2, 500.1), item('X', 100.6, 499.4)])).toEqual(['X']);
    // Two units apart: a second X (a narrow gap joins both into one cell).
    expect(texts([item('X', 100, 500), item('X', 102, 500)])).toEqual(['XX']);
    // The same place, another text: both kept.
    expect(texts([item('X', 100, 500), item('Y', 100, 500)])).toEqual(['XY']);
    // A copy far away on the same row is real text, not a fake-bold pass.
    expect(texts([item('X', 100, 500), item('X', 300, 500)])).toEqual(['X  X']);
  });

  test('a text seen often is checked against every place it was kept, not only the first', () => {
    const texts = (items: PositionedItem[]) => buildLines(items, 1).map((l) => l.text);
    // Kept at 100 and at 300; a copy of the one at 300 is fake bold, a third place is real text.
    expect(texts([item('X', 100, 500), item('X', 300, 500), item('X', 300.7, 500.4)])).toEqual(['X  X']);
    expect(
      texts([item('X', 100, 500), item('X', 300, 500), item('X', 500, 500), item('X', 99.6, 500.3)]),
    ).toEqual(['X  X  X']);
    // The first place stays known once a second one is: its copy after the second is dropped too.
    expect(texts([item('X', 100, 500), item('X', 300, 500), item('X', 101, 501)])).toEqual(['X  X']);
  });

  test('a row is read left to right however its items arrive, and items at one x keep their order', () => {
    const xs = Array.from({ length: 40 }, (_, i) => 20 + i * 14);
    // Shuffled by a fixed stride; 40 items is past the short-row path.
    for (const n of [5, 40]) {
      const row = xs.slice(0, n).map((x, i) => item(`w${i}`, x, 500, 8));
      const shuffled = row.map((_, i) => row[(i * 17) % n] as PositionedItem);
      const [line] = buildLines(shuffled, 1);
      expect(line?.text).toBe(row.map((it) => it.str).join(' '));
    }
    // A superscript drawn just above the baseline at the same x as the word after it: the page's
    // top-down order puts it first, and the row keeps that order for items at one x.
    const [line] = buildLines([item('b', 40, 500, 5), item('a', 10, 500, 5), item('®', 40, 501, 4, 6)], 1);
    expect(line?.text).toBe('a  ®b');
  });

  test('blank items are ignored and an empty page has no rows', () => {
    expect(buildLines([item('   ', 10, 10)], 1)).toEqual([]);
  });

  test('every whitespace run inside an item becomes one space, whatever the kind of space', () => {
    // Tabs, no-break and ideographic spaces, line breaks, doubled spaces: as `replace(/\s+/g, ' ')`.
    const odd = ['A\tB', 'A\u00a0B', 'A  B', 'A \u3000 B', 'A\r\nB', 'A\u2009B', 'A\ufeffB'];
    for (const str of odd) {
      const [line] = buildLines([item(str, 10, 10)], 1);
      expect(line?.text).toBe('A B');
    }
    expect(buildLines([item('A B', 10, 10)], 1)[0]?.text).toBe('A B');
    // A blank made only of uncommon spaces is blank too.
    expect(buildLines([item('\u00a0\u2003\t', 10, 10)], 1)).toEqual([]);
  });
});

describe('visibleChars', () => {
  test('counts what `replace(/\\s+/g, "")` leaves, for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (visibleChars(s) !== s.replace(/\s+/g, '').length) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(visibleChars('')).toBe(0);
    expect(visibleChars(' 1,234.56 \u00a0USD ')).toBe(11);
  });
});
