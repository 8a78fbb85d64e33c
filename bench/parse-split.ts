/**
 * Parse and analysis timed apart: parseStatement and analyzeSpending on one document's extracted
 * lines, each the median (and p95) of several runs after a warm-up, taken in turn so a drifting
 * machine hits both alike. What `npm run bench` prints for its largest statement, so a claim about
 * the engine's own speed (issue 15: a 200-page statement parsed within 10% of its earlier time) can
 * be read without extraction's noise around it.
 */
import { analyzeSpending } from '../shared/analysis/index.js';
import { extractText } from '../shared/pdf/extract.js';
import { parseStatement } from '../shared/statement/parse.js';
import { percentile, round1 } from './load/measure.js';

/** Median and p95 in ms of parseStatement and of analyzeSpending on the same lines. */
export interface ParseSplit {
  parseMs: { medianMs: number; p95Ms: number };
  analysisMs: { medianMs: number; p95Ms: number };
  runs: number;
}

/** Extracts `pdf` once, then times parseStatement and analyzeSpending `runs` times each. */
export async function timeParseAndAnalysis(pdf: Uint8Array, runs: number): Promise<ParseSplit> {
  const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 1000 });
  analyzeSpending(parseStatement(lines)); // warm-up: JIT, not per-request work
  const parse: number[] = [];
  const analysis: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const parsed = parseStatement(lines);
    const t1 = performance.now();
    analyzeSpending(parsed);
    const t2 = performance.now();
    parse.push(t1 - t0);
    analysis.push(t2 - t1);
  }
  const summary = (xs: number[]) => ({
    medianMs: round1(percentile(xs, 0.5)),
    p95Ms: round1(percentile(xs, 0.95)),
  });
  return { parseMs: summary(parse), analysisMs: summary(analysis), runs };
}
