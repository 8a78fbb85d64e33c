/**
 * The holder's mailing address block: a street line (or a P.O. box printed under the holder's
 * name), the unit/locality lines below it and the city/ZIP, postcode or PIN line that closes it,
 * plus anything after an "Address:" label. Issuer boxes ("CARDMEMBER SERVICE / PO BOX 6294 /
 * CAROL STREAM IL") stay: they belong to no person and have no street line or holder name above.
 */
import { cellNear, isTableRow, type TextCell, type TextLine } from './cells.js';
import { asPersonName, isCityCell, isCountryCell, isPoBoxCell, isStreetCell, isUnitCell } from './shapes.js';
import { type Span, span } from './spans.js';

const COLUMN_TOLERANCE = 15;
const BLOCK_DEPTH = 4;
const ADDRESS_LABEL = /\b(?:(?:mailing|billing|home|postal|registered|correspondence) )?address\s*:\s*/i;

/** Spans of address blocks in scan lines. */
export function findAddressSpans(lines: TextLine[]): Span[] {
  const marked = new Set<TextCell>();
  lines.forEach((line, i) => {
    if (isTableRow(line.text)) return;
    const split = splitCityLine(line);
    if (split) {
      const block = blockAbove(lines, i, split[0].col);
      if (block) for (const c of [...block.cells, ...split]) marked.add(c);
    }
    for (const cell of line.cells) {
      if (marked.has(cell)) continue;
      const anchor = addressAnchor(lines, i, cell);
      if (anchor) markBlock(lines, i, cell, marked, anchor === 'street');
      if (isCityCell(cell.text)) {
        const block = blockAbove(lines, i, cell.col);
        if (block) for (const c of [...block.cells, cell, ...countryBelow(lines, i, cell.col)]) marked.add(c);
      }
      const label = ADDRESS_LABEL.exec(cell.text);
      if (label) {
        const start = cell.start + label.index + label[0].length;
        if (start < cell.end) marked.add({ text: '', start, end: cell.end, col: cell.col });
        for (const c of blockBelow(lines, i, cell.col)) marked.add(c);
        // The value's next lines may sit at another column than the label (a "0" debris cell first).
        for (const c of cityBelow(lines, i)) marked.add(c);
      }
    }
  });
  return [...marked].map((c) => span(c.start, c.end, 'address'));
}

/**
 * Whether a cell starts an address block: a street line, a P.O. box under a person's name (an
 * issuer's box sits under its department's name), or a unit line with a city line below it.
 */
export function addressAnchor(lines: TextLine[], i: number, cell: TextCell): 'street' | 'unit' | null {
  if (isStreetCell(cell.text)) return 'street';
  if (isPoBoxCell(cell.text) && asPersonName(near(lines[i - 1], cell.col)?.text ?? '') !== null)
    return 'street';
  if (isUnitCell(cell.text) && blockBelow(lines, i, cell.col).length > 0) return 'unit';
  return null;
}

/** Marks the anchor, the unit line above it and the block below that ends in a city line. */
function markBlock(lines: TextLine[], i: number, anchor: TextCell, marked: Set<TextCell>, strong: boolean) {
  marked.add(anchor);
  const above = near(lines[i - 1], anchor.col);
  if (above && isUnitCell(above.text)) marked.add(above);
  const below = blockBelow(lines, i, anchor.col);
  for (const c of below) marked.add(c);
  // A lone street line with no city under it is still a street address; a lone unit line is not.
  if (!strong && below.length === 0) marked.delete(anchor);
}

/**
 * The cells under row `i` in the same column, up to and including a city line (empty if none).
 * Rows of a side column printed at other baselines interleave with the block ("Mobile …" between
 * "Flat 8, …" and "MANCHESTER"); up to two such foreign rows are stepped over, not taken.
 */
