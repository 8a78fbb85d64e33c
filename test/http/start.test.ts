/** The real entry points as processes: a bad configuration stops them at cold start, naming the variable. */
import { readFileSync } from 'node:fs';
import { exited, type Running, runScript, startServer } from './servers.js';

const PACKAGE_VERSION = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

describe.each(['start', 'start:lambda'])('npm run %s', (script) => {
  test('exits at cold start with a message naming the invalid variable', async () => {
    const { child, output } = runScript(script, { MAX_PAGES: 'lots', PORT: '0' });
    const code = await exited(child);
    expect(code).not.toBe(0);
    expect(output()).toContain('MAX_PAGES');
    expect(output()).toContain('Invalid configuration');
  });
});

describe('npm start (Functions Framework)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer('start', {});
  }, 60_000);
  afterAll(() => server.stop());

  // The framework parses JSON bodies before our function runs and answers a broken one itself; it
  // must not print a stack trace then (it does unless NODE_ENV=production, which the script sets).
  test('answers a malformed JSON body with 400 and no stack trace', async () => {
    const res = await fetch(`${server.base}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{broken',
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/SyntaxError|node_modules|at JSON\.parse/);
  });

  test('reports the package version on /health', async () => {
    const res = await fetch(`${server.base}/health`);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      version: PACKAGE_VERSION,
    });
  });
});
