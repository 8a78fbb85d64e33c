/** Checks an upload before any PDF code sees it: cheap, byte-level, and with clear errors. */
import { PdfError, RequestError } from '../errors.js';

export interface IntakeLimits {
  maxBytes: number;
}

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** PDF readers accept the header anywhere in the first 1 KiB (some files carry a BOM or junk first). */
const MAGIC_WINDOW = 1024;

/** Throws unless `data` is non-empty, within the size limit and starts like a PDF. */
export function checkUpload(data: Uint8Array, limits: IntakeLimits): void {
  if (data.byteLength === 0) throw new PdfError('PDF_EMPTY', 'The upload is empty: send a PDF file.');
  if (data.byteLength > limits.maxBytes) {
    throw new RequestError(
      'PAYLOAD_TOO_LARGE',
      `The PDF is larger than the ${formatBytes(limits.maxBytes)} limit.`,
      { context: { bytes: data.byteLength, limit: limits.maxBytes } },
    );
  }
  if (findMagic(data) < 0) {
    throw new PdfError('PDF_INVALID', 'The upload is not a PDF file (no %PDF- header).');
  }
}

function findMagic(data: Uint8Array): number {
  const end = Math.min(data.byteLength, MAGIC_WINDOW) - MAGIC.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < MAGIC.length; j++) if (data[i + j] !== MAGIC[j]) continue outer;
    return i;
  }
  return -1;
}

/** "4 MiB", "512 KiB": how limits are shown to people. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
