/**
 * Only visible text counts (issue 18, failure 6): a line in render mode 3, clipped away, off the
 * page, or in the colour of what lies beneath is left out of the rows and counted; white text on a
 * dark bar (a table heading) stays. Documents are drawn with pdfkit here, the hidden parts written
 * as raw content-stream operators, as a forger would.
 */
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { analyzeStatement } from '../../shared/analyze.js';
import { silentLogger } from '../../shared/log.js';
import { extractText } from '../../shared/pdf/extract.js';
import { createExtractionPool } from '../../shared/worker/pool.js';
import { builtWorkerUrl, removeBuiltWorker } from '../support/built-worker.js';
import { rawLine as line, pdfWithRaw, VISIBLE_ROW } from '../support/raw-pdf.js';

afterAll(removeBuiltWorker);

/**
 * A one-page PDF with a visible row and balances, then `raw` operators (in PDF's own y-up
 * coordinates); graphics states /Gs1 and /Gs2 set fill opacities 0 and 0.5.
 */
const pdfWith = (raw: (font: string) => string) =>
  pdfWithRaw(raw, {
    texts: [VISIBLE_ROW, 'Previous balance 100.00 New balance 104.50'],
    opacities: [0, 0.5],
  });

async function rows(pdf: Buffer) {
  const out = await extractText(new Uint8Array(pdf), { maxPages: 5 });
  return { text: out.lines.map((l) => l.text).join('\n'), hidden: out.hidden };
}

test.each([
  ['render mode 3 (invisible)', (f: string) => line(f, 500, '01/06 HIDDEN INVISIBLE 9,999.00', '3 Tr')],
  ['white on the white page', (f: string) => line(f, 500, '01/06 HIDDEN WHITE 9,999.00', '1 1 1 rg')],
  ['clipped away', (f: string) => line(f, 500, '01/06 HIDDEN CLIPPED 9,999.00', '0 0 10 10 re W n')],
  ['fully transparent (/ca 0)', (f: string) => line(f, 500, '01/06 HIDDEN TRANSPARENT 9,999.00', '/Gs1 gs')],
  ['at 0.5 pt', (f: string) => `BT /${f} 0.5 Tf 50 500 Td (01/06 HIDDEN TINY 9,999.00) Tj ET`],
  ['at a zero font size', (f: string) => `BT /${f} 0 Tf 50 500 Td (01/06 HIDDEN ZERO 9,999.00) Tj ET`],
  [
    'navy on a navy box',
    (f: string) =>
      `0.1 0.2 0.5 rg 40 490 300 20 re f ${line(f, 500, '01/06 HIDDEN NAVY 9,999.00', '0.1 0.2 0.5 rg')}`,
  ],
  ['outside the page box', (f: string) => line(f, 500, '01/06 HIDDEN OFFPAGE 9,999.00', '1 0 0 1 700 0 cm')],
])('leaves out a line drawn %s, and counts it', async (_name, raw) => {
  const { text, hidden } = await rows(await pdfWith(raw));
  expect(text).toContain('COFFEE SHOP VISIBLE');
  expect(text).not.toContain('HIDDEN');
  expect(text).not.toContain('9,999.00');
  // pdf.js itself drops text far outside the page; what it keeps there is counted by us.
  if (!_name.startsWith('outside')) expect(hidden).toBeGreaterThanOrEqual(1);
});

test('keeps white text on a dark bar, and black text over a light box', async () => {
  const pdf = await pdfWith(
    (f) =>
      `0.1 0.2 0.5 rg 40 490 300 20 re f ${line(f, 500, 'TRANSACTIONS WHITE ON NAVY', '1 1 1 rg')} ` +
      `0.9 0.9 0.9 rg 40 440 300 20 re f ${line(f, 450, 'TOTAL ON GREY 4.50', '0 0 0 rg')} ` +
      `${line(f, 400, 'HALF TRANSPARENT 7.00', '/Gs2 gs')} ${line(f, 380, 'OUTLINED 8.00', '/Gs1 gs 1 Tr')}`,
  );
  const { text, hidden } = await rows(pdf);
  expect(text).toContain('TRANSACTIONS WHITE ON NAVY');
  expect(text).toContain('TOTAL ON GREY 4.50');
  // Half-transparent text is faint, not hidden; an outline is stroked, whatever the fill opacity.
  expect(text).toContain('HALF TRANSPARENT 7.00');
  expect(text).toContain('OUTLINED 8.00');
  expect(hidden).toBe(0);
});

test('the exact pass runs where the text pass saw text painted so that it may hide', async () => {
  const exact = async (pdf: Buffer) =>
    (await extractText(new Uint8Array(pdf), { maxPages: 5 })).exactPages.length > 0;
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '3 Tr')))).toBe(true);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '/Gs1 gs')))).toBe(true);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '/Gs2 gs')))).toBe(false);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '1 1 1 rg')))).toBe(true);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '0 0 0 0 k')))).toBe(true);
  expect(
    await exact(await pdfWith((f) => `0 0 1 rg 40 490 300 20 re f ${line(f, 500, 'x', '0 0 1 rg')}`)),
  ).toBe(true);
  // Coloured text on the page (grey, blue headings) is visible: it does not cost the exact pass.
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '0 0 1 rg')))).toBe(false);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '0 0 0 rg')))).toBe(false);
  expect(await exact(await pdfWith((f) => line(f, 500, 'x', '0 0 0 1 k')))).toBe(false);
});

test.each(LAYOUTS)('hides nothing of a generated "%s" statement', async (layout) => {
  const { pdf } = await generateStatement({ layout, seed: 7 });
  const out = await extractText(new Uint8Array(pdf), { maxPages: 20 });
  expect(out.hidden).toBe(0);
});

describe('the count reaches the Analysis meta', () => {
  const config = { MAX_UPLOAD_BYTES: 16 << 20, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 };
  const twoHidden = () =>
    pdfWith(
      (f) =>
        `${line(f, 500, '01/06 HIDDEN INVISIBLE 9,999.00', '3 Tr')} ` +
        `${line(f, 480, '01/07 HIDDEN WHITE 8,888.00', '1 1 1 rg')}`,
    );

  test('read in this thread', async () => {
    const pdf = await twoHidden();
    const counted = (await rows(pdf)).hidden;
    expect(counted).toBeGreaterThanOrEqual(2);
    const a = await analyzeStatement(
      { pdf: new Uint8Array(pdf), mode: 'local' },
      { config, logger: silentLogger },
    );
    expect(a.meta.hiddenText).toBe(counted);
    expect(JSON.stringify(a.transactions)).not.toContain('HIDDEN');
    const clean = await pdfWith(() => '');
    const b = await analyzeStatement(
      { pdf: new Uint8Array(clean), mode: 'local' },
      { config, logger: silentLogger },
    );
    expect(b.meta.hiddenText).toBe(0);
  });

  test('read in a worker of the pool', async () => {
    const pool = createExtractionPool({ size: 1, timeoutMs: 20_000, workerUrl: await builtWorkerUrl() });
    try {
      const pdf = await twoHidden();
      const counted = (await rows(pdf)).hidden;
      const a = await analyzeStatement(
        { pdf: new Uint8Array(pdf), mode: 'local' },
        { config, logger: silentLogger, read: pool.read },
      );
      expect(counted).toBeGreaterThanOrEqual(2);
      expect(a.meta.hiddenText).toBe(counted);
    } finally {
      await pool.close();
    }
  });
});
