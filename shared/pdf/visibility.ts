/**
 * Only text a reader can see counts. pdf.js's text content has no render mode, colour, opacity or
 * clip, so a line drawn invisibly (render mode 3, or fully transparent), clipped away, outside the
 * page, in the colour of what is under it, or too small to read would be read as data (a planted
 * "9,999.00" transaction). Positions outside the page box and sizes under 1 pt (extract.ts) are
 * checked on every page; the rest judges what lies where on the page, in painting order, so it runs
 * only on a page that the text pass saw painted in a way that can hide text (text-paint.ts): a render
 * mode, a fill opacity of next to nothing, a clip, white text, or text in the colour of a filled area.
 *
 * What lies where comes from our pdf.js patch, which traces it in the text pass itself (the trace of
 * text-paint.ts). Without it (a pdf.js without our patch) the same trace is built from the page's
 * operator list: a second read of the page, about as costly as reading its text, that the patch
 * spares. Both give the same trace (test/pdf/paint-trace.test.ts); the judgement is one, here.
 */
import { apply, type Box, boxOf, inside, intersect, type M, mul } from './geometry.js';
import type { PositionedItem } from './layout.js';
import { NEARLY_TRANSPARENT, type PaintArea, type PaintShow, type PaintTrace } from './text-paint.js';

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
  /** `#rrggbb`, or null when not known. */
  fill: string | null;
  /** The fill opacity (an ExtGState's /ca). */
  alpha: number;
  mode: number;
  clip: Box | null;
  /** The text state's parameters: part of the graphics state, so a Q restores them too. */
  font: string;
  size: number;
  leading: number;
  charSpacing: number;
  wordSpacing: number;
  hscale: number;
  rise: number;
}

/**
 * The items a reader can see; `exact` judges what lies where (the patch's `trace`, or the page's
 * operator list without it), otherwise only the page box and the size are checked.
 */
export async function visibleItems(
  page: VisibilityPage,
  items: PositionedItem[],
  exact: boolean,
  trace?: PaintTrace,
): Promise<PositionedItem[]> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  // A loop, not filter with an arrow: an arrow made per page is compiled again after each full
  // collection of the worker (docs/load.md, "Per-call closures"). Indexed, not for…of: run once a
  // page, this loop often runs before V8 optimises it, and unoptimised for…of allocates a result
  // object per item (layout.ts, "Loops over items").
  const onPage: PositionedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as PositionedItem;
    if (!it.unreadable && it.x >= x0 - 1 && it.x <= x1 && it.y >= y0 - 1 && it.y <= y1 + 1) onPage.push(it);
  }
  if (!exact) return onPage;
  const hidden = hiddenOrigins(trace ?? (await traceOfOperatorList(page)));
  if (hidden.size === 0) return onPage;
  return onPage.filter((it) => !hidden.has(key(it.x, it.y)));
}

/** The page's trace built from its operator list (a second read of the page): for a pdf.js without our patch. */
export async function traceOfOperatorList(page: VisibilityPage): Promise<PaintTrace> {
  const list = await page.getOperatorList();
  return traceOf(list, (name) => {
    try {
      return (page.commonObjs.get(name) as { isType3Font?: boolean } | null)?.isType3Font === true;
    } catch {
      return null; // not known
    }
  });
}

/** Origins (page space) of text runs drawn so that nobody sees them, minus those where visible text starts too. */
export function hiddenOrigins(trace: PaintTrace): Set<string> {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  for (const show of trace.shows) {
    const m = show.transform;
    const [x, y] = apply(m, [0, show.rise]);
    // What lies under a glyph is judged a little inside it, off the baseline where rules are drawn.
    const [cx, cy] = apply(m, [show.size * 0.15, show.rise + show.size * 0.3]);
    (invisible(show, x, y, cx, cy, trace.areas) ? hidden : shown).add(key(x, y));
  }
  for (const k of shown) hidden.delete(k);
  return hidden;
}

