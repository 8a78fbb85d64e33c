/**
 * The canary checks of logs.test.ts extended to the new kinds (ids, IBANs, dates of birth) and to
 * statements in other languages and real layouts: each goes through the pipeline with a debug-level
 * logger and the LLM engine on the fake OpenRouter; no planted value may appear in a log line, an
 * error, or the analysis returned to the caller.
 */
import PDFDocument from 'pdfkit';
import { analyzeStatement } from '../../shared/analyze.js';
import { isAppError } from '../../shared/errors.js';
import { createLlmEngine } from '../../shared/llm/engine.js';
import { createLogger } from '../../shared/log.js';
import { hasCorpus } from '../support/corpus.js';
import { startFakeOpenRouter } from '../support/fake-openrouter.js';
import { realLayoutTexts } from '../support/privacy-corpus.js';
import { textReplicaPdf } from '../support/privacy-replica.js';
import { readable } from '../support/privacy-score.js';
import { PLANTED_STATEMENTS, type PlantedItem } from '../support/privacy-statements.js';

const config = { MAX_UPLOAD_BYTES: 10 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 };

/** Everything an error exposes: message, name, code, context and its causes. */
function errorText(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const x = e as { message?: unknown; name?: unknown; code?: unknown; cause?: unknown };
    parts.push(String(x.name), String(x.code), String(x.message));
    if (isAppError(e)) parts.push(JSON.stringify(e.context));
    e = x.cause;
  }
  return parts.join('\n');
}

/** Runs the pipeline in llm mode; returns what a caller and an operator could read. */
async function exposed(pdf: Uint8Array): Promise<{ logs: string; error: string; output: string }> {
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  const fake = await startFakeOpenRouter();
  fake.setBehaviour('test/alpha', { kind: 'broken', content: 'not json' });
  const llm = createLlmEngine({
    apiKey: 'sk-test',
    baseUrl: fake.url,
    models: ['test/alpha'],
    logger,
    sleep: async () => {},
  });
  let output = '';
  let error = '';
  try {
    output = JSON.stringify(await analyzeStatement({ pdf, mode: 'llm' }, { config, logger, llm }));
  } catch (err) {
    error = errorText(err);
  } finally {
    await llm.close();
    await fake.close();
  }
  return { logs: lines.join('\n'), error, output };
}

function leaksIn(
  name: string,
  planted: PlantedItem[],
  seen: { logs: string; error: string; output: string },
) {
  return Object.entries(seen).flatMap(([where, text]) =>
    planted.filter((p) => readable(text, p)).map((p) => `${name} ${where} ${p.kind}: ${p.value}`),
  );
}

describe('no personal data in logs, errors or outputs, in every language', () => {
  it('keeps the planted items of the multilingual statements out of logs, errors and the analysis', async () => {
    const leaks: string[] = [];
    let analysed = 0;
    for (const s of PLANTED_STATEMENTS) {
      const seen = await exposed(await textReplicaPdf([s.text]));
      if (seen.output) analysed++;
      leaks.push(...leaksIn(s.lang, s.planted, seen));
    }
    expect(analysed).toBeGreaterThanOrEqual(8);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('keeps the new kinds out of the error when the PDF is not a statement', async () => {
    const planted = PLANTED_STATEMENTS.flatMap((s) => s.planted);
    const pdf = await new Promise<Uint8Array>((resolve, reject) => {
      const doc = new PDFDocument({ size: 'A4' });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
      doc.text('Dear customer,');
      for (const p of planted.filter((x) => /^[\x20-\xff’]*$/.test(x.value))) doc.text(p.value);
      doc.end();
    });
    const seen = await exposed(pdf);
    expect(seen.error).not.toBe('');
    expect(leaksIn('letter', planted, seen)).toEqual([]);
  }, 60_000);

  (hasCorpus ? it : it.skip)(
    'keeps the real layouts’ planted items out of logs, errors and the analysis',
    async () => {
      const leaks: string[] = [];
      for (const s of realLayoutTexts()) {
        const seen = await exposed(await textReplicaPdf(s.pages ?? [s.text]));
        leaks.push(...leaksIn(s.name, s.planted, seen));
      }
      expect(leaks).toEqual([]);
    },
    120_000,
  );
});
