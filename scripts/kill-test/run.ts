/**
 * The kill test: three instances of the real server behind nginx on 127.0.0.1; load through nginx;
 * about a third into the run one instance's process group gets SIGKILL. Returns what happened:
 * requests, failures, retries, throughput before and after, and proof that the instance died.
 */

import { DEFAULT_MAX_UPLOAD_BYTES } from '../../shared/config.js';
import { postPdf } from '../serving/http.js';
import { freePort, isAlive, killGroup, type ServerProcess, startServer } from '../serving/server.js';
import { generateStatement, LAYOUTS } from '../statements/index.js';
import { drive, type RequestRecord } from './drive.js';
import { type NginxProcess, startNginx } from './nginx.js';
import type { ProcessRegistry } from './procs.js';

export interface KillTestOptions {
  nginxBin: string;
  /** A temp dir of the caller's: nginx's config, pid and logs go here. */
  dir: string;
  durationMs: number;
  /** When to kill, ms after the load started; a third of the duration by default. */
  killAtMs?: number;
  connections: number;
  procs: ProcessRegistry;
  log?: (line: string) => void;
}

export interface Phase {
  requests: number;
  reqPerS: number;
}

export interface KillTestSummary {
  instances: number;
  total: number;
  ok: number;
  failed: number;
  /** Failures by reason (`status 502`, `ECONNRESET`, `timeout`…); empty when none failed. */
  failures: Record<string, number>;
  /** Requests nginx sent to more than one instance (the ones a dead instance would have cost). */
  retried: number;
  before: Phase;
  after: Phase;
  /** Successful answers per instance port: ended before the kill, started after it. */
  perInstance: Record<string, { before: number; after: number }>;
  killed: {
    port: number;
    pid: number;
    atMs: number;
    /** How the process ended, as Node reported it ('SIGKILL' expected). */
    signal: string | number | null;
    exitedWithinMs: number;
    /** Checked after the run: no process with that pid, and its port refuses connections. */
    aliveAfter: boolean;
    portRefuses: boolean;
  };
}

/** Runs the whole test; every process it starts is registered in `procs` and stopped before it returns. */
export async function runKillTest(opts: KillTestOptions): Promise<KillTestSummary> {
  const log = opts.log ?? (() => {});
  const killAtMs = opts.killAtMs ?? Math.round(opts.durationMs / 3);
  // A mix of issuers' layouts, all 3 pages: small enough for 3 instances plus the load on 2 cores.
  const bodies = await Promise.all(
    LAYOUTS.map(
      async (layout, i) => new Uint8Array((await generateStatement({ layout, seed: 11 + i, pages: 3 })).pdf),
    ),
  );
  const instances: ServerProcess[] = [];
  let nginx: NginxProcess | null = null;
  try {
    log('starting 3 instances…');
    const ports = [await freePort(), await freePort(), await freePort()];
    const started = await Promise.allSettled(
      ports.map((port) =>
        startServer({ port, readyTimeoutMs: 90_000, onSpawn: (pid) => opts.procs.add(pid) }),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
    const failedStart = started.find((s) => s.status === 'rejected');
    if (failedStart) throw (failedStart as PromiseRejectedResult).reason;

    const listenPort = await freePort();
    nginx = await startNginx(
      {
        bin: opts.nginxBin,
        dir: opts.dir,
        listenPort,
        upstreamPorts: ports,
        maxBodyBytes: 2 * DEFAULT_MAX_UPLOAD_BYTES,
      },
      (pid) => opts.procs.add(pid),
    );
    // Warm every instance directly with each layout (module loading and JIT are start-up costs, not
    // the test's), two requests at a time so both of its PDF workers warm up.
    await Promise.all(
      instances.map(async (s) => {
        for (let i = 0; i < bodies.length; i += 2)
          await Promise.all(bodies.slice(i, i + 2).map((b) => postPdf(s.base, b, 60_000)));
      }),
    );

    const victim = instances[1] as ServerProcess;
    log(
      `load through nginx on :${listenPort} for ${opts.durationMs / 1000} s; SIGKILL :${victim.port} at ${killAtMs / 1000} s`,
    );
    let killedAt = 0;
    let exitedWithinMs = -1;
    let signal: string | number | null = null;
    const t0 = performance.now();
    const killer = setTimeout(() => {
      killedAt = performance.now() - t0;
      killGroup(victim.pid, 'SIGKILL');
      void victim.exited.then((s) => {
        signal = s;
        exitedWithinMs = Math.round(performance.now() - t0 - killedAt);
        log(`instance :${victim.port} (pid ${victim.pid}) ended by ${String(s)} after ${exitedWithinMs} ms`);
      });
    }, killAtMs);
    let records: RequestRecord[];
    try {
      records = await drive({
        url: `${nginx.base}/analyze`,
        bodies,
        connections: opts.connections,
        durationMs: opts.durationMs,
        maxRequests: 20_000,
        timeoutMs: 60_000,
      });
    } finally {
      clearTimeout(killer);
    }
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([victim.exited, new Promise((r) => (grace = setTimeout(r, 5000)))]);
    clearTimeout(grace);
    const portRefuses = await refuses(victim.base);
    return summarize(records, instances, killedAt, {
      port: victim.port,
      pid: victim.pid,
      atMs: Math.round(killedAt),
      signal,
      exitedWithinMs,
      aliveAfter: isAlive(victim.pid),
      portRefuses,
    });
  } finally {
    await nginx?.stop();
    await Promise.all(instances.map((s) => s.stop('SIGTERM')));
    opts.procs.killAll();
  }
}

function summarize(
  records: RequestRecord[],
  instances: ServerProcess[],
  killedAt: number,
  killed: KillTestSummary['killed'],
): KillTestSummary {
  const failures: Record<string, number> = {};
  for (const r of records) if (!r.ok) failures[r.reason ?? '?'] = (failures[r.reason ?? '?'] ?? 0) + 1;
  const end = Math.max(killedAt, ...records.map((r) => r.endMs));
  const okBefore = records.filter((r) => r.ok && r.endMs < killedAt);
  const okAfter = records.filter((r) => r.ok && r.endMs >= killedAt);
  const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n / (ms / 1000)) * 100) / 100 : 0);
  const perInstance: KillTestSummary['perInstance'] = {};
  for (const s of instances) {
    // The instance that finally answered is the last one nginx tried.
    const answered = (r: RequestRecord) => r.upstream.split(',').pop()?.trim() === `127.0.0.1:${s.port}`;
    perInstance[String(s.port)] = {
      before: okBefore.filter(answered).length,
      // Started after the kill: an answer the dead instance had sent just before dying is not one.
      after: okAfter.filter((r) => r.startMs > killedAt && answered(r)).length,
    };
  }
  const ok = records.filter((r) => r.ok).length;
  return {
    instances: instances.length,
    total: records.length,
    ok,
    failed: records.length - ok,
    failures,
    retried: records.filter((r) => r.upstream.includes(',')).length,
    before: { requests: okBefore.length, reqPerS: rate(okBefore.length, killedAt) },
    after: { requests: okAfter.length, reqPerS: rate(okAfter.length, end - killedAt) },
    perInstance,
    killed,
  };
}

/** True when nothing accepts connections at `base` any more. */
async function refuses(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (e) {
    const code = (e as { cause?: { code?: string } }).cause?.code;
    return code === 'ECONNREFUSED';
  }
}
