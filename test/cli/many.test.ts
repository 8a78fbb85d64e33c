/**
 * Many statements in one run, as a person downloads a year of them: a folder of 12 monthly statements
 * of one card, and a folder with a broken file in it. Through the built command line (dist/cli).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStatement } from '../../scripts/statements/index.js';
import { statementsDocumentSchema } from '../../shared/schema-combined.js';

const dir = mkdtempSync(join(tmpdir(), 'cca-many-'));
const year = join(dir, 'year');
const mixed = join(dir, 'mixed');
const cents = (x: number) => Math.round(x * 100);

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, OPENROUTER_API_KEY: '', LOG_LEVEL: '' };
  return new Promise((resolve) => {
    execFile(
      'node',
      ['functions/cli/launch.mjs', ...args],
      { env, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  mkdirSync(year);
  mkdirSync(mixed);
  // Seeds 12..23 are the twelve months of one year; holderSeed makes them one card.
  for (let m = 0; m < 12; m++) {
    const { pdf } = await generateStatement({
      layout: 'northwind',
      seed: 12 + m,
      transactions: 12,
      holderSeed: 7,
    });
    writeFileSync(join(year, `${String(m + 1).padStart(2, '0')}.pdf`), pdf);
    if (m < 3) writeFileSync(join(mixed, `good-${m + 1}.pdf`), pdf);
  }
  const { pdf } = await generateStatement({ layout: 'albion', seed: 5, transactions: 8 });
  writeFileSync(join(mixed, 'broken.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  writeFileSync(join(mixed, 'notes.txt'), 'not a statement, and not a .pdf: left alone');
  await cli(['--help']); // builds the bundle when the sources changed
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of 12 monthly statements of one card', () => {
  let doc: ReturnType<typeof statementsDocumentSchema.parse>;
  let stderr = '';

  beforeAll(async () => {
    const r = await cli([year, '--json']);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    doc = statementsDocumentSchema.parse(JSON.parse(r.stdout));
  }, 120_000);

  it('gives every Analysis, in file order, and one progress line on stderr', () => {
    expect(doc.statements.map((s) => s.file)).toEqual(
      Array.from({ length: 12 }, (_, i) => join(year, `${String(i + 1).padStart(2, '0')}.pdf`)),
    );
    expect(stderr.trim().split('\n')).toEqual(['analysed 12/12']);
    const cards = new Set(
      doc.statements.map((s) => ('analysis' in s ? s.analysis.statement.cardLast4 : null)),
    );
    expect(cards.size).toBe(1);
  });

  it('puts the months side by side, oldest first, with totals equal to the sum of the statements', () => {
    const [group, ...others] = doc.combined.groups;
    expect(others).toHaveLength(0);
    if (!group) throw new Error('no currency group');
    const analyses = doc.statements.flatMap((s) => ('analysis' in s ? [s.analysis] : []));
    expect(group.months).toHaveLength(12);
    const ends = group.months.map((m) => m.periodEnd ?? '');
    expect([...ends].sort()).toEqual(ends);
    const sum = (pick: (a: (typeof analyses)[number]) => number) =>
      analyses.reduce((s, a) => s + cents(pick(a)), 0);
    expect(cents(group.totals.spend)).toBe(sum((a) => a.summary.totalSpend));
    expect(cents(group.totals.credits)).toBe(sum((a) => a.summary.totalCredits));
    const ofType = (type: string) => (a: (typeof analyses)[number]) =>
      a.transactions.filter((t) => t.type === type).reduce((s, t) => s + t.amount, 0);
    expect(cents(group.totals.interest)).toBe(sum(ofType('interest')));
    expect(cents(group.totals.fees)).toBe(sum(ofType('fee')));
    expect(group.totals.transactions).toBe(analyses.reduce((s, a) => s + a.transactions.length, 0));
    // Each category's row adds up to its total, and the categories to the statements' own tables.
    for (const c of group.categories)
      expect(c.amounts.reduce((s, x) => s + cents(x), 0)).toBe(cents(c.total));
    const byCategory = analyses.flatMap((a) => a.summary.byCategory).reduce((s, c) => s + cents(c.amount), 0);
    expect(group.categories.reduce((s, c) => s + cents(c.total), 0)).toBe(byCategory);
  });

  it('follows each subscription across the months, first seen to last seen', () => {
    const group = doc.combined.groups[0];
    const recurring = doc.statements.flatMap((s) =>
      'analysis' in s ? s.analysis.transactions.filter((t) => t.recurring && t.amount > 0) : [],
    );
    const merchants = new Set(recurring.map((t) => t.merchant));
    expect(merchants.size).toBeGreaterThan(0);
    expect(new Set(group?.subscriptions.map((s) => s.merchant))).toEqual(merchants);
    const everyMonth = group?.subscriptions.filter((s) => s.statements === 12) ?? [];
    expect(everyMonth.length).toBeGreaterThan(0);
    for (const s of everyMonth) {
      const dates = recurring
        .filter((t) => t.merchant === s.merchant)
        .map((t) => t.date)
        .sort();
      expect([s.firstSeen, s.lastSeen]).toEqual([dates[0], dates.at(-1)]);
      expect(s.charges).toBe(dates.length);
    }
  });

  it('prints a report per statement, then the combined view', async () => {
    const r = await cli([year]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^━━ \d+\/12 /gm)).toHaveLength(12);
    const combined = r.stdout.slice(r.stdout.indexOf('Combined view of 12 statements'));
    for (const title of [
      'Months side by side',
      'Spending by category over time',
      'Top merchants over time',
      'Subscriptions across statements',
      'Interest and fees in total',
    ])
      expect(combined).toContain(`${title}\n${'─'.repeat(title.length)}`);
  }, 120_000);
});

describe('a folder with a broken file in it', () => {
  it('reports the broken file, analyses the rest, and exits non-zero', async () => {
    const r = await cli([mixed, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${join(mixed, 'broken.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: PDF_[A-Z_]+: \\S`,
        'm',
      ),
    );
    const doc = statementsDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.statements.map((s) => ('analysis' in s ? 'ok' : s.error.code))).toEqual([
      expect.stringMatching(/^PDF_/),
      'ok',
      'ok',
      'ok',
    ]);
    expect(doc.combined.failed.map((f) => f.file)).toEqual([join(mixed, 'broken.pdf')]);
    expect(doc.combined.groups[0]?.totals.statements).toBe(3);
  }, 120_000);

  it('--csv gives every transaction of the statements that were read, with its file', async () => {
    const r = await cli([mixed, '--csv']);
    expect(r.code).toBe(1);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^file,issuer,card_last4,currency,period_start,period_end,date,/);
    const json = statementsDocumentSchema.parse(JSON.parse((await cli([mixed, '--json'])).stdout));
    const count = json.statements.reduce(
      (s, o) => s + ('analysis' in o ? o.analysis.transactions.length : 0),
      0,
    );
    expect(rows).toHaveLength(count + 1);
    expect(rows.slice(1).every((row) => row.startsWith(join(mixed, 'good-')))).toBe(true);
  }, 120_000);
});
