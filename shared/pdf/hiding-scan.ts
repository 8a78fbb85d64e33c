/**
 * The cheap first look for hidden text: does any content stream of the file use an operator that can
 * hide text? Only then is the exact pass (visibility.ts, a second read of every page) worth its cost.
 * An encrypted file that opens without a password (an owner password only, as banks send them) is
 * scanned decrypted (stream-decrypt.ts); one that needs a password, or that the scan cannot decrypt,
 * always gets the exact pass.
 */
import { perKey } from '../per-key.js';
import { glyphOnlyStreams, streamKey } from './glyph-streams.js';
import { type ObjectStream, objectKey, pageStreams } from './page-streams.js';
import { nameOf } from './pdf-objects.js';
import { type PdfStream, streamData, streamsOf } from './pdf-streams.js';
import { type StreamDecryptor, streamDecryptor } from './stream-decrypt.js';

/** True when some content stream of the file may hide text (or cannot be scanned). */
export function mayHideText(pdf: Uint8Array): boolean {
  const file = openFile(pdf);
  return file === null || fileMayHide(file);
}

/**
 * Which pages may hide text, page by page (`of`: the page count pdf.js found): a page is judged on
 * the streams it draws (page-streams.ts), so a statement whose one page prints white text pays the
 * exact pass on that page only, and streams no page draws are never read. When the page tree cannot
 * be followed, or its page count is not pdf.js's, every page gets the file's verdict.
 */
export function pagesThatMayHide(pdf: Uint8Array): (page: number, of: number) => boolean {
  const file = openFile(pdf);
  if (file === null) return () => true;
  let whole: boolean | undefined;
  const fileVerdict = () => {
    whole ??= fileMayHide(file);
    return whole;
  };
  const pages = file.packed ? pageStreams(file.buf, file.streams, file.packed) : null;
  if (!pages) return fileVerdict;
  const byKey = new Map<string, PdfStream[]>();
  for (const st of file.streams) {
    const key = objectKey(st.num, st.gen);
    byKey.set(key, [...(byKey.get(key) ?? []), st]);
  }
  const streamHides = perKey((key) => (byKey.get(key) ?? []).some((st) => dataMayHide(file, st)));
  const verdicts = pages.map((set) => set === null || [...set].some(streamHides));
  return (page, of) => (of === verdicts.length ? (verdicts[page - 1] ?? true) : fileVerdict());
}

interface ScannedFile {
  buf: Buffer;
  decrypt: StreamDecryptor | null;
  streams: PdfStream[];
  /** The decoded object streams; null when one cannot be decoded. */
  packed: ObjectStream[] | null;
}

/** The file's streams, ready to read; null when it is encrypted in a way the scan cannot undo. */
function openFile(pdf: Uint8Array): ScannedFile | null {
  // Searched as bytes: a latin1 copy of the whole file cost 5–15 ms on a 700 KB statement.
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let decrypt: StreamDecryptor | null = null;
  if (hasKey(buf, '/Encrypt')) {
    decrypt = streamDecryptor(buf);
    if (!decrypt) return null;
  }
  const streams = streamsOf(buf);
  return { buf, decrypt, streams, packed: objectStreams(buf, streams, decrypt) };
}

/** Every stream that may draw, the file over (Type3 glyphs nothing else uses passed over). */
function fileMayHide(file: ScannedFile): boolean {
  const { buf, streams, packed } = file;
  const glyphs = packed
    ? glyphOnlyStreams(
        buf,
        streams,
        packed.map((p) => p.data),
      )
    : new Set<string>();
  for (const st of streams) {
    if (!mayDraw(st) || glyphs.has(streamKey(st.num, st.gen))) continue;
    if (dataMayHide(file, st)) return true;
  }
  return false;
}

/** One stream's verdict: unreadable here counts as hiding, damaged for pdf.js too as not. */
function dataMayHide(file: ScannedFile, st: PdfStream): boolean {
  const data = streamData(file.buf, st, file.decrypt);
  if (data === 'damaged') return false;
  return data === null || mayHide(data);
}

/** Images, font programs, object and cross-reference streams and metadata hold no drawing operators. */
function mayDraw(st: PdfStream): boolean {
  const d = st.dict;
  if (!d) return !/\/(Image|Length1|Length2|Length3|ObjStm|XRef|Metadata)\b/.test(st.dictText);
  if (nameOf(d.get('Subtype')) === 'Image' || d.has('Length1') || d.has('Length2') || d.has('Length3'))
    return false;
  const type = nameOf(d.get('Type'));
  return type !== 'ObjStm' && type !== 'XRef' && type !== 'Metadata';
}

/**
 * The decoded object streams (where a compressed file keeps its fonts, pages and their references):
 * every stream with a /First, as pdf.js takes one without asking its /Type. One that cannot be
 * decoded leaves objects unseen: then null (no glyph passed over, no page tree followed).
 */
