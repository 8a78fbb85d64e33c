/**
 * Single-request measurements for the load bench: one request at a time over HTTP, bare pdf-parse
 * text extraction in-process, and poppler's `pdftotext -layout` on a temp file. Medians of N.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_OPTIONS, loadPdfJs } from '../../shared/pdf/pdfjs.js';

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

/**
 * Times several contenders side by side: each once to warm up, then `runs` rounds of one run each,
 * in turn. On a shared machine whose speed drifts by a quarter within a minute, timing them in
 * separate blocks would compare different machines; interleaved, the drift hits all of them alike.
 * A contender with untimed setup times itself: it resolves to `{ ownMs }`, its own duration in ms.
 * Returns each contender's durations in ms.
 */
export async function timeInterleaved(
  runs: number,
  fns: ReadonlyArray<() => Promise<unknown>>,
): Promise<number[][]> {
  for (const fn of fns) await fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    // Each round starts one contender later, so none always runs right after the same neighbour
    // (a spawned pdftotext exiting, a server waking up) or always first.
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const t0 = performance.now();
      const own = (await fns[k]?.()) as { ownMs?: unknown } | undefined;
      samples[k]?.push(typeof own?.ownMs === 'number' ? own.ownMs : performance.now() - t0);
    }
  }
  return samples;
}

/** Bare pdf-parse text extraction, the way a minimal service would do it (the reference). */
export async function bareExtract(pdf: Uint8Array): Promise<void> {
  // pdf.js through our loader first: like for like with the server, and with Node 22, where pdf.js
  // leaves push alone (on Node 20 its polyfill would make this reference ~10% slower than production).
  // pdf-parse then imports the same, already loaded, pdf.js modules.
  await loadPdfJs();
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
}

/** The PDF's page count (pdf.js, through the same loader as the server). */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(pdf) });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

/** True when poppler's pdftotext can be run. */
export function hasPdftotext(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore', timeout: 10_000 });
  return r.error === undefined;
}

/** Runs `fn` with the PDF written to a temp file (pdftotext reads files), removing it afterwards. */
export async function withPdfFile<T>(pdf: Uint8Array, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdftotext-'));
  try {
    const file = join(dir, 'statement.pdf');
    writeFileSync(file, pdf);
    return await fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One `pdftotext -layout` run on `file`, writing beside it. */
export async function runPdftotext(file: string): Promise<void> {
  const r = spawnSync('pdftotext', ['-layout', file, `${file}.txt`], { timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${String(r.stderr).slice(0, 200)}`);
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
