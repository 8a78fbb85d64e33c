/**
 * The real server as a child process for load tests: the command `npm start` runs (Functions
 * Framework, NODE_ENV=production) started directly, so the pid is the server itself and its process
 * group can be killed whole. Also: free ports, waiting for /health, and the process tree's RSS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { gcpOptions } from '../../infra/build.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  port: number;
  base: string;
  pid: number;
  child: ChildProcess;
  /** Everything the server printed (JSON log lines: counts and codes, never statement text). */
  output(): string;
  /** Resolves with the signal or exit code once the process has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** Sends `signal` to the whole process group, then waits for the exit (SIGKILL after 5 s). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A port nobody listens on right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Sends a signal to a process group, ignoring one that is already gone. */
export function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** True while a process with this pid exists (and is not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

let bundle: Promise<unknown> | null = null;

/** Where the load harness puts its own copy of the Cloud Run bundle (tests may rebuild dist/gcp meanwhile). */
const BUNDLE_DIR = 'dist/load-gcp';

/** Builds the Cloud Run bundle and its PDF worker into BUNDLE_DIR, once per process. */
function ensureBundle(): Promise<unknown> {
  bundle ??= build({ ...gcpOptions(), outdir: `${ROOT}${BUNDLE_DIR}` });
  return bundle;
}

/**
 * The V8 flags every deployment gives the service in NODE_OPTIONS (infra/gcloud/env.yaml,
 * serverless.yml, the k8s ConfigMap, the Dockerfile; test/deploy/node-flags.test.ts keeps them the
 * same): servers measured "as deployed" start with them unless `nodeArgs` says otherwise.
 *
 * `--max-old-space-size=512` is what V8 picks by itself on the 1 GiB instances we deploy (it sizes the
 * heap from the memory it sees: 560 MiB in all in a 1 GiB cgroup, 4,288 MiB on a 24 GiB machine), and
 * that size also sets how far the heap grows between full collections: about 1.4× what lived after the
 * last one at 512, 4× on the big machine. Pinned, a benchmark on any machine measures the heap
 * production runs (docs/load.md, "Memory as deployed").
 */
export const DEPLOYED_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=512'];

/**
 * The environment every deployment adds for the C library: glibc's malloc gives each thread that
 * allocates its own arena and keeps freed memory in each; two arenas for the main thread and the PDF
 * worker hold less of it (docs/load.md, "Memory as deployed"). test/deploy/node-flags.test.ts keeps
 * the deployments' values the same as this.
 */
export const DEPLOYED_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/**
 * Starts one server on a free port (or `port`) in its own process group and waits for GET /health.
 * The environment drops OPENROUTER_API_KEY so no request ever leaves the machine.
 */
export async function startServer(
  opts: {
    port?: number;
    env?: Record<string, string>;
    nodeArgs?: string[];
    readyTimeoutMs?: number;
    /** Pin the server to this many cores (taskset), as on a small instance: its pool sizes itself to them. */
    cpus?: number;
    /** Called with the pid (= process-group id) right after the spawn, before /health answers. */
    onSpawn?: (pid: number) => void;
    /** Serve the TypeScript sources through tsx (like `npm start`) instead of the deployed bundle. */
    fromSource?: boolean;
  } = {},
): Promise<ServerProcess> {
  // By default measure what Cloud Run runs: the esbuild bundle (tsx's on-the-fly compilation in the
  // main thread and in every worker costs CPU and several hundred MiB that production never pays).
  if (!opts.fromSource) await ensureBundle();
  const port = opts.port ?? (await freePort());
  const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version as string;
  // taskset execs node, so the pid stays the server's own.
  const pin = opts.cpus ? ['taskset', '-c', `0-${opts.cpus - 1}`] : [];
  const child = spawn(
    pin[0] ?? process.execPath,
    [
      ...pin.slice(1),
      ...(pin.length ? [process.execPath] : []),
      ...(opts.nodeArgs ?? DEPLOYED_NODE_FLAGS),
      ...(opts.fromSource ? ['--import', 'tsx'] : []),
      'node_modules/@google-cloud/functions-framework/build/src/main.js',
      '--target=analyze',
      opts.fromSource ? '--source=functions/gcp/index.ts' : `--source=${BUNDLE_DIR}/index.js`,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        OPENROUTER_API_KEY: '',
        API_KEYS: '',
        npm_package_version: version,
        ...DEPLOYED_ENV,
        ...opts.env,
        PORT: String(port),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const collect = (c: Buffer) => {
    if (out.length < 1_000_000) out += String(c);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const pid = child.pid as number;
  opts.onSpawn?.(pid);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(pid, signal);
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const base = `http://127.0.0.1:${port}`;
  const server: ServerProcess = { port, base, pid, child, output: () => out, exited, stop };
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited early:\n${out.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop('SIGKILL');
  throw new Error(`server did not answer /health in time:\n${out.slice(-2000)}`);
}

/** The pid and all its descendants, read from /proc (children of each process's threads). */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const p = tree[i] as number;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) tree.push(...kids.split(/\s+/).map(Number));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return tree;
}

/** VmRSS of the process and its descendants, KiB (worker threads are inside their process's RSS). */
export function treeRssKiB(pid: number): number {
  let sum = 0;
  for (const p of processTree(pid)) {
    try {
      const m = readFileSync(`/proc/${p}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
      sum += m ? Number(m[1]) : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

export interface RssSampler {
  /** Peak since the start or the last reset, MiB. */
  peakMiB(): number;
  reset(): void;
  stop(): void;
}

/** Samples the tree's RSS every `intervalMs` (100 ms by default) and keeps the peak. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  let peak = treeRssKiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKiB(pid));
  }, intervalMs);
  return {
    peakMiB: () => Math.round((Math.max(peak, treeRssKiB(pid)) / 1024) * 10) / 10,
    reset: () => {
      peak = treeRssKiB(pid);
    },
    stop: () => clearInterval(timer),
  };
}

/** CPU time (user + system) used so far by the process and its descendants, seconds. */
/**
 * Waits until the server tree uses under `maxShare` of one core over a `windowMs` window (the
 * cold-start warm-up done, V8's background compiles finished), so the first timed runs do not share
 * the machine with them. Gives up after `timeoutMs` and says so (false).
 */
export async function waitUntilIdle(
  pid: number,
  { maxShare = 0.05, windowMs = 500, timeoutMs = 30_000 } = {},
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  let before = treeCpuSeconds(pid);
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = treeCpuSeconds(pid);
    if ((now - before) * 1000 < maxShare * windowMs) return true;
    before = now;
  }
  return false;
}

export function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}
