import { extractText } from '../../shared/pdf/extract.js';
import { parseStatement } from '../../shared/statement/parse.js';
import type { ParsedStatement } from '../../shared/statement/types.js';
import { corpusBytes, corpusText, describeCorpus } from '../support/corpus.js';
import { MONEY_FIELDS, TEXT_FIELDS } from '../support/summary-fields.js';

async function parseCorpus(rel: string, password?: string): Promise<ParsedStatement> {
  const extracted = await extractText(corpusBytes(rel), { password, maxPages: 50 });
  return parseStatement(extracted.lines);
}

const cents = (major: number) => Math.round(major * 100);
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

describeCorpus('real statements from ../shared/corpus', () => {
  test('the Chase Freedom statement matches every field of its expected.json and all 33 transactions', async () => {
    const expected = JSON.parse(corpusText('zipstack-chase-freedom/expected.json'));
    const p = await parseCorpus('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf');
    const s = p.summary;
    for (const key of TEXT_FIELDS) {
      expect([key, s[key]]).toEqual([key, expected[key]]);
    }
    for (const key of MONEY_FIELDS) {
      expect([key, s[key]]).toEqual([key, cents(expected[key])]);
    }
    expect(s.apr).toEqual({ purchase: 19.99, cashAdvance: 29.99 });
    expect(p.transactions).toHaveLength(33);
    const got = p.transactions.map((t) => ({
      date: t.date,
      description: t.description,
      amount: t.amount,
      type: t.type,
    }));
    const want = expected.transactions.map(
      (t: { date: string; description: string; amount: number; type: string }) => ({
        date: t.date,
        description: t.description,
        amount: cents(t.amount),
        type: t.type,
      }),
    );
    expect(got).toEqual(want);
    expect(p.checks.reconciled).toBe(true);
    expect(p.checks.details.every((d) => d.ok)).toBe(true);
  });

  test("the Chase Freedom statement's printed minimum-payment warning is read", async () => {
    const p = await parseCorpus('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf');
    expect(p.summary.minimumPaymentWarning).toEqual({ years: 15, months: null, totalCost: 1212800 });
  });

  test("the SBI statement's 30 transactions match its ledger, and its edited summary does not reconcile", async () => {
    const ledger = corpusText('paisa-sbi/expected_monthly.ledger');
    const want: Array<{ date: string; description: string; amount: number }> = [];
    const re = /^(\d{4})\/(\d{2})\/(\d{2}) (.+)\n\s+\S+\s+(-?[\d,]+\.\d{2}) INR/gm;
    for (const m of ledger.matchAll(re)) {
      want.push({
        date: `${m[1]}-${m[2]}-${m[3]}`,
        description: m[4] ?? '',
        amount: cents(Number((m[5] ?? '').replace(/,/g, ''))),
      });
    }
    expect(want).toHaveLength(30);
    const p = await parseCorpus('paisa-sbi/sbi_cc_monthly.pdf');
    expect(p.summary.currency).toBe('INR');
    const got = p.transactions.map((t) => ({
      date: t.date,
      description: squash(t.description),
      amount: t.amount,
    }));
    expect(got).toEqual(want.map((w) => ({ ...w, description: squash(w.description) })));
    expect(p.checks.reconciled).toBe(false);
  });

  test("the OCBC-style example's 52 transactions match its CSV (whose signs are reversed) and add up to the amount due", async () => {
    const rows = corpusText('monopoly/example/expected_transformed.csv').trim().split('\n').slice(1);
    const want = rows
      .map((r) => /^(\d{4}-\d{2}-\d{2}),(.*),(-?[\d.]+)$/.exec(r))
      .filter((m): m is RegExpExecArray => m !== null && m[2] !== "LAST MONTH'S BALANCE")
      .map((m) => ({ date: m[1], description: squash(m[2] ?? ''), amount: -cents(Number(m[3])) }));
    expect(want).toHaveLength(52);
    const p = await parseCorpus('monopoly/example/example_statement.pdf');
    const got = p.transactions.map((t) => ({
      date: t.date,
      description: squash(t.description),
      amount: t.amount,
    }));
    expect(got).toEqual(want);
    expect(p.summary.previousBalance).toBe(41216);
    expect(p.summary.newBalance).toBe(70210);
    expect(p.summary.currency).toBe('SGD');
    expect(p.checks.reconciled).toBe(true);
  });

  test('the password-protected fixture asks for its password, rejects a wrong one and opens with the right one', async () => {
    const rel = 'monopoly/fixtures/protected_pw-foobar123.pdf';
    await expect(extractText(corpusBytes(rel), { maxPages: 5 })).rejects.toMatchObject({
      code: 'PDF_ENCRYPTED',
    });
    await expect(extractText(corpusBytes(rel), { maxPages: 5, password: 'nope' })).rejects.toMatchObject({
      code: 'PDF_BAD_PASSWORD',
    });
    // The right password opens it; the page is blank, so the next complaint is the missing text layer.
    await expect(extractText(corpusBytes(rel), { maxPages: 5, password: 'foobar123' })).rejects.toMatchObject(
      {
        code: 'PDF_NO_TEXT',
      },
    );
  });

  test('the blank 4-page fixture is reported as having no text layer', async () => {
    await expect(
      extractText(corpusBytes('monopoly/fixtures/4_pages_blank_no_text.pdf'), { maxPages: 5 }),
    ).rejects.toMatchObject({
      code: 'PDF_NO_TEXT',
    });
  });

  test('a page limit below the page count is refused before any text is read', async () => {
    await expect(
      extractText(corpusBytes('paisa-sbi/sbi_cc_monthly.pdf'), { maxPages: 3 }),
    ).rejects.toMatchObject({
      code: 'PDF_TOO_MANY_PAGES',
    });
  });
});
