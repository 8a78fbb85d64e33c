/**
 * `npm run bench:cold`: the Cloud Run bundle's cold start, as an instance starts for its first
 * request. Each run spawns a fresh server (NODE_ENV=production, two PDF workers) in each of the two
 * ways it can start, alternating: `framework`, the Functions Framework's bin loading
 * dist/cold-gcp/index.js (what a buildpack deploy runs), and `start`, dist/cold-gcp/start.js (the
 * PDF workers and the compile cache started before the framework loads). It sends a generated 3-page statement as soon as the port
 * accepts a connection; the figure is spawn → the 200 answer. Also: spawn → listening, the idle RSS
 * of the process once its warm-up is done, the same 3-page statement's answer time then, and the
 * peak RSS while it reads a 3- and a 200-page statement. Without V8's compile cache (a new instance has none); `--compile-cache` measures a
 * restart on the same disk too (an image that ships a warm cache). Also `node -e 0`, timed the
 * same way, as the floor and a gauge of the machine's load. Prints a line per entry and writes
 * bench/results/cold.json. Options: --runs 7, --compile-cache.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { gcpOptions } from '../infra/build.js';
import {
  DEPLOYED_ENV,
  DEPLOYED_NODE_FLAGS,
  freePort,
  killGroup,
  ROOT,
  sampleRss,
  treeCpuSeconds,
  treeRssKiB,
  waitUntilIdle,
} from '../scripts/serving/server.js';
import { generateStatement } from '../scripts/statements/index.js';
import { percentile, round1 } from './load/measure.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'compile-cache': { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const OUT = 'dist/cold-gcp';

/** One POST /analyze; resolves with the status and the transaction count, rejects on a refused connection. */
function post(port: number, pdf: Uint8Array): Promise<{ status: number; transactions: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/analyze',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/pdf', 'content-length': pdf.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { transactions?: unknown[] };
          resolve({ status: res.statusCode ?? 0, transactions: body.transactions?.length ?? 0 });
        });
      },
    );
    req.on('error', reject);
    req.end(pdf);
  });
}

/** True once something accepts a TCP connection on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface ColdRun {
  /** Spawn → the port accepts a connection (ms). */
  listeningMs: number;
  /** Spawn → the first statement's 200 answer (ms). */
  firstAnswerMs: number;
  /**
   * CPU time (all threads) the server used until that answer: far steadier than the wall time on a
   * shared machine; on an idle one, the wall time is about this spread over the cores.
   */
  firstAnswerCpuMs: number;
  /**
   * The same statement once the server is idle (its warm-up done): what the warm-up is for. Slower
   * than before a change means the warm-up no longer reaches the code a request runs.
   */
  warmAnswerMs: number;
  idleRssMiB: number;
  peak3RssMiB: number;
  peak200RssMiB: number;
}

/** How the server is started: the framework's bin (buildpack deploys) or our start.js before it. */
const ENTRIES = {
  framework: ['node_modules/@google-cloud/functions-framework/build/src/main.js'],
  start: [`${OUT}/start.js`],
} as const;
type Entry = keyof typeof ENTRIES;

async function coldRun(
  small: Uint8Array,
  large: Uint8Array,
  cacheDir: string | null,
  entry: Entry,
): Promise<ColdRun> {
  const port = await freePort();
  const t0 = performance.now();
  const args = [...DEPLOYED_NODE_FLAGS, ...ENTRIES[entry], '--target=analyze', `--source=${OUT}/index.js`];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      ...DEPLOYED_ENV,
      NODE_ENV: 'production',
      PORT: String(port),
      OPENROUTER_API_KEY: '',
      API_KEYS: '',
      PDF_WORKERS: '2',
      NODE_COMPILE_CACHE: cacheDir ?? '',
      NODE_DISABLE_COMPILE_CACHE: cacheDir ? '' : '1',
    },
  });
  const pid = child.pid as number;
  try {
    while (!(await accepts(port))) {
      if (performance.now() - t0 > 60_000) throw new Error('not listening within 60 s');
      await new Promise((r) => setTimeout(r, 2));
    }
    const listeningMs = performance.now() - t0;
    // The request goes out as soon as a connection is accepted: the answer time includes whatever
    // the server still does at start (workers loading pdf.js, its warm-up) that the request waits for.
    const answer = await post(port, new Uint8Array(small));
    const firstAnswerMs = performance.now() - t0;
    const firstAnswerCpuMs = treeCpuSeconds(pid) * 1000;
    if (answer.status !== 200 || answer.transactions === 0)
      throw new Error(`first answer: ${answer.status} with ${answer.transactions} transactions`);
    await waitUntilIdle(pid);
    const idleRssMiB = round1(treeRssKiB(pid) / 1024);
    const peak = async (pdf: Uint8Array) => {
      const rss = sampleRss(pid, 20);
      const t = performance.now();
      const r = await post(port, new Uint8Array(pdf));
      const ms = performance.now() - t;
      rss.stop();
      if (r.status !== 200) throw new Error(`answered ${r.status}`);
      return { peak: rss.peakMiB(), ms };
    };
    const warm3 = await peak(small);
    const peak200RssMiB = (await peak(large)).peak;
    return {
      listeningMs: round1(listeningMs),
      firstAnswerMs: round1(firstAnswerMs),
      firstAnswerCpuMs,
      warmAnswerMs: round1(warm3.ms),
      idleRssMiB,
      peak3RssMiB: warm3.peak,
      peak200RssMiB,
    };
  } finally {
    // A graceful stop: Node writes the compile cache when the process exits, never on SIGKILL.
    const exited = new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Spawn → exit of `node -e 0`, ms: the floor under every figure here. */
function nodeFloor(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - t));
  });
}

