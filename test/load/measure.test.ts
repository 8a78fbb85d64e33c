/**
 * The load bench's one-at-a-time timing: contenders take turns in a rotating order, a contender can
 * time itself, the kept-alive HTTP client reuses one connection and survives the server closing an
 * idle one, and waitUntilIdle waits out a busy process. Real HTTP on loopback against a small
 * stand-in server; a real child process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timeInterleaved } from '../../bench/load/measure.js';
import { postPdfKeptAlive } from '../../scripts/serving/http.js';
import { waitUntilIdle } from '../../scripts/serving/server.js';

describe('timeInterleaved', () => {
  it('warms every contender once, then starts each round one contender later', async () => {
    const calls: string[] = [];
    const fn = (name: string) => async () => {
      calls.push(name);
    };
    const samples = await timeInterleaved(3, [fn('a'), fn('b'), fn('c')]);
    expect(calls.join('')).toBe(['abc', 'abc', 'bca', 'cab'].join(''));
    expect(samples.map((s) => s.length)).toEqual([3, 3, 3]);
  });

  it('takes a contender’s own duration when it reports one, and measures the others', async () => {
    const samples = await timeInterleaved(2, [
      async () => {
        await new Promise((r) => setTimeout(r, 30));
        return { ownMs: 1.5 };
      },
      () => new Promise((r) => setTimeout(r, 30)),
      // A plain number is a result, not a duration.
      async () => 60_000,
    ]);
    expect(samples[0]).toEqual([1.5, 1.5]);
    for (const ms of samples[1] ?? []) expect(ms).toBeGreaterThanOrEqual(25);
    for (const ms of samples[2] ?? []) expect(ms).toBeLessThan(60_000);
  });
});

describe('postPdfKeptAlive', () => {
  let server: Server;
  let base: string;
  const seen = { connections: 0, health: 0, posts: 0 };

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/health') seen.health++;
        else seen.posts++;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ meta: { timings: { extractMs: 3 } } }));
      });
    });
    server.on('connection', () => seen.connections++);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    server.closeAllConnections();
  });

  it('sends back-to-back requests on one connection, with no health check between them', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const before = { ...seen };
    try {
      for (let i = 0; i < 5; i++) {
        const r = await postPdfKeptAlive(base, new Uint8Array(10), agent);
        expect(r.timings).toEqual({ extractMs: 3 });
        expect(r.ms).toBeGreaterThan(0);
      }
    } finally {
      agent.destroy();
    }
    expect(seen.posts - before.posts).toBe(5);
    // The first request finds no connection yet, so it opens one with a health check.
    expect(seen.health - before.health).toBe(1);
    expect(seen.connections - before.connections).toBe(1);
  });

  it('checks an idle connection first, and goes on once the server has closed it', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const before = { ...seen };
    try {
      await postPdfKeptAlive(base, new Uint8Array(10), agent);
      // The server ends the idle connection (as its keep-alive timeout would), and the client
      // waits past its one-second idle threshold.
      server.closeIdleConnections();
      await new Promise((r) => setTimeout(r, 1100));
      const r = await postPdfKeptAlive(base, new Uint8Array(10), agent);
      expect(r.timings).toEqual({ extractMs: 3 });
    } finally {
      agent.destroy();
    }
    expect(seen.posts - before.posts).toBe(2);
    expect(seen.health - before.health).toBe(2);
    expect(seen.connections - before.connections).toBe(2);
  });
});

describe('waitUntilIdle', () => {
  it('waits while a process keeps a core busy and returns once it idles', async () => {
    // Busy for 1.5 s, then idle until killed.
    const child = spawn(process.execPath, [
      '-e',
      'const end = Date.now() + 1500; while (Date.now() < end); setTimeout(() => {}, 60_000);',
    ]);
    try {
      await once(child, 'spawn');
      const t0 = Date.now();
      expect(await waitUntilIdle(child.pid as number, { timeoutMs: 600 })).toBe(false);
      expect(await waitUntilIdle(child.pid as number, { timeoutMs: 10_000 })).toBe(true);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(1200);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
