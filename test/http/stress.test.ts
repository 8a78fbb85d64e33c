/**
 * Issue 18 over real sockets against the Functions Framework server as production sets it up
 * (keepBodiesRaw): the key and the declared size are judged before the body is read, a body that
 * never ends is cut at the limit, and a gzip bomb is refused without being inflated.
 */
import { connect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createHandler } from '../../shared/http/index.js';
import { type Client, gcpDriver } from './drivers.js';
import { makeDeps, SwitchableAnalyze } from './support.js';

const KEY = 'stress-key-0123456789';
const LIMIT = 64 * 1024;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Body bytes the client had written when the answer was complete. */
  sent: number;
}

/** Reads one HTTP/1.1 response (with Content-Length) from the socket. */
function answer(socket: Socket, sent: () => number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('data', (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine = '', ...lines] = buf.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? 0);
      if (buf.length < end + 4 + length) return;
      const text = buf.subarray(end + 4, end + 4 + length).toString('utf8');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(text), sent: sent() });
    });
  });
}

/** Sends the head, then body chunks until the answer arrives (or `maxChunks` were written). */
async function send(
  port: number,
  head: Record<string, string>,
  chunk: Buffer,
  maxChunks: number,
): Promise<RawAnswer> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  let sent = 0;
  let done = false;
  const got = answer(socket, () => sent);
  const lines = Object.entries({ host: 'localhost', ...head }).map(([k, v]) => `${k}: ${v}`);
  socket.write(`POST /analyze HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  const pump = async () => {
    for (let i = 0; i < maxChunks && !done && !socket.destroyed; i++) {
      const body =
        head['transfer-encoding'] === 'chunked'
          ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
          : chunk;
      if (!socket.write(body)) await new Promise((r) => socket.once('drain', r));
      sent += chunk.length;
      await new Promise((r) => setImmediate(r));
    }
  };
  void pump().catch(() => undefined);
  try {
    return await got;
  } finally {
    done = true;
    socket.destroy();
  }
}

describe('the Functions Framework adapter reads no body it does not need', () => {
  const analyze = new SwitchableAnalyze();
  let client: Client;
  let port = 0;
  beforeAll(async () => {
    const handler = createHandler(
      makeDeps({ API_KEYS: KEY, MAX_UPLOAD_BYTES: String(LIMIT) }, analyze.fn, []),
    );
    client = await gcpDriver.start(handler);
    port = Number(new URL(client.base ?? '').port);
  });
  afterAll(() => client.close());
  beforeEach(() => {
    analyze.calls = [];
  });

  // The body never comes: had the server waited for it, no answer would arrive and the test time out.
  test('answers a keyless request announcing 100 MB with 401 JSON before its body arrives', async () => {
    const res = await send(
      port,
      { 'content-type': 'application/pdf', 'content-length': '100000000' },
      Buffer.from('%PDF-'),
      1,
    );
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect(res.headers.connection).toBe('close');
    expect(res.sent).toBe(5);
    expect(analyze.calls).toHaveLength(0);
  });

  test('answers a keyed request announcing more than the limit with 413 JSON before its body arrives', async () => {
    const head = { 'content-type': 'application/pdf', 'content-length': String(LIMIT + 1), 'x-api-key': KEY };
    const res = await send(port, head, Buffer.from('%PDF-'), 1);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(res.sent).toBe(5);
  });

  test('cuts a chunked body that never ends at the limit: 413 JSON while the client is still sending', async () => {
    const head = { 'content-type': 'application/pdf', 'transfer-encoding': 'chunked', 'x-api-key': KEY };
    // Up to 64 MiB offered; the answer must come long before (socket buffers hold a few MiB at most).
    const res = await send(port, head, Buffer.alloc(16 * 1024, 0x41), 4096);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(res.sent).toBeLessThan(16 * 1024 * 1024);
    expect(analyze.calls).toHaveLength(0);
  });

  test('refuses a gzip bomb with 415 JSON without inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(LIMIT * 16);
    const before = process.memoryUsage().arrayBuffers;
    const head = {
      'content-type': 'application/pdf',
      'content-encoding': 'gzip',
      'content-length': String(bomb.length),
      'x-api-key': KEY,
    };
    const res = await send(port, head, bomb, 1);
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    // Inflated, the body would be 64 MiB of buffers in this process (the server runs in it).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
    expect(analyze.calls).toHaveLength(0);
  });
});
