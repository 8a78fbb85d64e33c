/**
 * The Type3 glyph procedures the hiding scan may pass over. Statements set in bitmap Type3 fonts
 * hold hundreds of them (TD's 2019 statement: about 350 of its 426 streams), and inflating (and
 * decrypting) each one cost the scan most of its time. Nothing drawn inside a glyph can hide the
 * page's text from the exact pass (visibility.ts judges a Type3 glyph's colour as unknown and walks
 * the page's operators, not the glyph's), so a stream that is only ever a glyph need not be read.
 *
 * "Only ever a glyph", proven without resolving the object graph: its dictionary holds nothing but
 * /Length, /Filter and /DecodeParms (a form, pattern or image says more), and the file refers to it
 * (`num gen R`, anywhere: the raw bytes, stream data included, and every decoded object stream) no
 * more often than the /CharProcs entries that name it. Any other use — a page's /Contents, a form,
 * an array of contents — is one reference more, so the stream is read. References are found as a
 * superset of what pdf.js's lexer accepts (any `R` after two number-like tokens, comments and
 * whitespace between, a number read as pdf.js reads `5-0` or `5.0`), so a count can only come out
 * too large: a stream is then read when it need not be, never the other way round.
 */
import { objectOffsets, type PdfValue, parseValue } from './pdf-objects.js';
import type { PdfStream } from './pdf-streams.js';

/** A stream's key in the returned set. */
export const streamKey = (num: number, gen: number): string => `${num} ${gen}`;

