/** The page against a deployment with API_KEYS, in headless Chromium: it asks for the key and sends it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Running, startServer } from '../http/servers.js';
import { type Browser, chromiumMissing, openBrowser } from './browser.js';
import { chooseFile, resultsShown, statementFile } from './e2e.js';

const missing = chromiumMissing();
if (missing) console.warn(missing);
const describeInBrowser = missing ? describe.skip : describe;

describeInBrowser('the web page against a deployment with API_KEYS', () => {
  let server: Running;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cca-web-key-'));
    [server, browser] = await Promise.all([
      startServer('start', { API_KEYS: 'page-test-key' }),
      openBrowser(),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('asks for the API key when the service needs one, and sends it on retry', async () => {
    const file = await statementFile(dir, 'statement.pdf', { layout: 'albion', seed: 903 });
    const page = browser.page;
    await page.goto(`${server.base}/`);
    await chooseFile(page, file);
    await page.locator('#error[data-code="UNAUTHORIZED"]').waitFor({ timeout: 45_000 });
    expect(await page.locator('#key-box').getAttribute('open')).not.toBeNull();
    await page.fill('#key', 'page-test-key');
    await page.click('#key-retry');
    await resultsShown(page);
    expect(await page.locator('#tx-body tr').count()).toBeGreaterThan(0);
  });
});
