/**
 * Bundles the deployable code with esbuild: `tsx infra/build.ts aws|gcp`.
 * - aws → dist/aws/index.mjs (one ESM file, dependencies inlined but the AWS SDK the runtime ships and
 *   the native canvas) and
 *   dist/aws/pdf.worker.mjs beside it, because pdf.js in Node loads `./pdf.worker.mjs` relative to
 *   the module that contains it (now the bundle) the first time it opens a PDF.
 * - gcp → dist/gcp/index.js and start.js, the framework's bin started after the PDF workers (our
 *   code and its dependencies inlined; pdf-parse and pdf.js in a chunk
 *   only the PDF workers load, the LLM client in one loaded only with a key; the Functions Framework
 *   stays external, so the one Cloud Run starts and the one our code registers with are the same
 *   module instance).
 * - cli → dist/cli/analyze.mjs with worker.mjs and pdf.worker.mjs beside it, like aws: one file that
 *   node loads in tens of milliseconds instead of compiling our TypeScript on every run.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The oldest Node we support (22); production runs 24, which loads the same output. */
export const NODE_TARGET = 'node22';

/** Packages that must never be inlined into the Lambda bundle, with the reason. */
export const AWS_EXTERNAL = [
  // Native module; pdf.js only wants it for rendering, and shared/pdf installs DOMMatrix stubs instead.
  '@napi-rs/canvas',
  // The runtime ships SDK v3: functions/aws/secrets.ts reads SSM through the runtime's copy.
  '@aws-sdk/*',
];

// ESM output keeps CommonJS dependencies (busboy, opossum…) working: they call require() for
// Node built-ins, which esbuild's ESM shim cannot do without a real `require`.
const requireBanner = [
  "import { createRequire as __cca_createRequire } from 'node:module';",
  'const require = __cca_createRequire(import.meta.url);',
].join('\n');

/**
 * zod re-exports every translation of its messages (`z.locales`, ~260 KB minified) and esbuild
 * cannot drop a namespace re-export; we use none of them (zod's default English messages are
 * imported on their own). Every process start parses what a bundle holds, so the index is empty.
 */
export const dropZodLocales: Plugin = {
  name: 'drop-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** pdf.js 6's polyfill of `Response.prototype.bytes`, in both modules of its legacy build. */
const RESPONSE_PROBE = 'typeof Response.prototype.bytes !== "function"';

/**
 * pdf.js 6 (both modules of the legacy build) polyfills `Response.prototype.bytes` as it loads, and
 * merely reading the global `Response` makes Node load its whole fetch stack (the bundled undici,
 * http2, tls…): 40–90 ms of CPU on every thread that loads pdf.js, the main thread of a one-file CLI
 * run and each PDF worker of a server, for a method we never call (we hand pdf.js bytes, it fetches
 * nothing) and that Node 22+ has anyway. The bundles drop the probe; pdf.js 5.4 had none. A pdf.js
 * release without it warns here, so the plugin can go.
 */
export const pdfjsWithoutResponseProbe: Plugin = {
  name: 'pdfjs-without-response-probe',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replaceAll(RESPONSE_PROBE, 'false');
      const warnings =
        contents === source ? [{ text: `no Response.prototype.bytes probe in ${args.path} any more` }] : [];
      return { contents, loader: 'js', warnings };
    });
  },
};

/**
 * What a bundle with pdf.js inside needs beside it, written after each build (so every caller of
 * these options gets it, tests and benches too):
 * - pdf.worker.mjs: pdf.js loads `./pdf.worker.mjs` beside its own code, whatever extension the
 *   bundle uses (the Cloud Run build writes .js);
 * - an empty @napi-rs/canvas package: pdf.js in Node requires that native module at load time
 *   (~80 ms of a 3-page run, in every PDF worker) only to polyfill what rendering needs, and our DOM
 *   stubs (shared/pdf/dom-stub.ts) already cover text extraction; this is what that require finds first.
 */
