/**
 * The OpenRouter chat-completions client: one undici keep-alive pool per instance, reused by every
 * call so warm serverless instances skip the TLS handshake. Timeouts come from the caller's
 * AbortSignal; every failure leaves here as an LlmError.
 */
import { type Dispatcher, Pool } from 'undici';
import { networkError, timeoutError, upstreamErrorFrom } from './errors.js';
import type { ResponseFormat } from './json-schema.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  responseFormat: ResponseFormat;
  /** Aborts the call: the per-call timeout and the request deadline combined. */
  signal: AbortSignal;
  maxTokens?: number;
}

export interface ChatReply {
  content: string;
  /** The model OpenRouter says answered (may name a specific version). */
  model: string;
  finishReason: string | null;
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
  referer?: string | undefined;
  title?: string | undefined;
  /** Injected pool/agent; by default one Pool for the base URL's origin, created here once. */
  dispatcher?: Dispatcher | undefined;
}

interface CompletionBody {
  model?: unknown;
  error?: unknown;
  choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown; error?: unknown }>;
}

/** A client bound to one API key and base URL, holding its keep-alive pool for its whole life. */
export function createOpenRouterClient(opts: ClientOptions): OpenRouterClient {
  const url = new URL(`${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`);
  const dispatcher =
    opts.dispatcher ??
    new Pool(url.origin, {
      connections: 8,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 60_000,
      // Backstops only: the caller's AbortSignal is the real limit.
      headersTimeout: 120_000,
      bodyTimeout: 120_000,
    });
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.apiKey}`,
    'content-type': 'application/json',
    accept: 'application/json',
    'http-referer': opts.referer ?? 'https://github.com/credit-card-analyzer',
    'x-title': opts.title ?? 'credit-card-analyzer',
  };

  async function chat(req: ChatRequest): Promise<ChatReply> {
    const body = JSON.stringify({
      model: req.model,
      messages: req.messages,
      response_format: req.responseFormat,
      // Only providers that honour the schema, and never ones that keep or train on the data.
      provider: { require_parameters: true, data_collection: 'deny' },
      temperature: 0,
      ...(req.maxTokens === undefined ? {} : { max_tokens: req.maxTokens }),
    });
    let status: number;
    let resHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const res = await dispatcher.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: 'POST',
        headers,
        body,
        signal: req.signal,
      });
      status = res.statusCode;
      resHeaders = res.headers;
      // Always read the body to the end: a half-read body cannot return its socket to the pool.
      text = await res.body.text();
      // undici marks the socket idle a macrotask after the body ends; a call issued sooner (the repair,
      // a retry, the next request) would open a second connection. One setImmediate keeps it on this one.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } catch (err) {
      throw req.signal.aborted || isUndiciTimeout(err) ? timeoutError(err) : networkError(err);
    }
    const json = parseJson(text) as CompletionBody | undefined;
    if (status < 200 || status >= 300) {
      throw upstreamErrorFrom({ status, headers: resHeaders, body: json, now: opts.now });
    }
    if (json === undefined || json === null || typeof json !== 'object') {
      throw networkError(undefined, 'LLM provider sent an unreadable response');
    }
    if (json.error) throw upstreamErrorFrom({ status: 200, headers: resHeaders, body: json, now: opts.now });
    const choice = json.choices?.[0];
    if (choice === undefined) throw networkError(undefined, 'LLM provider sent no choices');
    if (choice.error || choice.finish_reason === 'error') {
      throw upstreamErrorFrom({
        status: 200,
        headers: resHeaders,
        body: { error: choice.error },
        now: opts.now,
      });
    }
    const content = choice.message?.content;
    return {
      // Missing content is left to the schema check, which asks for a repair.
      content: typeof content === 'string' ? content : '',
      model: typeof json.model === 'string' ? json.model : req.model,
      finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
    };
  }

  return {
    chat,
    close: async () => {
      if (opts.dispatcher === undefined) await dispatcher.close();
    },
  };
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
