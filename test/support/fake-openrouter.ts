/**
 * A fake OpenRouter: a real HTTP server on 127.0.0.1 speaking POST …/chat/completions as OpenRouter
 * does, told per model how to behave. With `stream: true` it answers in Server-Sent Events (a
 * `: OPENROUTER PROCESSING` comment, content chunks, a last chunk with finish_reason and usage,
 * `data: [DONE]`); without, one JSON body. It honours `models` (failing over to the next model when
 * one answers an error status), reports `usage` with tokens and cost, and misbehaves on demand:
 * error statuses with Retry-After / retry-after-ms / x-should-retry, an error inside a 200 (whole or
 * mid-stream), finish_reason length or content_filter, a refusal, empty content, a stream that
 * stalls (keep-alive comments only), a trickle, a hang, a reset. It records every request body and
 * counts TCP connections, so tests can assert what left the process and that sockets were reused.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chunk, completion, openStream, sendJson, sendStream, sse, usageFor } from './openrouter-wire.js';

export { completion, FAKE_PRICE, usageFor } from './openrouter-wire.js';

export interface ChatBody {
  model: string;
  models?: string[];
  messages: Array<{ role: string; content: string }>;
  response_format?: unknown;
  provider?: unknown;
  stream?: boolean;
  [key: string]: unknown;
}

export type Behaviour =
  /** 200 with this content (or a function of the request) as the assistant message. */
  | { kind: 'ok'; content: string | ((body: ChatBody) => string); finishReason?: string }
  /** 200 whose message content is not JSON. */
  | { kind: 'broken'; content?: string }
  /** An HTTP error in OpenRouter's shape, with the headers OpenRouter and openai-node use. */
  | {
      kind: 'status';
      status: number;
      retryAfter?: string;
      retryAfterMs?: string;
      shouldRetry?: 'true' | 'false';
      message?: string;
    }
  /** 200 carrying `{ error: { code, message } }`: whole, or in the stream after `afterContent`. */
  | { kind: 'error-in-200'; code?: number; message?: string; afterContent?: string }
  /** The answer cut at max_tokens: the first `keep` characters of `content`, finish_reason `length`. */
  | { kind: 'length'; content: string; keep?: number }
  /** finish_reason `content_filter` with whatever was written before. */
  | { kind: 'content-filter'; content?: string }
  /** The model declines: `refusal` set, no content. */
  | { kind: 'refusal'; message?: string }
  /** finish_reason `stop` with no content at all. */
  | { kind: 'empty' }
  /** Streams the first `afterChars` characters of `content`, then only keep-alive comments, forever. */
  | { kind: 'stall'; content?: string; afterChars?: number; keepAliveMs?: number }
  /** Reads the request, never answers. */
  | { kind: 'hang' }
  /** Sends headers, then the answer one character every `intervalMs` (default 100). */
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
  /** The model that answered (differs from `model` after a failover inside the request). */
  servedBy: string;
  /** Date.now() when the request arrived. */
  at: number;
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
      // `models`: on an error status OpenRouter tries the next model before answering.
      const candidates = Array.isArray(body.models) && body.models.length > 0 ? body.models : [body.model];
      let served = candidates[0] ?? body.model;
      let behaviour = next(served);
      for (const m of candidates.slice(1)) {
        if (behaviour.kind !== 'status') break;
        served = m;
        behaviour = next(m);
      }
      const record: RecordedRequest = {
        model: body.model,
        path: req.url,
        headers: req.headers,
        raw,
        body,
        servedBy: served,
        at: Date.now(),
      };
      requests.push(record);
      respond(res, body, served, behaviour, raw);
    });
  });

  const every = (ms: number, tick: () => boolean, res: ServerResponse) => {
    const timer = setInterval(() => {
      if (!tick()) {
        clearInterval(timer);
        timers.delete(timer);
      }
    }, ms);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  };

  const respond = (res: ServerResponse, body: ChatBody, model: string, b: Behaviour, raw: string) => {
    const prompt = body.messages.map((m) => m.content).join('\n');
    const stream = body.stream === true;
    const answer = (content: string, extra: { finishReason?: string; refusal?: string } = {}) =>
      stream
        ? sendStream(res, model, content, { ...extra, prompt })
        : sendJson(res, 200, completion(content, model, { ...extra, prompt }));
    switch (b.kind) {
      case 'ok': {
        const content = typeof b.content === 'function' ? b.content(body) : b.content;
        return answer(content, b.finishReason === undefined ? {} : { finishReason: b.finishReason });
      }
      case 'broken':
        return answer(b.content ?? '{"transactions": [ oops');
      case 'length':
        return answer(b.content.slice(0, b.keep ?? Math.floor(b.content.length / 2)), {
          finishReason: 'length',
        });
      case 'content-filter':
        return answer(b.content ?? '', { finishReason: 'content_filter' });
      case 'refusal':
        return answer('', { refusal: b.message ?? 'I cannot help with that.' });
      case 'empty':
        return answer('');
      case 'status': {
        const headers: Record<string, string> = {};
        if (b.retryAfter !== undefined) headers['retry-after'] = b.retryAfter;
        if (b.retryAfterMs !== undefined) headers['retry-after-ms'] = b.retryAfterMs;
        if (b.shouldRetry !== undefined) headers['x-should-retry'] = b.shouldRetry;
        const message = b.message ?? `Fake ${b.status}`;
        return sendJson(res, b.status, { error: { code: b.status, message } }, headers);
      }
      case 'error-in-200': {
        const error = { code: b.code ?? 502, message: b.message ?? 'Provider returned error' };
        if (!stream) return sendJson(res, 200, { id: 'gen-error', model, error });
        openStream(res);
        if (b.afterContent) res.write(sse(chunk(model, { content: b.afterContent }, null)));
        res.write(sse({ ...chunk(model, { content: '' }, 'error'), error }));
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'stall': {
        openStream(res);
        const content = b.content ?? '{"transactions": [';
        const head = content.slice(0, b.afterChars ?? content.length);
        if (head !== '') res.write(sse(chunk(model, { role: 'assistant', content: head }, null)));
        every(b.keepAliveMs ?? 200, () => res.write(': OPENROUTER PROCESSING\n\n'), res);
        return;
      }
      case 'hang':
        return;
      case 'trickle': {
        // Long enough by default that the trickle outlasts any per-call limit a test sets.
        const content = b.content ?? `${' '.repeat(400)}{}`;
        if (stream) {
          openStream(res);
          let i = 0;
          every(
            b.intervalMs ?? 100,
            () => {
              if (i < content.length)
                return res.write(sse(chunk(model, { content: content[i++] }, null))) || true;
              res.write(sse({ ...chunk(model, {}, 'stop'), usage: usageFor(prompt, content) }));
              res.end('data: [DONE]\n\n');
              return false;
            },
            res,
          );
          return;
        }
        const text = JSON.stringify(completion(content, model, { prompt: raw }));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        let i = 0;
        every(
          b.intervalMs ?? 100,
          () => {
            if (i < text.length) return res.write(text[i++]) || true;
            res.end();
            return false;
          },
          res,
        );
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
