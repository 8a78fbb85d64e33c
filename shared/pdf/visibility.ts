/**
 * Only text a reader can see counts. pdf.js's text content has no render mode, colour, opacity or
 * clip, so a line drawn invisibly (render mode 3, or fully transparent), clipped away, outside the
 * page, in the colour of what is under it, or too small to read would be read as data (a planted
 * "9,999.00" transaction). Positions outside the page box and sizes under 1 pt (extract.ts) are
 * checked on every page; the rest needs the page's operator list (a second pass over its content,
 * about as costly as reading its text), so it runs only on a page that the text pass saw painted in
 * a way that can hide text (text-paint.ts): a render mode, a fill opacity of next to nothing, a clip,
 * white text, or text in the colour of a filled area.
 */
import { apply, type Box, boxOf, inside, intersect, type M, mul } from './geometry.js';
import type { PositionedItem } from './layout.js';
import { NEARLY_TRANSPARENT } from './text-paint.js';

/** pdf.js operator ids (pdfjs-dist 5.4, src/shared/util.js `OPS`). */
const OP = {
  setGState: 9,
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
  setFillColor: 54,
  setFillColorN: 55,
  setFillRGBColor: 59,
  shadingFill: 62,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
  setFillTransparent: 93,
} as const;
/** Image painting operators (masks, inline, repeated): they cover the unit square of the CTM. */
const IMAGES = new Set([83, 84, 85, 86, 87, 88, 89, 90]);
/** What lies under text that a box or image of unknown colour covers: never "the same colour". */
const UNKNOWN = 'unknown';
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
  /** Loaded fonts by the name setFont uses (`isType3Font`), once the operator list is read. */
  commonObjs: { get(name: string): unknown };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

interface Gs {
  ctm: M;
  fill: string;
  /** The fill opacity (an ExtGState's /ca). */
  alpha: number;
  mode: number;
  clip: Box | null;
}

/** The items a reader can see; `exact` walks the operator list, otherwise only the page box and the size are checked. */
export async function visibleItems(
  page: VisibilityPage,
  items: PositionedItem[],
  exact: boolean,
): Promise<PositionedItem[]> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const onPage = items.filter(
    (it) => !it.unreadable && it.x >= x0 - 1 && it.x <= x1 && it.y >= y0 - 1 && it.y <= y1 + 1,
  );
  if (!exact) return onPage;
  const list = await page.getOperatorList();
  const hidden = hiddenOrigins(list, (name) => {
    try {
      return (page.commonObjs.get(name) as { isType3Font?: boolean } | null)?.isType3Font !== false;
    } catch {
      return true; // not known: do not judge its colour
    }
  });
  if (hidden.size === 0) return onPage;
  return onPage.filter((it) => !hidden.has(key(it.x, it.y)));
}

/** Origins (page space) of text runs drawn so that nobody sees them, minus those where visible text starts too. */
function hiddenOrigins(
  ops: { fnArray: number[]; argsArray: unknown[] },
  type3: (font: string) => boolean,
): Set<string> {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  const fills: { box: Box; color: string }[] = [];
  let gs: Gs = { ctm: [1, 0, 0, 1, 0, 0], fill: '#000000', alpha: 1, mode: 0, clip: null };
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
  let font = '';
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
      case OP.setGState:
        // pdf.js passes the state's entries it keeps as [key, value] pairs.
        for (const entry of (a?.[0] as unknown[] | undefined) ?? []) {
          const [key, value] = entry as [unknown, unknown];
          if (key === 'ca' && typeof value === 'number') gs.alpha = value;
        }
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
        // Only a single rectangle (13 path entries) is known to fill its whole box: a frame or a
        // shape fills part of it, so what lies under a point inside is unknown.
        const path = (a?.[1] as (ArrayLike<number> | null)[] | null)?.[0];
        const rect = (path?.length ?? 0) <= 13;
        if (box && FILLS.has(n(0))) fills.push({ box, color: rect ? gs.fill : UNKNOWN });
        break;
      }
      case OP.shadingFill:
        fills.push({ box: gs.clip ?? [-1e9, -1e9, 1e9, 1e9], color: UNKNOWN });
        break;
      case OP.setFillColor:
      case OP.setFillColorN:
      case OP.setFillTransparent:
        gs.fill = UNKNOWN;
        break;
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
        font = String(a?.[0] ?? '');
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
        // What lies under a glyph is judged a little inside it, off the baseline where rules are drawn.
        const [cx, cy] = apply(gs.ctm, apply(tm, [size * 0.15, rise + size * 0.3]));
        // A Type 3 glyph is a drawing of its own and may set its own colour: the fill state says nothing.
        const colour = type3(font) ? { ...gs, fill: UNKNOWN } : gs;
        (invisible(colour, x, y, cx, cy, fills) ? hidden : shown).add(key(x, y));
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
      default:
        if (IMAGES.has(ops.fnArray[i] as number))
          fills.push({ box: boxOf(gs.ctm, [0, 0, 1, 1]), color: UNKNOWN });
        break;
    }
  }
  for (const k of shown) hidden.delete(k);
  return hidden;
}

/** Render mode 3 (7: clip only), (next to) transparent, outside the clip, or filled in the colour of what lies beneath. */
function invisible(
  gs: Gs,
  x: number,
  y: number,
  cx: number,
  cy: number,
  fills: { box: Box; color: string }[],
): boolean {
  if (gs.mode === 3 || gs.mode === 7) return true;
  // Filled only (0, 4): an outline (1, 2, 5, 6) is stroked, at its own opacity (/CA).
  if (gs.alpha <= NEARLY_TRANSPARENT && (gs.mode === 0 || gs.mode === 4)) return true;
  if (gs.clip && !inside(gs.clip, x, y, 1)) return true;
  if (gs.mode === 1 || gs.mode === 5) return false; // stroked outlines: their colour is another state
  let under = '#ffffff';
  for (let i = fills.length - 1; i >= 0; i--) {
    const f = fills[i] as { box: Box; color: string };
    if (inside(f.box, cx, cy, 0)) {
      under = f.color;
      break;
    }
  }
  return gs.fill === under && under !== UNKNOWN;
}

function key(x: number, y: number): string {
  return `${Math.round(x * 2)},${Math.round(y * 2)}`;
}
