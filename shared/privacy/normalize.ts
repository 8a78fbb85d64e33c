/**
 * A scanning view of the text: NFKC per code point (full-width digits become ASCII), format and
 * zero-width characters dropped, every space-like character a plain space, every dash a hyphen.
 * Each scan character remembers the original range it came from, so detectors work on the clean
 * view while the redactor rewrites only the original ranges and leaves everything else untouched.
 */

export interface ScanText {
  /** The normalised text detectors search. */
  text: string;
  /** For each scan index, the original start offset of its source code point. */
  starts: number[];
  /** For each scan index, the original end offset (exclusive) of its source code point. */
  ends: number[];
}

// Zero-width, bidi and other invisible format characters that can hide inside a number.
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0xfeff, 0xfeff],
];
const invisible = (cp: number) => INVISIBLE.some(([lo, hi]) => cp >= lo && cp <= hi);
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;

/** Builds the scan view of `original` with a per-character map back to original offsets. */
export function toScanText(original: string): ScanText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + len);
    let out: string;
    if (invisible(cp)) out = '';
    else if (SPACES.test(ch)) out = ' ';
    else if (DASHES.test(ch)) out = '-';
    else out = ch.normalize('NFKC');
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + len);
    }
    text += out;
    i += len;
  }
  return { text, starts, ends };
}

/** Maps a scan range [start, end) back to the original text's range. */
export function toOriginalRange(scan: ScanText, start: number, end: number): [number, number] {
  const s = scan.starts[start] ?? scan.ends[scan.ends.length - 1] ?? 0;
  const e = end > start ? (scan.ends[end - 1] ?? s) : s;
  return [s, e];
}
