/**
 * The stream objects of a PDF file, found by their `stream` keywords: where each one's data lies,
 * its object number, and its dictionary. For the hiding scan, which reads content streams without
 * pdf.js; what it cannot place it reports as such, and the scan assumes the worst.
 */
import { inflateSync } from 'node:zlib';
import { objectHeader, type PdfValue, parseText } from './pdf-objects.js';
import type { StreamDecryptor } from './stream-decrypt.js';

/** One stream object. */
export class PdfStream {
  #dict: Map<string, PdfValue> | undefined | null = null;

  constructor(
    /** Object number and generation (-1 when `placed` is false: no `num gen obj` header was found). */
    readonly num: number,
    readonly gen: number,
    readonly placed: boolean,
    /** The dictionary's text, from the object header. */
    readonly dictText: string,
    /** The data: bytes `start`…`end` of the file, the end-of-line before `endstream` included. */
    readonly start: number,
    readonly end: number,
  ) {}

  /** The dictionary parsed, on first use (most streams are never asked); undefined if it does not parse. */
  get dict(): Map<string, PdfValue> | undefined {
    if (this.#dict === null) {
      const parsed = parseText(this.dictText, 0);
      this.#dict = parsed instanceof Map ? parsed : undefined;
    }
    return this.#dict;
  }
}

/** Every stream object of the file, in file order. */
export function streamsOf(buf: Buffer): PdfStream[] {
  const out: PdfStream[] = [];
  for (let i = buf.indexOf('stream'); i >= 0; i = buf.indexOf('stream', i + 6)) {
    if (i >= 3 && buf[i - 3] === 0x65 && buf[i - 2] === 0x6e && buf[i - 1] === 0x64) continue; // endstream
    const start = i + (buf[i + 6] === 0x0d ? 8 : 7);
    const head = objectAt(buf, i);
    // The whole dictionary, nested ones included (a form's /Resources may come after its /Filter).
    const dictText = buf.toString('latin1', head ? head.at : Math.max(0, buf.lastIndexOf('<<', i)), i);
    // Its direct /Length, as pdf.js reads it, when that lands on `endstream`: the data may hold the word.
    const length = /\/Length\s+(\d+)(?![\d.]|\s+\d+\s+R)/.exec(dictText);
    const end = endOf(buf, start, length ? Number(length[1]) : undefined);
    if (end < 0) break;
    out.push(new PdfStream(head?.num ?? -1, head?.gen ?? -1, head !== null, dictText, start, end));
    i = end;
  }
  return out;
}

/**
 * The stream's data as its filters and the file's encryption leave it: null when it cannot be read
 * here (a filter other than Flate, a stream that cannot be placed or decrypted), 'damaged' when its
 * Flate data is broken in a file without encryption (unreadable for pdf.js too).
 */
export function streamData(
  buf: Buffer,
  st: PdfStream,
  decrypt: StreamDecryptor | null,
): Buffer | null | 'damaged' {
  let data: Buffer | null = buf.subarray(st.start, st.end);
  if (decrypt) {
    data = st.placed ? decrypt(st.num, st.gen, trimEol(data, st.dictText)) : null;
    if (!data) return null;
  }
  if (/\/FlateDecode/.test(st.dictText)) {
    try {
      // Output chunks sized for a content stream's usual 4–8× ratio: fewer chunks to join.
      const chunkSize = Math.min(1 << 20, Math.max(16_384, data.length * 8));
      return inflateSync(data, { maxOutputLength: 16 << 20, chunkSize });
    } catch {
      // Broken for pdf.js too, unless it is our decryption that failed.
      return decrypt ? null : 'damaged';
    }
  }
  return /\/Filter/.test(st.dictText) ? null : data;
}

/** Where the stream's data ends: at its direct /Length if `endstream` follows, else before the first `endstream`. */
function endOf(buf: Buffer, start: number, length: number | undefined): number {
  if (length !== undefined) {
    let j = start + length;
    while (j < buf.length && (buf[j] === 0x0a || buf[j] === 0x0d || buf[j] === 0x20)) j++;
    if (buf.toString('latin1', j, j + 9) === 'endstream') return start + length;
  }
  return buf.indexOf('endstream', start);
}

/** The `num gen obj` header of the stream whose `stream` keyword is at `at` (`at`: just after `obj`). */
function objectAt(buf: Buffer, at: number): { num: number; gen: number; at: number } | null {
  // The dictionary between may hold a name or string with "obj" in it: take the first header-shaped one.
  for (
    let obj = buf.lastIndexOf('obj', at);
    obj >= 0 && at - obj < 65_536;
    obj = buf.lastIndexOf('obj', obj - 1)
  ) {
    const head = objectHeader(buf, obj);
    if (head) return { ...head, at: obj + 3 };
  }
  return null;
}

/**
 * The stream's data without the end-of-line before `endstream` (a block cipher needs its exact
 * length): the direct `/Length` when there is one.
 */
function trimEol(data: Buffer, dict: string): Buffer {
  const m = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const n = m ? Number(m[1]) : Number.NaN;
  if (n <= data.length) return data.subarray(0, n);
  let end = data.length;
  while (end > 0 && (data[end - 1] === 0x0a || data[end - 1] === 0x0d)) end--;
  return data.subarray(0, end);
}
