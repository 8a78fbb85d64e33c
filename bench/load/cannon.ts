/**
 * One bounded autocannon run: a fixed number of POST /analyze requests over N keep-alive connections,
 * stopped early at a hard time cap. Latencies are collected per response (autocannon's own
 * histogram has no p95).
 */
import autocannon from 'autocannon';
import { percentile, round1, round2 } from './measure.js';

export interface LoadOptions {
  url: string;
  body: Uint8Array;
  connections: number;
  /** Requests to complete (counted by responses of any status). */
  amount: number;
  /** Hard cap: the run is stopped after this long even if requests remain. */
  capMs: number;
  /** Per-request timeout, seconds. */
  timeoutS: number;
}

export interface LoadResult {
  connections: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationS: number;
  reqPerS: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** True when the time cap stopped the run before `amount` responses arrived. */
  capped: boolean;
}

/** Runs the load and resolves with counts, throughput and latency percentiles. */
export function loadRun(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let capped = false;
    const t0 = performance.now();
    // autocannon reports at its next 1 s sampling tick; the last response is the real end of the run.
    let last = t0;
    const instance = autocannon(
      {
        url: opts.url,
        method: 'POST',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from(opts.body),
        connections: opts.connections,
        pipelining: 1,
        amount: opts.amount,
        timeout: opts.timeoutS,
      },
      (err, result) => {
        clearTimeout(cap);
        if (err) return reject(err);
        const durationS = (last - t0) / 1000;
        const requests = latencies.length;
        resolve({
          connections: opts.connections,
          requests,
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          durationS: round2(durationS),
          reqPerS: round2(result['2xx'] / durationS),
          latencyMs: {
            p50: round1(percentile(latencies, 0.5)),
            p95: round1(percentile(latencies, 0.95)),
            p99: round1(percentile(latencies, 0.99)),
            max: round1(percentile(latencies, 1)),
          },
          capped,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      last = performance.now();
    });
    const cap = setTimeout(() => {
      capped = true;
      instance.stop();
    }, opts.capMs);
  });
}
