/**
 * Contract rows that run the real pipeline (shared/analyze.ts) on real PDFs: bad ones, and statements
 * from the synthetic generator (scripts/statements) checked against the schema and their expected values.
 */
import {
  type ExpectedStatement,
  generateStatement,
  LAYOUTS,
  type LayoutName,
} from '../../scripts/statements/index.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { analysisSchema } from '../../shared/schema.js';
import { UTF8_PASSWORD } from './cases-stress.js';
import { multipart, SECRET_FILENAME } from './support.js';
import type { Case, Outcome, Variant } from './table.js';

const PASSWORD = 'open-sesame-42';
const cache = new Map<string, Promise<{ pdf: Buffer; expected: ExpectedStatement }>>();

/** Each statement is generated once and shared by every adapter's run of the table. */
function statement(layout: LayoutName, userPassword?: string) {
  const key = `${layout}:${userPassword ?? ''}`;
  if (!cache.has(key))
    cache.set(key, generateStatement({ layout, seed: 11, ...(userPassword ? { userPassword } : {}) }));
  return cache.get(key) as Promise<{ pdf: Buffer; expected: ExpectedStatement }>;
}

const pdfRequest = (body: Buffer, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/analyze',
  headers: { 'content-type': 'application/pdf', ...headers },
  body,
});

const matches = (layout: LayoutName, userPassword?: string) => async (o: Outcome) => {
  const { expected } = await statement(layout, userPassword);
  const parsed = analysisSchema.safeParse(o.body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data?.statement.newBalance).toBe(expected.newBalance);
  expect(parsed.data?.transactions).toHaveLength(expected.transactions.length);
};

/** Rows whose PDFs are read by the real pipeline. */
export function realCases(base: { variant: Variant }): Case[] {
  const real = { ...base, analyze: analyzeStatement };
  const first = LAYOUTS[0] as LayoutName;
  return [
    ...LAYOUTS.map(
      (layout): Case => ({
        ...real,
        name: `analyzes a generated "${layout}" statement sent as application/pdf`,
        request: async () => pdfRequest((await statement(layout)).pdf),
        status: 200,
        check: matches(layout),
      }),
    ),
    {
      ...real,
      name: 'analyzes a generated statement sent as multipart/form-data',
      request: async () => {
        const m = multipart([
          { name: 'file', filename: SECRET_FILENAME, data: (await statement(first)).pdf },
        ]);
        return { method: 'POST', path: '/analyze', headers: { 'content-type': m.contentType }, body: m.body };
      },
      status: 200,
      check: matches(first),
    },
    {
      ...real,
      name: 'analyzes an encrypted statement when its password comes in x-pdf-password',
      request: async () => pdfRequest((await statement(first, PASSWORD)).pdf, { 'x-pdf-password': PASSWORD }),
      status: 200,
      check: matches(first, PASSWORD),
    },
    {
      ...real,
      name: 'analyzes a statement whose UTF-8 password comes percent-encoded in x-pdf-password',
      request: async () =>
        pdfRequest((await statement(first, UTF8_PASSWORD)).pdf, {
          'x-pdf-password': encodeURIComponent(UTF8_PASSWORD),
        }),
      status: 200,
      check: matches(first, UTF8_PASSWORD),
    },
    {
      ...real,
      name: 'analyzes the same statement with the UTF-8 password in the multipart field',
      request: async () => {
        const m = multipart([
          { name: 'password', data: UTF8_PASSWORD },
          { name: 'file', filename: SECRET_FILENAME, data: (await statement(first, UTF8_PASSWORD)).pdf },
        ]);
        return { method: 'POST', path: '/analyze', headers: { 'content-type': m.contentType }, body: m.body };
      },
      status: 200,
      check: matches(first, UTF8_PASSWORD),
    },
    {
      ...real,
      name: 'returns 400 PDF_EMPTY for an empty upload',
      request: () => pdfRequest(Buffer.alloc(0)),
      status: 400,
      code: 'PDF_EMPTY',
    },
    {
      ...real,
      name: 'returns 422 PDF_INVALID for a file that is not a PDF',
      request: () => pdfRequest(Buffer.from('GIF89a this is an image, not a statement')),
      status: 422,
      code: 'PDF_INVALID',
    },
    {
      ...real,
      name: 'returns 422 PDF_ENCRYPTED for an encrypted PDF sent without its password',
      request: async () => pdfRequest((await statement(first, PASSWORD)).pdf),
      status: 422,
      code: 'PDF_ENCRYPTED',
    },
    {
      ...real,
      name: 'returns 422 PDF_BAD_PASSWORD for an encrypted PDF sent with a wrong password',
      request: async () => pdfRequest((await statement(first, PASSWORD)).pdf, { 'x-pdf-password': 'nope' }),
      status: 422,
      code: 'PDF_BAD_PASSWORD',
    },
  ];
}
