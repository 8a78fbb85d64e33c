/**
 * A zod schema as an OpenRouter/OpenAI strict `response_format`. zod 4 already emits
 * `additionalProperties: false` and lists every key as required; we only drop what strict mode
 * rejects or does not need.
 */
import { z } from 'zod';

export interface ResponseFormat {
  type: 'json_schema';
  json_schema: { name: string; strict: true; schema: Record<string, unknown> };
}

/** The strict `response_format` for a zod schema, named `name` (letters, digits, `_`, `-`). */
export function responseFormatFor(name: string, schema: z.ZodType): ResponseFormat {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
  return {
    type: 'json_schema',
    json_schema: { name, strict: true, schema: clean(json) as Record<string, unknown> },
  };
}

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    // zod adds ±MAX_SAFE_INTEGER bounds to every .int(); they say nothing and some providers reject them.
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER)
      continue;
    out[key] = clean(value);
  }
  return out;
}
