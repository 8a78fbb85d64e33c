/** One row of the load bench's results, and the table printed for them. */

import type { Timings } from '../../scripts/serving/http.js';
import type { LoadResult } from './cannon.js';

export interface LoadRow {
  /** "3 pages" for a generated statement, or a corpus statement's name ("Chase", "TD 2019"). */
  document: string;
  pages: number;
  /** Transactions a generated statement holds; null for a corpus statement. */
  transactions: number | null;
  bytes: number;
  /** Under N concurrent connections; serverCores = the server tree's CPU seconds per second. */
  load: LoadResult & { pagesPerS: number; serverCores: number };
  peakRssMiB: number;
  /** One request at a time, half of the runs just before the load run and half right after it. */
  sequential: {
    runs: number;
    /** On one kept-alive connection (how a platform front end sends requests): the goal's figure. */
    httpMedianMs: number;
    /** On a new connection per request (a client without keep-alive). */
    httpNewConnectionMedianMs: number;
    bareMedianMs: number;
    pdftotextMedianMs: number | null;
    /** Medians of the Analysis JSON's meta.timings over the one-at-a-time requests. */
    serverTimingsMs: Timings;
  };
  ratios: {
    httpVsBare: number;
    httpNewConnectionVsBare: number;
    httpVsPdftotext: number | null;
    loadVsBareOneCore: number;
  };
}

const HEAD = [
  'document',
  'pages',
  'req/s',
  'pages/s',
  'p50/p95/p99 ms',
  'err/non2xx',
  'peak RSS MiB',
  'server cores',
  'HTTP 1-at-a-time ms',
  'bare ms',
  '×bare',
  'new conn ms',
  'new ×bare',
  'pdftotext ms',
  '×pdftotext',
  'load÷bare rate',
];

/** The rows as an aligned text table under a title line. */
export function formatTable(rows: readonly LoadRow[], title: string): string {
  const lines = rows.map((r) => {
    const l = r.load;
    return [
      r.document,
      String(r.pages),
      String(l.reqPerS),
      String(l.pagesPerS),
      `${l.latencyMs.p50}/${l.latencyMs.p95}/${l.latencyMs.p99}`,
      `${l.errors + l.timeouts}/${l.non2xx}`,
      String(r.peakRssMiB),
      String(l.serverCores),
      String(r.sequential.httpMedianMs),
      String(r.sequential.bareMedianMs),
      String(r.ratios.httpVsBare),
      String(r.sequential.httpNewConnectionMedianMs),
      String(r.ratios.httpNewConnectionVsBare),
      String(r.sequential.pdftotextMedianMs ?? '—'),
      String(r.ratios.httpVsPdftotext ?? '—'),
      String(r.ratios.loadVsBareOneCore),
    ];
  });
  const widths = HEAD.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  const head = fmt(HEAD);
  return ['', title, head, '-'.repeat(head.length), ...lines.map(fmt)].join('\n');
}
