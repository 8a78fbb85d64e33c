/**
 * A pdf.js "worker" for one document: the same in-thread worker pdf.js sets up by itself in Node,
 * but talking through our TextContentPort instead of pdf.js's LoopbackPort (see text-port.ts: that
 * saves most of the deep copies, 10–20% of extraction time).
 */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs.js';
import { TextContentPort } from './text-port.js';

/** A fresh worker whose document side listens on a new TextContentPort; the caller destroys it. */
export async function createTextWorker(): Promise<PDFWorker> {
  const { PDFWorker, workerHandler } = await loadPdfJs();
  const port = new TextContentPort();
  workerHandler.initializeFromPort(port);
  // Typed as a Web Worker; pdf.js calls only postMessage, add/removeEventListener and terminate.
  return new PDFWorker({ port: port as never, verbosity: 0 });
}
