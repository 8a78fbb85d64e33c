/**
 * The redactor on real statement layouts from ../shared/corpus (skipped with a note when the corpus
 * is absent): the listed personal data goes, merchant text, amounts and the issuer's lines stay.
 */
import { extractText } from '../../shared/pdf/extract.js';
import { findHolderNames, redactText } from '../../shared/privacy/redact.js';
import { corpusBytes, corpusText, describeCorpus } from '../support/corpus.js';

async function pdfText(rel: string): Promise<string> {
  const extracted = await extractText(corpusBytes(rel), { maxPages: 50 });
  return extracted.lines.map((l) => l.text).join('\n');
}

const squash = (s: string) => s.replace(/\s+/g, '');

describeCorpus('redaction of real statements', () => {
  test('Chase Freedom: every listed personal item goes and all 33 merchant descriptions stay', async () => {
    const expected = JSON.parse(corpusText('zipstack-chase-freedom/expected.json'));
    const text = await pdfText('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf');
    const { text: out, counts } = redactText(text);
    for (const pii of expected.pii as string[]) {
      expect(text).toContain(pii);
      expect(out).not.toContain(pii);
    }
    expect(squash(out)).not.toContain(squash(expected.pii[0]).slice(0, 12));
    expect(out).toContain(`•••• ${expected.cardLast4}`);
    const lost = (expected.transactions as Array<{ description: string }>)
      .map((t) => t.description)
      .filter((d) => !out.includes(d));
    expect(lost).toEqual([]);
    // The issuer's service number and payment box are not personal data.
    expect(out).toContain('1-800-524-3880');
    expect(out).toContain('CAROL STREAM IL 60197-6294');
    // The co-holder line "C PAGE" sits inside the mailing block, so it counts as address; the scan
    // lines (the digit runs at the foot of each page and on the payment slip) count as accounts.
    expect(counts).toMatchObject({ card: 2, name: 2, address: 3, account: 4 });
    expect(out).not.toContain('43323770106074170000500000508429000000002');
  });

  test('SBI Card: the holder found from "TRANSACTIONS FOR" is removed everywhere, merchants stay', async () => {
    const text = await pdfText('paisa-sbi/sbi_cc_monthly.pdf');
    expect(findHolderNames(text)).toContain('MICHAEL SCOTT');
    const { text: out } = redactText(text);
    expect(text).toContain('MICHAEL SCOTT');
    expect(out).not.toContain('MICHAEL SCOTT');
    for (const merchant of [
      'www.olacabs.com',
      'SWIGGY INSTAMART',
      'PAYMENT RECEIVED 000000000ZIC51385749389',
      'Airtel',
    ]) {
      expect(out).toContain(merchant);
    }
    expect(out).toContain('2,42.48');
  });

  test('Bank of America text: the name and address beside the issuer box go, the box stays', () => {
    const dir = 'monopoly/text_fixtures_v2/bank_of_america_credit';
    const text = `${corpusText(`${dir}/page_01.txt`)}\n${corpusText(`${dir}/page_02.txt`)}`;
    const { text: out } = redactText(text);
    for (const pii of ['DIANA CALLOWAY', '76 HARBOR VIEW TER', 'PORTLAND, OR 97217-4410', '4417 88']) {
      expect(text).toContain(pii);
      expect(out).not.toContain(pii);
    }
    expect(out).toContain('P.O. Box 982238');
    expect(out).toContain('El Paso, TX 79998-2238');
    expect(out).toContain('Customer Service: 1.800.555.0175');
    const expected = JSON.parse(corpusText(`${dir}/expected.json`));
    const lost = (expected.transactions as Array<{ description: string }>)
      .map((t) => t.description)
      .filter((d) => !out.includes(d));
    expect(lost).toEqual([]);
  });

  test('Amex text: a statement without personal data comes back unchanged', () => {
    const text = corpusText('monopoly/text_fixtures_v2/amex_credit/page_01.txt');
    expect(redactText(text)).toEqual({ text, counts: {} });
  });
});
