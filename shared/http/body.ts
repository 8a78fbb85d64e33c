/**
 * Reads the upload out of an in-memory body: a raw `application/pdf`, or `multipart/form-data` with
 * one `file` part and an optional `password` field (parsed with busboy; no disk, no temp files).
 * The uploaded filename is never read.
 */
import busboy from 'busboy';
import { RequestError } from '../errors.js';
import { formatBytes } from '../pdf/intake.js';

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
  const declared = Number(headers['content-length']);
  const allowed = type === 'multipart/form-data' ? maxBytes + MULTIPART_OVERHEAD_BYTES : maxBytes;
  if (Number.isFinite(declared) && declared > allowed) throw tooLarge(maxBytes);
}

/** The PDF bytes and password from a body already checked by `checkDeclaredBody`. */
export async function readUpload(
  headers: Record<string, string | undefined>,
  body: Uint8Array,
  maxBytes: number,
): Promise<Upload> {
  const password = headers['x-pdf-password'] || undefined;
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
