/**
 * dist/gcp/start.js, the framework's command line started after the compile cache and the PDF
 * workers: a real process serving this test's own bundle over real HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateStatement } from '../../scripts/statements/index.js';
import { exited, freePort, privateBundle } from '../http/servers.js';

/** `node start.js` beside this test's bundle, in its own process group, collecting its output. */
async function start(env: Record<string, string>): Promise<{ child: ChildProcess; output(): string }> {
  const index = await privateBundle();
  const child = spawn(
    process.execPath,
    [join(dirname(index), 'start.js'), '--target=analyze', '--signature-type=http', `--source=${index}`],
    {
      env: { ...process.env, NODE_ENV: 'production', OPENROUTER_API_KEY: '', NODE_COMPILE_CACHE: '', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  for (const s of [child.stdout, child.stderr]) s?.on('data', (c) => (out += String(c)));
  return { child, output: () => out };
}

test('exits at once on a bad configuration, naming the variable', async () => {
  const { child, output } = await start({ MAX_PAGES: 'lots', PORT: '0' });
  expect(await exited(child)).not.toBe(0);
  expect(output()).toContain('MAX_PAGES');
  expect(output()).toContain('Invalid configuration');
});

describe('serving', () => {
  let base: string;
  let server: { child: ChildProcess; output(): string };
  beforeAll(async () => {
    const port = await freePort();
    server = await start({ PORT: String(port), PDF_WORKERS: '1' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 600; i++) {
      if (server.child.exitCode !== null) throw new Error(`start.js exited:\n${server.output()}`);
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`start.js did not answer:\n${server.output()}`);
  }, 90_000);
  afterAll(async () => {
    if (server.child.exitCode === null && server.child.pid) process.kill(-server.child.pid, 'SIGTERM');
    await exited(server.child);
  });

  test('answers a statement through the Functions Framework with the one worker PDF_WORKERS asks for', async () => {
    const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 5, pages: 2 });
    const res = await fetch(`${base}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(pdf),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statement: { newBalance: number }; transactions: unknown[] };
    expect(body.statement.newBalance).toBe(expected.newBalance);
    expect(body.transactions).toHaveLength(expected.transactions.length);
    const health = (await (await fetch(`${base}/health`)).json()) as { pdf: { size: number } };
    expect(health.pdf.size).toBe(1);
    // Our own start-up line, written when the framework's server listens (functions/gcp/register.ts).
    expect(server.output()).toMatch(/"message":"listening","url":"http:\/\/localhost:\d+\/"/);
  }, 60_000);

  test('keeps V8 compile cache beside the bundle (nothing but compiled code goes there)', async () => {
    const dir = join(dirname(await privateBundle()), '.compile-cache');
    expect(existsSync(dir)).toBe(true);
  });
});
