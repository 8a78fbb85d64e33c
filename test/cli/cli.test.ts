/**
 * The command line as a person runs it (`npm run analyze` = node functions/cli/launch.mjs, which runs
 * the bundle in dist/cli): a real child process, real files, real exit codes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateStatement } from '../../scripts/statements/index.js';
import { analysisSchema } from '../../shared/schema.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cca-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The first run builds the bundle when the sources are newer (once per change, a few seconds).
beforeAll(() => run('node', ['functions/cli/launch.mjs', '--help']), 180_000);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, OPENROUTER_API_KEY: '', LOG_LEVEL: '' };
  try {
    const { stdout, stderr } = await run('node', ['functions/cli/launch.mjs', ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('--json prints exactly one Analysis document on stdout and nothing on stderr', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'rheinland', seed: 3, transactions: 10 });
  const file = join(dir, 'statement.pdf');
  writeFileSync(file, pdf);
  const r = await cli([file, '--json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const doc = analysisSchema.parse(JSON.parse(r.stdout));
  expect(doc.statement.newBalance).toBe(expected.newBalance);
  expect(doc.transactions).toHaveLength(expected.transactions.length);
  expect(doc.meta.engine).toBe('local');
});

test("reading a statement never loads Node's fetch stack (undici), which pdf.js 6's Response probe would pull in", async () => {
  const { pdf } = await generateStatement({ layout: 'rheinland', seed: 4, transactions: 6 });
  const file = join(dir, 'fetchless.pdf');
  writeFileSync(file, pdf);
  const listFile = join(dir, 'modules.txt');
  // Preloaded into the CLI process: at exit, the internal modules Node loaded for it.
  const probe = `process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(listFile)}, process.moduleLoadList.join('\\n')));`;
  const r = await run('node', [
    '--import',
    `data:text/javascript,${encodeURIComponent(probe)}`,
    'functions/cli/launch.mjs',
    file,
    '--json',
  ]);
  expect(JSON.parse(r.stdout).transactions.length).toBeGreaterThan(0);
  const loaded = readFileSync(listFile, 'utf8').split('\n');
  expect(loaded).toContain('NativeModule fs');
  expect(loaded.filter((m) => /undici|http2/.test(m))).toEqual([]);
});

test('the readable report shows the statement, the verification and every transaction, and only the last 4 digits', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'albion', seed: 4, transactions: 8 });
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const r = await cli([file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Verified: the totals reconcile to the cent.');
  expect(r.stdout).toContain(`•••• ${expected.cardLast4}`);
  expect(r.stdout).toContain(`Transactions (${expected.transactions.length})`);
  expect(r.stdout.replace(/\D/g, '')).not.toContain(expected.pii.cardNumber.replace(/\D/g, ''));
  expect(r.stdout).not.toContain(expected.pii.name);
});

test('--explain adds where each summary figure was read, and --json carries the same provenance', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'larkspur', seed: 6, transactions: 8 });
  const file = join(dir, 'explain.pdf');
  writeFileSync(file, pdf);
  const r = await cli([file, '--explain']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('How the summary was read');
  expect(r.stdout).toMatch(/previousBalance .*"previous balance", page 1, value beside its label/);
  expect(r.stdout).toContain('Readings tried: 1; the first reading was kept.');
  const doc = analysisSchema.parse(JSON.parse((await cli([file, '--json'])).stdout));
  const prev = doc.meta.provenance?.fields.find((f) => f.field === 'previousBalance');
  expect(prev?.value).toBe(expected.previousBalance);
  expect(prev?.page).toBe(1);
});

test('an encrypted statement opens with --password and is refused without it, in one line on stderr', async () => {
  const { pdf } = await generateStatement({
    layout: 'northwind',
    seed: 3,
    transactions: 5,
    userPassword: 'letmein',
  });
  const file = join(dir, 'locked.pdf');
  writeFileSync(file, pdf);
  const refused = await cli([file]);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout).toBe('');
  expect(refused.stderr.trim().split('\n')).toEqual([
    'PDF_ENCRYPTED: The PDF is password-protected: send its password.',
  ]);
  const wrong = await cli([file, '--password', 'nope']);
  expect(wrong.stderr).toMatch(/^PDF_BAD_PASSWORD: /);
  const opened = await cli([file, '--password', 'letmein', '--json']);
  expect(opened.code).toBe(0);
  expect(JSON.parse(opened.stdout).schemaVersion).toBe(1);
});

test('a file that is not a PDF, a missing file and a bad option each fail with one clear line', async () => {
  const notPdf = join(dir, 'notes.pdf');
  writeFileSync(notPdf, 'hello, this is text');
  for (const args of [[notPdf], [join(dir, 'missing.pdf')], ['--mode', 'magic', notPdf], ['--bogus']]) {
    const r = await cli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^(PDF_INVALID|BAD_REQUEST): \S/);
  }
});

test('--csv prints a header and one row per transaction; --json with --csv is refused', async () => {
  const { pdf, expected } = await generateStatement({ layout: 'meridian', seed: 6, transactions: 9 });
  const file = join(dir, 'rows.pdf');
  writeFileSync(file, pdf);
  const r = await cli([file, '--csv']);
  expect(r.code).toBe(0);
  const rows = r.stdout.trimEnd().split('\r\n');
  expect(rows[0]?.split(',').slice(0, 3)).toEqual(['file', 'issuer', 'card_last4']);
  expect(rows).toHaveLength(expected.transactions.length + 1);
  expect(rows.slice(1).every((row) => row.startsWith(`${file},`))).toBe(true);
  const both = await cli([file, '--csv', '--json']);
  expect(both.code).toBe(1);
  expect(both.stderr).toBe('BAD_REQUEST: --json and --csv exclude each other\n');
});
