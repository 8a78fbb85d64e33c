/**
 * The command line as a person runs it, timed from outside: a fresh `node functions/cli/launch.mjs
 * <file> --json` process per run (what `npm run analyze` starts, without npm's own ~0.2 s), and
 * poppler's `pdftotext` on the same file as the reference. Wall time from spawn to exit; peak memory
 * of the whole process (GNU time's maximum resident set size) and its CPU time (user + system, which a
 * busy machine stretches far less than the wall time); both n/a where /usr/bin/time is missing. For
 * Node processes also the main thread's own CPU time (bench/cpu-probe.mjs): on an idle machine the
 * wall time is about that, the compiler and collector threads running beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ProcessStats {
  medianMs: number;
  p95Ms: number;
  peakRssMiB: number | null;
  /** Median CPU time (user + system) of the process. */
  cpuMs: number | null;
  /** Median CPU time of the main thread (Node processes on Node 23.9+ only): what the wall time is on an idle machine. */
  mainThreadCpuMs: number | null;
  runs: number;
}

const TIME = '/usr/bin/time';

/** True when `cmd` can be found on PATH. */
export function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const PROBE = fileURLToPath(new URL('./cpu-probe.mjs', import.meta.url));

function once(
  cmd: string,
  args: string[],
  rssFile: string | null,
  probeFile: string | null,
): Promise<number> {
  // A Node process gets the probe preloaded (under a millisecond): its main thread's CPU time.
  const probed =
    probeFile && cmd === process.execPath ? ['--import', pathToFileURL(PROBE).href, ...args] : args;
  const [file, argv] = rssFile ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...probed]] : [cmd, probed];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(file, argv, {
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, OPENROUTER_API_KEY: '', ...(probeFile ? { CCA_CPU_PROBE: probeFile } : {}) },
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve(ms);
      else reject(new Error(`${cmd} exited with ${code}`));
    });
  });
}

/** Runs `cmd args` `runs` times after one warm-up (which fills the OS file cache and Node's compile cache). */
export async function timeProcess(cmd: string, args: string[], runs: number): Promise<ProcessStats> {
  const dir = mkdtempSync(join(tmpdir(), 'cca-bench-'));
  const rssFile = existsSync(TIME) ? join(dir, 'rss') : null;
  const probeFile = join(dir, 'main-cpu');
  try {
    await once(cmd, args, null, null);
    const samples: number[] = [];
    const cpu: number[] = [];
    const mainCpu: number[] = [];
    let peakKiB = 0;
    for (let i = 0; i < runs; i++) {
      samples.push(await once(cmd, args, rssFile, probeFile));
      if (existsSync(probeFile)) mainCpu.push(Number(readFileSync(probeFile, 'utf8')));
      rmSync(probeFile, { force: true });
      if (!rssFile) continue;
      const last = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '';
      const [kib = 0, user = 0, system = 0] = last.split(' ').map(Number);
      peakKiB = Math.max(peakKiB, kib);
      cpu.push((user + system) * 1000);
    }
    const at = (xs: number[], q: number) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
    };
    const r = (n: number) => Math.round(n * 10) / 10;
    return {
      medianMs: r(at(samples, 0.5)),
      p95Ms: r(at(samples, 0.95)),
      peakRssMiB: rssFile ? r(peakKiB / 1024) : null,
      cpuMs: rssFile ? r(at(cpu, 0.5)) : null,
      mainThreadCpuMs: mainCpu.length > 0 ? r(at(mainCpu, 0.5)) : null,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `pdf` to a temporary file for the processes to read; returns its path and a cleanup. */
export function tempPdf(pdf: Uint8Array): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cca-bench-pdf-'));
  const path = join(dir, 'statement.pdf');
  writeFileSync(path, pdf);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