function objectStreams(
  buf: Buffer,
  streams: PdfStream[],
  decrypt: StreamDecryptor | null,
): ObjectStream[] | null {
  const out: ObjectStream[] = [];
  for (const st of streams) {
    const first = st.dict?.get('First');
    if (st.dict ? first === undefined : !/\/First\b/.test(st.dictText)) continue;
    const data = streamData(buf, st, decrypt);
    if (typeof data === 'string' || data === null || typeof first !== 'number') return null;
    out.push({ data, first });
  }
  return out;
}

/** True when `key` (a name) occurs in the file as a whole name, not the start of a longer one. */
function hasKey(buf: Buffer, key: string): boolean {
  for (let i = buf.indexOf(key); i >= 0; i = buf.indexOf(key, i + 1)) {
    const next = buf[i + key.length];
    if (next === undefined || !/[A-Za-z0-9_.-]/.test(String.fromCharCode(next))) return true;
  }
  return false;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** Bytes that may start the token after an operator. */
const NEXT_TOKEN = new Set([0x28, 0x2f, 0x3c, 0x5b]);
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Native byte searches, not regular expressions: this runs on every upload, and a 30-page statement
 * holds about a megabyte of operators. Looks for `3 Tr` / `7 Tr`, a clip (`W n`), and a fill colour
 * that is white in a stream that also shows text (white text on a white page or box).
 */
function mayHide(content: Buffer): boolean {
  for (const args of operands(content, 'Tr')) if (args[0] === 3 || args[0] === 7) return true;
  for (const clip of ['W n', 'W\nn', 'W\r\nn', 'W* n', 'W*\nn']) if (content.includes(clip)) return true;
  if (!content.includes('Tj') && !content.includes('TJ')) return false;
  // A colour counts only when text is shown in it and it is white, or a box is also filled in it:
  // statements print grey and coloured text everywhere, and sending every such file through the
  // exact pass doubled extraction for most real statements.
  const text = new Set<string>();
  const seen: NeedleCache = new Map();
  const boxes = new Set<string>();
  for (const op of ['rg', 'sc', 'scn', 'g', 'k']) {
    for (const { args, at } of operandsAt(content, op)) {
      if (args.length === 0 || args.every((v) => v === 0) || (op === 'k' && args[3] === 1)) continue;
      const key = `${op}:${args.join(' ')}`;
      const used = nextPaint(content, at, seen);
      if (used === 'text') {
        const white = op === 'k' ? args.every((v) => v <= 0.1) : args.every((v) => v >= 0.9);
        if (white || boxes.has(key)) return true;
        text.add(key);
      } else if (used === 'fill') {
        if (text.has(key)) return true;
        boxes.add(key);
      }
    }
  }
  return false;
}

/** Which comes first after `from`: text shown (Tj, TJ, ') or an area filled (f, F, f*, B). */
function nextPaint(content: Buffer, from: number, seen: NeedleCache): 'text' | 'fill' | null {
  const textAt = firstOf(content, from, ['Tj', 'TJ'], seen);
  const fillAt = firstOf(content, from, [' f\n', ' f ', ' f*', ' F\n', ' B\n', '\nf\n', '\nf*'], seen);
  if (textAt < 0 && fillAt < 0) return null;
  if (fillAt < 0 || (textAt >= 0 && textAt < fillAt)) return 'text';
  return 'fill';
}

/** Per needle, the last search: from where, and what it found (-1: nothing after that point). */
type NeedleCache = Map<string, { from: number; at: number }>;

/**
 * The first index at or after `from` of any of the needles, or -1. A search is reused while it
 * still answers (one from further back found nothing, or found something at or after `from`): a
 * needle that a stream never holds was otherwise looked for to its end once per colour operator.
 */
function firstOf(content: Buffer, from: number, needles: string[], seen: NeedleCache): number {
  let best = -1;
  for (const n of needles) {
    const last = seen.get(n);
    let i: number;
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) i = last.at;
    else {
      i = content.indexOf(n, from);
      seen.set(n, { from, at: i });
    }
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** The operands of each occurrence of `op`, with where it stands. */
function* operandsAt(content: Buffer, op: string): Generator<{ args: number[]; at: number }> {
  let from = 0;
  for (const args of operands(content, op)) {
    const at = content.indexOf(op, from);
    from = at + op.length;
    yield { args, at };
  }
}

/** The numeric operands (up to four) before each occurrence of operator `op`. */
function* operands(content: Buffer, op: string): Generator<number[]> {
  for (let i = content.indexOf(op); i >= 0; i = content.indexOf(op, i + op.length)) {
    const after = content[i + op.length];
    const standsAlone =
      i > 0 &&
      WHITESPACE.has(content[i - 1] as number) &&
      (after === undefined || WHITESPACE.has(after) || NEXT_TOKEN.has(after));
    if (!standsAlone) continue;
    const args: number[] = [];
    let j = i - 1;
    while (args.length < 4) {
      while (j >= 0 && WHITESPACE.has(content[j] as number)) j--;
      let k = j;
      while (k >= 0 && !WHITESPACE.has(content[k] as number)) k--;
      const token = content.toString('latin1', k + 1, j + 1);
      if (!NUMBER.test(token)) break;
      args.unshift(Number(token));
      j = k;
    }
    yield args;
  }
}
