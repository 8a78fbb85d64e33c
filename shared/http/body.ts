/**
 * Reads the upload: first the declared headers are checked (media type, no Content-Encoding, a
 * Content-Length within the limit), then the raw body is read with a running cap, then a raw
 * `application/pdf` or `multipart/form-data` with one `file` part and an optional `password` field is
 * taken apart (busboy; no disk, no temp files). The uploaded filename is never read.
 */
import busboy from 'busboy';
import { RequestError } from '../errors.js';
import { formatBytes } from '../pdf/intake.js';
import { wipe } from '../privacy/wipe.js';

export interface Upload {
  pdf: Uint8Array;
  password: string | undefined;
}

/** Multipart framing (boundaries, part headers, the password field) on top of the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const MAX_PASSWORD_BYTES = 1024;

/** The media type without parameters, lower-cased (`multipart/form-data; boundary=x` → `multipart/form-data`). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Throws before parsing when the declared media type or Content-Length cannot lead anywhere. */
export function checkDeclaredBody(headers: Record<string, string | undefined>, maxBytes: number): void {
  const type = mediaType(headers['content-type']);
  if (type !== 'application/pdf' && type !== 'multipart/form-data') {
    throw new RequestError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the PDF as application/pdf or as multipart/form-data with a "file" part.',
    );
  }
  // A compressed body would have to be inflated before its size means anything (a 600 KB gzip bomb
  // is 600 MB inflated), and a PDF's streams are compressed inside already: refuse it, on every platform.
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new RequestError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the PDF without Content-Encoding (it is compressed inside already).',
    );
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > bodyLimit(headers, maxBytes)) throw tooLarge(maxBytes);
}

/** The most body bytes an upload of at most `maxBytes` may take, framing included. */
export function bodyLimit(headers: Record<string, string | undefined>, maxBytes: number): number {
  return mediaType(headers['content-type']) === 'multipart/form-data'
    ? maxBytes + MULTIPART_OVERHEAD_BYTES
    : maxBytes;
}

/** A request body: in memory already (Lambda), or a stream read only when the handler asks (Node HTTP). */
export type BodySource = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * The body's bytes, failing with PAYLOAD_TOO_LARGE as soon as more than `limit` have arrived, so a
 * body that lies about its length, or has none, costs at most `limit` bytes of memory.
 */
export async function readBody(body: BodySource, limit: number, maxBytes: number): Promise<Uint8Array> {
  if (body instanceof Uint8Array) {
    if (body.byteLength > limit) throw tooLarge(maxBytes);
    return body;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > limit) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  } finally {
    wipe(...chunks);
  }
}

/**
 * The password from `X-PDF-Password`. Header values are bytes that Node reads as Latin-1, so a
 * password beyond ASCII is sent percent-encoded as UTF-8 (`p%C3%A4ss` for `päss`; a literal `%` as
 * `%25`), as `encodeURIComponent` writes it. Raw UTF-8 bytes are understood too.
 */
export function headerPassword(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value;
  // Raw UTF-8 that arrived as Latin-1 characters: decode it as the UTF-8 it was.
  if (/[\u0080-\u00ff]/.test(text) && !/[^\x20-\u00ff]/.test(text)) {
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    if (!utf8.includes('\ufffd')) text = utf8;
  }
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not valid percent-encoding (`100%ok`): the password is what was sent.
    }
  }
  return text || undefined;
}

/** The PDF bytes and password from a body already read (and so already within its limit). */
export async function readUpload(
  headers: Record<string, string | undefined>,
  body: Uint8Array,
  maxBytes: number,
): Promise<Upload> {
  const password = headerPassword(headers['x-pdf-password']);
  if (mediaType(headers['content-type']) === 'application/pdf') {
    if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
    return { pdf: body, password };
  }
  if (body.byteLength > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge(maxBytes);
  const parts = await parseMultipart(headers['content-type'] ?? '', body, maxBytes);
  return { pdf: parts.file, password: parts.password ?? password };
}

/** Parses the whole multipart body in memory; rejects several files, a missing one, or a too-large one. */
function parseMultipart(
  contentType: string,
  body: Uint8Array,
  maxBytes: number,
): Promise<{ file: Uint8Array; password: string | undefined }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: { 'content-type': contentType },
        limits: { files: 1, fileSize: maxBytes, fields: 8, fieldSize: MAX_PASSWORD_BYTES, parts: 16 },
      });
    } catch (err) {
      reject(badForm('The multipart body has no boundary.', err));
      return;
    }
    const chunks: Buffer[] = [];
    let files = 0;
    let failure: RequestError | null = null;
    let password: string | undefined;
    const fail = (e: RequestError) => {
      failure ??= e;
    };

    bb.on('file', (name: string, stream: NodeJS.ReadableStream & { truncated?: boolean }) => {
      files += 1;
      if (name !== 'file') fail(missingFile());
      stream.on('data', (c: Buffer) => {
        if (name === 'file') chunks.push(c);
      });
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      // A truncated body fails the file stream as well as busboy; busboy's 'error' reports it.
      stream.on('error', () => {});
    });
    bb.on('field', (name: string, value: string, info: { valueTruncated: boolean }) => {
      if (name !== 'password') return;
      if (info.valueTruncated) fail(badForm('The password field is too long.'));
      password = value || undefined;
    });
    // busboy stops emitting files past `limits.files`; a second file is an error, not something to drop.
    bb.on('filesLimit', () => fail(new RequestError('BAD_REQUEST', 'Send exactly one file.')));
    bb.on('partsLimit', () => fail(badForm('The multipart body has too many parts.')));
    bb.on('fieldsLimit', () => fail(badForm('The multipart body has too many fields.')));
    bb.on('error', (err: unknown) => reject(failure ?? badForm('The multipart body is malformed.', err)));
    bb.on('close', () => {
      if (failure) return reject(failure);
      if (files === 0) return reject(missingFile());
      resolve({ file: Buffer.concat(chunks), password });
    });
    bb.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });
}

function tooLarge(maxBytes: number): RequestError {
  return new RequestError('PAYLOAD_TOO_LARGE', `The PDF is larger than the ${formatBytes(maxBytes)} limit.`, {
    context: { limit: maxBytes },
  });
}

function missingFile(): RequestError {
  return new RequestError('MISSING_FILE', 'Send the PDF in a multipart part named "file".');
}

function badForm(message: string, cause?: unknown): RequestError {
  return new RequestError('BAD_REQUEST', message, cause === undefined ? {} : { cause });
}
