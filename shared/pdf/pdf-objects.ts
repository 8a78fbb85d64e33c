/**
 * Just enough of PDF's object syntax for the hiding scan to read an encryption dictionary and a
 * file ID without pdf.js: names, numbers, strings, arrays, dictionaries and references. A scan that
 * cannot read something gets `undefined` and falls back to the exact pass, so this stays small.
 */

/** A parsed PDF value: strings are their raw bytes, names keep no slash, `R` references are kept as `{ ref }`. */
export type PdfValue =
  | number
  | boolean
  | null
  | { name: string }
  | { ref: [number, number] }
  | Buffer
  | PdfValue[]
  | Map<string, PdfValue>;

const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const SPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
/** Nesting deeper than this is not an encryption dictionary: give up rather than recurse on. */
const MAX_DEPTH = 16;

/** How far past its start a value is looked for (an encryption dictionary is a few hundred bytes). */
const WINDOW = 16_384;
const SMALL_WINDOW = 1_024;

/** Parses the value starting at byte `at` of the file; undefined when it is not one we read. */
export function parseValue(buf: Buffer, at: number): PdfValue | undefined {
  // Most values are short: a small window first, the large one when the value runs past it.
  if (at + SMALL_WINDOW < buf.length) {
    const v = parseText(buf.toString('latin1', at, at + SMALL_WINDOW), 0);
    if (v !== undefined) return v;
  }
  return parseText(buf.toString('latin1', at, at + WINDOW), 0);
}

/** Parses the value starting at `at` of `s` (PDF bytes as latin1); undefined when it is not one we read. */
export function parseText(s: string, at: number): PdfValue | undefined {
  const p = { s, i: at };
  try {
    return value(p, 0);
  } catch {
    return undefined;
  }
}

/** The name a value is, or undefined. */
export const nameOf = (v: PdfValue | undefined): string | undefined =>
  v && typeof v === 'object' && 'name' in v ? v.name : undefined;

/** The `num gen` before the `obj` keyword at `at` (read backwards as bytes), or null if none stands there. */
export function objectHeader(buf: Buffer, at: number): { num: number; gen: number } | null {
  let i = at - 1;
  let from = i;
  while (i >= 0 && SPACE.has(buf[i] as number)) i--;
  if (i === from) return null;
  let gen = 0;
  let scale = 1;
  for (from = i; i >= 0 && isDigit(buf[i]) && from - i < 10; i--, scale *= 10)
    gen += ((buf[i] as number) - 0x30) * scale;
  if (i === from) return null;
  for (from = i; i >= 0 && SPACE.has(buf[i] as number); ) i--;
  if (i === from) return null;
  let num = 0;
  scale = 1;
  for (from = i; i >= 0 && isDigit(buf[i]) && from - i < 10; i--, scale *= 10)
    num += ((buf[i] as number) - 0x30) * scale;
  if (i === from || isDigit(buf[i])) return null;
  return { num, gen };
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/**
 * Where each indirect object's value starts (just after `num gen obj`; the last definition wins, as
 * incremental updates do), found in one forward pass: a backward search per object cost
 * milliseconds each on a 700 KB file.
 */
export function objectOffsets(buf: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = buf.indexOf('obj'); at >= 0; at = buf.indexOf('obj', at + 3)) {
    const head = objectHeader(buf, at);
    if (head) out.set(`${head.num} ${head.gen}`, at + 3);
  }
  return out;
}

/** The dictionary of indirect object `num gen obj` (its last definition: incremental updates win). */
export function objectDict(buf: Buffer, num: number, gen: number): Map<string, PdfValue> | undefined {
  const header = `${num} ${gen} obj`;
  for (let at = buf.lastIndexOf(header); at >= 0; at = buf.lastIndexOf(header, at - 1)) {
    const before = buf[at - 1];
    if (before !== undefined && before >= 0x30 && before <= 0x39) continue; // "15 0 obj" is not "5 0 obj"
    const v = parseValue(buf, at + header.length);
    return v instanceof Map ? v : undefined;
  }
  return undefined;
}

