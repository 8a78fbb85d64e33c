/**
 * The cardholder's name: found from where statements print it (the line above the street line of
 * the mailing block, "TRANSACTIONS FOR <NAME>", "Cardholder: <name>", "Dear <name>,"), then
 * removed wherever the full name recurs, reversed ("PAGE, LARRY") or after a title ("Mr Page").
 * Single first names are left alone: "LARRY" alone also starts "LARRY HOPKINS HONDA".
 */

import { addressAnchor } from './address.js';
import { cellNear, isTransactionRow, type TextLine, toLines } from './cells.js';
import { toScanText } from './normalize.js';
import { asPersonName, isPoBoxCell, isUnitCell } from './shapes.js';
import { type Span, span } from './spans.js';

const LABELS =
  /\b(?:transactions? for|card ?holder(?: name)?|card ?member(?: name)?|account ?holder(?: name)?|primary (?:card ?holder|account ?holder)|customer name|member name|name|prepared for|statement for|issued to|karteninhaber(?:in)?|kontoinhaber(?:in)?|dear)\b\s*[:-]?\s*/gi;
const COLUMN_TOLERANCE = 15;

/** Best-effort detection of the cardholder's name(s) from the statement text. */
export function findHolderNames(text: string): string[] {
  return holderNamesIn(toLines(toScanText(text).text));
}

/** Names found in already split scan lines. */
export function holderNamesIn(lines: TextLine[]): string[] {
  const found: string[] = [];
  const add = (n: string | null) => {
    if (n && !found.some((f) => f.toUpperCase() === n.toUpperCase())) found.push(n);
  };
  lines.forEach((line, i) => {
    if (isTransactionRow(line.text)) return;
    for (const cell of line.cells) {
      if (addressAnchor(lines, i, cell) || isPoBoxCell(cell.text)) {
        for (const n of namesAbove(lines, i, cell.col)) add(n);
      }
      for (const m of cell.text.matchAll(LABELS)) {
        const rest = cell.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (rest.length > 0) add(leadingName(rest.split(/,|\s{2,}/)[0] ?? ''));
        // "Prepared for" at the end of its cell: the name is printed on the next row.
        else add(leadingName(cellNear(lines[i + 1], cell.col)?.text ?? ''));
      }
    }
  });
  return found;
}

/**
 * Name lines directly above a street/P.O. box line (the holder, then any co-holder). Before the
 * first name, up to two rows of a side column ("Mobile 07700 900283") may sit in between.
 */
function namesAbove(lines: TextLine[], i: number, col: number): string[] {
  const out: string[] = [];
  let skips = 2;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const cell = cellNear(lines[k], col);
    if (!cell || Math.abs(cell.col - col) > COLUMN_TOLERANCE) break;
    if (isUnitCell(cell.text) && out.length === 0) continue;
    const name = asPersonName(cell.text);
    if (name) out.push(name);
    else if (out.length > 0 || skips-- <= 0 || !/[\d:]/.test(cell.text)) break;
  }
  return out;
}

/** The longest run of leading words (2..5) that reads as a name. */
function leadingName(s: string): string | null {
  const words = s.trim().split(/\s+/);
  for (let n = Math.min(5, words.length); n >= 2; n--) {
    const name = asPersonName(words.slice(0, n).join(' '));
    if (name) return name;
  }
  return null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of every occurrence of the given names in scan text. */
export function findNameSpans(text: string, names: string[]): Span[] {
  const out: Span[] = [];
  for (const raw of names) {
    const tokens = toScanText(raw)
      .text.split(/[\s,]+/)
      .filter((t) => t.length > 0 && !/^(?:mr|mrs|ms|miss|dr|mx|shri|smt|herr|frau)\.?$/i.test(t));
    if (tokens.length === 0) continue;
    // Initials may sit on a line of their own; only multi-letter names may wrap across lines.
    const gap = tokens.some((t) => t.replace('.', '').length === 1) ? '[ \\t]+' : '\\s+';
    const parts = tokens.map(esc);
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    const variants = [parts.join(gap)];
    if (parts.length >= 2) {
      variants.push(`${first}(?:${gap}\\p{L}\\.?)?${gap}${parts.slice(1).join(gap)}`);
      variants.push(`${last},?${gap}${parts.slice(0, -1).join(gap)}`);
    }
    if (parts.length >= 3) variants.push(`${first}${gap}${last}`);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push(span(m.index, m.index + m[0].length, 'name'));
    if (parts.length >= 2 && last.length > 2) {
      const titled = new RegExp(
        `(?<=\\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Herr|Frau)\\.?\\s+)${last}(?![\\p{L}\\p{N}])`,
        'giu',
      );
      for (const m of text.matchAll(titled)) out.push(span(m.index, m.index + m[0].length, 'name'));
    }
  }
  return out;
}
