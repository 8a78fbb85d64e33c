/**
 * The cheap first look for hidden text: does any content stream of the file use an operator that can
 * hide text? Only then is the exact pass (visibility.ts, a second read of every page) worth its cost.
 */
import { inflateSync } from 'node:zlib';

/** True when some content stream of the file may hide text (or cannot be scanned: encrypted). */
export function mayHideText(pdf: Uint8Array): boolean {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const s = buf.toString('latin1');
  if (/\/Encrypt\b/.test(s)) return true;
  for (let i = s.indexOf('stream'); i >= 0; i = s.indexOf('stream', i + 6)) {
    if (s.startsWith('end', i - 3)) continue;
    const start = i + (s[i + 6] === '\r' ? 8 : 7);
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    const dict = s.slice(s.lastIndexOf('<<', i), i);
    // Images, fonts and object streams hold no drawing operators.
    if (/\/(Image|Length1|Length2|Length3|ObjStm|XRef)\b/.test(dict)) continue;
    let text = buf.subarray(start, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        text = inflateSync(text, { maxOutputLength: 16 << 20 });
      } catch {
        continue; // unreadable here is unreadable for pdf.js too
      }
    } else if (/\/Filter/.test(dict)) return true;
    if (mayHide(text)) return true;
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
 * other than black in a stream that also shows text (text in it may sit on a box of its own colour).
 */
function mayHide(content: Buffer): boolean {
  for (const args of operands(content, 'Tr')) if (args[0] === 3 || args[0] === 7) return true;
  for (const clip of ['W n', 'W\nn', 'W\r\nn', 'W* n', 'W*\nn']) if (content.includes(clip)) return true;
  if (!content.includes('Tj') && !content.includes('TJ')) return false;
  for (const op of ['rg', 'sc', 'scn', 'g']) {
    for (const args of operands(content, op)) if (args.length > 0 && args.some((v) => v !== 0)) return true;
  }
  for (const args of operands(content, 'k'))
    if (args.length === 4 && args.slice(0, 3).some((v) => v !== 0)) return true;
  return false;
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
