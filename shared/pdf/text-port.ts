/**
 * pdf.js in Node runs its "worker" on the calling thread and talks to it through a LoopbackPort that
 * deep-copies (structuredClone) every message. Reading text, nearly all of that traffic is the
 * text-content stream: a 30-page statement sends about 850 chunks of text items and 3,300 small
 * pull / pull-complete messages, and copying them cost 10–20% of extraction time. This port behaves
 * like LoopbackPort (delivery after the sender returns, listeners removed by their abort signal), but
 * hands a text-content chunk over with a shallow copy and copies all-primitive messages by spreading.
 *
 * Why that is safe (pdfjs-dist 5.4 and 6.5, `extractTextContent`): after enqueueing a chunk the
 * evaluator replaces `textContent.items` and `textContent.styles` with new objects instead of emptying
 * them, and every item, style and transform array it puts in a chunk is created fresh and never
 * written again. So the only object it reuses is the chunk's container, which we copy. Everything
 * else (requests, the PDF bytes it transfers, errors, other streams) still goes through
 * structuredClone. test/pdf/text-port.test.ts compares the text read through this port with pdf.js's
 * own, page by page, and fails when the installed pdf.js stops doing what this relies on. Without the
 * port (bench/pdfjs-versions.ts): 1.04–1.26× the CPU on 5.4.296, 0.98–1.10× on 6.5.438 (docs/load.md).
 *
 * Operator-list chunks (the exact visibility pass with a pdf.js that does not trace a page's paint,
 * visibility.ts, and the tests that compare operator lists) get the same treatment: cloning them was
 * 8% of the CPU of a Chase extraction when every such page read its operator list.
 * `OperatorList.flush` enqueues its own `fnArray` and `argsArray`, then empties both
 * (`length = 0`) and refills them, so the port copies the two arrays;
 * the args in them are built per operator and never written after their chunk is sent (the
 * optimizer and path merging touch only ops not yet flushed). The buffers a chunk transfers (each
 * path's coordinates, inline image data) are the sender's to give away: it never reads them again.
 */

import type { Transferable } from 'node:worker_threads';

type Listener = (this: TextContentPort, event: { data: unknown }) => void;

/** pdf.js's message-handler stream kind for "enqueue a chunk" (src/shared/message_handler.js). */
const STREAM_ENQUEUE = 4;

interface StreamMessage {
  stream?: unknown;
  chunk?: unknown;
}

/** A text-content chunk: `{ items: [...], styles: {...}, lang }`. */
function isTextChunk(chunk: unknown): chunk is { items: unknown[]; styles: object } {
  if (typeof chunk !== 'object' || chunk === null) return false;
  const c = chunk as { items?: unknown; styles?: unknown };
  return Array.isArray(c.items) && typeof c.styles === 'object' && c.styles !== null;
}

/** An operator-list chunk: `{ fnArray, argsArray, lastChunk, separateAnnots, length }`. */
function isOperatorChunk(chunk: unknown): chunk is { fnArray: unknown[]; argsArray: unknown[] } {
  if (typeof chunk !== 'object' || chunk === null) return false;
  const c = chunk as { fnArray?: unknown; argsArray?: unknown };
  return Array.isArray(c.fnArray) && Array.isArray(c.argsArray);
}

/** A plain object whose values are all primitives: a shallow copy of it is a full copy. */
function isFlat(message: unknown): message is Record<string, unknown> {
  if (
    typeof message !== 'object' ||
    message === null ||
    Object.getPrototypeOf(message) !== Object.prototype
  ) {
    return false;
  }
  for (const key in message) {
    const v = (message as Record<string, unknown>)[key];
    if (typeof v === 'object' ? v !== null : typeof v === 'function') return false;
  }
  return true;
}

export class TextContentPort {
  readonly #listeners = new Set<Listener>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const data = this.#copy(message, transfer);
    // Delivered later, like a real port (and LoopbackPort): the sender's call returns first. A bound
    // method rather than an arrow made per message: V8 keeps a function's optimised code only while a
    // closure of it lives, and an arrow per message was compiled again after every full collection.
    void this.#deferred.then(this.#deliver.bind(this, data));
  }

  #deliver(data: unknown): void {
    for (const listener of this.#listeners) listener.call(this, { data });
  }

  #copy(message: unknown, transfer: Transferable[] | undefined): unknown {
    const m = message as StreamMessage;
    // Its transfers are the path and image buffers in its args: given away by the sender, which never
    // touches them again, so handing over the same objects is what transferring them would do.
    if (m?.stream === STREAM_ENQUEUE && isOperatorChunk(m.chunk)) {
      const { fnArray, argsArray } = m.chunk;
      return { ...m, chunk: { ...m.chunk, fnArray: fnArray.slice(), argsArray: argsArray.slice() } };
    }
    if (transfer?.length) return structuredClone(message, { transfer });
    if (m?.stream === STREAM_ENQUEUE && isTextChunk(m.chunk)) return { ...m, chunk: { ...m.chunk } };
    // Stream control (pull, pull-complete, close…): two per text chunk, all primitive fields.
    if (isFlat(message)) return { ...message };
    return structuredClone(message);
  }

  /** pdf.js's message handlers stop listening by aborting the signal they pass here. */
  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}
