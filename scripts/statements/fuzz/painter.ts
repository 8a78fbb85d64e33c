/**
 * A painter for fuzzed layouts: the drawn font family (Helvetica, Times, Courier or DejaVu), sizes,
 * letter spacing, and text measured before it is placed (columns are sized from their contents).
 */
import type { FuzzLayout } from './layout-types.js';

/** Printable characters beyond Latin-1 that WinAnsi still encodes: € – — ‘ ’ “ ” • … */
const BEYOND_WIN_ANSI = /[^ -\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/;

const FAMILIES: Record<FuzzLayout['font'], readonly [string, string]> = {
  helvetica: ['Helvetica', 'Helvetica-Bold'],
  times: ['Times-Roman', 'Times-Bold'],
  courier: ['Courier', 'Courier-Bold'],
  dejavu: ['UniBody', 'UniBold'],
};

export interface FuzzStyle {
  size?: number;
  bold?: boolean;
  /** Extra space between characters, in points ("A M Z N" to a text extractor). */
  spacing?: number;
  color?: string;
}

/** Places and measures text in one layout's fonts (DejaVu for glyphs WinAnsi lacks, such as ₹). */
export class FuzzPainter {
  readonly doc: PDFKit.PDFDocument;
  readonly base: number;
  private readonly family: readonly [string, string];
  private current = '';

  private readonly unicode: boolean;
  /** Round 13: each word placed on its own (see FuzzLayout.wordRuns). */
  private readonly words: boolean;

  /** `unicode`: the document registered DejaVu (UniBody/UniBold) for glyphs WinAnsi lacks. */
  constructor(doc: PDFKit.PDFDocument, layout: FuzzLayout, unicode: boolean) {
    this.doc = doc;
    this.unicode = unicode;
    this.base = layout.fontSize;
    this.family = FAMILIES[layout.font];
    this.words = layout.wordRuns;
  }

  private use(s: string, style: FuzzStyle): void {
    const uni = this.unicode && BEYOND_WIN_ANSI.test(s);
    const font = uni ? (style.bold ? 'UniBold' : 'UniBody') : style.bold ? this.family[1] : this.family[0];
    const size = style.size ?? this.base;
    const key = `${font}/${size}`;
    if (key !== this.current) {
      this.doc.font(font).fontSize(size);
      this.current = key;
    }
    this.doc.fillColor(style.color ?? '#000000');
  }

  /** Forgets the selected font (a new page starts clean). */
  newPage(): void {
    this.current = '';
  }

  /** The width of `s` in this style. */
  width(s: string, style: FuzzStyle = {}): number {
    if (s === '') return 0;
    this.use(s, style);
    return this.doc.widthOfString(s) + (style.spacing ?? 0) * Math.max(0, s.length - 1);
  }

  /** Left-aligned text at (x, y). */
  text(s: string, x: number, y: number, style: FuzzStyle = {}): void {
    if (s === '') return;
    this.use(s, style);
    const spacing = style.spacing ?? 0;
    if (!this.words || spacing !== 0 || !s.includes(' ')) {
      this.doc.text(s, x, y, { lineBreak: false, characterSpacing: spacing });
      return;
    }
    // Each word where the whole text would have put it, and no space glyph between: the gap alone
    // says where a word ends, as many issuers' report engines write their PDFs.
    for (const m of s.matchAll(/\S+/g)) {
      const at = x + this.doc.widthOfString(s.slice(0, m.index));
      this.doc.text(m[0], at, y, { lineBreak: false });
    }
  }

  /** Right-aligned text ending at x. */
  right(s: string, x: number, y: number, style: FuzzStyle = {}): void {
    this.text(s, x - this.width(s, style), y, style);
  }

  /** A thin horizontal rule. */
  rule(x1: number, x2: number, y: number): void {
    this.doc.save().lineWidth(0.5).strokeColor('#555555').moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /** An outlined rectangle. */
  box(x: number, y: number, w: number, h: number): void {
    this.doc.save().lineWidth(0.6).strokeColor('#555555').rect(x, y, w, h).stroke().restore();
  }

  /** A shaded rectangle behind a header. */
  fill(x: number, y: number, w: number, h: number, color = '#e8e8e8'): void {
    this.doc.save().fillColor(color).rect(x, y, w, h).fill().restore();
    this.current = '';
  }
}
