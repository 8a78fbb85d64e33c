/**
 * `npm run analyze` starts here (plain JavaScript: no TypeScript compiler on the way). It runs the
 * command line's bundle, dist/cli/analyze.mjs, building it first when it is missing or older than the
 * sources it is made of (`prepare` builds it on `npm ci`; this covers an edited checkout).
 * `--build-only` (the `prepare` script) builds when needed and never fails the install: without the
 * dev dependencies (tsx, esbuild) it says so and the first run tries again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, 'dist', 'cli', 'analyze.mjs');
const lock = join(root, 'dist', '.cli-build-lock');
const SOURCES = ['shared', 'functions/cli', 'infra/build.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file or of the files under a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

function isFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return SOURCES.every((s) => newest(join(root, s)) <= built);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the bundle under a lock directory, so two runs started together do not build over each other. */
function build() {
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another run is building; a lock older than two minutes was left by a killed build.
      if (waited > 120_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 120_000) {
        rmSync(lock, { recursive: true, force: true });
      }
      sleep(100);
      if (isFresh()) return { status: 0 };
    }
  }
  try {
    if (isFresh()) return { status: 0 };
    process.stderr.write('analyze: building the command line (dist/cli), once after each change…\n');
    return spawnSync(process.execPath, ['--import', 'tsx', 'infra/build.ts', 'cli'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const buildOnly = process.argv[2] === '--build-only';
if (!isFresh()) {
  const result = build();
  if (result.status !== 0 || !existsSync(bundle)) {
    process.stderr.write(
      buildOnly
        ? 'analyze: the command line was not built (dev dependencies missing?); `npm run analyze` will try again\n'
        : 'INTERNAL: the command line could not be built (run `npm ci`)\n',
    );
    process.exit(buildOnly ? 0 : 70);
  }
}
if (!buildOnly) {
  // Node 22+: V8 keeps the compiled bundle between runs (about a third of a cold start).
  // Worker threads (the PDF readers) do not inherit a cache enabled in code: they read the variable.
  process.env.NODE_COMPILE_CACHE ||= join(tmpdir(), 'node-compile-cache');
  module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
  await import(pathToFileURL(bundle).href);
}
