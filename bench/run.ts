/**
 * `npm run bench`: for generated statements of 3, 30 and 200 pages, the median and p95 time of bare
 * pdf-parse text extraction (the reference), of our positioned extraction, and of the whole local
 * analysis, plus peak memory. Up to 30 pages, also the command line as a whole process (start,
 * read, analyse, print) beside poppler's `pdftotext`. At the largest size, parseStatement and
 * analyzeSpending timed apart on the same extracted lines (bench/parse-split.ts). Prints tables and
 * writes bench/results/bench.json.
 * Options: --quick (fewer iterations), --sizes 3,30 (page counts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateStatement } from '../scripts/statements/index.js';
import { analyzeStatement } from '../shared/analyze.js';
import { silentLogger } from '../shared/log.js';
import { extractText } from '../shared/pdf/extract.js';
import { createExtractionPool } from '../shared/worker/pool.js';
import { onPath, type ProcessStats, tempPdf, timeProcess } from './cli.js';
import { bareExtract } from './load/measure.js';
import { timeParseAndAnalysis } from './parse-split.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string', default: '3,30,200' } },
});
const sizes = values.sizes.split(',').map(Number);
const config = { MAX_UPLOAD_BYTES: 64 * 1024 * 1024, MAX_PAGES: 1000, PDF_TIMEOUT_MS: 600_000 };

interface Stats {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs: samples.length };
}

const round = (n: number) => Math.round(n * 10) / 10;

async function time(runs: number, fn: () => Promise<unknown>): Promise<Stats> {
  await fn(); // warm-up: module loading and JIT are cold-start costs, not per-request ones
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** Samples RSS while `fn` runs; returns the peak in MiB. */
async function peakRss(fn: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.round((Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) * 10) / 10;
}

// The servers' way: extraction in a worker thread (size 1: one document at a time here).
const pool = createExtractionPool({ size: 1, timeoutMs: 600_000 });
const rows: Array<Record<string, unknown>> = [];
const cliRows: Array<{ pages: number; cli: ProcessStats; pdftotext: ProcessStats | null }> = [];
const hasPdftotext = onPath('pdftotext');
/** Pages up to which the command line is timed as a process (a person's statements are short). */
const CLI_MAX_PAGES = 30;
const largest = Math.max(...sizes);
let largestPdf: Uint8Array | null = null;
for (const pages of sizes) {
  const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 3, pages });
  const bytes = new Uint8Array(pdf);
  if (pages === largest) largestPdf = bytes;
  const runs = values.quick ? 3 : pages >= 200 ? 5 : pages >= 30 ? 10 : 30;
  const bare = await time(runs, () => bareExtract(bytes));
  const ours = await time(runs, () => extractText(bytes, { maxPages: 1000 }));
  const pooled = await time(runs, () => pool.extract(bytes, { maxPages: 1000 }));
  const whole = await time(runs, () =>
    analyzeStatement({ pdf: new Uint8Array(bytes) }, { config, logger: silentLogger }),
  );
  const peak = await peakRss(() =>
    analyzeStatement({ pdf: new Uint8Array(bytes) }, { config, logger: silentLogger }),
  );
  rows.push({
    pages,
    transactions: expected.transactions.length,
    bytes: pdf.length,
    bareExtract: bare,
    extract: ours,
    workerExtract: pooled,
    workerOverheadMs: round(pooled.medianMs - ours.medianMs),
    analyze: whole,
    analyzeVsBare: round(whole.medianMs / bare.medianMs),
    peakRssMiB: peak,
  });
  if (pages <= CLI_MAX_PAGES) {
    const file = tempPdf(bytes);
    const cliRuns = values.quick ? 3 : pages >= 30 ? 5 : 10;
    try {
      const cli = await timeProcess(
        process.execPath,
        ['functions/cli/launch.mjs', file.path, '--json'],
        cliRuns,
      );
      const pdftotext = hasPdftotext ? await timeProcess('pdftotext', [file.path, '-'], cliRuns) : null;
      cliRows.push({ pages, cli, pdftotext });
    } finally {
      file.remove();
    }
  }
}

await pool.close();
const header =
  'pages  txns   size KB | bare pdf-parse p50/p95 ms | our extract p50/p95 ms | in worker p50/p95 ms | whole analysis p50/p95 ms | ×bare | peak RSS MiB';
console.log(header);
console.log('-'.repeat(header.length));
for (const r of rows) {
  const s = (x: unknown) => {
    const st = x as Stats;
    return `${st.medianMs}/${st.p95Ms}`.padStart(12);
  };
  console.log(
    `${String(r.pages).padStart(5)}  ${String(r.transactions).padStart(4)}  ${String(Math.round((r.bytes as number) / 1024)).padStart(8)} |${s(r.bareExtract).padStart(26)} |${s(r.extract).padStart(23)} |${s(r.workerExtract).padStart(21)} |${s(r.analyze).padStart(26)} | ${String(r.analyzeVsBare).padStart(5)} | ${String(r.peakRssMiB).padStart(12)}`,
  );
}
// The engine alone at the largest size: parse and analysis of the same extracted lines, timed apart.
if (largestPdf) {
  const split = await timeParseAndAnalysis(largestPdf, values.quick ? 3 : 9);
  Object.assign(rows.find((r) => r.pages === largest) ?? {}, {
    parse: split.parseMs,
    analysis: split.analysisMs,
  });
  console.log(
    `\n${largest} pages, same extracted lines, p50/p95 of ${split.runs} runs: parseStatement ${split.parseMs.medianMs}/${split.parseMs.p95Ms} ms, analyzeSpending ${split.analysisMs.medianMs}/${split.analysisMs.p95Ms} ms`,
  );
}
// How long this Node takes to start and exit doing nothing, timed the same way: the floor under every
// CLI figure, and a gauge of how busy the machine was (about 40 ms on an idle one).
const nodeFloor =
  cliRows.length > 0 ? await timeProcess(process.execPath, ['-e', '0'], values.quick ? 3 : 10) : null;
if (nodeFloor) {
  console.log(
    `\nnode -e 0 (${process.version}): ${nodeFloor.medianMs}/${nodeFloor.p95Ms} ms p50/p95, ${nodeFloor.cpuMs ?? 'n/a'} ms CPU (${nodeFloor.mainThreadCpuMs ?? 'n/a'} ms main thread)`,
  );
  const head =
    'pages | CLI process p50/p95 ms | CLI CPU ms | main thread ms | CLI peak RSS MiB | pdftotext p50/p95 ms | pdftotext CPU ms | pdftotext peak RSS MiB | CLI ×pdftotext';
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  const mib = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : String(x));
  for (const r of cliRows) {
    const t = r.pdftotext;
    console.log(
      [
        String(r.pages).padStart(5),
        `${r.cli.medianMs}/${r.cli.p95Ms}`.padStart(22),
        mib(r.cli.cpuMs).padStart(10),
        mib(r.cli.mainThreadCpuMs).padStart(14),
        mib(r.cli.peakRssMiB).padStart(16),
        (t ? `${t.medianMs}/${t.p95Ms}` : 'n/a (no pdftotext)').padStart(20),
        mib(t?.cpuMs).padStart(16),
        mib(t?.peakRssMiB).padStart(22),
        (t ? String(round(r.cli.medianMs / t.medianMs)) : 'n/a').padStart(14),
      ].join(' | '),
    );
  }
}
mkdirSync('bench/results', { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, rows, cli: cliRows, nodeFloor };
writeFileSync('bench/results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/results/bench.json');
