import { analysisSchema } from '../../shared/schema.js';
import type { TestRequest, TestResponse } from './drivers.js';
import {
  type AnalyzeCall,
  fakeAnalysis,
  multipart,
  type PipelineFn,
  SECRET_FILENAME,
  SECRET_TEXT,
} from './support.js';

export const ALLOWED_ORIGIN = 'https://app.example.com';
export const KEY = 'key-two-0123456789';

/** The handler configurations the table needs, as literal env tables. */
export const VARIANTS = {
  open: { CORS_ORIGINS: `https://admin.example.com, ${ALLOWED_ORIGIN}` },
  keyed: { API_KEYS: `key-one-abcdef, ${KEY}`, CORS_ORIGINS: ALLOWED_ORIGIN },
  small: { MAX_UPLOAD_BYTES: '2048' },
} satisfies Record<string, Record<string, string>>;
export type Variant = keyof typeof VARIANTS;

export interface Outcome {
  res: TestResponse;
  body: unknown;
  calls: AnalyzeCall[];
  platformId: string | undefined;
}

export interface Case {
  name: string;
  variant: Variant;
  analyze: PipelineFn;
  request: () => TestRequest | Promise<TestRequest>;
  status: number;
  /** The error code, for status ≥ 400. */
  code?: string;
  /** Exact header values; null means the header must be absent. */
  headers?: Record<string, string | null>;
  check?: (o: Outcome) => void | Promise<void>;
}

const fakeOk: PipelineFn = async () => fakeAnalysis(42.5);
export const throwing =
  (err: Error): PipelineFn =>
  async () => {
    throw err;
  };
/** Stands in for a PDF: the fake pipeline never parses it, so any bytes with a secret inside do. */
export const PDF = Buffer.from(`%PDF-1.7\n% ${SECRET_TEXT}\n%%EOF\n`);
export const raw = (extra: Partial<TestRequest> = {}): TestRequest => ({
  method: 'POST',
  path: '/analyze',
  headers: { 'content-type': 'application/pdf', ...(extra.headers ?? {}) },
  body: PDF,
  ...(extra.query ? { query: extra.query } : {}),
});
export const form = (
  parts: Parameters<typeof multipart>[0],
  headers: Record<string, string> = {},
): TestRequest => {
  const m = multipart(parts);
  return {
    method: 'POST',
    path: '/analyze',
    headers: { 'content-type': m.contentType, ...headers },
    body: m.body,
  };
};
export const filePart = (data: Buffer | string = PDF) => ({
  name: 'file',
  filename: SECRET_FILENAME,
  type: 'application/pdf',
  data,
});
export const calledWith = (o: Outcome, expected: Partial<AnalyzeCall>) => {
  expect(o.calls).toHaveLength(1);
  expect(o.calls[0]).toMatchObject(expected);
};
export const notCalled = (o: Outcome) => expect(o.calls).toHaveLength(0);
export const fakeBody = (o: Outcome) => {
  expect(analysisSchema.safeParse(o.body).success).toBe(true);
  expect(o.body).toEqual(fakeAnalysis(42.5));
};
export const cors = (origin: string | null) => ({
  'access-control-allow-origin': origin,
  ...(origin ? { vary: 'Origin' } : {}),
});

/** What every fake-pipeline row starts from. */
export const BASE = { variant: 'open' as Variant, analyze: fakeOk };