/** Keys of the streams that are only glyph procedures; `objectStreams` are the decoded object streams. */
export function glyphOnlyStreams(buf: Buffer, streams: PdfStream[], objectStreams: Buffer[]): Set<string> {
  const sources = [buf, ...objectStreams];
  // How many /CharProcs entries name each stream.
  const named = new Map<number, number>();
  // A /CharProcs dictionary of its own (`/CharProcs 90 0 R`) is read once however many fonts share it.
  const resolved = new Set<string>();
  let offsets: Map<string, number> | undefined;
  for (const src of sources) {
    for (let at = src.indexOf('/CharProcs'); at >= 0; at = src.indexOf('/CharProcs', at + 10)) {
      let procs = parseValue(src, at + 10);
      const indirect = procs === undefined ? undefined : refOf(procs);
      if (indirect) {
        if (resolved.has(streamKey(...indirect))) continue;
        resolved.add(streamKey(...indirect));
        // Looked up in the file itself; one inside an object stream stays unread (its glyphs are read).
        offsets ??= objectOffsets(buf);
        const at = offsets.get(streamKey(...indirect));
        procs = at === undefined ? undefined : parseValue(buf, at);
      }
      if (!(procs instanceof Map)) continue;
      for (const v of procs.values()) {
        const ref = refOf(v);
        if (ref) named.set(ref[0], (named.get(ref[0]) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  if (named.size === 0) return out;
  const candidates = new Set<number>();
  for (const st of streams)
    if (st.placed && named.has(st.num) && onlyDataKeys(st.dict)) candidates.add(st.num);
  const refs = new Map<number, number>();
  try {
    for (const src of sources) countReferences(src, candidates, refs);
  } catch (err) {
    if (err instanceof TooCostly) return out;
    throw err;
  }
  for (const st of streams) {
    if (candidates.has(st.num) && (refs.get(st.num) ?? 0) <= (named.get(st.num) ?? 0)) {
      out.add(streamKey(st.num, st.gen));
    }
  }
  return out;
}

/** A glyph procedure's dictionary: its data's length and filters, nothing else. */
function onlyDataKeys(dict: Map<string, PdfValue> | undefined): boolean {
  if (!dict) return false;
  for (const k of dict.keys()) if (k !== 'Length' && k !== 'Filter' && k !== 'DecodeParms') return false;
  return true;
}

function refOf(v: PdfValue): [number, number] | undefined {
  return v && typeof v === 'object' && 'ref' in v ? v.ref : undefined;
}

const R = 0x52;
const PERCENT = 0x25;
const isSpace = (c: number | undefined) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
/** Bytes pdf.js's number lexer reads as part of one number (signs, digits, points, a stray minus). */
const isNumberByte = (c: number | undefined) =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b);

/** Thrown when the reference search would cost too much on this file: then no glyph is passed over. */
class TooCostly extends Error {}

/** A number longer than this (leading zeros, say) is not one the search reads: it gives up instead. */
const MAX_NUMBER_BYTES = 32;

/** Adds to `counts` every reference-shaped `num gen R` in `src` whose number is a candidate. */
function countReferences(src: Buffer, candidates: Set<number>, counts: Map<number, number>): void {
  // Backward steps allowed over the whole source: a forged file of `R`s on one long line would
  // otherwise cost the square of its length. Real files take a few steps per `R`.
  const budget = { steps: 4 * src.length + 100_000 };
  for (let r = src.indexOf(R); r >= 0; r = src.indexOf(R, r + 1)) {
    const genEnd = skipBack(src, r - 1, budget);
    const genStart = tokenStart(src, genEnd, budget);
    if (genStart > genEnd) continue;
    const numEnd = skipBack(src, genStart - 1, budget);
    const numStart = tokenStart(src, numEnd, budget);
    if (numStart > numEnd) continue;
    for (const n of numberReadings(src.toString('latin1', numStart, numEnd + 1))) {
      if (candidates.has(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
}

/** From `i` backwards over whitespace and comments; the index of the byte before them. */
function skipBack(src: Buffer, i: number, budget: { steps: number }): number {
  const from = i;
  for (;;) {
    while (i >= 0 && isSpace(src[i])) i--;
    if (i < 0 || isNumberByte(src[i])) break;
    // Something else: if a comment ends here, its '%' is on this line (the last '%' first).
    let j = i;
    while (j >= 0 && src[j] !== PERCENT && src[j] !== 0x0a && src[j] !== 0x0d) j--;
    budget.steps -= i - j;
    if (budget.steps < 0) throw new TooCostly();
    if (j < 0 || src[j] !== PERCENT) break;
    i = j - 1;
  }
  budget.steps -= from - i;
  if (budget.steps < 0) throw new TooCostly();
  return i;
}

/** Where the number-like token ending at `end` starts (`end + 1` when there is none). */
function tokenStart(src: Buffer, end: number, budget: { steps: number }): number {
  let i = end;
  while (i >= 0 && isNumberByte(src[i]) && end - i <= MAX_NUMBER_BYTES) i--;
  if (end - i > MAX_NUMBER_BYTES) throw new TooCostly();
  budget.steps -= end - i;
  return i + 1;
}

/**
 * Every non-negative integer pdf.js may read from a run of number bytes: from its start, and from
 * each point or plus sign, where pdf.js ends one number and starts the next.
 */
function numberReadings(run: string): number[] {
  const out: number[] = [];
  for (let s = 0; s < run.length; s++) {
    if (s > 0 && run[s] !== '.' && run[s] !== '+') continue;
    const v = pdfNumber(run, s);
    if (v !== null && Number.isInteger(v) && v >= 0) out.push(v);
  }
  return out;
}

/** pdf.js's Lexer.getNumber on `run` from `s` (signs, one point, a stray minus skipped); null if none. */
function pdfNumber(run: string, s: number): number | null {
  let i = s;
  let sign = 1;
  if (run[i] === '-') {
    sign = -1;
    i++;
    if (run[i] === '-') i++;
  } else if (run[i] === '+') i++;
  let divideBy = 0;
  if (run[i] === '.') {
    divideBy = 10;
    i++;
  }
  const first = run.charCodeAt(i);
  if (!(first >= 0x30 && first <= 0x39)) return null;
  let value = first - 0x30;
  for (i++; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (divideBy !== 0) divideBy *= 10;
      value = value * 10 + (c - 0x30);
    } else if (c === 0x2e) {
      if (divideBy === 0) divideBy = 1;
      else break;
    } else if (c !== 0x2d) break;
  }
  return (sign * value) / (divideBy || 1);
}