await build({ ...gcpOptions(), outdir: join(ROOT, OUT) });
const statement = async (pages: number) =>
  new Uint8Array((await generateStatement({ layout: 'northwind', seed: 3, pages })).pdf);
const small = await statement(3);
const large = await statement(200);
const runs: Record<Entry, ColdRun[]> = { framework: [], start: [] };
const floor: number[] = [];
const entries = Object.keys(ENTRIES) as Entry[];
const cacheDirs = Object.fromEntries(
  entries.map((e) => [e, values['compile-cache'] ? mkdtempSync(join(tmpdir(), 'cca-cold-cache-')) : null]),
) as Record<Entry, string | null>;
try {
  for (const entry of entries) {
    const cacheDir = cacheDirs[entry];
    if (cacheDir) await coldRun(small, large, cacheDir, entry); // fills the cache
  }
  // Alternating entries and the floor, so that all see the same machine.
  for (let i = 0; i < RUNS; i++) {
    floor.push(await nodeFloor());
    for (const entry of entries) {
      runs[entry].push(await coldRun(small, large, cacheDirs[entry], entry));
      process.stderr.write(`${entry} run ${i + 1}/${RUNS}: ${JSON.stringify(runs[entry].at(-1))}\n`);
    }
  }
} finally {
  for (const dir of Object.values(cacheDirs)) if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Medians (and the p95 of the first answer, the peak at 200 pages) of one entry's runs. */
function summary(samples: ColdRun[]) {
  const med = (k: keyof ColdRun) =>
    round1(
      percentile(
        samples.map((r) => r[k]),
        0.5,
      ),
    );
  return {
    runs: samples.length,
    median: {
      listeningMs: med('listeningMs'),
      firstAnswerMs: med('firstAnswerMs'),
      firstAnswerCpuMs: med('firstAnswerCpuMs'),
      warmAnswerMs: med('warmAnswerMs'),
      idleRssMiB: med('idleRssMiB'),
      peak3RssMiB: med('peak3RssMiB'),
      peak200RssMiB: med('peak200RssMiB'),
    },
    p95FirstAnswerMs: round1(
      percentile(
        samples.map((r) => r.firstAnswerMs),
        0.95,
      ),
    ),
    maxPeak200RssMiB: Math.max(...samples.map((r) => r.peak200RssMiB)),
    samples,
  };
}
const report = {
  date: new Date().toISOString(),
  node: process.version,
  loadAverage1m: round1(loadavg()[0] ?? 0),
  compileCache: Boolean(values['compile-cache']),
  nodeFloorMs: round1(percentile(floor, 0.5)),
  entries: { framework: summary(runs.framework), start: summary(runs.start) },
};
console.log(
  `cold start (${report.compileCache ? 'with' : 'without'} compile cache, load ${report.loadAverage1m}; node -e 0: ${report.nodeFloorMs} ms)`,
);
for (const entry of entries) {
  const r = report.entries[entry];
  console.log(
    `  ${entry.padEnd(9)}: listening ${r.median.listeningMs} ms, first 3-page answer ${r.median.firstAnswerMs} ms ` +
      `(p95 ${r.p95FirstAnswerMs}; ${r.median.firstAnswerCpuMs} ms CPU), once idle ${r.median.warmAnswerMs} ms; RSS idle ${r.median.idleRssMiB} MiB, ` +
      `peak 3 pages ${r.median.peak3RssMiB} MiB, 200 pages ${r.median.peak200RssMiB} MiB`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/cold.json'), `${JSON.stringify(report, null, 2)}\n`);
