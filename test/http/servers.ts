/**
 * Starts the servers as real processes on a free 127.0.0.1 port, and stops them. `start` serves the
 * Cloud Run bundle as `npm start` does (`npm run serve` on the output of `build:gcp`), but from a
 * bundle of this test process's own: `npm start` rebuilds dist/gcp, and other test files build or
 * serve it at the same time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { gcpOptions } from '../../infra/build.js';
import { freePort } from '../../scripts/serving/server.js';

export { freePort };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Running {
  base: string;
  output(): string;
  stop(): Promise<void>;
}

/** Runs an npm script in its own process group, collecting stdout+stderr. */
export function runScript(
  script: string,
  env: Record<string, string>,
): { child: ChildProcess; output(): string } {
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c) => {
    out += String(c);
  });
  child.stderr?.on('data', (c) => {
    out += String(c);
  });
  return { child, output: () => out };
}

/** Resolves with the exit code once the process has ended. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

let bundle: Promise<string> | null = null;

/** This process's own Cloud Run bundle (removed when the process exits); its index.js path. */
export function privateBundle(): Promise<string> {
  bundle ??= (async () => {
    const dir = `${ROOT}dist/test-gcp-${process.pid}`;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await build({ ...gcpOptions(), outdir: dir });
    return `${dir}/index.js`;
  })();
  return bundle;
}

/** Starts the script on a free port and waits until GET /health answers. */
export async function startServer(
  script: 'start' | 'start:lambda',
  env: Record<string, string>,
): Promise<Running> {
  const port = await freePort();
  const { child, output } =
    script === 'start'
      ? runScript('serve', { ...env, FUNCTION_SOURCE: await privateBundle(), PORT: String(port) })
      : runScript(script, { ...env, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited(child);
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited early:\n${output()}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${script} did not answer within 30 s:\n${output()}`);
}
