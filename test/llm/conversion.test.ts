import { describe, expect, test } from '@jest/globals';
import { z } from 'zod';
import { toCents } from '../../shared/llm/extraction.js';
import { responseFormatFor } from '../../shared/llm/json-schema.js';
import { extractionReplySchema } from '../../shared/llm/schemas.js';

describe('toCents', () => {
  test.each([
    [1234.56, 123456],
    [0.1 + 0.2, 30],
    [-500, -50000],
    [-0.001, 0],
    [-0.005, -1],
    [19.99, 1999],
    [Number.NaN, null],
    [1e12, null],
  ])('converts %p to %p', (major, cents) => {
    expect(toCents(major)).toBe(cents);
  });
});

describe('responseFormatFor', () => {
  test('makes a strict schema with every key required and no extras', () => {
    const rf = responseFormatFor('statement_extraction', extractionReplySchema);
    const schema = rf.json_schema.schema as {
      properties: Record<string, { required?: string[]; additionalProperties?: boolean }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(rf.json_schema.strict).toBe(true);
    expect('$schema' in schema).toBe(false);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(['statement', 'summary', 'transactions']);
    expect(schema.properties.statement?.required).toHaveLength(
      Object.keys(extractionReplySchema.shape.statement.shape).length,
    );
  });

  test('drops the meaningless safe-integer bounds zod puts on integers but keeps real ones', () => {
    const rf = responseFormatFor('x', z.object({ a: z.number().int(), b: z.number().int().min(1) }));
    const text = JSON.stringify(rf);
    expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
    expect(text).toContain('"minimum":1');
  });
});
