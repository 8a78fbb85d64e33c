/**
 * A tiny hand-rolled PDF writer: numbered objects, a classic xref table, a trailer. pdfkit always
 * writes well-formed files; the hostile corpus needs to control every byte (offsets, /Prev chains,
 * stream lengths, nesting), so structure is written here by hand, in memory.
 */
import { deflateSync } from 'node:zlib';

/** One indirect object's body (what goes between `n 0 obj` and `endobj`). */
export type ObjectBody = string | Buffer;

export interface Assembled {
  bytes: Buffer;
  /** Byte offset of each object, indexed by object number (index 0 unused). */
  offsets: number[];
  /** Byte offset of the `xref` keyword. */
  xrefAt: number;
}

export interface AssembleOptions {
  /** Object number of the /Catalog. */
  root: number;
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R` or `/Prev 123`. */
  trailerExtra?: string;
  version?: string;
}

/** Latin-1 bytes: PDF syntax is bytes, and binary comments/streams must survive unchanged. */
export function bin(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}

/** A stream object body; `compress` deflates the data and declares /FlateDecode. */
export function stream(dict: string, data: Buffer | string, compress = true): Buffer {
  const raw = typeof data === 'string' ? bin(data) : data;
  const body = compress ? deflateSync(raw) : raw;
  const filter = compress ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    bin(`<< ${dict} /Length ${body.length}${filter} >>\nstream\n`),
    body,
    bin('\nendstream'),
  ]);
}

/** Escapes text for a PDF literal string `( … )`. */
export function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Writes objects 1..n (objects[0] is object 1) with a correct xref table and trailer. */
export function assemble(objects: ObjectBody[], o: AssembleOptions): Assembled {
  const parts: Buffer[] = [bin(`%PDF-${o.version ?? '1.7'}\n%\xe2\xe3\xcf\xd3\n`)];
  let at = parts[0]?.length ?? 0;
  const offsets = [0];
  objects.forEach((body, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([
      bin(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? bin(body) : body,
      bin('\nendobj\n'),
    ]);
    parts.push(chunk);
    at += chunk.length;
  });
  const xrefAt = at;
  parts.push(xrefTable(offsets, 0), bin(trailer(objects.length + 1, o.root, o.trailerExtra, xrefAt)));
  return { bytes: Buffer.concat(parts), offsets, xrefAt };
}

/** An xref section starting at object `first` for the given offsets (offset 0 at index 0 = free head). */
export function xrefTable(offsets: number[], first: number): Buffer {
  const rows = offsets.map((off, i) =>
    i + first === 0 ? '0000000000 65535 f \n' : `${String(off).padStart(10, '0')} 00000 n \n`,
  );
  return bin(`xref\n${first} ${offsets.length}\n${rows.join('')}`);
}

/** `trailer … startxref … %%EOF`. */
export function trailer(size: number, root: number, extra: string | undefined, xrefAt: number): string {
  return `trailer\n<< /Size ${size} /Root ${root} 0 R${extra ? ` ${extra}` : ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
}

/** A page content stream that writes each line of text in Helvetica, top-down from (x, y). */
export function textContent(lines: string[], opts: { x?: number; y?: number; size?: number } = {}): string {
  const size = opts.size ?? 11;
  const ops = lines.map(
    (l, i) => `1 0 0 1 ${opts.x ?? 56} ${(opts.y ?? 780) - i * size * 1.4} Tm ${pdfString(l)} Tj`,
  );
  return `BT /F1 ${size} Tf\n${ops.join('\n')}\nET`;
}

/** Objects 1–3 of every simple document: catalog, a Helvetica font, and a /Pages node to fill in. */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/**
 * A document of one page per entry of `contents`: 1 catalog, 2 pages, 3 font, then a page and its
 * content stream per page. `catalogExtra`/`pageExtra` add entries (actions, odd values) by hand.
 */
export function simpleDocument(
  contents: string[],
  extra: { catalogExtra?: string; pageExtra?: string; more?: ObjectBody[]; trailerExtra?: string } = {},
): Assembled {
  const pageIds = contents.map((_, i) => 4 + i * 2);
  const objects: ObjectBody[] = [
    `<< /Type /Catalog /Pages 2 0 R${extra.catalogExtra ? ` ${extra.catalogExtra}` : ''} >>`,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    HELVETICA,
  ];
  contents.forEach((c, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${
        (pageIds[i] as number) + 1
      } 0 R${extra.pageExtra ? ` ${extra.pageExtra}` : ''} >>`,
      stream('', c),
    );
  });
  objects.push(...(extra.more ?? []));
  return assemble(objects, { root: 1, ...(extra.trailerExtra ? { trailerExtra: extra.trailerExtra } : {}) });
}
