/** One POST /analyze over HTTP, as a client would send it; the pipeline's own timings come back. */
import { request } from 'node:http';

/** The Analysis JSON's meta.timings (what the pipeline itself measured), if present. */
export type Timings = Record<string, number>;

/**
 * POSTs the PDF to /analyze on a fresh connection (an idle keep-alive socket that the server closes
 * just as a request starts on it would be a client-side race, not a server failure); throws on a
 * non-200 answer. Returns meta.timings from the body.
 */
export function postPdf(base: string, pdf: Uint8Array, timeoutMs = 120_000): Promise<Timings> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/analyze`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/pdf', 'content-length': pdf.length },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200)
            return reject(new Error(`POST /analyze answered ${res.statusCode}: ${text.slice(0, 200)}`));
          try {
            resolve((JSON.parse(text) as { meta?: { timings?: Timings } }).meta?.timings ?? {});
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
