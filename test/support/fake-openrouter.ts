/**
 * A fake OpenRouter: a real HTTP server on 127.0.0.1 speaking POST …/chat/completions, told per
 * model how to behave. It records every request body and counts TCP connections, so tests can
 * assert what left the process and that the client reused its keep-alive socket.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: unknown;
  provider?: unknown;
  [key: string]: unknown;
}

export type Behaviour =
  /** 200 with this content (or a function of the request) as the assistant message. */
  | { kind: 'ok'; content: string | ((body: ChatBody) => string) }
  /** 200 whose message content is not JSON. */
  | { kind: 'broken'; content?: string }
  /** An HTTP error in OpenRouter's shape; `retryAfter` becomes the Retry-After header. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** 200 carrying `{ error: { code, message } }`, as OpenRouter does for errors mid-generation. */
  | { kind: 'error-in-200'; code?: number; message?: string }
  /** Reads the request, never answers. */
  | { kind: 'hang' }
  /** Sends headers, then a valid body one byte every `intervalMs` (default 100). */
  | { kind: 'trickle'; intervalMs?: number; content?: string }
  /** Destroys the socket without answering. */
  | { kind: 'reset' };

export interface RecordedRequest {
  model: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as received, for "never sent" assertions. */
  raw: string;
  body: ChatBody;
}

export interface FakeOpenRouter {
  /** Base URL to configure as OPENROUTER_BASE_URL (ends in /api/v1). */
  url: string;
  requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** A behaviour for every call, or a sequence for successive calls (the last one repeats). */
  setBehaviour(model: string, behaviour: Behaviour | Behaviour[]): void;
  close(): Promise<void>;
}

/** An OpenRouter-shaped chat completion with `content` as the assistant's message. */
export function completion(content: string, model: string): Record<string, unknown> {
  return {
    id: `gen-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    provider: 'Fake',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeOpenRouter(): Promise<FakeOpenRouter> {
  const behaviours = new Map<string, Behaviour[]>();
  const calls = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;

  const next = (model: string): Behaviour => {
    const list = behaviours.get(model);
    if (list === undefined || list.length === 0) return { kind: 'status', status: 404 };
    const n = calls.get(model) ?? 0;
    calls.set(model, n + 1);
    return list[Math.min(n, list.length - 1)] as Behaviour;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        return sendJson(res, 404, { error: { code: 404, message: 'Not found' } });
      }
      let body: ChatBody;
      try {
        body = JSON.parse(raw) as ChatBody;
      } catch {
        return sendJson(res, 400, { error: { code: 400, message: 'Invalid JSON' } });
      }
      requests.push({ model: body.model, path: req.url, headers: req.headers, raw, body });
      respond(res, body, next(body.model));
    });
  });

  const respond = (res: ServerResponse, body: ChatBody, b: Behaviour) => {
    switch (b.kind) {
      case 'ok': {
        const content = typeof b.content === 'function' ? b.content(body) : b.content;
        return sendJson(res, 200, completion(content, body.model));
      }
      case 'broken':
        return sendJson(res, 200, completion(b.content ?? '{"transactions": [ oops', body.model));
      case 'status': {
        const headers: Record<string, string> =
          b.retryAfter === undefined ? {} : { 'retry-after': b.retryAfter };
        return sendJson(res, b.status, { error: { code: b.status, message: `Fake ${b.status}` } }, headers);
      }
      case 'error-in-200':
        return sendJson(res, 200, {
          id: 'gen-error',
          model: body.model,
          error: { code: b.code ?? 502, message: b.message ?? 'Provider returned error' },
        });
      case 'hang':
        return;
      case 'trickle': {
        const text = JSON.stringify(completion(b.content ?? '{}', body.model));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        let i = 0;
        const timer = setInterval(() => {
          if (i >= text.length) {
            clearInterval(timer);
            timers.delete(timer);
            res.end();
            return;
          }
          res.write(text[i++]);
        }, b.intervalMs ?? 100);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'reset':
        res.socket?.destroy();
        return;
    }
  };

  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests,
    get connections() {
      return connections;
    },
    setBehaviour(model, behaviour) {
      behaviours.set(model, Array.isArray(behaviour) ? behaviour : [behaviour]);
      calls.set(model, 0);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearInterval(t);
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** The brief's name for startFakeOpenRouter. */
export const start = startFakeOpenRouter;

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
