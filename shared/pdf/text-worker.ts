/**
 * A pdf.js "worker" for one document: the same in-thread worker pdf.js sets up by itself in Node,
 * but talking through our TextContentPort instead of pdf.js's LoopbackPort (see text-port.ts: that
 * saves most of the deep copies, 10–20% of extraction time).
 */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { installDomStubs } from './dom-stub.js';
import { restoreNativePush } from './native-push.js';
import { TextContentPort } from './text-port.js';

interface WorkerMessageHandler {
  initializeFromPort(port: unknown): void;
}
interface WorkerModules {
  PDFWorker: typeof PDFWorker;
  handler: WorkerMessageHandler;
}

let modules: Promise<WorkerModules> | null = null;

/**
 * pdf.js's API module (after the DOM stubs, like pdf-parse's own import) and its worker module,
 * loaded by pdf.js's own loader (`pdf.worker.mjs` beside pdf.mjs, or beside the bundle): the very
 * module it would otherwise run as its fake worker. Both load once per thread.
 */
function loadModules(): Promise<WorkerModules> {
  if (!modules) {
    installDomStubs();
    modules = import('pdfjs-dist/legacy/build/pdf.mjs').then(async ({ PDFWorker }) => {
      const loader = (PDFWorker as unknown as { _setupFakeWorkerGlobal: Promise<WorkerMessageHandler> })
        ._setupFakeWorkerGlobal;
      const handler = await loader;
      // Each of the two modules may have installed the push polyfill (Node 20): see native-push.ts.
      restoreNativePush();
      return { PDFWorker, handler };
    });
  }
  return modules;
}

/** A fresh worker whose document side listens on a new TextContentPort; the caller destroys it. */
export async function createTextWorker(): Promise<PDFWorker> {
  const { PDFWorker, handler } = await loadModules();
  const port = new TextContentPort();
  handler.initializeFromPort(port);
  return new PDFWorker({ port: port as never, verbosity: 0 });
}