interface Cursor {
  s: string;
  i: number;
}

function skip(p: Cursor): void {
  for (;;) {
    const c = p.s.charCodeAt(p.i);
    if (SPACE.has(c)) p.i++;
    else if (c === 0x25) while (p.i < p.s.length && !'\r\n'.includes(p.s[p.i] as string)) p.i++;
    else return;
  }
}

function token(p: Cursor): string {
  const start = p.i;
  while (p.i < p.s.length) {
    const c = p.s.charCodeAt(p.i);
    if (SPACE.has(c) || DELIMITERS.has(c)) break;
    p.i++;
  }
  return p.s.slice(start, p.i);
}

function value(p: Cursor, depth: number): PdfValue {
  if (depth > MAX_DEPTH) throw new Error('too deep');
  skip(p);
  const c = p.s[p.i];
  if (c === '/') {
    p.i++;
    return { name: token(p) };
  }
  if (c === '(') return literal(p);
  if (p.s.startsWith('<<', p.i)) return dict(p, depth);
  if (c === '<') return hex(p);
  if (c === '[') {
    p.i++;
    const out: PdfValue[] = [];
    for (skip(p); p.s[p.i] !== ']'; skip(p)) {
      if (p.i >= p.s.length) throw new Error('unterminated array');
      out.push(value(p, depth + 1));
    }
    p.i++;
    return out;
  }
  const word = token(p);
  if (word === 'true' || word === 'false') return word === 'true';
  if (word === 'null') return null;
  const n = Number(word);
  if (word === '' || !Number.isFinite(n)) throw new Error('not a value');
  // `num gen R`: look ahead without consuming unless it is one.
  const back = p.i;
  skip(p);
  const gen = token(p);
  skip(p);
  if (/^\d+$/.test(word) && /^\d+$/.test(gen) && p.s[p.i] === 'R' && !/\w/.test(p.s[p.i + 1] ?? '')) {
    p.i++;
    return { ref: [n, Number(gen)] };
  }
  p.i = back;
  return n;
}

function dict(p: Cursor, depth: number): Map<string, PdfValue> {
  p.i += 2;
  const out = new Map<string, PdfValue>();
  for (skip(p); !p.s.startsWith('>>', p.i); skip(p)) {
    if (p.s[p.i] !== '/') throw new Error('dictionary key expected');
    p.i++;
    const key = token(p);
    out.set(key, value(p, depth + 1));
  }
  p.i += 2;
  return out;
}

function literal(p: Cursor): Buffer {
  const bytes: number[] = [];
  let nest = 0;
  for (p.i++; p.i < p.s.length; p.i++) {
    const ch = p.s[p.i] as string;
    if (ch === '\\') {
      const e = p.s[++p.i] ?? '';
      if (e in ESCAPES) bytes.push(ESCAPES[e] as number);
      else if (/[0-7]/.test(e)) {
        let oct = e;
        while (oct.length < 3 && /[0-7]/.test(p.s[p.i + 1] ?? '')) oct += p.s[++p.i];
        bytes.push(Number.parseInt(oct, 8) & 0xff);
      } else if (e === '\r') {
        if (p.s[p.i + 1] === '\n') p.i++; // a line continuation
      } else if (e !== '\n') bytes.push(e.charCodeAt(0));
      continue;
    }
    if (ch === '(') nest++;
    if (ch === ')' && nest-- === 0) {
      p.i++;
      return Buffer.from(bytes);
    }
    bytes.push(ch.charCodeAt(0));
  }
  throw new Error('unterminated string');
}

function hex(p: Cursor): Buffer {
  const end = p.s.indexOf('>', p.i);
  if (end < 0) throw new Error('unterminated hex string');
  let digits = p.s.slice(p.i + 1, end).replace(/[\s\0]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) throw new Error('not hex');
  if (digits.length % 2) digits += '0';
  p.i = end + 1;
  return Buffer.from(digits, 'hex');
}
