/**
 * Structural damage applied to an existing, valid PDF (a generated statement or a hand-written
 * document): truncation, broken or looping cross-reference data, bytes before the header and
 * after %%EOF. Each returns a new buffer; the input is never modified.
 */
import { bin } from './pdf-bytes.js';

/** The first `fraction` of the file (at least the 5-byte header when fraction > 0). */
export function truncateAt(pdf: Buffer, fraction: number): Buffer {
  return Buffer.from(pdf.subarray(0, Math.max(5, Math.floor(pdf.length * fraction))));
}

/** Everything before the last cross-reference table, or before the last `startxref`. */
export function truncateBefore(pdf: Buffer, marker: 'xref' | 'startxref'): Buffer {
  return Buffer.from(pdf.subarray(0, marker === 'xref' ? xrefIndex(pdf) : lastIndex(pdf, 'startxref')));
}

/** Every in-use xref entry now points at offset 9999999999, past the end of the file. */
export function garbleXref(pdf: Buffer): Buffer {
  const at = xrefIndex(pdf);
  const tail = pdf
    .subarray(at)
    .toString('latin1')
    .replace(/\d{10} (\d{5}) n/g, '9999999999 $1 n');
  return Buffer.concat([pdf.subarray(0, at), bin(tail)]);
}

/** `startxref` names an offset far beyond the end of the file. */
export function startxrefBeyondEnd(pdf: Buffer): Buffer {
  const at = lastIndex(pdf, 'startxref');
  return Buffer.concat([pdf.subarray(0, at), bin('startxref\n99999999\n%%EOF\n')]);
}

/**
 * Appends two empty incremental-update sections whose trailers' /Prev point at each other, and
 * points `startxref` at the first: a reader that follows /Prev naively never stops.
 */
export function prevLoop(pdf: Buffer): Buffer {
  const trailer = pdf.subarray(lastIndex(pdf, 'trailer')).toString('latin1');
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!size || !root) throw new Error('prevLoop: the trailer has no /Size or /Root');
  const section = (prev: number) =>
    bin(`xref\n0 0\ntrailer\n<< /Size ${size} /Root ${root} /Prev ${String(prev).padStart(10, '0')} >>\n`);
  const a = pdf.length + 1;
  const b = a + section(0).length;
  return Buffer.concat([pdf, bin('\n'), section(b), section(a), bin(`startxref\n${a}\n%%EOF\n`)]);
}

/** `prefix` bytes before `%PDF-` (a UTF-8 BOM, a mail header, junk). */
export function withPrefix(pdf: Buffer, prefix: Buffer): Buffer {
  return Buffer.concat([prefix, pdf]);
}

/** `suffix` bytes after the final `%%EOF`. */
export function withTrailing(pdf: Buffer, suffix: Buffer): Buffer {
  return Buffer.concat([pdf, suffix]);
}

/** The last `xref` keyword that starts a line (not the one inside `startxref`). */
function xrefIndex(pdf: Buffer): number {
  return lastIndex(pdf, '\nxref\n') + 1;
}

function lastIndex(pdf: Buffer, marker: string): number {
  const at = pdf.lastIndexOf(marker, undefined, 'latin1');
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return at;
}