function blockBelow(lines: TextLine[], i: number, col: number): TextCell[] {
  const taken: TextCell[] = [];
  let skips = 2;
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + BLOCK_DEPTH + 2); k++) {
    const c = near(lines[k], col);
    if (!c) return [];
    // Gulf addresses end in a P.O. box with the emirate: "Villa 61, Al Wasl Road / P.O. Box 32897, DUBAI".
    if (isCityCell(c.text) || isPoBoxCell(c.text)) {
      taken.push(c);
      const country = near(lines[k + 1], col);
      if (country && isCountryCell(country.text)) taken.push(country);
      return taken;
    }
    if (isLocality(c.text)) taken.push(c);
    else if (skips-- <= 0) return [];
  }
  return [];
}

/** A line that may sit inside an address block: a second street line, unit or locality name. */
function isLocality(text: string): boolean {
  if (isStreetCell(text) || isUnitCell(text)) return true;
  // Locality names ("BRISTOL", "14th Cross, Indiranagar"): short, capitalised, no figures or labels.
  return (
    text.split(/\s+/).length <= 4 && !/[$€£₹:@]|\d{2,}(?!st|nd|rd|th)/.test(text) && /^[\p{Lu}\d]/u.test(text)
  );
}

/**
 * The block above a postcode line up to the holder's name that heads it ("SURESH NAGPAL / 10203
 * SAMPLE VILLA / TESTING NAGAR XY RD 9 / SAMPLE MAH 456789"): any short lines in between belong
 * to it, since they sit between a person and a postcode. Null when no name heads the block, so an
 * issuer's box ("AMERICAN EXPRESS BANKING CORP. / CYBER CITY … / GURGAON - 122002") stays.
 */
export function blockAbove(
  lines: TextLine[],
  i: number,
  col: number,
): { name: string; cells: TextCell[] } | null {
  const cells: TextCell[] = [];
  let best: { name: string; cells: TextCell[] } | null = null;
  // The highest name in reach heads the block: a locality can look like a name ("ABCD SCHEME FAKE PARKS W").
  for (let k = i - 1; k >= Math.max(0, i - BLOCK_DEPTH - 2); k--) {
    if (isTableRow(lines[k]?.text ?? '')) break;
    const c = near(lines[k], col);
    if (!c) break;
    const name = asPersonName(c.text);
    if (name && cells.length > 0) best = { name, cells: [...cells] };
    // A second postcode line starts another block (four or five digits first may be a house number, as in
    // "10203 SAMPLE VILLA"); labels, amounts and prose end this one.
    if (
      (isCityCell(c.text) && !/^\d{4,5}\s/.test(c.text)) ||
      c.text.length > 60 ||
      /[:@$€£₹]|\d[.,]\d{2}(?!\d)/.test(c.text)
    )
      break;
    cells.push(c);
  }
  return best;
}

/**
 * A city line printed as two adjacent cells, the postcode apart ("MONTREAL QC  K5S 8C5"), alone on
 * its line or with a column beside it (a summary box printed beside the address).
 */
function splitCityLine(line: TextLine): [TextCell, TextCell] | null {
  for (let i = 0; i + 1 < line.cells.length; i++) {
    const a = line.cells[i] as TextCell;
    const b = line.cells[i + 1] as TextCell;
    if (b.col - (a.col + a.text.length) > 4) continue;
    if (isCityCell(a.text) || isCityCell(b.text) || !isCityCell(`${a.text} ${b.text}`)) continue;
    return [a, b];
  }
  return null;
}

/** A country line under a postcode line. */
function countryBelow(lines: TextLine[], i: number, col: number): TextCell[] {
  const c = near(lines[i + 1], col);
  return c && isCountryCell(c.text) ? [c] : [];
}

/** A postcode line in any column of the next two rows (an "Address:" value continued below). */
function cityBelow(lines: TextLine[], i: number): TextCell[] {
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + 2); k++) {
    const c = lines[k]?.cells.find((x) => isCityCell(x.text));
    if (c) return [c];
  }
  return [];
}

/** The neighbouring row's cell in the same column, if one is close enough. */
function near(line: TextLine | undefined, col: number): TextCell | undefined {
  const c = cellNear(line, col);
  return c && Math.abs(c.col - col) <= COLUMN_TOLERANCE ? c : undefined;
}
