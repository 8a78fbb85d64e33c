/**
 * Serving under stress (issue 18), on the Cloud Run bundle as `npm start` serves it:
 *   npx tsx bench/serving.ts [--skip-mix]
 * - cold start: process start → first analysed 3-page statement (a POST retried every 10 ms);
 * - memory: idle RSS after the warm-up, peak RSS over one 3-page and one 200-page request, and RSS
 *   every 50 of 300 sequential 3-page requests (does it keep growing?);
 * - a mix at the configured concurrency: 8 good statements sent beside 8 Flate bombs that outlast
 *   PDF_TIMEOUT_MS=2000: the good ones' statuses (never a 422) and p95.
 * Under a minute on the 2-core machine. Prints one JSON document.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { build } from 'esbuild';
import { gcpOptions } from '../infra/build.js';
import { flateBomb } from '../scripts/hostile/documents.js';
import { DEPLOYED_ENV, DEPLOYED_NODE_FLAGS, freePort, ROOT, treeRssKiB } from '../scripts/serving/server.js';
import { generateStatement } from '../scripts/statements/index.js';

const DIR = `${ROOT}dist/serving-gcp`;
const FRAMEWORK = 'node_modules/@google-cloud/functions-framework/build/src/main.js';
const mib = (kib: number) => Math.round(kib / 1024);
/** Every server started, killed when this process ends however it ends. */
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

async function start(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess; t0: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [...DEPLOYED_NODE_FLAGS, FRAMEWORK, '--target=analyze', `--source=${DIR}/index.js`],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...DEPLOYED_ENV,
        NODE_ENV: 'production',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: 'ignore',
    },
  );
  children.push(child);
  return { base: `http://127.0.0.1:${port}`, child, t0 };
}

const post = (base: string, pdf: Buffer) =>
  fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: pdf });

async function coldStart(pdf: Buffer): Promise<number> {
  const s = await start({});
  try {
    for (;;) {
      const res = await post(s.base, pdf).catch(() => null);
      if (res?.status === 200) return Math.round(performance.now() - s.t0);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    s.child.kill('SIGKILL');
  }
}

/** Peak RSS of the server while `work` runs, sampled every 20 ms. */
async function peak(pid: number, work: () => Promise<unknown>): Promise<number> {
  let max = treeRssKiB(pid);
  const timer = setInterval(() => {
    max = Math.max(max, treeRssKiB(pid));
  }, 20);
  await work();
  clearInterval(timer);
  return mib(Math.max(max, treeRssKiB(pid)));
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;

await build({ ...gcpOptions(), outdir: DIR, logLevel: 'error' });
const small = (await generateStatement({ layout: 'northwind', seed: 3, pages: 3 })).pdf;
const large = (await generateStatement({ layout: 'northwind', seed: 3, pages: 200 })).pdf;
const out: Record<string, unknown> = {};

out.coldStartMs = [await coldStart(small), await coldStart(small), await coldStart(small)];
process.stderr.write(`${JSON.stringify(out)}\n`);

{
  const s = await start({});
  const pid = s.child.pid as number;
  while ((await post(s.base, small).catch(() => null))?.status !== 200)
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 3000)); // the cold-start warm-up is done
  out.idleRssMiB = mib(treeRssKiB(pid));
  out.peakRssMiB3 = await peak(pid, () => post(s.base, small).then((r) => r.text()));
  out.peakRssMiB200 = await peak(pid, () => post(s.base, large).then((r) => r.text()));
  const growth: number[] = [];
  for (let i = 1; i <= 300; i++) {
    await (await post(s.base, small)).text();
    if (i % 50 === 0) growth.push(mib(treeRssKiB(pid)));
  }
  out.rssEvery50SequentialMiB = growth;
  s.child.kill('SIGKILL');
  process.stderr.write(`${JSON.stringify(out)}\n`);
}

if (!process.argv.includes('--skip-mix')) {
  const s = await start({ PDF_TIMEOUT_MS: '2000' });
  while ((await post(s.base, small).catch(() => null))?.status !== 200)
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 2000));
  const bomb = flateBomb(100);
  // A dropped connection counts as status 0.
  const timed = async (pdf: Buffer) => {
    const t = performance.now();
    const r = await post(s.base, pdf).catch(() => null);
    await r?.text();
    return { status: r?.status ?? 0, ms: Math.round(performance.now() - t) };
  };
  const all = await Promise.all([...Array(8)].flatMap(() => [timed(bomb), timed(small)]));
  const good = all.filter((_, i) => i % 2 === 1);
  const bad = all.filter((_, i) => i % 2 === 0);
  out.mix = {
    goodStatuses: good.map((g) => g.status),
    goodP95Ms: p95(good.filter((g) => g.status === 200).map((g) => g.ms)),
    goodMaxMs: Math.max(...good.map((g) => g.ms)),
    hostileStatuses: bad.map((b) => b.status),
    serverAlive: s.child.exitCode === null && s.child.signalCode === null,
  };
  s.child.kill('SIGKILL');
}

process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
