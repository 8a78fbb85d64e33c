/**
 * Single-request measurements for the load bench: one request at a time over HTTP, bare pdf-parse
 * text extraction in-process, and poppler's `pdftotext -layout` on a temp file. Medians of N.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';

/** Nearest-rank percentile (q in 0..1) of unsorted samples; 0 for none. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Rounds to one decimal (milliseconds, MiB, ratios). */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Rounds to two decimals (ratios). */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Runs `fn` once to warm up, then `runs` times; returns every duration in ms. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Bare pdf-parse text extraction, the way a minimal service would do it (the reference). */
export async function bareExtract(pdf: Uint8Array): Promise<void> {
  const parser = new PDFParse({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
}

/** True when poppler's pdftotext can be run. */
export function hasPdftotext(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore', timeout: 10_000 });
  return r.error === undefined;
}

/** Times `pdftotext -layout` on the PDF written to a temp file (warm-up + `runs`); ms per run. */
export async function timePdftotext(pdf: Uint8Array, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdftotext-'));
  try {
    const file = join(dir, 'statement.pdf');
    writeFileSync(file, pdf);
    return await timeRuns(runs, async () => {
      const r = spawnSync('pdftotext', ['-layout', file, join(dir, 'out.txt')], { timeout: 120_000 });
      if (r.status !== 0) throw new Error(`pdftotext failed: ${String(r.stderr).slice(0, 200)}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of all cores busy (0..1) over the next `ms`, from /proc/stat; 0 where that is unreadable. */
export async function machineBusy(ms: number): Promise<number> {
  const read = () => {
    try {
      const cpu =
        readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
      const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
      return { idle, total: cpu.reduce((a, b) => a + b, 0) };
    } catch {
      return { idle: 0, total: 0 };
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const total = b.total - a.total;
  return total > 0 ? 1 - (b.idle - a.idle) / total : 0;
}