/** The operator list's areas and text runs, as the patch traces them in the text pass. */
function traceOf(
  ops: { fnArray: number[]; argsArray: unknown[] },
  type3: (font: string) => boolean | null,
): PaintTrace {
  const areas: PaintArea[] = [];
  const shows: PaintShow[] = [];
  let gs: Gs = {
    ctm: [1, 0, 0, 1, 0, 0],
    fill: '#000000',
    alpha: 1,
    mode: 0,
    clip: null,
    font: '',
    size: 0,
    leading: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hscale: 1,
    rise: 0,
  };
  const stack: Gs[] = [];
  let tm: M = [1, 0, 0, 1, 0, 0];
  let tlm: M = tm;
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
        const path = (a?.[1] as (ArrayLike<number> | null)[] | null)?.[0];
        if (box && FILLS.has(n(0))) areas.push({ box, entries: path?.length ?? 0, color: gs.fill });
        break;
      }
      case OP.shadingFill:
        areas.push({ box: gs.clip, entries: null, color: null });
        break;
      case OP.setFillColor:
      case OP.setFillColorN:
      case OP.setFillTransparent:
        gs.fill = null;
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
        gs.leading = -n(1);
        move(n(0), n(1));
        break;
      case OP.nextLine:
        move(0, -gs.leading);
        break;
      case OP.setLeading:
        gs.leading = n(0);
        break;
      case OP.setFont:
        gs.font = String(a?.[0] ?? '');
        gs.size = n(1);
        break;
      case OP.setCharSpacing:
        gs.charSpacing = n(0);
        break;
      case OP.setWordSpacing:
        gs.wordSpacing = n(0);
        break;
      case OP.setHScale:
        gs.hscale = n(0) / 100;
        break;
      case OP.setTextRise:
        gs.rise = n(0);
        break;
      case OP.showText: {
        const { size, charSpacing, wordSpacing, hscale, rise } = gs;
        shows.push({
          transform: mul(gs.ctm, tm),
          size,
          rise,
          color: gs.fill,
          alpha: gs.alpha,
          mode: gs.mode,
          clip: gs.clip,
          type3: type3(gs.font),
          areas: areas.length,
        });
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
          areas.push({ box: boxOf(gs.ctm, [0, 0, 1, 1]), entries: null, color: null });
        break;
    }
  }
  return { areas, shows };
}

/** Render mode 3 (7: clip only), (next to) transparent, outside the clip, or filled in the colour of what lies beneath. */
function invisible(
  show: PaintShow,
  x: number,
  y: number,
  cx: number,
  cy: number,
  areas: PaintArea[],
): boolean {
  const mode = show.mode;
  if (mode === 3 || mode === 7) return true;
  // Filled only (0, 4): an outline (1, 2, 5, 6) is stroked, at its own opacity (/CA).
  if (show.alpha <= NEARLY_TRANSPARENT && (mode === 0 || mode === 4)) return true;
  if (show.clip && !inside(show.clip, x, y, 1)) return true;
  if (mode === 1 || mode === 5) return false; // stroked outlines: their colour is another state
  // A Type 3 glyph is a drawing of its own and may set its own colour: the fill state says nothing.
  if (show.type3 !== false || show.color === null) return false;
  let under: string | null = '#ffffff';
  for (let i = Math.min(show.areas, areas.length) - 1; i >= 0; i--) {
    const area = areas[i] as PaintArea;
    if (!area.box || inside(area.box, cx, cy, 0)) {
      under = colorOf(area);
      break;
    }
  }
  return show.color === under;
}

/**
 * What an area paints where it lies. Only a single rectangle (13 path entries; fewer for a line or a
 * triangle) is known to fill its whole box: a frame or a shape fills part of it, so what lies under
 * a point inside is not known; nor is an image's or a shading's colour.
 */
function colorOf(area: PaintArea): string | null {
  return area.entries !== null && area.entries <= 13 ? area.color : null;
}

function key(x: number, y: number): string {
  return `${Math.round(x * 2)},${Math.round(y * 2)}`;
}
