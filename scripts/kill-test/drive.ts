/**
 * A small load generator with bounded concurrency, time and count: `connections` keep-alive loops
 * POST PDFs in turn to one URL (127.0.0.1 only) and record every request's outcome.
 */
import { Agent, request } from 'node:http';

export interface DriveOptions {
  url: string;
  bodies: readonly Uint8Array[];
  connections: number;
  durationMs: number;
  /** Hard cap on requests started, whatever the duration. */
  maxRequests: number;
  /** One request's time limit; a request over it counts as failed. */
  timeoutMs: number;
}

export interface RequestRecord {
  /** ms since the start of the run. */
  startMs: number;
  endMs: number;
  ok: boolean;
  status: number;
  /** Why it failed: `status 502`, `ECONNRESET`, `timeout`, `bad body`. */
  reason?: string;
  /** nginx's X-Upstream header: the instance(s) that were tried, comma-separated. */
  upstream: string;
}

/** Sends requests until the duration or the count is used up; resolves with every record. */
export async function drive(opts: DriveOptions): Promise<RequestRecord[]> {
  const url = new URL(opts.url);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
    throw new Error('the load generator only sends to 127.0.0.1');
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const t0 = performance.now();
  const records: RequestRecord[] = [];
  let started = 0;
  const loop = async () => {
    while (performance.now() - t0 < opts.durationMs && started < opts.maxRequests) {
      const body = opts.bodies[started % opts.bodies.length] as Uint8Array;
      started++;
      const startMs = performance.now() - t0;
      const r = await send(url, body, agent, opts.timeoutMs);
      records.push({ startMs, endMs: performance.now() - t0, ...r });
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.connections }, loop));
  } finally {
    agent.destroy();
  }
  return records;
}

type Outcome = Pick<RequestRecord, 'ok' | 'status' | 'reason' | 'upstream'>;

function send(url: URL, body: Uint8Array, agent: Agent, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/pdf', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e: NodeJS.ErrnoException) =>
          finish({
            ok: false,
            status: res.statusCode ?? 0,
            reason: e.code ?? 'response error',
            upstream: '',
          }),
        );
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const upstream = String(res.headers['x-upstream'] ?? '');
          if (status !== 200) return finish({ ok: false, status, reason: `status ${status}`, upstream });
          if (!isAnalysis(Buffer.concat(chunks)))
            return finish({ ok: false, status, reason: 'bad body', upstream });
          finish({ ok: true, status, upstream });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, status: 0, reason: 'timeout', upstream: '' });
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) =>
      finish({ ok: false, status: 0, reason: e.code ?? 'request error', upstream: '' }),
    );
    req.end(body);
  });
}

/** A 200 whose body is not an Analysis (a proxy's error page, a cut-off answer) is a failure too. */
function isAnalysis(body: Buffer): boolean {
  try {
    const a = JSON.parse(body.toString('utf8')) as { schemaVersion?: unknown; transactions?: unknown };
    return a.schemaVersion === 1 && Array.isArray(a.transactions);
  } catch {
    return false;
  }
}
