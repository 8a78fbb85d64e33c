import { generateStatement, LAYOUTS, printedAmount } from '../../scripts/statements/index.js';
import { readPdfText, squash } from './pdf-text.js';

describe('generated PDFs read back', () => {
  it.each(LAYOUTS)('%s prints every transaction amount as the layout formats it', async (layout) => {
    const { pdf, expected } = await generateStatement({ layout, seed: 4, transactions: 40 });
    const text = squash((await readPdfText(pdf)).text);
    for (const tx of expected.transactions) {
      expect(text).toContain(printedAmount(layout, tx));
      expect(text).toContain(tx.description);
    }
  });

  it.each(LAYOUTS)('%s prints the planted personal data', async (layout) => {
    const { pdf, expected } = await generateStatement({ layout, seed: 8 });
    const text = squash((await readPdfText(pdf)).text);
    const { pii } = expected;
    const planted = [
      pii.name,
      ...pii.address,
      pii.cardNumber,
      pii.accountNumber,
      pii.email,
      pii.phone,
      ...pii.other,
    ];
    for (const value of planted) if (value !== null) expect(text).toContain(value);
    // The name is repeated on the later pages' headers or footers, not only in the address block.
    expect(text.split(pii.name).length - 1).toBeGreaterThanOrEqual(2);
  });

  it.each(LAYOUTS)('%s prints its issuer and the card last four digits', async (layout) => {
    const { pdf, expected } = await generateStatement({ layout, seed: 12 });
    const text = squash((await readPdfText(pdf)).text).toLowerCase();
    expect(text).toContain((expected.issuer as string).toLowerCase().split(' ')[0]);
    expect(text).toContain(expected.cardLast4);
  });
});

describe('determinism', () => {
  it.each(LAYOUTS)('%s gives identical bytes for the same options', async (layout) => {
    const a = await generateStatement({ layout, seed: 31, transactions: 30 });
    const b = await generateStatement({ layout, seed: 31, transactions: 30 });
    expect(Buffer.compare(a.pdf, b.pdf)).toBe(0);
    expect(b.expected).toEqual(a.expected);
  });

  it('gives different statements for different seeds', async () => {
    const a = await generateStatement({ layout: 'albion', seed: 1 });
    const b = await generateStatement({ layout: 'albion', seed: 2 });
    expect(Buffer.compare(a.pdf, b.pdf)).not.toBe(0);
    expect(b.expected.transactions).not.toEqual(a.expected.transactions);
  });

  it('gives identical bytes for an encrypted statement with the same options', async () => {
    const a = await generateStatement({ layout: 'northwind', seed: 3, userPassword: 'pw-123' });
    const b = await generateStatement({ layout: 'northwind', seed: 3, userPassword: 'pw-123' });
    expect(Buffer.compare(a.pdf, b.pdf)).toBe(0);
  });
});

describe('encryption', () => {
  it('needs the user password to open, and opens with it', async () => {
    const { pdf, expected } = await generateStatement({
      layout: 'rheinland',
      seed: 5,
      userPassword: 'geheim',
    });
    await expect(readPdfText(pdf)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(readPdfText(pdf, 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const { text } = await readPdfText(pdf, 'geheim');
    expect(squash(text)).toContain(expected.pii.cardNumber);
    expect(pdf.toString('latin1')).toMatch(/\/Encrypt/);
  });

  it('opens without a password when only an owner password is set', async () => {
    const { pdf, expected } = await generateStatement({
      layout: 'saffron',
      seed: 5,
      ownerPasswordOnly: 'owner',
    });
    expect(pdf.toString('latin1')).toMatch(/\/Encrypt/);
    const { text } = await readPdfText(pdf);
    expect(squash(text)).toContain(expected.pii.email as string);
  });

  it('uses AES (a V5 security handler)', async () => {
    const { pdf } = await generateStatement({ layout: 'meridian', seed: 5, userPassword: 'x' });
    expect(pdf.toString('latin1')).toMatch(/\/V 5/);
  });
});
