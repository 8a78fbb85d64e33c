/**
 * The cheap first look for hidden text: does any content stream of the file use an operator that can
 * hide text? Only then is the exact pass (visibility.ts, a second read of every page) worth its cost.
 */
import { inflateSync } from 'node:zlib';

/** A render mode of 3 or 7, a clip, or a white fill. */
const HIDING =
  /\b[37]\s+Tr\b|\bW\*?\s+n\b|(?:^|[^\d.])1(?:\.0*)?\s+(?:g|(?:1(?:\.0*)?\s+){2}(?:rg|sc|scn))\b/;

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
    let text = s.slice(start, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        text = inflateSync(buf.subarray(start, end), { maxOutputLength: 16 << 20 }).toString('latin1');
      } catch {
        continue; // unreadable here is unreadable for pdf.js too
      }
    } else if (/\/Filter/.test(dict)) return true;
    if (HIDING.test(text) || (/T[Jj]\b/.test(text) && colouredFill(text))) return true;
  }
  return false;
}

/** A fill colour other than black: text in it may sit on a box of the same colour. */
function colouredFill(content: string): boolean {
  for (const m of content.matchAll(/((?:-?[\d.]+\s+){1,4})(rg|scn|sc|g|k)\b/g)) {
    const values = (m[1] ?? '').trim().split(/\s+/).map(Number);
    const black = m[2] === 'k' ? values.slice(0, 3).every((v) => v === 0) : values.every((v) => v === 0);
    if (!black) return true;
  }
  return false;
}
