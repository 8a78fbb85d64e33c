/**
 * Whether a page may hide text, judged on how pdf.js saw it painted while reading its text: only
 * then is the exact visibility pass (visibility.ts, the page's operator list: a second read of it)
 * worth its cost. Our pdf.js patch (`reportTextPaint`, patches/pdfjs-dist+6.5.438.patch) records the
 * facts in the same pass that reads the text, its forms included, after pdf.js has decrypted and
 * inflated the page's streams itself; the policy that weighs them is ours, here.
 *
 * Text may be hidden by a render mode that paints nothing (3, 7), by a fill opacity of (next to)
 * nothing (an ExtGState's /ca), by a clip, or by a fill colour:
 * text shown in white (on the white page or a white box), or in a colour an area of the page is
 * also filled in (a box beneath it). Statements print grey and coloured text everywhere, and sending
 * every such page through the exact pass doubled extraction for most real statements, so coloured
 * text alone does not count. Black counts as nothing: it is the initial colour, and a colour space
 * set with `cs` starts at its initial colour.
 */

import type { Box, M } from './geometry.js';

/** A fill opacity at or below this paints text nobody can read (0 is none at all). */
export const NEARLY_TRANSPARENT = 0.05;

/** A fill colour as its operator gave it: `g`, `rg`, `k`, `sc` or `scn`, with its operands (a pattern's name as a string). */
export interface PaintColor {
  op: string;
  args: (number | string)[];
}

/** An area painted on the page, as the patch traced it: a filled path, an image or a shading. */
export interface PaintArea {
  /** Its bounding box in page space; null for a shading with no clip set (the whole page). */
  box: Box | null;
  /** The path's length as pdf.js's operator list encodes it (13 for one rectangle); null for an image or a shading. */
  entries: number | null;
  /** Its fill colour as `#rrggbb`, as the operator list gives it; null when not known (a pattern, an image). */
  color: string | null;
}

/** A text run shown on the page, as the patch traced it (one per show operator). */
export interface PaintShow {
  /** Text space to page space where the run starts (the CTM after the text matrix). */
  transform: M;
  size: number;
  rise: number;
  /** The fill colour as `#rrggbb`; null when not known. */
  color: string | null;
  alpha: number;
  mode: number;
  /** The clip's bounding box in page space; null when nothing clips. */
  clip: Box | null;
  /** The font is a Type 3 font (its glyphs may set their own colour); null when not known. */
  type3: boolean | null;
  /** How many of the page's areas were painted before it (they lie beneath it). */
  areas: number;
}

/** What lies where on a page, in painting order: what the exact visibility pass judges (visibility.ts). */
export interface PaintTrace {
  areas: PaintArea[];
  shows: PaintShow[];
}

/** How pdf.js saw one page's text and areas painted (the patch's `textPaint` chunk). */
export interface TextPaint {
  /** A clipping path was set somewhere on the page. */
  clip: boolean;
  /** The render modes text was shown in. */
  renderModes: number[];
  /** The fill opacities (/ca) text was shown in; absent from facts of an older patch. */
  textAlphas?: number[];
  /** The fill colours text was shown in, other than the initial one. */
  textColors: PaintColor[];
  /** The fill colours areas were filled in, other than the initial one. */
  fillColors: PaintColor[];
  /** The page's areas and text runs; absent from facts of an older patch. */
  trace?: PaintTrace;
}

/** True when the page may hide text: its facts unknown (pdf.js without our patch) count as may. */
export function paintMayHide(paint: TextPaint | undefined): boolean {
  if (!paint) return true;
  if (paint.clip) return true;
  if (paint.renderModes.some((m) => m === 3 || m === 7)) return true;
  if (paint.textAlphas?.some((a) => a <= NEARLY_TRANSPARENT)) return true;
  const fills = new Set(paint.fillColors.filter((c) => !isBlack(c)).map(colorKey));
  return paint.textColors.some((c) => !isBlack(c) && (isWhite(c) || fills.has(colorKey(c))));
}

/** The same colour set the same way (no conversion between colour spaces: a heuristic, as the scan's was). */
function colorKey(c: PaintColor): string {
  return `${c.op} ${c.args.join(' ')}`;
}

function numbers(c: PaintColor): number[] | null {
  return c.args.every((a) => typeof a === 'number') ? (c.args as number[]) : null;
}

/** Full black in CMYK, every component 0 otherwise (gray, RGB). */
function isBlack(c: PaintColor): boolean {
  const v = numbers(c);
  if (!v || v.length === 0) return false;
  return c.op === 'k' ? v[3] === 1 : v.every((x) => x === 0);
}

/** Near-white: no ink in CMYK, every component at 0.9 or more otherwise. */
function isWhite(c: PaintColor): boolean {
  const v = numbers(c);
  if (!v || v.length === 0) return false;
  return c.op === 'k' ? v.every((x) => x <= 0.1) : v.every((x) => x >= 0.9);
}
