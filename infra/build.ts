/**
 * Bundles the deployable code with esbuild: `tsx infra/build.ts aws|gcp`.
 * - aws → dist/aws/index.mjs (one ESM file, dependencies inlined, no AWS SDK, no native canvas) and
 *   dist/aws/pdf.worker.mjs beside it, because pdf.js in Node loads `./pdf.worker.mjs` relative to
 *   the module that contains it (now the bundle) the first time it opens a PDF.
 * - gcp → dist/gcp/index.js (our code only; node_modules stays external, so the Functions Framework
 *   that Cloud Run starts and the one our code registers with are the same module instance).
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Lambda's Node 22 runtime; the bundle also loads on Node 20 (tests run there). */
export const NODE_TARGET = 'node22';

/** Packages that must never be inlined into the Lambda bundle, with the reason. */
export const AWS_EXTERNAL = [
  // Native module; pdf.js only wants it for rendering, and shared/pdf installs DOMMatrix stubs instead.
  '@napi-rs/canvas',
  // The runtime ships SDK v3; we call no AWS API through it (infra/aws/ssm.ts signs its own request).
  '@aws-sdk/*',
];

// ESM output keeps CommonJS dependencies (busboy, opossum…) working: they call require() for
// Node built-ins, which esbuild's ESM shim cannot do without a real `require`.
const requireBanner = [
  "import { createRequire as __cca_createRequire } from 'node:module';",
  'const require = __cca_createRequire(import.meta.url);',
].join('\n');

/** The pdf.js worker module that the bundled pdf-parse would load, resolved from pdf-parse itself. */
export function resolvePdfWorker(): string {
  const fromPdfParse = createRequire(createRequire(join(root, 'package.json')).resolve('pdf-parse'));
  return fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/** Options for the Lambda bundle (exported so tests can check them). */
export function awsOptions(): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: {
      index: join(root, 'infra/aws/entry.ts'),
      // Our extraction worker thread (shared/worker/pool.ts loads ./worker.mjs beside the bundle).
      worker: join(root, 'shared/worker/worker.ts'),
      'pdf.worker': resolvePdfWorker(),
    },
    outdir: join(root, 'dist/aws'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    minify: true,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    external: AWS_EXTERNAL,
    banner: { js: requireBanner },
    metafile: true,
    logLevel: 'warning',
    logOverride: {
      // pdf.js' dynamic imports of computed paths (worker, wasm fallback) are resolved at run time by design.
      'unsupported-dynamic-import': 'silent',
    },
  };
}

/** The package version, baked in as APP_VERSION's default: Cloud Run starts the framework without npm. */
function versionBanner(): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return `process.env.APP_VERSION ||= ${JSON.stringify(version)};`;
}

/** Options for the Cloud Run functions build (the package.json "main" points at its output). */
export function gcpOptions(): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: {
      index: join(root, 'functions/gcp/index.ts'),
      // The extraction worker thread, loaded as ./worker.js beside the bundle by shared/worker/pool.ts.
      worker: join(root, 'shared/worker/worker.ts'),
    },
    outdir: join(root, 'dist/gcp'),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    banner: { js: versionBanner() },
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  };
}

/** Builds one target, replacing its output folder; returns the bytes written per output file. */
export async function buildTarget(target: 'aws' | 'gcp'): Promise<Record<string, number>> {
  const options = target === 'aws' ? awsOptions() : gcpOptions();
  rmSync(options.outdir as string, { recursive: true, force: true });
  const result = await build(options);
  const sizes: Record<string, number> = {};
  for (const file of Object.keys(result.metafile?.outputs ?? {})) {
    sizes[file] = statSync(join(root, file)).size;
  }
  return sizes;
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const targets = process.argv.slice(2);
  for (const t of targets.length > 0 ? targets : ['aws', 'gcp']) {
    if (t !== 'aws' && t !== 'gcp') throw new Error(`unknown build target: ${t} (aws or gcp)`);
    const sizes = await buildTarget(t);
    for (const [file, bytes] of Object.entries(sizes)) {
      process.stdout.write(`${file}\t${(bytes / 1024).toFixed(0)} KiB\n`);
    }
  }
}
