/**
 * One model, one structured answer: ask, check the reply against the zod schema, and on invalid
 * JSON or a schema failure ask exactly once more with the problem spelled out. A reply that was
 * cut, filtered, refused or empty never gets here (the client throws): re-sending the whole prompt
 * to the model that just failed that way is slower than the next model. Only issue paths and zod's
 * messages go back to the model (and to logs), never the values.
 */
import type { z } from 'zod';
import type { ChatRequest, OpenRouterClient } from './client.js';
import { LlmInvalidOutputError } from './errors.js';
import { responseFormatFor } from './json-schema.js';
import { type Prompt, repairPrompt } from './prompts.js';

export interface StructuredCall<T> {
  client: OpenRouterClient;
  /** Everything about the call but its messages and format: model, signal, limits. */
  request: Omit<ChatRequest, 'messages' | 'responseFormat'>;
  messages: Prompt;
  schema: z.ZodType<T>;
  schemaName: string;
}

export interface StructuredReply<T> {
  value: T;
  /** True when the first reply was unusable and the repair succeeded. */
  repaired: boolean;
  /** The model that answered (OpenRouter may have failed over to one of `fallbacks`). */
  model: string;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; paths: string };

/** Asks `model` for JSON matching `schema`, with one repair round; throws LlmInvalidOutputError after that. */
export async function askStructured<T>(call: StructuredCall<T>): Promise<StructuredReply<T>> {
  const responseFormat = responseFormatFor(call.schemaName, call.schema);
  const ask = (messages: Prompt) => call.client.chat({ ...call.request, messages, responseFormat });

  const first = await ask(call.messages);
  const checked = check(first.content, call.schema);
  if (checked.ok) return { value: checked.value, repaired: false, model: first.model };

  const second = await ask(repairPrompt(call.messages, first.content, checked.problem));
  const rechecked = check(second.content, call.schema);
  if (rechecked.ok) return { value: rechecked.value, repaired: true, model: second.model };
  throw new LlmInvalidOutputError('LLM reply did not match the schema after one repair', {
    kind: 'invalid_output',
    code: 'UPSTREAM_ERROR',
    upstreamStatus: 200,
    retryable: false,
    context: { paths: rechecked.paths },
  });
}

function check<T>(content: string, schema: z.ZodType<T>): Checked<T> {
  let json: unknown;
  try {
    json = JSON.parse(stripFences(content));
  } catch {
    return { ok: false, problem: 'it was not valid JSON', paths: '(json)' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 10);
  const paths = issues.map((i) => i.path.join('.') || '(root)').join(',');
  const problem = `the JSON did not match the schema (${issues
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')})`;
  return { ok: false, problem, paths };
}

/** Some models wrap JSON in ```json fences even in JSON mode; that alone is not worth a repair round. */
function stripFences(content: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return m?.[1] ?? content;
}
