/**
 * The one door to the Functions Framework's HTTP server. The framework runs Express body parsers
 * (JSON, text, urlencoded, raw; gzip/deflate inflated; limit 1 GiB) before our function, with no
 * option to turn them off, and answers their failures with Express's HTML page. So the request
 * listener of its server is wrapped: the parsers are shown a request without a body (they skip one
 * with neither Content-Length nor Transfer-Encoding), and our handler reads the raw stream itself,
 * after checking the key and the declared size. The framework also exits at once on SIGTERM/SIGINT;
 * its signal listeners are replaced by a drain.
 */
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';

// node:http through require, not an ES import: imported as an ES module, Node also loads its bundled
// undici at start (80–270 ms of cold start measured here, against 8–23 ms). It is the same object the
// Functions Framework uses, so the patch below still reaches its server.
const http = createRequire(import.meta.url)('node:http') as typeof import('node:http');

const BODY_HEADERS = Symbol('cca.bodyHeaders');
type WithBodyHeaders = IncomingMessage & { [BODY_HEADERS]?: Record<string, string> };

/** Makes Express's body parsers skip every request of `server`; `bodyHeaders` gives the hidden headers back. */
export function keepBodiesRaw(server: Server): Server {
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: unknown) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: WithBodyHeaders, res) => {
    const hidden: Record<string, string> = {};
    for (const name of ['content-length', 'transfer-encoding']) {
      const value = req.headers[name];
      if (typeof value === 'string') hidden[name] = value;
      delete req.headers[name];
    }
    req[BODY_HEADERS] = hidden;
    for (const listener of listeners) listener.call(server, req, res);
  });
  return server;
}

/** The Content-Length / Transfer-Encoding headers `keepBodiesRaw` hid from the body parsers. */
export function bodyHeaders(req: IncomingMessage): Record<string, string> {
  return (req as WithBodyHeaders)[BODY_HEADERS] ?? {};
}

/** True when `keepBodiesRaw` saw this request: its body is still unread in the stream. */
export function hasRawBody(req: IncomingMessage): boolean {
  return BODY_HEADERS in req;
}

/**
 * Calls `onServer` with the next server `http.createServer` makes: in `functions-framework
 * --target=analyze` that is the framework's own, created right after it has loaded our module.
 */
export function onNextServer(onServer: (server: Server) => void): void {
  const original = http.createServer;
  http.createServer = ((...args: Parameters<typeof http.createServer>) => {
    http.createServer = original;
    const server = original(...args);
    onServer(server);
    return server;
  }) as typeof http.createServer;
}

/**
 * Runs `drain` on SIGTERM/SIGINT instead of the framework's immediate exit: the framework adds its
 * own listeners when the server starts listening, and those are removed then.
 */
export function drainOnSignals(server: Server, drain: (signal: NodeJS.Signals) => void): void {
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const ours = (signal: NodeJS.Signals) => drain(signal);
  for (const s of signals) process.once(s, ours);
  server.once('listening', () =>
    // The framework registers its listeners in its own 'listening' callback, after this one.
    setImmediate(() => {
      for (const s of signals) {
        for (const l of process.listeners(s)) {
          if (l !== ours && !before.get(s)?.has(l)) process.removeListener(s, l as () => void);
        }
      }
    }),
  );
}
