/**
 * The service's instance-wide dependencies: the LLM engine's code is loaded only when a key is
 * configured (the Cloud Run bundle's main thread does not even parse it otherwise), and with a key
 * it is loaded and used for the first request.
 */
import { build, type Metafile } from 'esbuild';
import { gcpOptions } from '../../infra/build.js';
import { generateStatement } from '../../scripts/statements/index.js';
import { createServiceDeps } from '../../shared/http/service.js';
import { type FakeOpenRouter, startFakeOpenRouter } from '../support/fake-openrouter.js';

/** The source files of the outputs `entry` loads before it runs (static imports only, transitively). */
function staticInputs(meta: Metafile, entry: string): { inputs: Set<string>; dynamic: string[] } {
  const inputs = new Set<string>();
  const dynamic: string[] = [];
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    const o = meta.outputs[out];
    if (!o) return;
    for (const i of Object.keys(o.inputs)) inputs.add(i);
    for (const imp of o.imports) {
      if (imp.external) continue;
      if (imp.kind === 'dynamic-import') dynamic.push(imp.path);
      else visit(imp.path);
    }
  };
  visit(entry);
  return { inputs, dynamic };
}

describe('the LLM engine, loaded on demand', () => {
  test('the Cloud Run bundle starts without undici or the LLM client, which sit in a chunk loaded on demand', async () => {
    const result = await build({
      ...gcpOptions(),
      outdir: 'dist/probe-gcp',
      write: false,
      logLevel: 'error',
    });
    const meta = result.metafile as Metafile;
    const entry = Object.keys(meta.outputs).find((o) => o.endsWith('/index.js')) as string;
    const { inputs, dynamic } = staticInputs(meta, entry);
    const llmCode = (path: string) => /node_modules\/undici\/|shared\/llm\/client\.ts$/.test(path);
    expect([...inputs].filter(llmCode)).toEqual([]);
    // …and they are in the bundle, behind a dynamic import of the main thread.
    const lazy = dynamic.flatMap((d) => Object.keys(meta.outputs[d]?.inputs ?? {}));
    expect(lazy.some((p) => p.endsWith('shared/llm/client.ts'))).toBe(true);
    expect(lazy.some((p) => p.includes('node_modules/undici/'))).toBe(true);
  });

  describe('with a key', () => {
    let fake: FakeOpenRouter;
    beforeAll(async () => {
      fake = await startFakeOpenRouter();
    });
    afterAll(() => fake.close());

    test('the engine is configured at once, loaded for the first request, and its breakers show in health', async () => {
      const deps = createServiceDeps(
        { OPENROUTER_API_KEY: 'sk-or-test', OPENROUTER_BASE_URL: fake.url, OPENROUTER_MODELS: 'm/a' },
        () => undefined,
      );
      expect(deps.llm?.configured).toBe(true);
      expect(deps.llm?.breakerStates?.()).toEqual({});
      const { pdf } = await generateStatement({ layout: 'northwind', seed: 5, transactions: 8 });
      const analysis = await deps.analyze({ pdf: new Uint8Array(pdf), mode: 'llm' });
      expect(analysis.transactions.length).toBe(8);
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(Object.keys(deps.llm?.breakerStates?.() ?? {})).toEqual(['m/a']);
      await deps.close();
    });

    test('without a key there is no engine and mode=llm is refused', async () => {
      const deps = createServiceDeps({}, () => undefined);
      expect(deps.llm).toEqual({ configured: false });
      const { pdf } = await generateStatement({ layout: 'northwind', seed: 5, transactions: 8 });
      await expect(deps.analyze({ pdf: new Uint8Array(pdf), mode: 'llm' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    });
  });
});
