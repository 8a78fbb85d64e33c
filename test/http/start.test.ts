/** The real entry points as processes: a bad configuration stops them at cold start, naming the variable. */
import { readFileSync } from 'node:fs';
import { exited, privateBundle, type Running, runScript, startServer } from './servers.js';

const PACKAGE_VERSION = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

describe.each(['serve', 'start:lambda'])('npm run %s', (script) => {
  test('exits at cold start with a message naming the invalid variable', async () => {
    // `serve` is what `npm start` runs after building; it serves this test process's own bundle.
    const env: Record<string, string> = script === 'serve' ? { FUNCTION_SOURCE: await privateBundle() } : {};
    const { child, output } = runScript(script, { ...env, MAX_PAGES: 'lots', PORT: '0' });
    const code = await exited(child);
    expect(code).not.toBe(0);
    expect(output()).toContain('MAX_PAGES');
    expect(output()).toContain('Invalid configuration');
  });
});

describe('npm start (the Cloud Run bundle on the Functions Framework)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer('start', {});
  }, 60_000);
  afterAll(() => server.stop());

  // The framework's Express body parsers never see a body (functions/gcp/server.ts): a broken JSON
  // body gets our JSON error and a request log line, not Express's HTML page.
  test('answers a malformed JSON body with our 415 JSON error, no HTML and no stack trace', async () => {
    const res = await fetch(`${server.base}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{broken',
    });
    const text = await res.text();
    expect(res.status).toBe(415);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(text).not.toMatch(/<html|SyntaxError|node_modules|at JSON\.parse/i);
    // The log line is written as the answer leaves; it reaches this process's pipe a moment later.
    const logged = /"message":"request".*"status":415/;
    for (let i = 0; i < 100 && !logged.test(server.output()); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(server.output()).toMatch(logged);
  });

  test('logs the URL it listens on', () => {
    expect(server.output()).toMatch(/"message":"listening","url":"http:\/\/localhost:\d+\/"/);
  });

  test('reports the package version on /health', async () => {
    const res = await fetch(`${server.base}/health`);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      version: PACKAGE_VERSION,
    });
  });
});
