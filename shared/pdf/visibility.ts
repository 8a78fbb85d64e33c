/**
 * Only text a reader can see counts. pdf.js's text content has no render mode, colour or clip, so a
 * line drawn invisibly (render mode 3), clipped away, outside the page, or in the colour of what is
 * under it would be read as data (a planted "9,999.00" transaction). Positions outside the page box
 * are checked on every page; the rest needs the page's operator list (a second pass over its content,
 * about as costly as reading its text), so it runs only when a cheap scan of the file's content
 * streams (`mayHideText`) finds an operator that can hide text: a render mode, a clip, a fill colour
 * other than black (text in it may sit on a box of its own colour), or encryption (no scan possible).
 */
import { inflateSync } from 'node:zlib';
import type { PositionedItem } from './layout.js';

/** pdf.js operator ids (pdfjs-dist 5.4, src/shared/util.js `OPS`). */
const OP = {
  save: 10,
  restore: 11,
  transform: 12,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  clip: 29,
  eoClip: 30,
  beginText: 31,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRenderingMode: 38,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
} as const;
const FILLS = new Set<number>([
  OP.fill,
  OP.eoFill,
  OP.fillStroke,
  OP.eoFillStroke,
  OP.closeFillStroke,
  OP.closeEOFillStroke,
]);

/** The page proxy methods this needs. */
export interface VisibilityPage {
  view: number[];
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

type M = [number, number, number, number, number, number];
type Box = [number, number, number, number];
interface Gs {
  ctm: M;
  fill: string;
  mode: number;
  clip: Box | null;
}

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

/** The items a reader can see; `exact` walks the operator list, otherwise only the page box is checked. */
export async function visibleItems(
  page: VisibilityPage,
  items: PositionedItem[],
  exact: boolean,
): Promise<PositionedItem[]> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const onPage = items.filter((it) => it.x >= x0 - 1 && it.x <= x1 && it.y >= y0 - 1 && it.y <= y1 + 1);
  if (!exact) return onPage;
  const hidden = hiddenOrigins(await page.getOperatorList());
  if (hidden.size === 0) return onPage;
  return onPage.filter((it) => !hidden.has(key(it.x, it.y)));
}

