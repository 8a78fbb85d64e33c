/**
 * The OpenRouter chat-completions client: one undici keep-alive pool per instance, reused by every
 * call so warm serverless instances skip the TLS handshake. Answers are streamed (`stream: true`):
 * a generation that stops making progress is aborted after the stall window, which also stops the
 * provider billing for it. Timeouts come from the caller's AbortSignal; every failure leaves here
 * as an LlmError.
 */
import { type Dispatcher, Pool } from 'undici';
import { LlmError, networkError, stalledError, timeoutError, upstreamErrorFrom } from './errors.js';
import type { ResponseFormat } from './json-schema.js';
import type { Prompt } from './prompts.js';
import { type ChatReply, type ChatUsage, ReplyAssembler } from './reply.js';
import { SseReader } from './sse.js';

export type { ChatReply, ChatUsage } from './reply.js';

/** OpenRouter's provider preferences we set (verified against its provider-routing docs). */
export interface Routing {
  /** `provider.sort`: try the fastest provider first rather than load-balance by price. */
  sort: 'latency' | 'throughput' | 'price' | null;
  /** `provider.max_price`, US dollars per million tokens; providers above it are never used. */
  maxPrice: { prompt: number; completion: number } | null;
  /** `provider.zdr`: only Zero Data Retention endpoints (fewer providers, some models none). */
  zdr: boolean;
}

/** One call: the model (and its in-request fallbacks), the messages, and every limit on it. */
export interface ChatRequest {
  model: string;
  /** Models OpenRouter may fail over to inside this request when `model` cannot be served (`models`). */
  fallbacks?: readonly string[];
  /** Only prompts.ts writes a Prompt, from redacted statement text (compile-time, not a convention). */
  messages: Prompt;
  responseFormat: ResponseFormat;
  /** Aborts the call: the per-call budget and the request deadline combined. */
  signal: AbortSignal;
  maxTokens?: number;
  /** `reasoning.effort` for models that think by default; omitted for the others (require_parameters). */
  reasoning?: 'low' | 'none';
  /** Longest wait for the first token (headers included) before the call counts as stalled. */
  firstTokenMs: number;
  /** Longest gap between tokens once the answer has started. */
  stallMs: number;
  /** Told the usage of every call that reported one, failed calls included (they are billed). */
  onUsage?: (usage: ChatUsage, model: string) => void;
}

export interface OpenRouterClient {
  chat(req: ChatRequest): Promise<ChatReply>;
  /** Closes the pooled connections (tests, graceful shutdown). */
  close(): Promise<void>;
}

export interface ClientOptions {
  apiKey: string;
  baseUrl: string;
  now: () => number;
  routing?: Partial<Routing> | undefined;
  referer?: string | undefined;
  title?: string | undefined;
  /** Injected pool/agent; by default one Pool for the base URL's origin, created here once. */
  dispatcher?: Dispatcher | undefined;
}

/** The request body for one call: what OpenRouter reads, nothing else. */
export function chatBody(req: ChatRequest, routing: Routing): Record<string, unknown> {
  const fallbacks = (req.fallbacks ?? []).filter((m) => m !== req.model);
  return {
    model: req.model,
    ...(fallbacks.length > 0 ? { models: [req.model, ...fallbacks] } : {}),
    messages: req.messages,
    response_format: req.responseFormat,
    stream: true,
    provider: {
      // Only providers that honour the schema, and never ones that keep or train on the data.
      require_parameters: true,
      data_collection: 'deny',
      ...(routing.zdr ? { zdr: true } : {}),
      ...(routing.sort ? { sort: routing.sort } : {}),
      ...(routing.maxPrice ? { max_price: routing.maxPrice } : {}),
    },
    temperature: 0,
    ...(req.maxTokens === undefined ? {} : { max_tokens: req.maxTokens }),
    // Thinking tokens are billed and slow the first token; an extraction needs little of it, and we never read it.
    ...(req.reasoning === undefined ? {} : { reasoning: { effort: req.reasoning, exclude: true } }),
  };
}

