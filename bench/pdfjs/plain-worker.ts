/** For bench/pdfjs/contender.ts: pdf.js's own in-thread worker (LoopbackPort), instead of text-worker.ts. */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from '../../shared/pdf/pdfjs.js';

/** A worker pdf.js sets up by itself: every message deep-copied by structuredClone. */
export async function createTextWorker(): Promise<PDFWorker> {
  const { PDFWorker } = await loadPdfJs();
  return new PDFWorker({ verbosity: 0 });
}
