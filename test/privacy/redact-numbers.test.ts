/** Card numbers, IBANs, SSNs and labelled account numbers: removed in every printed form. */
import { luhnValid } from '../../shared/privacy/pan.js';
import { redactText } from '../../shared/privacy/redact.js';

const digits = (s: string) => s.replace(/\D/g, '');

describe('card numbers', () => {
  it.each([
    ['grouped by spaces', 'Account Number: 4342 3780 1050 7320', '7320'],
    ['grouped by dashes', 'Card no. 4342-3780-1050-7320 valid', '7320'],
    ['bare', 'Reference for payments: 4342378010507320', '7320'],
    ['split across lines', 'Account Number: 4342 3780\n1050 7320', '7320'],
    ['split across cells', 'Account number:  4342 3780  1050 7320  Amount', '7320'],
    ['with no-break spaces', 'Card 4342\u00a03780\u00a01050\u00a07320', '7320'],
    ['with zero-width characters', 'Card 4342\u200b3780\u200c1050\u200d7320', '7320'],
    ['in full-width digits', 'Card ４３４２ ３７８０ １０５０ ７３２０', '7320'],
    ['Amex 4-6-5', 'Account Number  3782 822463 10005', '0005'],
    ['Amex split across lines', 'Card 3782 822463\n10005', '0005'],
    ['Mastercard 2-series', 'Card number 2221 0012 3412 3456', '3456'],
    ['19 digits', 'Card 6011 0009 9013 9420 007', '0007'],
    ['Luhn-invalid', 'Account Number: 4342 3780 1050 7321', '7321'],
    ['glued to letters when Luhn-valid', 'REF4111111111111111 OK', '1111'],
    ['after a colon without a space', 'Card:4342378010507320', '7320'],
    ['split oddly across text items', 'Card 434237 8010507320', '7320'],
  ])('removes a card number %s and keeps at most the last four digits', (_name, input, last) => {
    const { text, counts } = redactText(input);
    expect(counts.card).toBe(1);
    expect(text).toContain(`•••• ${last.slice(-4)}`);
    // No run of 5+ digits of the card survives anywhere (in any spacing or width).
    const before = digits(input.normalize('NFKC'));
    const after = digits(text.normalize('NFKC'));
    expect(after.length).toBeLessThanOrEqual(before.length - 9);
    expect(after).not.toContain(before.slice(0, 6));
  });

  it('keeps everything else in the line byte for byte', () => {
    const input = 'Account Number:\u00a04342 3780 1050 7320 — Previous Balance $4,233.99 on 01/04/24';
    const { text } = redactText(input);
    expect(text).toBe('Account Number:\u00a0•••• 7320 — Previous Balance $4,233.99 on 01/04/24');
  });

  it('reduces a partly masked number that still shows its issuer prefix', () => {
    const { text, counts } = redactText('Account Number                4417 88XX XXXX 2031');
    expect(text).toBe('Account Number                •••• 2031');
    expect(counts.card).toBe(1);
  });

  it('leaves a number already masked to the last four alone', () => {
    const input = 'Account Number: XXXX XXXX XXXX 2031';
    expect(redactText(input)).toEqual({ text: input, counts: {} });
  });

  it('removes every copy of a found card number, even with other spacing', () => {
    const { text } = redactText('Card 4342 3780 1050 7320\nCoupon 434237801050 7320 ref');
    expect(digits(text)).not.toContain('434237801050');
  });

  it.each([
    ['amounts', 'Previous Balance  $1,234.56  Payments  -1,234,567.89  New Balance  12,345.67'],
    ['dates', 'Opening/Closing Date 01/04/24 - 02/03/24  Due 2024-02-28  Statement 03.02.2024'],
    ['dates and times in long form', 'Printed 2024/02/03 1230:45 0900/1730 2024-02-03 12:30:45'],
    ['short references', 'PAYMENT RECEIVED 000000000ZIC51385749389  774.00'],
    ['store and phone numbers in merchant rows', '01/09  COSTCO WHSE #0143 MOUNTAIN VIEW CA  75.57'],
    ['ticket numbers in merchant rows', '03/16  UNITED 1875268534386  190.42'],
    ['a calendar', '18 19 20 21 22 23 24\n25 26 27 28 29 1 2'],
    ['two phone numbers on consecutive lines', 'Customer Service 1-800-524-3880\nSpanish 1-888-446-3308'],
    ['a 20-digit scan line', '0000001 FIS33339 D 12  03410000120003494201'],
  ])('does not take %s for a card number', (_name, input) => {
    expect(redactText(input).counts.card).toBeUndefined();
  });

  it('keeps a four-digit card ending printed beside an amount', () => {
    const row = '08/17  BALANCE TRANSFER FROM ACCT ENDING 1591  1,700.00';
    expect(redactText(row).text).toBe(row);
  });

  it('checks Luhn the standard way', () => {
    expect(luhnValid('4342378010507320')).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
  });
});

describe('IBANs', () => {
  it('removes a valid bare IBAN, grouped or compact', () => {
    for (const iban of ['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432']) {
      const { text, counts } = redactText(`Pay to ${iban} by Friday`);
      expect(text).toBe('Pay to [IBAN] by Friday');
      expect(counts.iban).toBe(1);
    }
  });

  it('leaves an IBAN-shaped code that fails mod-97 unless an IBAN label precedes it', () => {
    expect(redactText('Product DE00 3704 0044 0532 0130 00 shipped').counts.iban).toBeUndefined();
    expect(redactText('IBAN: DE00 3704 0044 0532 0130 00').text).toBe('IBAN: [IBAN]');
  });
});

describe('account and reference numbers', () => {
  it.each([
    ['Account Number: 1234567890', 'Account Number: [ACCOUNT]'],
    ['Acct No 00012-3456', 'Acct No [ACCOUNT]'],
    ['Account no.  1234 5678 90  Due', 'Account no.  [ACCOUNT]  Due'],
    ['Customer ID: AB123456', 'Customer ID: [ACCOUNT]'],
    ['Reference: 99887766', 'Reference: [ACCOUNT]'],
    ['Reference 0099887766', 'Reference [ACCOUNT]'],
    ['Member Number: 123456789', 'Member Number: [ACCOUNT]'],
    ['STMT No. : A23123456789', 'STMT No. : [ACCOUNT]'],
  ])('removes the value after its label in %j', (input, output) => {
    expect(redactText(input).text).toBe(output);
  });

  it('removes the same account number where it recurs without its label', () => {
    const { text } = redactText('Member Number: 123456789\nJANE DOE · Member 123456789 · Card ending 1234');
    expect(text).not.toContain('123456789');
    expect(text).toContain('Card ending 1234');
  });

  it('reduces a card ending that shows more than four digits', () => {
    const { text } = redactText('Account Ending  5-12345');
    expect(text).not.toContain('5-12345');
    expect(text).toContain('2345');
  });

  it('leaves prose and headings that contain the word account', () => {
    for (const input of [
      'deducted from your Pay From account and credited on your due date',
      'Account Summary',
      'Reference Number  Account Number  Amount  Total',
      'Your account 2024 review',
    ]) {
      expect(redactText(input).counts.account).toBeUndefined();
    }
  });
});

describe('US Social Security numbers', () => {
  it('removes dashed SSNs and labelled bare ones', () => {
    expect(redactText('SSN 123-45-6789 on file').text).toBe('SSN [SSN] on file');
    expect(redactText('Social Security Number: 123456789').text).toBe('Social Security Number: [SSN]');
  });

  it('leaves impossible area numbers alone', () => {
    expect(redactText('Code 000-12-3456').counts.ssn).toBeUndefined();
  });
});
