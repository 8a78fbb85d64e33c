/**
 * An incremental Server-Sent Events reader for OpenRouter's streamed chat completions: bytes in,
 * whole `data:` payloads out. Comment lines (`: OPENROUTER PROCESSING`, OpenRouter's keep-alive)
 * are counted apart, because they prove the connection is open but not that the model is writing.
 */

export interface SseBatch {
  /** Each complete event's data (multi-line `data:` fields joined by "\n"), in order. */
  data: string[];
  /** Comment lines seen in this batch. */
  comments: number;
}

/** Splits a byte stream into SSE events; feed it chunks as they arrive, then call `end()`. */
export class SseReader {
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private dataLines: string[] = [];

  /** Consumes one chunk and returns the events it completed. */
  push(chunk: Uint8Array): SseBatch {
    this.buffer += this.decoder.decode(chunk, { stream: true });
    return this.drain(false);
  }

  /** Flushes what is left after the last chunk (an event the server did not close with a blank line). */
  end(): SseBatch {
    this.buffer += this.decoder.decode();
    return this.drain(true);
  }

  private drain(final: boolean): SseBatch {
    const out: SseBatch = { data: [], comments: 0 };
    for (;;) {
      const nl = this.buffer.search(/\r\n|\r|\n/);
      if (nl < 0) break;
      const line = this.buffer.slice(0, nl);
      const width = this.buffer.startsWith('\r\n', nl) ? 2 : 1;
      this.buffer = this.buffer.slice(nl + width);
      this.line(line, out);
    }
    if (final) {
      if (this.buffer !== '') this.line(this.buffer, out);
      this.buffer = '';
      this.line('', out);
    }
    return out;
  }

  private line(line: string, out: SseBatch): void {
    if (line === '') {
      if (this.dataLines.length > 0) out.data.push(this.dataLines.join('\n'));
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) {
      out.comments++;
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    // The spec strips exactly one space after the colon.
    const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
    if (field === 'data') this.dataLines.push(value);
    // `event`, `id` and `retry` carry nothing OpenRouter uses for chat completions.
  }
}
