/**
 * No personal data in logs or errors: a statement with planted canaries (the generator's name,
 * card number, address, email and phone) goes through the pipeline on success and failure paths
 * with a debug-level logger writing to an array; no canary may appear in a log line or an error.
 */

import PDFDocument from 'pdfkit';
import { generateStatement } from '../../scripts/statements/index.js';
import { type AnalyzeDeps, analyzeStatement } from '../../shared/analyze.js';
import { isAppError } from '../../shared/errors.js';
import { createLlmEngine } from '../../shared/llm/engine.js';
import { createLogger } from '../../shared/log.js';
import { type Behaviour, startFakeOpenRouter } from '../support/fake-openrouter.js';

const PASSWORD = 'canary-pw-7Q2XK';
const WRONG_PASSWORD = 'canary-wrong-9ZT4M';

const logged: string[] = [];
const deps: AnalyzeDeps = {
  config: { MAX_UPLOAD_BYTES: 10 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 },
  logger: createLogger('debug', (line) => logged.push(line)),
};

let plain: Buffer;
let locked: Buffer;
let canaries: string[] = [];
let cardDigits = '';

const squash = (s: string) => s.replace(/[\s-]/g, '').toLowerCase();

/** Everything an error exposes to a caller or a log: message, name, code, context and its causes. */
function errorText(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const x = e as { message?: unknown; name?: unknown; code?: unknown; stack?: unknown; cause?: unknown };
    parts.push(String(x.name), String(x.code), String(x.message));
    if (isAppError(e)) parts.push(JSON.stringify(e.context));
    e = x.cause;
  }
  return parts.join('\n');
}

/** The canaries found in `text` (card digits in any spacing). */
function leaked(text: string): string[] {
  const flat = squash(text);
  const found = canaries.filter((c) => flat.includes(squash(c)));
  if (flat.includes(cardDigits.slice(0, 12))) found.push('card digits');
  return found;
}

/** A PDF with a text layer that is not a statement: a letter full of canaries. */
function letterPdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

async function run(
  pdf: Uint8Array,
  password?: string,
  extra: Partial<AnalyzeDeps> = {},
): Promise<{ lines: string[]; error: unknown }> {
  logged.length = 0;
  let error: unknown = null;
  try {
    await analyzeStatement({ pdf, password }, { ...deps, ...extra });
  } catch (err) {
    error = err;
  }
  return { lines: [...logged], error };
}

beforeAll(async () => {
  const a = await generateStatement({ layout: 'larkspur', seed: 21 });
  const b = await generateStatement({ layout: 'larkspur', seed: 21, userPassword: PASSWORD });
  plain = a.pdf;
  locked = b.pdf;
  const pii = a.expected.pii;
  cardDigits = pii.cardNumber.replace(/\D/g, '');
  canaries = [pii.name, ...pii.address, pii.cardNumber, pii.email, pii.phone, pii.accountNumber, ...pii.other]
    .filter((c): c is string => typeof c === 'string' && c.length > 0)
    .concat([PASSWORD, WRONG_PASSWORD]);
}, 120_000);

describe('no personal data in logs or error messages', () => {
  it('plants canaries that the checks can see', () => {
    expect(canaries.length).toBeGreaterThanOrEqual(7);
    const found = leaked(`card ${cardDigits} for ${canaries[0]}`);
    expect(found).toEqual(expect.arrayContaining([canaries[0], 'card digits']));
    expect(leaked('Page 1 of 2  New Balance $1,234.56')).toEqual([]);
  });

  it('logs no canary on a successful analysis, even at debug level', async () => {
    const { lines, error } = await run(new Uint8Array(plain));
    expect(error).toBeNull();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it('keeps canaries out of logs and the error when the password is wrong', async () => {
    const { lines, error } = await run(new Uint8Array(locked), WRONG_PASSWORD);
    expect(error).toMatchObject({ code: 'PDF_BAD_PASSWORD' });
    expect(leaked(errorText(error))).toEqual([]);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it('keeps canaries out of logs and the error when no password is given', async () => {
    const { lines, error } = await run(new Uint8Array(locked));
    expect(error).toMatchObject({ code: 'PDF_ENCRYPTED' });
    expect(leaked(errorText(error))).toEqual([]);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it('keeps canaries out of logs and the error when the upload is not a PDF', async () => {
    const canaryText = `${canaries.join('\n')}\n${cardDigits}`;
    const { lines, error } = await run(new TextEncoder().encode(canaryText));
    expect(isAppError(error)).toBe(true);
    expect(leaked(errorText(error))).toEqual([]);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it('keeps canaries out of logs and the error when the PDF is not a statement', async () => {
    const pdf = await letterPdf(['Dear customer,', ...canaries, `Card ${cardDigits}`, 'Kind regards']);
    const { lines, error } = await run(new Uint8Array(pdf));
    expect(isAppError(error)).toBe(true);
    expect(leaked(errorText(error))).toEqual([]);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it('keeps canaries out of logs and the error when the PDF is cut short', async () => {
    const { lines, error } = await run(new Uint8Array(plain.subarray(0, Math.floor(plain.length / 2))));
    expect(isAppError(error)).toBe(true);
    expect(leaked(errorText(error))).toEqual([]);
    expect(lines.flatMap(leaked)).toEqual([]);
  });

  it.each<[string, Behaviour]>([
    ['answers with text that is not JSON', { kind: 'broken', content: 'not json' }],
    ['fails with a server error', { kind: 'status', status: 500 }],
    ['reports an error inside a 200', { kind: 'error-in-200', code: 502, message: 'upstream said no' }],
  ])('logs no canary on the LLM path when the model %s', async (_name, behaviour) => {
    const fake = await startFakeOpenRouter();
    const llm = createLlmEngine({
      apiKey: 'sk-test',
      baseUrl: fake.url,
      models: ['test/alpha'],
      logger: deps.logger,
      sleep: async () => {},
    });
    try {
      fake.setBehaviour('test/alpha', behaviour);
      const { lines, error } = await run(new Uint8Array(plain), undefined, { llm });
      expect(error).toBeNull();
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.flatMap(leaked)).toEqual([]);
    } finally {
      await llm.close();
      await fake.close();
    }
  });
});
