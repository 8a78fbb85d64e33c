/** One POST /analyze over HTTP, as a client would send it; the pipeline's own timings come back. */
import { type Agent, request } from 'node:http';

/** The Analysis JSON's meta.timings (what the pipeline itself measured), if present. */
export type Timings = Record<string, number>;

/** What one POST /analyze returned: meta.timings, and when (performance.now()) its last byte came in. */
export interface Answer {
  timings: Timings;
  lastByteAt: number;
}

/**
 * POSTs the PDF to /analyze and throws on a non-200 answer. Returns meta.timings from the body.
 * By default on a fresh connection (an idle keep-alive socket that the server closes just as a
 * request starts on it would be a client-side race, not a server failure); `agent` reuses its
 * connections instead, as Cloud Run's and Lambda's front ends do.
 */
export function postPdf(
  base: string,
  pdf: Uint8Array,
  timeoutMs = 120_000,
  agent: Agent | false = false,
): Promise<Timings> {
  return postPdfAnswer(base, pdf, timeoutMs, agent).then((a) => a.timings);
}

/**
 * postPdf, also saying when the answer's last byte came in: a request is timed from its first byte
 * out to that moment. Reading the JSON afterwards is the client's work (at 200 pages, 1.7 MB of
 * JSON.parse, 8–30 ms here), which a bare extraction, the reference, never pays.
 */
export function postPdfAnswer(
  base: string,
  pdf: Uint8Array,
  timeoutMs = 120_000,
  agent: Agent | false = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/analyze`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/pdf', 'content-length': pdf.length },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const lastByteAt = performance.now();
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200)
            return reject(new Error(`POST /analyze answered ${res.statusCode}: ${text.slice(0, 200)}`));
          try {
            const timings = (JSON.parse(text) as { meta?: { timings?: Timings } }).meta?.timings ?? {};
            resolve({ timings, lastByteAt });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('POST /analyze timed out')));
    req.on('error', reject);
    req.end(pdf);
  });
}

/**
 * One POST /analyze on a kept-alive connection, timed alone (ms, first byte out to last byte in),
 * with the pipeline's timings.
 * A connection idle for over a second first carries a GET /health: one left idle past the server's
 * keep-alive timeout (5 s, easily reached between 200-page runs) may be closing just as a request
 * is sent on it, and GET /health, being idempotent, is simply sent again on a new connection. Busier
 * connections (3 and 30 pages) get no such request, which would wake the server just before the POST.
 */
export async function postPdfKeptAlive(
  base: string,
  pdf: Uint8Array,
  agent: Agent,
): Promise<{ ms: number; timings: Timings }> {
  if (performance.now() - (lastUsed.get(agent) ?? Number.NEGATIVE_INFINITY) > 1000)
    await getHealth(base, agent).catch(() => getHealth(base, agent));
  const t0 = performance.now();
  const { timings, lastByteAt } = await postPdfAnswer(base, pdf, undefined, agent);
  lastUsed.set(agent, performance.now());
  return { ms: lastByteAt - t0, timings };
}

/** When each kept-alive agent last finished a request. */
const lastUsed = new WeakMap<Agent, number>();

function getHealth(base: string, agent: Agent): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = request(`${base}/health`, { agent, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve() : reject(new Error(`GET /health answered ${res.statusCode}`)),
      );
    });
    req.on('timeout', () => req.destroy(new Error('GET /health timed out')));
    req.on('error', reject);
    req.end();
  });
}
