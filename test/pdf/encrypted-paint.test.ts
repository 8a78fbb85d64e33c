/**
 * Which pages get the exact visibility pass is decided from how pdf.js saw them painted while it read
 * their text (text-paint.ts), after pdf.js has decrypted them: an encrypted statement, whether it
 * opens without a password (an owner password only, as banks send them) or with one, is judged as
 * the same file unencrypted, for each cipher pdfkit writes (RC4 40 and 128 bits, AES-128, AES-256).
 */
import { generateStatement } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';
import { rawLine as line, pdfWithRaw, type RawPdfSecurity } from '../support/raw-pdf.js';

/** A one-page PDF with a visible row, then `raw` operators (PDF's y-up space), plain or encrypted. */
const pdfWith = (raw: (font: string) => string, security?: RawPdfSecurity, compress = true) =>
  pdfWithRaw(raw, { security, compress });

/** The pages read exactly, and the items left out. */
async function judged(pdf: Uint8Array | Buffer, password?: string) {
  const out = await extractText(new Uint8Array(pdf), { maxPages: 5, password });
  return { exactPages: out.exactPages, hidden: out.hidden };
}

const TRICKS: Array<[string, (f: string) => string, boolean]> = [
  ['nothing hidden', (f) => line(f, 500, '01/06 PLAIN 9.00', '0 0 0 rg'), false],
  ['grey text', (f) => line(f, 500, '01/06 GREY 9.00', '0.4 g'), false],
  ['render mode 3', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '3 Tr'), true],
  ['white text', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '1 1 1 rg'), true],
  ['clipped away', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '0 0 10 10 re W n'), true],
  [
    'navy on navy',
    (f) => `0.1 0.2 0.5 rg 40 490 300 20 re f ${line(f, 500, '01/06 HIDDEN 9,999.00', '0.1 0.2 0.5 rg')}`,
    true,
  ],
];
const CIPHERS: Array<[string, RawPdfSecurity['pdfVersion']]> = [
  ['RC4 40-bit (R2)', '1.3'],
  ['RC4 128-bit (R3)', '1.4'],
  ['AES-128 (R4)', '1.7'],
  ['AES-256 (R5)', '1.7ext3'],
];

describe.each(CIPHERS)('an encrypted file, %s', (_cipher, pdfVersion) => {
  test.each(TRICKS)('gets the plain file’s verdict: %s', async (_name, raw, hides) => {
    const plain = await judged(await pdfWith(raw));
    expect(plain.exactPages).toEqual(hides ? [1] : []);
    expect(await judged(await pdfWith(raw, { pdfVersion, ownerPassword: 'owner' }))).toEqual(plain);
    const locked = await pdfWith(raw, { pdfVersion, userPassword: 'user', ownerPassword: 'owner' });
    expect(await judged(locked, 'user')).toEqual(plain);
  });

  test('an uncompressed file too', async () => {
    const white = TRICKS[3]?.[1] as (f: string) => string;
    const clean = TRICKS[0]?.[1] as (f: string) => string;
    const security = { pdfVersion, ownerPassword: 'owner' };
    expect((await judged(await pdfWith(white, security, false))).exactPages).toEqual([1]);
    expect((await judged(await pdfWith(clean, security, false))).exactPages).toEqual([]);
  });
});

test('the hidden line of an owner-password-only file is still left out of the rows', async () => {
  const pdf = await pdfWith(TRICKS[3]?.[1] as (f: string) => string, {
    pdfVersion: '1.4',
    ownerPassword: 'o',
  });
  const out = await extractText(new Uint8Array(pdf), { maxPages: 5 });
  const text = out.lines.map((l) => l.text).join('\n');
  expect(text).toContain('COFFEE SHOP VISIBLE');
  expect(text).not.toContain('HIDDEN');
  expect(out.hidden).toBeGreaterThanOrEqual(1);
});

test('a generated owner-password-only statement skips the exact pass and reads the same rows', async () => {
  const plain = await generateStatement({ layout: 'northwind', seed: 3, pages: 3 });
  const locked = await generateStatement({ layout: 'northwind', seed: 3, pages: 3, ownerPasswordOnly: 'o' });
  expect(Buffer.from(locked.pdf).includes('/Encrypt')).toBe(true);
  const a = await extractText(new Uint8Array(plain.pdf), { maxPages: 5 });
  const b = await extractText(new Uint8Array(locked.pdf), { maxPages: 5 });
  expect(b.exactPages).toEqual([]);
  expect(b.lines).toEqual(a.lines);
  expect(b.hidden).toBe(0);
});

describeCorpus('the real owner-password-only statements of ../shared/corpus', () => {
  test('TD 2019 (RC4 128) needs no exact pass', async () => {
    const out = await extractText(corpusBytes('real-layouts/ca-td-2019/statement.pdf'), { maxPages: 20 });
    expect(out.exactPages).toEqual([]);
    expect(out.hidden).toBe(0);
  });

  test('Chase (RC4 40) prints white text on its first page: that page alone, and its three hidden items', async () => {
    const pdf = corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf');
    const out = await extractText(pdf, { maxPages: 20 });
    expect(out.exactPages).toEqual([1]);
    expect(out.hidden).toBe(3);
  });
});