export const besideTheBundle: Plugin = {
  name: 'beside-the-bundle',
  setup(b) {
    b.onEnd((result) => {
      const outdir = b.initialOptions.outdir;
      if (result.errors.length > 0 || !outdir || b.initialOptions.write === false) return;
      for (const suffix of ['', '.map']) {
        const js = join(outdir, `pdf.worker.js${suffix}`);
        if (existsSync(js)) renameSync(js, join(outdir, `pdf.worker.mjs${suffix}`));
      }
      const dir = join(outdir, 'node_modules', '@napi-rs', 'canvas');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), '{"name":"@napi-rs/canvas","main":"index.js"}\n');
      writeFileSync(
        join(dir, 'index.js'),
        '// Text extraction needs no canvas: see infra/build.ts.\nmodule.exports = {};\n',
      );
    });
  },
};

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
      index: join(root, 'functions/aws/entry.ts'),
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
    plugins: [dropZodLocales, pdfjsWithoutResponseProbe],
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
      // The framework's command line, started after the compile cache and the PDF workers (start.ts).
      start: join(root, 'functions/gcp/start.ts'),
      // The extraction worker thread, loaded as ./worker.js beside the bundle by shared/worker/pool.ts.
      worker: join(root, 'shared/worker/worker.ts'),
      // Renamed pdf.worker.mjs by besideTheBundle: the name pdf.js looks for beside its own code.
      'pdf.worker': resolvePdfWorker(),
    },
    outdir: join(root, 'dist/gcp'),
    bundle: true,
    // Cold start: Node resolving and compiling zod's, undici's, pdf.js'… files one by one cost more
    // than the rest of the start, so they are inlined. The framework stays external: Cloud Run
    // starts it, and our code must register with that same instance.
    external: ['@google-cloud/functions-framework', ...AWS_EXTERNAL],
    // pdf.js goes to a chunk only the PDF workers load; the main thread never reads a PDF.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    minify: true,
    banner: { js: `${requireBanner}\n${versionBanner()}` },
    plugins: [dropZodLocales, pdfjsWithoutResponseProbe, besideTheBundle],
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    logOverride: { 'unsupported-dynamic-import': 'silent' },
  };
}

/** Options for the command line's bundle (`npm run analyze` runs it; `prepare` builds it on `npm ci`). */
export function cliOptions(): BuildOptions {
  const aws = awsOptions();
  return {
    ...aws,
    entryPoints: {
      analyze: join(root, 'functions/cli/analyze.ts'),
      worker: join(root, 'shared/worker/worker.ts'),
      'pdf.worker': resolvePdfWorker(),
    },
    outdir: join(root, 'dist/cli'),
    // Code only some runs need (the LLM client: undici, opossum) goes to chunks loaded on demand.
    // Chunks stay beside the entry points: pdf.js looks for ./pdf.worker.mjs beside its own code.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    banner: { js: `${requireBanner}\n${versionBanner()}` },
    plugins: [dropZodLocales, pdfjsWithoutResponseProbe, besideTheBundle],
  };
}

/** The build targets: `tsx infra/build.ts aws|gcp|cli`. */
export const TARGETS = { aws: awsOptions, gcp: gcpOptions, cli: cliOptions } as const;
export type Target = keyof typeof TARGETS;

/** Builds one target, replacing its output folder; returns the bytes written per output file. */
export async function buildTarget(target: Target): Promise<Record<string, number>> {
  const options = TARGETS[target]();
  rmSync(options.outdir as string, { recursive: true, force: true });
  const result = await build(options);
  const sizes: Record<string, number> = {};
  for (const file of Object.keys(result.metafile?.outputs ?? {})) {
    const written = statSync(join(root, file.replace(/pdf\.worker\.js(\.map)?$/, 'pdf.worker.mjs$1')), {
      throwIfNoEntry: false,
    });
    if (written) sizes[file] = written.size;
  }
  return sizes;
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const targets = process.argv.slice(2);
  for (const t of targets.length > 0 ? targets : ['aws', 'gcp', 'cli']) {
    if (!(t in TARGETS)) throw new Error(`unknown build target: ${t} (aws, gcp or cli)`);
    const sizes = await buildTarget(t as Target);
    for (const [file, bytes] of Object.entries(sizes)) {
      process.stdout.write(`${file}\t${(bytes / 1024).toFixed(0)} KiB\n`);
    }
  }
}
