/**
 * One contender of `bench/pdfjs-versions.ts`, run as its own process: our extraction (`extractText`)
 * on the pdf.js found at `PDFJS_ROOT` (default: the installed one), through our TextContentPort or,
 * with `PDFJS_PORT=pdfjs`, through pdf.js's own LoopbackPort (`PDFJS_JS_INFLATE=1`: no
 * DecompressionStream for pdf.js to use). For each document the parent sends,
 * it answers with the CPU time the extraction took (all threads of this process, so garbage
 * collection helpers count) and digests of the rows, so contenders can be checked to read alike.
 */
import { createHash } from 'node:crypto';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.env.PDFJS_ROOT;
let redirected = false;
const plainWorker = pathToFileURL(fileURLToPath(new URL('./plain-worker.ts', import.meta.url))).href;
registerHooks({
  resolve(specifier, context, next) {
    if (root && specifier.startsWith('pdfjs-dist/')) {
      return next(pathToFileURL(`${root}/${specifier.slice('pdfjs-dist/'.length)}`).href, context);
    }
    if (process.env.PDFJS_PORT === 'pdfjs' && specifier === './text-worker.js') {
      redirected = true;
      return next(plainWorker, context);
    }
    return next(specifier, context);
  },
});

// pdf.js 6 inflates Flate streams of 1 KiB and more with the platform's DecompressionStream
// (asynchronously, on libuv's thread pool); without it, it falls back to its own inflate in JS.
if (process.env.PDFJS_JS_INFLATE === '1') Reflect.deleteProperty(globalThis, 'DecompressionStream');

const { extractText } = await import('../../shared/pdf/extract.js');
const { loadPdfJs } = await import('../../shared/pdf/pdfjs.js');
// Through our loader first, as in production: DOM stubs in before pdf.js loads.
await loadPdfJs();
const { version } = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as { version: string };
// Extraction must have taken our stand-in for text-worker.ts, or this contender measures the port.
if (process.env.PDFJS_PORT === 'pdfjs' && !redirected)
  throw new Error('extract.ts no longer imports ./text-worker.js');

process.on('message', async (msg: { pdf: Uint8Array }) => {
  const c0 = process.cpuUsage();
  const { lines, hidden, chars } = await extractText(msg.pdf, { maxPages: 300 });
  const c = process.cpuUsage(c0);
  const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
  // Exactly, and with positions to a millionth of a point (releases differ in float rounding).
  const near = (n: number) => Math.round(n * 1e6) / 1e6;
  const rows = digest({ lines, hidden, chars });
  const rounded = digest(
    lines.map((l) => [l.page, near(l.y), l.text, l.cells.map((c) => [c.text, near(c.x0), near(c.x1)])]),
  );
  process.send?.({ cpuMs: (c.user + c.system) / 1000, rows, rounded });
});
process.send?.({ ready: version });
