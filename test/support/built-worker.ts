/**
 * The extraction worker as production runs it: shared/worker/worker.ts bundled by esbuild with the
 * command line's options (pdf.worker.mjs and the canvas stub beside it), once per test file.
 * A pool made from the TypeScript sources compiles them through tsx in every worker it starts, and
 * again in every replacement after a kill (several seconds each on a busy machine); a pool on this
 * bundle starts its workers as fast as a deployed instance. Tests of the from-source path itself
 * (`npm run dev`) keep creating pools without `workerUrl`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cliOptions, resolvePdfWorker } from '../../infra/build.js';

let built: Promise<URL> | null = null;
let dir: string | null = null;

/** The URL of the bundled worker (built on the first call of this test file). */
export function builtWorkerUrl(): Promise<URL> {
  built ??= (async () => {
    dir = mkdtempSync(join(tmpdir(), 'cca-worker-'));
    await build({
      ...cliOptions(),
      entryPoints: { worker: 'shared/worker/worker.ts', 'pdf.worker': resolvePdfWorker() },
      outdir: dir,
      minify: false,
      sourcemap: false,
      logLevel: 'error',
    });
    return pathToFileURL(join(dir, 'worker.mjs'));
  })();
  return built;
}

/** Removes the bundle (call from afterAll). */
export function removeBuiltWorker(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
  built = null;
}
