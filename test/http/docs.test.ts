/**
 * Replays every curl example of docs/http-examples.md against the local servers of its platform:
 * `npm start` (Functions Framework) for Cloud Run, `npm run start:lambda` (the Lambda handler) for AWS.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateStatement } from '../../scripts/statements/index.js';
import { analysisSchema } from '../../shared/schema.js';
import { type Running, startServer } from './servers.js';

const run = promisify(execFile);
const DOC = readFileSync(new URL('../../docs/http-examples.md', import.meta.url), 'utf8');
const ENV = { API_KEY: 'docs-key-0123456789', PDF_PASSWORD: 'docs-pdf-pw' };
const SECTIONS = { 'Google Cloud Run': 'start', 'AWS Lambda': 'start:lambda' } as const;
type Section = keyof typeof SECTIONS;

interface Example {
  section: Section;
  title: string;
  command: string;
  status: number;
  code: string | undefined;
}

/** `# what it does → 200 [CODE]` followed by one `curl` line, inside the sh blocks of a section. */
function parseExamples(md: string): Example[] {
  const out: Example[] = [];
  for (const part of md.split(/^## /m).slice(1)) {
    const section = (Object.keys(SECTIONS) as Section[]).find((s) => part.startsWith(s));
    if (!section) continue;
    const lines = [...part.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
    lines.forEach((line, i) => {
      const comment = lines[i - 1]?.match(/^# (.*)→ (\d{3})(?: ([A-Z_]+))?/);
      if (!line.startsWith('curl ') || !comment) return;
      out.push({
        section,
        title: comment[1]?.trim() ?? '',
        command: line,
        status: Number(comment[2]),
        code: comment[3],
      });
    });
  }
  return out;
}

const examples = parseExamples(DOC);
const servers = new Map<Section, Running>();
let dir = '';
let expectedBalance: number | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cca-docs-'));
  const plain = await generateStatement({ layout: 'northwind', seed: 5 });
  const locked = await generateStatement({ layout: 'northwind', seed: 5, userPassword: ENV.PDF_PASSWORD });
  writeFileSync(join(dir, 'statement.pdf'), plain.pdf);
  writeFileSync(join(dir, 'statement-protected.pdf'), locked.pdf);
  expectedBalance = plain.expected.newBalance;
  const env = { API_KEYS: ENV.API_KEY, CORS_ORIGINS: 'https://app.example.com' };
  const started = await Promise.all(
    (Object.keys(SECTIONS) as Section[]).map((s) => startServer(SECTIONS[s], env)),
  );
  for (const [i, s] of (Object.keys(SECTIONS) as Section[]).entries()) servers.set(s, started[i] as Running);
}, 90_000);

afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the examples file has curl examples for both platforms', () => {
  for (const s of Object.keys(SECTIONS))
    expect(examples.filter((e) => e.section === s).length).toBeGreaterThanOrEqual(5);
});

test.each(examples)('$section: $title → $status', async (ex) => {
  const server = servers.get(ex.section) as Running;
  const { stdout } = await run('bash', ['-c', `${ex.command} -o body.out -w '%{http_code}'`], {
    cwd: dir,
    env: { ...process.env, ...ENV, BASE_URL: server.base },
  });
  expect(Number(stdout.trim())).toBe(ex.status);
  const text = readFileSync(join(dir, 'body.out'), 'utf8');
  const json = text.startsWith('{') ? JSON.parse(text) : null;
  if (ex.code) expect(json?.error?.code).toBe(ex.code);
  if (ex.status === 200 && ex.command.includes('/analyze')) {
    const parsed = analysisSchema.parse(json);
    // Both fixtures hold the same statement (one encrypted), so every analysis must agree with it.
    expect(parsed.statement.newBalance).toBe(expectedBalance);
  }
  if (ex.status === 204) expect(text).toMatch(/access-control-allow-origin: https:\/\/app\.example\.com/i);
});