/** A client bound to one API key and base URL, holding its keep-alive pool for its whole life. */
export function createOpenRouterClient(opts: ClientOptions): OpenRouterClient {
  const url = new URL(`${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`);
  const routing: Routing = { sort: null, maxPrice: null, zdr: false, ...opts.routing };
  const dispatcher =
    opts.dispatcher ??
    new Pool(url.origin, {
      connections: 8,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 60_000,
      // Backstops only: the caller's AbortSignal and the stall window are the real limits.
      headersTimeout: 120_000,
      bodyTimeout: 120_000,
    });
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.apiKey}`,
    'content-type': 'application/json',
    accept: 'text/event-stream, application/json',
    'http-referer': opts.referer ?? 'https://github.com/credit-card-analyzer',
    'x-title': opts.title ?? 'credit-card-analyzer',
  };

  async function chat(req: ChatRequest): Promise<ChatReply> {
    const body = JSON.stringify(chatBody(req, routing));
    const stall = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let stalledAfter = 0;
    const arm = (ms: number) => {
      clearTimeout(timer);
      stalledAfter = ms;
      timer = setTimeout(() => stall.abort(), Math.max(1, ms));
    };
    const signal = AbortSignal.any([req.signal, stall.signal]);
    let assembler: ReplyAssembler | undefined;
    arm(req.firstTokenMs);
    try {
      const res = await dispatcher.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: 'POST',
        headers,
        body,
        signal,
      });
      const type = String(res.headers['content-type'] ?? '');
      assembler = new ReplyAssembler(req.model, res.headers, opts.now);
      if (res.statusCode < 200 || res.statusCode >= 300 || !type.includes('text/event-stream')) {
        // An error status, or a provider that answered in one piece: read it whole.
        clearTimeout(timer);
        const text = await res.body.text();
        await releaseSocket();
        const json = parseJson(text);
        if (res.statusCode < 200 || res.statusCode >= 300) {
          throw upstreamErrorFrom({
            status: res.statusCode,
            headers: res.headers,
            body: json,
            now: opts.now,
          });
        }
        assembler.whole(json);
      } else {
        const sse = new SseReader();
        const take = (data: string[]) => {
          for (const d of data) {
            if (d.trim() === '[DONE]') {
              (assembler as ReplyAssembler).done = true;
              continue;
            }
            // Progress re-arms the stall window; keep-alive comments do not, they prove no generation.
            if ((assembler as ReplyAssembler).chunk(parseJson(d))) arm(req.stallMs);
          }
        };
        for await (const chunk of res.body) take(sse.push(chunk as Uint8Array).data);
        // An abort may end the body quietly rather than by throwing: it is still a timeout or a stall.
        if (signal.aborted) throw new Error('aborted');
        take(sse.end().data);
        clearTimeout(timer);
        await releaseSocket();
      }
    } catch (err) {
      clearTimeout(timer);
      report(assembler, req);
      if (err instanceof LlmError) throw err;
      if (stall.signal.aborted && !req.signal.aborted) throw stalledError(stalledAfter);
      throw req.signal.aborted || isUndiciTimeout(err) ? timeoutError(err) : networkError(err);
    }
    report(assembler, req);
    return assembler.finish();
  }

  return {
    chat,
    close: async () => {
      if (opts.dispatcher === undefined) await dispatcher.close();
    },
  };
}

function report(assembler: ReplyAssembler | undefined, req: ChatRequest): void {
  const usage = assembler?.usageSoFar;
  if (usage && req.onUsage) req.onUsage(usage, req.model);
}

/**
 * undici marks the socket idle a macrotask after the body ends; a call issued sooner (a retry, the
 * next request) would open a second connection. One setImmediate keeps it on this one.
 */
function releaseSocket(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isUndiciTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}
