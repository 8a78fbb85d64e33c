/**
 * The Cloud Run bundle as a real process (the Functions Framework serving `npm run build:gcp`'s
 * output, as `npm start` does): SIGTERM drains the requests in flight instead of dropping them, and
 * a full queue answers 503 SERVER_BUSY with Retry-After, never a 422.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateStatement } from '../../scripts/statements/index.js';
import { exited, freePort, privateBundle } from './servers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRAMEWORK = 'node_modules/@google-cloud/functions-framework/build/src/main.js';

interface Served {
  base: string;
  child: ChildProcess;
  output(): string;
}

/** The framework itself (not npm) on the bundle, so its exit code and signals are the server's own. */
async function serve(env: Record<string, string>): Promise<Served> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [FRAMEWORK, '--target=analyze', `--source=${await privateBundle()}`],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (c) => {
    out += String(c);
  });
  child.stderr?.on('data', (c) => {
    out += String(c);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${out}`);
    const res = await fetch(`${base}/health`).catch(() => null);
    const health = res?.ok
      ? ((await res.json()) as { pdf?: { warm: number; size: number; busy: number } })
      : null;
    // Ready when every PDF worker is warm and the cold-start warm-up is done, so no test measures it.
    const pool = health?.pdf;
    if (pool && pool.warm === pool.size && pool.busy === 0) return { base, child, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server not ready:\n${out}`);
}

const post = (base: string, pdf: Buffer) =>
  fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: pdf });

let pdf: Buffer;
beforeAll(async () => {
  pdf = (await generateStatement({ layout: 'northwind', seed: 3, pages: 12 })).pdf;
}, 60_000);

test('SIGTERM with four requests in flight: all four answered 200, then exit 0 and no new connection', async () => {
  const s = await serve({ PDF_WORKERS: '1', SHUTDOWN_GRACE_MS: '60000' });
  try {
    let done = 0;
    const requests = [0, 1, 2, 3].map(() =>
      post(s.base, pdf).then(async (r) => {
        done++;
        return { status: r.status, body: (await r.json()) as { meta?: { pages: number } } };
      }),
    );
    // Wait until the server holds every request not yet answered, so none is still connecting.
    for (;;) {
      const h = (await (await fetch(`${s.base}/health`)).json()) as { inFlight: number };
      if (h.inFlight + done >= 4) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    s.child.kill('SIGTERM');
    const answers = await Promise.all(requests);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.every((a) => a.body.meta?.pages === 12)).toBe(true);
    expect(await exited(s.child)).toBe(0);
    const lines = s
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.message === 'shut down')).toMatchObject({ signal: 'SIGTERM', abandoned: 0 });
    // No new connection is accepted once draining began.
    await expect(fetch(`${s.base}/health`)).rejects.toThrow();
  } finally {
    s.child.kill('SIGKILL');
  }
}, 120_000);

test('a queue longer than PDF_QUEUE_TIMEOUT_MS answers 503 SERVER_BUSY with Retry-After, never 422', async () => {
  const s = await serve({ PDF_WORKERS: '1', PDF_QUEUE_TIMEOUT_MS: '1' });
  try {
    const answers = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const r = await post(s.base, pdf);
        const body = (await r.json()) as { error?: { code: string } };
        return { status: r.status, code: body.error?.code, retryAfter: r.headers.get('retry-after') };
      }),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.every((st) => st === 200 || st === 503)).toBe(true);
    for (const a of answers.filter((x) => x.status === 503)) {
      expect(a.code).toBe('SERVER_BUSY');
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  } finally {
    s.child.kill('SIGKILL');
  }
}, 120_000);
