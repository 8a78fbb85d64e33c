/** The OpenAPI 3.1 document: valid, and in step with the code it describes. */
import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { parse } from 'yaml';
import { z } from 'zod';
import { ERROR_STATUS } from '../../shared/errors.js';
import { analysisSchema } from '../../shared/schema.js';

type Json = Record<string, unknown>;
const doc = parse(readFileSync(new URL('../../openapi/openapi.yaml', import.meta.url), 'utf8')) as Json;
const schemas = (doc.components as Json).schemas as Record<string, Json>;

/** A schema reduced to its structure (property names, required lists, array items), refs resolved. */
function structure(s: Json, root: Json): unknown {
  if (typeof s.$ref === 'string') {
    const target = s.$ref
      .split('/')
      .slice(1)
      .reduce<Json>((o, k) => o[k] as Json, root);
    return structure(target, root);
  }
  const variants = (s.oneOf ?? s.anyOf) as Json[] | undefined;
  if (variants) {
    const real = variants.filter((v) => v.type !== 'null');
    return real.length === 1 ? structure(real[0] as Json, root) : real.map((v) => structure(v, root));
  }
  if (s.properties) {
    const props = Object.entries(s.properties as Record<string, Json>).map(([k, v]) => [
      k,
      structure(v, root),
    ]);
    return { properties: Object.fromEntries(props), required: [...((s.required as string[]) ?? [])].sort() };
  }
  if (s.items) return { items: structure(s.items as Json, root) };
  return 'leaf';
}

describe('openapi/openapi.yaml', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  test('fails validation once a parameter has an invalid location (the validator really checks)', async () => {
    const broken = structuredClone(doc) as { components: { parameters: Record<string, Json> } };
    (broken.components.parameters.Mode as Json).in = 'body';
    const result = await validate(broken as never);
    expect(result.valid).toBe(false);
  });

  test('lists every error code of shared/errors.ts', () => {
    const error = ((schemas.Error as Json).properties as Json).error as Json;
    const code = (error.properties as Json).code as Json;
    expect([...(code.enum as string[])].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  test('describes the same Analysis fields as analysisSchema', () => {
    const fromZod = z.toJSONSchema(analysisSchema, { unrepresentable: 'any' }) as Json;
    expect(structure(schemas.Analysis as Json, doc)).toEqual(structure(fromZod, fromZod));
  });

  test('documents the routes the handler serves, with both security schemes', () => {
    expect(Object.keys(doc.paths as Json).sort()).toEqual(['/', '/analyze', '/health']);
    const schemes = (doc.components as Json).securitySchemes as Record<string, Json>;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.apiKeyHeader).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-api-key' });
  });
});
