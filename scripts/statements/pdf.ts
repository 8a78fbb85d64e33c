/**
 * pdfkit plumbing: a deterministic in-memory document (fixed dates, seeded encryption salts), the
 * fonts (DejaVu from node_modules where ₹ is needed), and a Painter that places text at explicit
 * coordinates, as real statements do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { createRng, type Rng } from './prng.js';

export type FontSet = 'standard' | 'dejavu';

export interface DocOptions {
  size: readonly [number, number];
  title: string;
  fonts: FontSet;
  /** Seeds the encryption salts/IVs so encrypted output is reproducible too. */
  seed: number;
  userPassword?: string | undefined;
  ownerPasswordOnly?: string | undefined;
}

/** All statements claim this creation date, so identical options give identical bytes. */
export const CREATION_DATE = new Date(Date.UTC(2026, 10, 1, 12, 0, 0));

const FONT_FILES = { body: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;
let dejavu: { body: Buffer; bold: Buffer } | null = null;

/** Reads the DejaVu fonts (they carry ₹) from the dejavu-fonts-ttf package once per process. */
function dejavuFonts(): { body: Buffer; bold: Buffer } {
  if (!dejavu) {
    const require = createRequire(import.meta.url);
    const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
    dejavu = { body: readFileSync(dir + FONT_FILES.body), bold: readFileSync(dir + FONT_FILES.bold) };
  }
  return dejavu;
}

interface SecurityClass {
  generateRandomWordArray(n: number): Uint8Array;
}
let seededBytes: Rng | null = null;
let securityPatched = false;

/**
 * pdfkit draws AES salts and IVs from crypto.getRandomValues through one static method; route it
 * through a seeded stream while a document is being built (the build is synchronous, so
 * concurrent calls cannot interleave). This is test material, not a real encryption need.
 */
function patchSecurityRandom(): void {
  if (securityPatched) return;
  const probe = new PDFDocument({ userPassword: 'probe', pdfVersion: '1.7ext3', autoFirstPage: false });
  const cls = (probe as unknown as { _security?: { constructor: SecurityClass } })._security?.constructor;
  if (!cls) return;
  const original = cls.generateRandomWordArray.bind(cls);
  cls.generateRandomWordArray = (n: number): Uint8Array => {
    if (!seededBytes) return original(n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = seededBytes.int(0, 255);
    return out;
  };
  securityPatched = true;
}

/** Builds a PDF in memory: `draw` runs synchronously on a fresh document; resolves to the bytes. */
export async function renderPdf(options: DocOptions, draw: (p: Painter) => void): Promise<Buffer> {
  const encrypted = Boolean(options.userPassword || options.ownerPasswordOnly);
  if (encrypted) patchSecurityRandom();
  seededBytes = encrypted ? createRng(options.seed, 'pdf-security') : null;
  const chunks: Buffer[] = [];
  let done: Promise<void>;
  try {
    const doc = new PDFDocument({
      size: [options.size[0], options.size[1]],
      margin: 0,
      autoFirstPage: false,
      compress: true,
      info: {
        Title: options.title,
        Producer: 'statement-generator',
        Creator: 'statement-generator',
        CreationDate: CREATION_DATE,
      },
      ...(encrypted
        ? {
            pdfVersion: '1.7ext3' as const,
            userPassword: options.userPassword ?? '',
            ownerPassword: options.ownerPasswordOnly ?? options.userPassword,
            permissions: { printing: 'highResolution' as const, copying: true },
          }
        : {}),
    });
    doc.on('data', (c: Buffer) => chunks.push(c));
    done = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    if (options.fonts === 'dejavu') {
      const f = dejavuFonts();
      doc.registerFont('UniBody', f.body);
      doc.registerFont('UniBold', f.bold);
    }
    draw(new Painter(doc, options.fonts === 'dejavu'));
    doc.end();
  } finally {
    seededBytes = null;
  }
  await done;
  return Buffer.concat(chunks);
}

/** Printable characters beyond Latin-1 that WinAnsi still encodes: € – — ‘ ’ “ ” • … */
const BEYOND_WIN_ANSI = /[^ -\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

/** Places text at true coordinates (top-left origin, points) with the document's two fonts. */
export class Painter {
  readonly doc: PDFKit.PDFDocument;
  private font = '';
  private size = 0;
  private color = '';

  private readonly unicode: boolean;

  constructor(doc: PDFKit.PDFDocument, unicode: boolean) {
    this.doc = doc;
    this.unicode = unicode;
  }

  /** Starts a new page. */
  page(): void {
    this.doc.addPage();
    this.font = '';
    this.color = '';
  }

  private use(style: TextStyle, s: string): void {
    // Standard fonts are fast but WinAnsi-only; strings with other glyphs (₹) use DejaVu.
    // Standard fonts are selected by their own names: pdfkit caches them under those, while a
    // registered alias for a standard font is re-parsed from its AFM file on every switch.
    const uni = this.unicode && BEYOND_WIN_ANSI.test(s);
    const font = uni ? (style.bold ? 'UniBold' : 'UniBody') : style.bold ? 'Helvetica-Bold' : 'Helvetica';
    const size = style.size ?? 8;
    const color = style.color ?? '#000000';
    if (font !== this.font || size !== this.size) {
      this.doc.font(font).fontSize(size);
      this.font = font;
      this.size = size;
    }
    if (color !== this.color) {
      this.doc.fillColor(color);
      this.color = color;
    }
  }

  /** Left-aligned text at (x, y). */
  text(s: string, x: number, y: number, style: TextStyle = {}): void {
    this.use(style, s);
    this.doc.text(s, x, y, { lineBreak: false });
  }

  /** Right-aligned text ending at x. */
  right(s: string, x: number, y: number, style: TextStyle = {}): void {
    this.use(style, s);
    this.doc.text(s, x - this.doc.widthOfString(s), y, { lineBreak: false });
  }

  /** Centred text around x. */
  center(s: string, x: number, y: number, style: TextStyle = {}): void {
    this.use(style, s);
    this.doc.text(s, x - this.doc.widthOfString(s) / 2, y, { lineBreak: false });
  }

  /** Lines of text stacked downwards from (x, y), `step` points apart. */
  lines(strings: readonly string[], x: number, y: number, step: number, style: TextStyle = {}): void {
    strings.forEach((s, i) => {
      this.text(s, x, y + i * step, style);
    });
  }

  /** A thin horizontal rule. */
  rule(x1: number, x2: number, y: number, width = 0.5, color = '#444444'): void {
    this.doc.save().lineWidth(width).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /** An outlined rectangle. */
  box(x: number, y: number, w: number, h: number, color = '#444444'): void {
    this.doc.save().lineWidth(0.6).strokeColor(color).rect(x, y, w, h).stroke().restore();
  }

  /** A filled rectangle (shaded headers and bands). */
  fill(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.save().fillColor(color).rect(x, y, w, h).fill().restore();
  }
}
