/**
 * Test helper: records (and blocks) every filesystem write while installed. It patches the one
 * process-wide `fs` object that CommonJS `require`, `process.getBuiltinModule` (pdf.js, pdf-parse)
 * and jest's module registry all hand out, plus `fs.promises`, then re-syncs Node's ESM named
 * exports. Blocked calls throw instead of writing, so a failing run leaves nothing on disk.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';

type AnyFn = (...args: unknown[]) => unknown;

const nodeRequire = createRequire(import.meta.url);
const fs = nodeRequire('node:fs') as Record<string, unknown> & {
  promises: Record<string, unknown>;
  constants: Record<string, number>;
};

/** Calls that always write, create or move something. */
const ALWAYS = [
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'rename',
  'renameSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'symlink',
  'symlinkSync',
  'link',
  'linkSync',
  'truncate',
  'truncateSync',
  'ftruncate',
  'ftruncateSync',
];
const PROMISES = [
  'writeFile',
  'appendFile',
  'mkdir',
  'mkdtemp',
  'rename',
  'copyFile',
  'cp',
  'symlink',
  'link',
  'truncate',
];

export interface WriteWatch {
  /** One entry per blocked call: "fs.writeFileSync", "fs.promises.open(w)", … */
  readonly writes: string[];
  restore(): void;
}

/** True when open() flags ask for writing, creating, appending or truncating. */
function writesFlags(flags: unknown): boolean {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'string') return /[wa+]/.test(flags);
  if (typeof flags === 'number') {
    const c = fs.constants;
    const mask =
      (c.O_WRONLY ?? 1) | (c.O_RDWR ?? 2) | (c.O_CREAT ?? 64) | (c.O_APPEND ?? 1024) | (c.O_TRUNC ?? 512);
    return (flags & mask) !== 0;
  }
  return true;
}

/** Installs the watch; call `restore()` (e.g. in afterAll) to put the real functions back. */
export function watchWrites(): WriteWatch {
  const writes: string[] = [];
  const saved: Array<[Record<string, unknown>, string, unknown]> = [];
  const block = (
    target: Record<string, unknown>,
    key: string,
    label: string,
    when: (args: unknown[]) => boolean,
  ) => {
    const original = target[key] as AnyFn | undefined;
    if (typeof original !== 'function') return;
    saved.push([target, key, original]);
    target[key] = function (this: unknown, ...args: unknown[]) {
      if (when(args)) {
        writes.push(label);
        throw Object.assign(new Error(`blocked filesystem write: ${label}`), { code: 'EACCES' });
      }
      return original.apply(this, args);
    };
  };
  for (const key of ALWAYS) block(fs, key, `fs.${key}`, () => true);
  for (const key of ['open', 'openSync']) block(fs, key, `fs.${key}`, (a) => writesFlags(a[1]));
  // Descriptors 1 and 2 are the test runner's own output; any other descriptor is a file.
  for (const key of ['write', 'writeSync', 'writev', 'writevSync']) {
    block(fs, key, `fs.${key}`, (a) => typeof a[0] === 'number' && a[0] > 2);
  }
  for (const key of PROMISES) block(fs.promises, key, `fs.promises.${key}`, () => true);
  block(fs.promises, 'open', 'fs.promises.open', (a) => writesFlags(a[1]));
  syncBuiltinESMExports();
  return {
    writes,
    restore() {
      for (const [target, key, original] of saved.reverse()) target[key] = original;
      syncBuiltinESMExports();
    },
  };
}
