/** The two charts, drawn as inline SVG: a donut of spending by category and bars of spending over time. */
import type { Bucket } from './data.js';
import { s } from './dom.js';

/** Distinct on white and on the dark theme's background; repeats past ten categories. */
export const PALETTE = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#db2777',
  '#7c3aed',
  '#0891b2',
  '#dc2626',
  '#65a30d',
  '#9333ea',
  '#64748b',
];

/** The palette colour for the i-th series. */
export function colour(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#64748b';
}

export interface Slice {
  label: string;
  value: number;
  title: string;
}

/** A donut with one path per slice, sized by value; the caller supplies the legend. */
export function donut(slices: readonly Slice[], label: string): SVGElement {
  const svg = s('svg', { viewBox: '-110 -110 220 220', role: 'img', 'aria-label': label, class: 'donut' });
  const total = slices.reduce((sum, x) => sum + Math.max(0, x.value), 0);
  let angle = 0;
  slices.forEach((x, i) => {
    const sweep = total > 0 ? (Math.max(0, x.value) / total) * Math.PI * 2 : 0;
    const path = s(
      'path',
      { d: arc(angle, angle + sweep), fill: colour(i), 'data-slice': i },
      s('title', {}, x.title),
    );
    svg.append(path);
    angle += sweep;
  });
  return svg;
}

const OUTER = 100;
const INNER = 62;

/** A ring segment; a full turn is drawn as two halves because one arc cannot start and end at one point. */
function arc(a0: number, a1: number): string {
  if (a1 - a0 >= Math.PI * 2 - 1e-9) {
    const mid = a0 + Math.PI;
    return `${segment(a0, mid)} ${segment(mid, a1)}`;
  }
  return segment(a0, a1);
}

function segment(a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const p = (r: number, a: number) => `${round(r * Math.sin(a))} ${round(-r * Math.cos(a))}`;
  return `M${p(OUTER, a0)}A${OUTER} ${OUTER} 0 ${large} 1 ${p(OUTER, a1)}L${p(INNER, a1)}A${INNER} ${INNER} 0 ${large} 0 ${p(INNER, a0)}Z`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const W = 800;
const H = 220;
const PAD = { top: 24, right: 8, bottom: 24, left: 8 };

/** One bar per bucket, with a few date labels and the peak marked; bar titles give exact values. */
export function bars(
  buckets: readonly Bucket[],
  o: {
    label: string;
    amountText(n: number): string;
    dateText(iso: string): string;
    title(b: Bucket): string;
  },
): SVGElement {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': o.label, class: 'bars' });
  const max = Math.max(0, ...buckets.map((b) => b.amount));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = buckets.length > 0 ? plotW / buckets.length : plotW;
  const gap = Math.min(2, step * 0.2);
  svg.append(
    s('line', { x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom, class: 'axis' }),
  );
  buckets.forEach((b, i) => {
    const h = max > 0 ? (b.amount / max) * plotH : 0;
    const x = PAD.left + i * step + gap / 2;
    svg.append(
      s(
        'rect',
        {
          x: round(x),
          y: round(H - PAD.bottom - h),
          width: round(Math.max(0.5, step - gap)),
          height: round(h),
          rx: Math.min(2, step / 4),
          'data-bar': i,
          class: b.amount === max && max > 0 ? 'bar peak' : 'bar',
        },
        s('title', {}, o.title(b)),
      ),
    );
  });
  const every = Math.max(1, Math.ceil(buckets.length / 6));
  buckets.forEach((b, i) => {
    if (i % every !== 0) return;
    const x = PAD.left + i * step + step / 2;
    svg.append(
      s('text', { x: round(x), y: H - 6, class: 'tick', 'text-anchor': 'middle' }, o.dateText(b.start)),
    );
  });
  if (max > 0)
    svg.append(s('text', { x: PAD.left + 2, y: PAD.top - 8, class: 'tick' }, `max ${o.amountText(max)}`));
  return svg;
}
