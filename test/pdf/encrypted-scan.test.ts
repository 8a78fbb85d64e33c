/**
 * The hiding scan reads an encrypted file that opens without a password (an owner password only, as
 * banks send statements) as it reads a plain one: the same verdict for every way of hiding text, for
 * each cipher pdfkit writes (RC4 40 and 128 bits, AES-128, AES-256). A file that needs a password, or
 * whose encryption the scan cannot undo, still gets the exact pass.
 */
import { generateStatement } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { mayHideText } from '../../shared/pdf/hiding-scan.js';
import { streamDecryptor } from '../../shared/pdf/stream-decrypt.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';
import { rawLine as line, pdfWithRaw, type RawPdfSecurity } from '../support/raw-pdf.js';

/** A one-page PDF with a visible row, then `raw` operators (PDF's y-up space), plain or encrypted. */
const pdfWith = (raw: (font: string) => string, security?: RawPdfSecurity, compress = true) =>
  pdfWithRaw(raw, { security, compress });

const TRICKS: Array<[string, (f: string) => string]> = [
  ['nothing hidden', (f) => line(f, 500, '01/06 PLAIN 9.00', '0 0 0 rg')],
  ['grey text', (f) => line(f, 500, '01/06 GREY 9.00', '0.4 g')],
  ['render mode 3', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '3 Tr')],
  ['white text', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '1 1 1 rg')],
  ['clipped away', (f) => line(f, 500, '01/06 HIDDEN 9,999.00', '0 0 10 10 re W n')],
  [
    'navy on navy',
    (f) => `0.1 0.2 0.5 rg 40 490 300 20 re f ${line(f, 500, '01/06 HIDDEN 9,999.00', '0.1 0.2 0.5 rg')}`,
  ],
];
const CIPHERS: Array<[string, RawPdfSecurity['pdfVersion']]> = [
  ['RC4 40-bit (R2)', '1.3'],
  ['RC4 128-bit (R3)', '1.4'],
  ['AES-128 (R4)', '1.7'],
  ['AES-256 (R5)', '1.7ext3'],
];

describe.each(CIPHERS)('an owner-password-only file, %s', (_cipher, pdfVersion) => {
  test.each(TRICKS)('gets the plain file’s verdict: %s', async (_name, raw) => {
    const plain = await pdfWith(raw);
    const locked = await pdfWith(raw, { pdfVersion, ownerPassword: 'owner' });
    expect(streamDecryptor(locked)).not.toBeNull();
    expect(mayHideText(locked)).toBe(mayHideText(plain));
  });

  test('an uncompressed file too', async () => {
    const raw = TRICKS[3]?.[1] as (f: string) => string;
    expect(mayHideText(await pdfWith(raw, { pdfVersion, ownerPassword: 'owner' }, false))).toBe(true);
    const clean = TRICKS[0]?.[1] as (f: string) => string;
    expect(mayHideText(await pdfWith(clean, { pdfVersion, ownerPassword: 'owner' }, false))).toBe(false);
  });

  test('a file that needs a password always gets the exact pass', async () => {
    const locked = await pdfWith(TRICKS[0]?.[1] as (f: string) => string, {
      pdfVersion,
      userPassword: 'user',
      ownerPassword: 'owner',
    });
    expect(streamDecryptor(locked)).toBeNull();
    expect(mayHideText(locked)).toBe(true);
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
  expect(mayHideText(new Uint8Array(locked.pdf))).toBe(false);
  const a = await extractText(new Uint8Array(plain.pdf), { maxPages: 5 });
  const b = await extractText(new Uint8Array(locked.pdf), { maxPages: 5 });
  expect(b.lines).toEqual(a.lines);
  expect(b.hidden).toBe(0);
});

test('an encryption dictionary the scan does not know gets the exact pass', () => {
  const pdf = (enc: string) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj\n${enc}\nendobj\ntrailer\n<< /Encrypt 1 0 R /ID [<00> <00>] >>\n`,
      'latin1',
    );
  expect(mayHideText(pdf('<< /Filter /Adobe.PubSec /V 4 /R 4 >>'))).toBe(true);
  expect(mayHideText(pdf('<< /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>'))).toBe(true);
  expect(mayHideText(pdf('<< /Filter /Standard'))).toBe(true);
});

describeCorpus('the real owner-password-only statements of ../shared/corpus', () => {
  test('TD 2019 (RC4 128) needs no exact pass, and the exact pass finds nothing hidden there', async () => {
    const pdf = corpusBytes('real-layouts/ca-td-2019/statement.pdf');
    expect(streamDecryptor(Buffer.from(pdf))).not.toBeNull();
    expect(mayHideText(pdf)).toBe(false);
    expect((await extractText(pdf, { maxPages: 20 })).hidden).toBe(0);
  });

  test('Chase (RC4 40) prints white text, so it keeps the exact pass and its three hidden items', async () => {
    const pdf = corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf');
    expect(streamDecryptor(Buffer.from(pdf))).not.toBeNull();
    expect(mayHideText(pdf)).toBe(true);
    expect((await extractText(pdf, { maxPages: 20 })).hidden).toBe(3);
  });
});
