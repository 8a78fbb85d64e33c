/**
 * The llm-mode setup of the privacy tests: a fake OpenRouter whose models answer non-JSON (so the
 * engine tries every model and more bodies can be inspected), and one statement run through
 * `analyzeStatement` in `mode: 'llm'` with the request bodies it caused.
 */
import { analyzeStatement } from '../../shared/analyze.js';
import { createLlmEngine } from '../../shared/llm/engine.js';
import { silentLogger } from '../../shared/log.js';
import { type FakeOpenRouter, startFakeOpenRouter } from './fake-openrouter.js';

const CONFIG = { MAX_UPLOAD_BYTES: 8 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 30_000 };
const MODELS = ['test/alpha', 'test/beta'];

/** Starts the fake with every model answering non-JSON. */
export async function startLeakFake(): Promise<FakeOpenRouter> {
  const fake = await startFakeOpenRouter();
  for (const m of MODELS) fake.setBehaviour(m, { kind: 'broken' });
  return fake;
}

/** One statement's llm-mode run: the bodies sent, and the error code when analysis threw. */
export interface LlmRun {
  bodies: string[];
  error: string | null;
  redactions: Record<string, number> | null;
}

/** Runs `pdf` through analyzeStatement in llm mode against `fake`; every body it sent is returned. */
export async function llmBodies(fake: FakeOpenRouter, pdf: Uint8Array): Promise<LlmRun> {
  // A fresh engine per statement: its breakers would otherwise open after the broken answers.
  const engine = createLlmEngine({
    apiKey: 'sk-test',
    baseUrl: fake.url,
    models: MODELS,
    logger: silentLogger,
    sleep: async () => {},
  });
  const before = fake.requests.length;
  let error: string | null = null;
  let redactions: Record<string, number> | null = null;
  try {
    const a = await analyzeStatement(
      { pdf, mode: 'llm' },
      { config: CONFIG, logger: silentLogger, llm: engine },
    );
    redactions = a.meta.redactions;
  } catch (err) {
    error = (err as { code?: string }).code ?? 'error';
  } finally {
    await engine.close();
  }
  // Bodies are kept even when analysis threw afterwards: whatever left the process counts.
  const bodies = fake.requests
    .slice(before)
    .map((r) => `${r.body.messages.map((m) => m.content).join('\n')}\n${r.raw}`);
  return { bodies, error, redactions };
}
