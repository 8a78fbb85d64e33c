/** Zero-filling of buffers that held statement bytes, so they do not linger in memory. */

/** Zero-fills each buffer; null, undefined and detached (zero-length) buffers are skipped. */
export function wipe(...bufs: Array<Uint8Array | ArrayBuffer | null | undefined>): void {
  for (const buf of bufs) {
    if (!buf || buf.byteLength === 0) continue;
    // isView, not instanceof: buffers from another realm (vm contexts, workers) must be wiped too,
    // and wrapping a view in `new Uint8Array(view)` would zero a copy instead of the bytes.
    const bytes = ArrayBuffer.isView(buf)
      ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
      : new Uint8Array(buf);
    bytes.fill(0);
  }
}

/** Matches the empty string: running it resets the legacy RegExp statics to ''. */
const EMPTY = /(?:)/;

/**
 * Drops the statement text V8 keeps reachable through the legacy RegExp statics (`RegExp.input`,
 * `lastMatch`, `$1`…`$9`, `leftContext`…): after parsing, they hold the last description a regex
 * matched until the next match anywhere in the thread, which may be much later on an idle instance.
 */
export function clearRegExpStatics(): void {
  EMPTY.exec('');
}
