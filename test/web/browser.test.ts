/**
 * The page end to end in headless Chromium against the real server (`npm start`): the figures equal the
 * API's JSON for the same file, the charts and table render, the CSV downloads, passwords and errors work.
 * Skipped, with the reason printed, where /usr/bin/chromium is absent.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../shared/schema.js';
import { type Running, startServer } from '../http/servers.js';
import { type Browser, chromiumMissing, openBrowser } from './browser.js';
import {
  apiAnalysis,
  chooseFile,
  day,
  daysBetween,
  dropFile,
  money,
  readCsv,
  resultsShown,
  statementFile,
} from './e2e.js';

const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const missing = chromiumMissing();
if (missing) console.warn(missing);
const describeInBrowser = missing ? describe.skip : describe;

describeInBrowser('the web page in headless Chromium', () => {
  let server: Running;
  let browser: Browser;
  let dir: string;
  let file: string;
  let json: Analysis;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cca-web-'));
    [server, file] = await Promise.all([
      startServer('start', {}),
      statementFile(dir, 'statement.pdf', { layout: 'northwind', seed: 901, transactions: 30 }),
    ]);
    json = await apiAnalysis(server.base, readFileSync(file));
    browser = await openBrowser();
    browser.page.on('request', (r) => requests.push(r.url()));
    browser.page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = () => browser.page;
  const open = async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    await page().goto(`${server.base}/`);
  };
  const analysed = async () => {
    await open();
    await chooseFile(page(), file);
    await resultsShown(page());
  };
  const text = async (selector: string) => (await page().locator(selector).textContent()) ?? '';

  test('shows the same figures as the API answers for the same statement', async () => {
    await analysed();
    const st = json.statement;
    const cur = st.currency;
    expect(await text('#status')).toBe('Analysis ready.');
    expect(await text('#issuer')).toBe(`${st.issuer} · card ending ${st.cardLast4}`);
    for (const key of ['newBalance', 'minimumPayment'] as const) {
      const dd = page().locator(`[data-field="${key}"]`);
      expect(JSON.parse((await dd.getAttribute('data-value')) ?? 'null')).toBe(st[key]);
      expect(await dd.textContent()).toBe(money(st[key] ?? Number.NaN, cur));
    }
    expect(await text('[data-field="dueDate"]')).toBe(day(st.dueDate ?? ''));
    expect(await text('[data-field="period"]')).toBe(
      `${day(st.periodStart ?? '')} – ${day(st.periodEnd ?? '')}`,
    );
    const left = daysBetween(new Date().toISOString().slice(0, 10), st.dueDate ?? '');
    expect(await text('[data-field="daysLeft"]')).toContain(String(Math.abs(left)));
    const share = (st.newBalance ?? 0) / (st.creditLimit ?? Number.NaN);
    expect(await text('[data-field="utilisation"]')).toBe(`${Math.round(share * 1000) / 10}%`);
    expect(await text('[data-field="totalSpend"]')).toBe(money(json.summary.totalSpend, cur));
    const badge = await text('#verified');
    expect(badge).toBe(
      json.checks.reconciled ? '✓ Verified: totals reconcile' : expect.stringContaining('Not verified'),
    );
    expect(await page().locator('#merchants .name').allInnerTexts()).toEqual(
      json.summary.topMerchants.map((m) => m.merchant),
    );
    const severities = await page()
      .locator('#insights li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities).toEqual(json.insights.map((i) => i.severity));
    const subs = json.insights.find((i) => i.kind === 'subscriptions')?.detail ?? '';
    const subNames = await page().locator('#subs th').allInnerTexts();
    expect(subNames).toHaveLength((subs.match(/\/month/g) ?? []).length);
    for (const n of subNames) expect(subs).toContain(n);
    expect(await page().locator('#tx-body tr').count()).toBe(json.transactions.length);
  });

  test('draws one donut slice per category and one bar per day of the period, the peak on the busiest day', async () => {
    await analysed();
    expect(await page().locator('svg.donut path[data-slice]').count()).toBe(json.summary.byCategory.length);
    const dates = json.transactions.map((t) => t.date).sort();
    const start = [json.statement.periodStart ?? '', dates[0] ?? ''].filter(Boolean).sort()[0] ?? '';
    const end = [json.statement.periodEnd ?? '', dates[dates.length - 1] ?? ''].sort().reverse()[0] ?? '';
    const days = daysBetween(start, end) + 1;
    const bars = page().locator('svg.bars rect[data-bar]');
    expect(await bars.count()).toBe(days <= 62 ? days : Math.ceil(days / 7));
    const perDay = new Map<string, number>();
    for (const t of json.transactions)
      if (t.amount > 0 && t.type !== 'payment')
        perDay.set(t.date, (perDay.get(t.date) ?? 0) + Math.round(t.amount * 100));
    const peak = Math.max(...perDay.values()) / 100;
    const peakTitle = await page().locator('svg.bars rect.peak title').first().textContent();
    expect(peakTitle).toMatch(
      new RegExp(`${money(peak, json.statement.currency).replace(/[$.]/g, '\\$&')}$`),
    );
  });

  test('downloads the transactions as CSV: a header and one row per transaction', async () => {
    await analysed();
    const [download] = await Promise.all([page().waitForEvent('download'), page().click('#tx-csv')]);
    expect(download.suggestedFilename()).toBe('transactions.csv');
    const rows = readCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]?.slice(0, 7)).toEqual([
      'date',
      'post_date',
      'description',
      'merchant',
      'category',
      'type',
      'amount',
    ]);
    expect(rows).toHaveLength(json.transactions.length + 1);
    const key = (d: string, a: number) => `${d} ${a.toFixed(2)}`;
    const fromCsv = rows.slice(1).map((r) => key(r[0] ?? '', Number(r[6])));
    expect(fromCsv.sort()).toEqual(json.transactions.map((t) => key(t.date, t.amount)).sort());
  });

  test('filters the table by category, searches it, and sorts it by amount', async () => {
    await analysed();
    const counts = new Map<string, number>();
    for (const t of json.transactions) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
    const [category, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    await page().selectOption('#tx-category', category);
    expect(await page().locator('#tx-body tr').count()).toBe(n);
    await page().selectOption('#tx-category', '');
    const merchant = json.summary.topMerchants[0]?.merchant ?? '';
    await page().fill('#tx-search', merchant.toLowerCase());
    const matching = json.transactions.filter((t) =>
      `${t.description} ${t.merchant}`.toLowerCase().includes(merchant.toLowerCase()),
    );
    expect(await page().locator('#tx-body tr').count()).toBe(matching.length);
    await page().fill('#tx-search', '');
    await page().click('button[data-sort="amount"]');
    const largest = Math.max(...json.transactions.map((t) => t.amount));
    expect(await text('#tx-body tr:first-child td.num')).toBe(money(largest, json.statement.currency));
    expect(await page().locator('th[data-col="amount"]').getAttribute('aria-sort')).toBe('descending');
  });

  test('asks for the password of an encrypted PDF, says when it is wrong, then shows the analysis', async () => {
    const locked = await statementFile(dir, 'locked.pdf', {
      layout: 'meridian',
      seed: 902,
      userPassword: 'pw',
    });
    const expected = await apiAnalysis(server.base, readFileSync(locked), { 'x-pdf-password': 'pw' });
    await open();
    await chooseFile(page(), locked);
    await page().locator('#error[data-code="PDF_ENCRYPTED"]').waitFor({ timeout: 45_000 });
    expect(await page().locator('#pw').isVisible()).toBe(true);
    expect(await text('#error')).toMatch(/password/i);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page().screenshot({ path: join(ARTIFACTS, 'web-password.png') });
    await page().fill('#pw', 'not-it');
    await page().press('#pw', 'Enter');
    await page().locator('#error[data-code="PDF_BAD_PASSWORD"]').waitFor({ timeout: 45_000 });
    await page().fill('#pw', 'pw');
    await page().click('#pw-row button[type="submit"]');
    await resultsShown(page());
    expect(await page().locator('#error').isHidden()).toBe(true);
    expect(
      JSON.parse((await page().locator('[data-field="newBalance"]').getAttribute('data-value')) ?? 'null'),
    ).toBe(expected.statement.newBalance);
    expect(await page().locator('#tx-body tr').count()).toBe(expected.transactions.length);
  });

  test('shows a clear error, and no results, for a file that is not a PDF (dropped on the zone)', async () => {
    await open();
    await dropFile(page(), Buffer.from('date,amount\n2024-01-01,12.00\n'), 'statement.csv', 'text/csv');
    await page().locator('#error[data-code="PDF_INVALID"]').waitFor({ timeout: 45_000 });
    expect(await text('#error')).toMatch(/not a PDF/);
    expect(await page().locator('#results').isHidden()).toBe(true);
    expect(await page().locator('#pw-row').isHidden()).toBe(true);
  });

  test('keeps nothing in the browser and talks to no other host', async () => {
    await analysed();
    const stored = await page().evaluate(
      '({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length })',
    );
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await browser.context.cookies()).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter(
        (u) => !u.startsWith(`${server.base}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await page().click('#clear');
    expect(await page().locator('#tx-body tr').count()).toBe(0);
    expect(await page().locator('[data-field]').count()).toBe(0);
  });

  test('fits a desktop and a phone screen (screenshots saved to test/artifacts/)', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await analysed();
    const shots = {
      desktop: join(ARTIFACTS, 'web-desktop.png'),
      phone: join(ARTIFACTS, 'web-phone.png'),
      phoneCharts: join(ARTIFACTS, 'web-phone-charts.png'),
      phoneTable: join(ARTIFACTS, 'web-phone-table.png'),
      phoneFull: join(ARTIFACTS, 'web-phone-full.png'),
    };
    await page().screenshot({ path: shots.desktop, fullPage: true });
    await page().setViewportSize({ width: 390, height: 844 });
    await page().evaluate('window.scrollTo(0, 0)');
    await page().screenshot({ path: shots.phone });
    await page().locator('#cat-h').scrollIntoViewIfNeeded();
    await page().screenshot({ path: shots.phoneCharts });
    await page().locator('#tx-h').scrollIntoViewIfNeeded();
    await page().screenshot({ path: shots.phoneTable });
    await page().screenshot({ path: shots.phoneFull, fullPage: true });
    const overflow = await page().evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const p of Object.values(shots)) expect(statSync(p).size).toBeGreaterThan(1000);
  });
});