/** Origins (page space) of text runs drawn so that nobody sees them, minus those where visible text starts too. */
function hiddenOrigins(ops: { fnArray: number[]; argsArray: unknown[] }): Set<string> {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  const fills: { box: Box; color: string }[] = [];
  let gs: Gs = { ctm: [1, 0, 0, 1, 0, 0], fill: '#000000', mode: 0, clip: null };
  const stack: Gs[] = [];
  let tm: M = [1, 0, 0, 1, 0, 0];
  let tlm: M = tm;
  let size = 0;
  let leading = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hscale = 1;
  let rise = 0;
  let clipping = false;
  const move = (tx: number, ty: number) => {
    tlm = [
      tlm[0],
      tlm[1],
      tlm[2],
      tlm[3],
      tx * tlm[0] + ty * tlm[2] + tlm[4],
      tx * tlm[1] + ty * tlm[3] + tlm[5],
    ];
    tm = tlm;
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const a = ops.argsArray[i] as unknown[] | null;
    const n = (k: number) => Number(a?.[k] ?? 0);
    switch (ops.fnArray[i]) {
      case OP.save:
        stack.push(gs);
        gs = { ...gs };
        break;
      case OP.restore:
        gs = stack.pop() ?? gs;
        break;
      case OP.transform:
        gs.ctm = mul(gs.ctm, [n(0), n(1), n(2), n(3), n(4), n(5)]);
        break;
      case OP.paintFormXObjectBegin: {
        stack.push(gs);
        gs = { ...gs };
        const m = a?.[0] as number[] | null;
        if (m) gs.ctm = mul(gs.ctm, m as M);
        const b = a?.[1] as number[] | null;
        if (b) gs.clip = intersect(gs.clip, boxOf(gs.ctm, b as Box));
        break;
      }
      case OP.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OP.clip:
      case OP.eoClip:
        clipping = true;
        break;
      case OP.constructPath: {
        const mm = a?.[2] as number[] | null;
        const box = mm && Number.isFinite(mm[0]) ? boxOf(gs.ctm, mm as Box) : null;
        if (clipping && box) gs.clip = intersect(gs.clip, box);
        clipping = false;
        if (box && FILLS.has(n(0))) fills.push({ box, color: gs.fill });
        break;
      }
      case OP.setFillRGBColor:
        gs.fill = String(a?.[0] ?? '#000000').toLowerCase();
        break;
      case OP.setTextRenderingMode:
        gs.mode = n(0);
        break;
      case OP.beginText:
        tm = tlm = [1, 0, 0, 1, 0, 0];
        break;
      case OP.setTextMatrix: {
        const m = a?.[0] as ArrayLike<number>;
        tm = tlm = [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
        break;
      }
      case OP.moveText:
        move(n(0), n(1));
        break;
      case OP.setLeadingMoveText:
        leading = -n(1);
        move(n(0), n(1));
        break;
      case OP.nextLine:
        move(0, -leading);
        break;
      case OP.setLeading:
        leading = n(0);
        break;
      case OP.setFont:
        size = n(1);
        break;
      case OP.setCharSpacing:
        charSpacing = n(0);
        break;
      case OP.setWordSpacing:
        wordSpacing = n(0);
        break;
      case OP.setHScale:
        hscale = n(0) / 100;
        break;
      case OP.setTextRise:
        rise = n(0);
        break;
      case OP.showText: {
        const [x, y] = apply(gs.ctm, apply(tm, [0, rise]));
        (invisible(gs, x, y, fills) ? hidden : shown).add(key(x, y));
        let advance = 0;
        for (const g of (a?.[0] as unknown[]) ?? []) {
          if (typeof g === 'number') advance -= (g * size) / 1000;
          else {
            const glyph = g as { width?: number; isSpace?: boolean };
            advance += ((glyph.width ?? 0) * size) / 1000 + charSpacing + (glyph.isSpace ? wordSpacing : 0);
          }
        }
        tm = [tm[0], tm[1], tm[2], tm[3], advance * hscale * tm[0] + tm[4], advance * hscale * tm[1] + tm[5]];
        break;
      }
    }
  }
  for (const k of shown) hidden.delete(k);
  return hidden;
}

/** Render mode 3 (7: clip only), outside the clip, or filled in the colour of what lies beneath. */
function invisible(gs: Gs, x: number, y: number, fills: { box: Box; color: string }[]): boolean {
  if (gs.mode === 3 || gs.mode === 7) return true;
  if (gs.clip && !inside(gs.clip, x, y)) return true;
  if (gs.mode === 1 || gs.mode === 5) return false; // stroked outlines: their colour is another state
  let under = '#ffffff';
  for (let i = fills.length - 1; i >= 0; i--) {
    const f = fills[i] as { box: Box; color: string };
    if (inside(f.box, x, y)) {
      under = f.color;
      break;
    }
  }
  return gs.fill === under;
}

function key(x: number, y: number): string {
  return `${Math.round(x * 2)},${Math.round(y * 2)}`;
}

function mul(m: M, n: M): M {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: M, [x, y]: [number, number]): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

function boxOf(m: M, b: Box): Box {
  const pts = [
    apply(m, [b[0], b[1]]),
    apply(m, [b[2], b[3]]),
    apply(m, [b[0], b[3]]),
    apply(m, [b[2], b[1]]),
  ];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** Inside, with a point of slack (a baseline on the clip's edge is still seen). */
function inside(b: Box, x: number, y: number): boolean {
  return x >= b[0] - 1 && x <= b[2] + 1 && y >= b[1] - 1 && y <= b[3] + 1;
}
