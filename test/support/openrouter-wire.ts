/**
 * OpenRouter's wire format as the fake writes it: whole completions, SSE chunks (the keep-alive
 * comment, content deltas, the finish chunk, the usage chunk, `[DONE]`), error bodies, and `usage`
 * with tokens and cost the way OpenRouter reports them.
 */
import type { ServerResponse } from 'node:http';

/** The fake's price list, US dollars per token (gpt-4o-mini's list price). */
export const FAKE_PRICE = { prompt: 0.15e-6, completion: 0.6e-6 };

/** Usage as OpenRouter reports it: tokens (4 characters a token here) and cost. */
export function usageFor(prompt: string, completion: string): Record<string, number> {
  const promptTokens = Math.ceil(prompt.length / 4);
  const completionTokens = Math.ceil(completion.length / 4);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    cost: promptTokens * FAKE_PRICE.prompt + completionTokens * FAKE_PRICE.completion,
  };
}

/** An OpenRouter-shaped chat completion with `content` as the assistant's message. */
export function completion(
  content: string,
  model: string,
  extra: { finishReason?: string; refusal?: string; prompt?: string } = {},
): Record<string, unknown> {
  return {
    id: `gen-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    provider: 'Fake',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: extra.refusal ?? null },
        finish_reason: extra.finishReason ?? 'stop',
      },
    ],
    usage: usageFor(extra.prompt ?? '', content),
  };
}

/** One `chat.completion.chunk` with `delta`. */
export function chunk(
  model: string,
  delta: Record<string, unknown>,
  finishReason: string | null,
): Record<string, unknown> {
  return {
    id: 'gen-stream',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    provider: 'Fake',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

/** One SSE event carrying `data` as JSON. */
export function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** 200 with the SSE content type, and OpenRouter's keep-alive comment first. */
export function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  // OpenRouter's keep-alive comment, which a parser must skip.
  res.write(': OPENROUTER PROCESSING\n\n');
}

/** A whole answer as OpenRouter streams it: role, content in pieces, finish_reason, usage, [DONE]. */
export function sendStream(
  res: ServerResponse,
  model: string,
  content: string,
  extra: { finishReason?: string; refusal?: string; prompt: string },
): void {
  openStream(res);
  res.write(sse(chunk(model, { role: 'assistant', content: '' }, null)));
  const size = Math.max(1, Math.ceil(content.length / 4));
  for (let i = 0; i < content.length; i += size) {
    res.write(sse(chunk(model, { content: content.slice(i, i + size) }, null)));
  }
  if (extra.refusal) res.write(sse(chunk(model, { refusal: extra.refusal }, null)));
  res.write(sse(chunk(model, {}, extra.finishReason ?? 'stop')));
  res.write(sse({ ...chunk(model, {}, null), choices: [], usage: usageFor(extra.prompt, content) }));
  res.end('data: [DONE]\n\n');
}

/** A JSON response with its length. */
export function sendJson(
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
