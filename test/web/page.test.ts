/** The served page: GET / through every adapter, its size, its CSP, and nothing loaded from elsewhere. */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { buildPage } from '../../scripts/build-web.js';
import { createHandler } from '../../shared/http/index.js';
import { PAGE_CSP } from '../../shared/http/page.js';
import { PAGE_HTML, SCRIPT_HASH, STYLE_HASH } from '../../shared/web/page.js';
import { DRIVERS } from '../http/drivers.js';
import { makeDeps, SwitchableAnalyze } from '../http/support.js';

const MAX_GZIP_BYTES = 100 * 1024;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The CSP as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Every absolute or protocol-relative URL; the SVG namespace is an identifier, never fetched. */
function externalUrls(html: string): string[] {
  return [...html.matchAll(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi)]
    .map((m) => m[0])
    .filter((u) => u !== SVG_NAMESPACE);
}

function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe.each(DRIVERS)('GET / via $name', (driver) => {
  test('returns 200 text/html with Cache-Control no-store, nosniff and the strict CSP', async () => {
    const analyze = new SwitchableAnalyze();
    const client = await driver.start(createHandler(makeDeps({}, analyze.fn, [])));
    try {
      const res = await client.send({ method: 'GET', path: '/' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8$/i);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.text).toBe(PAGE_HTML);
      expect(analyze.calls).toHaveLength(0);
    } finally {
      await client.close();
    }
  });

  test('serves the page without a key when API_KEYS is set, while POST / still needs one', async () => {
    const analyze = new SwitchableAnalyze();
    const client = await driver.start(createHandler(makeDeps({ API_KEYS: 'k1' }, analyze.fn, [])));
    try {
      expect((await client.send({ method: 'GET', path: '/' })).status).toBe(200);
      const post = await client.send({
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from('%PDF-1.4'),
      });
      expect(post.status).toBe(401);
    } finally {
      await client.close();
    }
  });
});

describe('the served page', () => {
  test('is under 100 KB gzipped', () => {
    const gz = gzipSync(Buffer.from(PAGE_HTML, 'utf8'), { level: 9 }).byteLength;
    expect(gz).toBeLessThan(MAX_GZIP_BYTES);
    expect(gz).toBeGreaterThan(0);
  });

  test('allows only its own inline script and style, by hash, and nothing from anywhere else', () => {
    const d = directives(PAGE_CSP);
    expect(d.get('default-src')).toEqual(["'none'"]);
    const scripts = inlineBlocks(PAGE_HTML, 'script');
    const styles = inlineBlocks(PAGE_HTML, 'style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(d.get('script-src')).toEqual([sha256(scripts[0] ?? '')]);
    expect(d.get('style-src')).toEqual([sha256(styles[0] ?? '')]);
    expect([SCRIPT_HASH, STYLE_HASH]).toEqual([sha256(scripts[0] ?? ''), sha256(styles[0] ?? '')]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(PAGE_CSP).not.toMatch(/unsafe-|\*|https?:/);
  });

  test('has no inline event handlers or style attributes the CSP would block', () => {
    expect(PAGE_HTML).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(PAGE_HTML).not.toMatch(/<[^>]+\sstyle\s*=/i);
  });

  test('names no external URL: no CDN, font, script, image or analytics host', () => {
    expect(externalUrls(PAGE_HTML)).toEqual([]);
    for (const m of PAGE_HTML.matchAll(/\s(?:src|href|action)\s*=\s*"([^"]*)"/gi))
      expect(m[1]).toMatch(/^data:/);
  });

  test('the URL scan finds what it looks for (absolute and protocol-relative)', () => {
    const planted =
      '<link href="https://fonts.example.com/a.css"><script src="//cdn.example.net/x.js"></script>';
    expect(externalUrls(PAGE_HTML + planted)).toEqual([
      'https://fonts.example.com/a.css',
      '//cdn.example.net/x.js',
    ]);
  });

  test('is accessible by construction: a language, labelled inputs, live regions for progress and errors', () => {
    expect(PAGE_HTML).toMatch(/<html lang="en">/);
    expect(PAGE_HTML).toMatch(/<p id="status" role="status" aria-live="polite">/);
    expect(PAGE_HTML).toMatch(/<p id="error"[^>]* role="alert"/);
    expect(PAGE_HTML).toMatch(/<button type="button" id="drop"/);
    const inputs = [...PAGE_HTML.matchAll(/<(?:input|select)\b[^>]*>/g)].map((m) => m[0]);
    expect(inputs.length).toBeGreaterThan(3);
    for (const tag of inputs) {
      const id = tag.match(/\sid="([^"]+)"/)?.[1] ?? '';
      const labelled =
        /\saria-label="[^"]+"/.test(tag) ||
        PAGE_HTML.includes(`<label for="${id}">`) ||
        new RegExp(`<label>[^<]*${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(PAGE_HTML);
      expect({ tag, labelled }).toEqual({ tag, labelled: true });
    }
  });

  test('keeps nothing: no cookies, web storage, IndexedDB, service workers or beacons', () => {
    expect(PAGE_HTML).not.toMatch(
      /localStorage|sessionStorage|document\.cookie|indexedDB|serviceWorker|sendBeacon/,
    );
  });

  test('is what scripts/build-web.ts builds from web/ now (the generated module is not stale)', async () => {
    const built = await buildPage();
    // Digests, not the page itself: a stale module should fail in one readable line.
    const fix = 'run: npx tsx scripts/build-web.ts';
    expect({ html: sha256(built.html), fix }).toEqual({ html: sha256(PAGE_HTML), fix });
    expect([built.scriptHash, built.styleHash]).toEqual([SCRIPT_HASH, STYLE_HASH]);
  });

  test('its browser code type-checks against the Analysis type (web/tsconfig.json)', () => {
    const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    const project = new URL('../../web/tsconfig.json', import.meta.url).pathname;
    expect(() => execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'pipe' })).not.toThrow();
  });
});
