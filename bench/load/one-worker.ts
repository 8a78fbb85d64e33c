/**
 * The peak RSS of one instance as Cloud Run runs it (`infra/gcloud/env.yaml`: PDF_WORKERS=1, the
 * deployed bundle and NODE_OPTIONS under the Functions Framework; the worker is a thread, so its
 * memory is in the process's RSS), sampled every 20 ms while it answers POST /analyze for `pdf` one
 * request at a time, after its cold-start warm-up. Shared by `npm run bench:load` (issue 22's
 * "200 pages under 200 MB with one worker", in the same run as the other goals) and bench/rss-200.ts.
 */
import { postPdf } from '../../scripts/serving/http.js';
import { sampleRss, startServer, waitUntilIdle } from '../../scripts/serving/server.js';

/** Idle and peak RSS (MiB) of a one-worker instance, and how long each answer took (ms). */
export interface OneWorkerPeak {
  idleMiB: number;
  peakMiB: number;
  answersMs: number[];
  /** The peak during each answer: the heap and malloc's arenas keep growing over the first few. */
  peaksMiB: number[];
}

/** Starts a one-worker instance, sends `pdf` `runs` times in turn, and stops it. */
export async function oneWorkerPeak(
  pdf: Uint8Array,
  runs: number,
  env: Record<string, string> = {},
): Promise<OneWorkerPeak> {
  const server = await startServer({ env: { PDF_WORKERS: '1', ...env } });
  try {
    await waitUntilIdle(server.pid);
    const rss = sampleRss(server.pid, 20);
    const idleMiB = rss.peakMiB();
    const answersMs: number[] = [];
    const peaksMiB: number[] = [];
    for (let i = 0; i < runs; i++) {
      rss.reset();
      const t0 = performance.now();
      await postPdf(server.base, pdf);
      answersMs.push(Math.round(performance.now() - t0));
      peaksMiB.push(rss.peakMiB());
    }
    rss.stop();
    return { idleMiB, peakMiB: Math.max(idleMiB, ...peaksMiB), answersMs, peaksMiB };
  } finally {
    await server.stop();
  }
}
