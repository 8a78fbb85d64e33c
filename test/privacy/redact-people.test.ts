/** Emails, phones, the holder's name and mailing address: removed; issuer lines and merchants stay. */
import { findHolderNames, redactText } from '../../shared/privacy/redact.js';

describe('emails and phones', () => {
  it('removes email addresses', () => {
    const { text, counts } = redactText('Email: jane.doe+cc@example.co.uk  Mobile: (512) 555-0142');
    expect(text).toBe('Email: [EMAIL]  Mobile: [PHONE]');
    expect(counts).toEqual({ email: 1, phone: 1 });
  });

  it.each([
    ['international', 'Phone: +49 151 1234 5678', 'Phone: [PHONE]'],
    ['Indian mobile', 'Mobile: +91 98765 43210', 'Mobile: [PHONE]'],
    ['UK mobile', 'Mobile 07700 900123', 'Mobile [PHONE]'],
    ['UK landline', 'Home 020 7946 0958', 'Home [PHONE]'],
    ['US dotted', 'Tel 512.555.0142 evenings', 'Tel [PHONE] evenings'],
    ['bare digits after a label', 'Mobile: 9876543210', 'Mobile: [PHONE]'],
  ])('removes a personal %s number', (_kind, input, output) => {
    expect(redactText(input).text).toBe(output);
  });

  it.each([
    'Customer Service: 1-800-524-3880',
    'Customer Care: 1-800-555-0188',
    'Questions? Call Member Services at 1-888-555-0123',
    'Customer Services 0800 123 4567',
    'Helpline 1800 180 1290',
    'International 1-302-594-8200',
  ])('keeps the issuer service number in %j', (input) => {
    expect(redactText(input).text).toBe(input);
  });

  it('keeps merchant phone numbers inside transaction rows', () => {
    for (const row of [
      '01/23  UALR REMOTE PAY 501-569-3202 AR  2,163.19',
      '01/04  LARRY HOPKINS HONDA 7074304151 CA  265.40',
      '01/05  USPS PO 0545640143 LOS ALTOS CA  15.60',
    ]) {
      expect(redactText(row).text).toBe(row);
    }
  });
});

describe('findHolderNames', () => {
  it('finds the name lines above the street line of the mailing block', () => {
    const text = 'AUTOPAY IS ON\nLARRY PAGE\nC PAGE\n24917 KEYSTONE AVE\nLOS ANGELES CA 97015-5505';
    expect(findHolderNames(text)).toEqual(['C PAGE', 'LARRY PAGE']);
  });

  it('finds the name beside an issuer column', () => {
    const text = [
      '  DIANA CALLOWAY                     P.O. Box 982238',
      '  76 HARBOR VIEW TER                 El Paso, TX 79998-2238',
      '  PORTLAND, OR 97217-4410',
    ].join('\n');
    expect(findHolderNames(text)).toEqual(['DIANA CALLOWAY']);
  });

  it.each([
    ['TRANSACTIONS FOR MICHAEL SCOTT', 'MICHAEL SCOTT'],
    ['Cardholder: Priya Sharma', 'Priya Sharma'],
    ['Name: ROHAN KULKARNI', 'ROHAN KULKARNI'],
    ['Dear Mr. Oliver Bennett,', 'Oliver Bennett'],
    ['Prepared for\nDANIEL WHITAKER', 'DANIEL WHITAKER'],
  ])('finds the name in %j', (text, name) => {
    expect(findHolderNames(text)).toEqual([name]);
  });

  it('finds an add-on holder whose card heading shares a line with a row of the table beside it', () => {
    const text = [
      'Primary Card: MARCUS O’NEILL - XXXX 2815  5 Nov 2026  AMZN Mktp US*P1GKE4221  108.14',
      "Additional Card: REBECCA O'NEILL - XXXX 3327  30 Nov 2026  Statement Balance  3,555.55",
      '6 Nov 2026  CARD FEE - ANNUAL  95.00',
    ].join('\n');
    expect(findHolderNames(text)).toEqual(['MARCUS O’NEILL', "REBECCA O'NEILL"]);
    expect(redactText(text).text).not.toMatch(/REBECCA|MARCUS/);
  });

  it('removes a city line whose postcode stands apart, with a summary printed beside it', () => {
    const text = [
      'Mr. Liam Gagnon  Summary of Account Activity',
      '2689 Bloor St W',
      'HALIFAX NS  N5L 3M0  Previous Balance  New Purchases',
      '0.00 CAD  4,434.79 CAD',
    ].join('\n');
    const out = redactText(text).text;
    expect(out).not.toMatch(/HALIFAX|N5L|Bloor|Gagnon/);
    expect(out).toContain('Previous Balance  New Purchases');
  });

  it('ignores headings, issuer blocks and placeholders', () => {
    const text = [
      'TOTAL PAYMENTS AND OTHER CREDITS FOR THIS PERIOD',
      'Merchant Name or Transaction Description',
      'Dear Cardmember,',
      'CARDMEMBER SERVICE',
      'PO BOX 6294',
      'CAROL STREAM IL 60197-6294',
      'Total of New Transactions for CARDHOLDER NAME',
    ].join('\n');
    expect(findHolderNames(text)).toEqual([]);
  });
});

describe('names and addresses', () => {
  it('removes the whole US mailing block and the name wherever it recurs', () => {
    const text = [
      'MARIA DELGADO',
      '1346 CEDAR BLUFF RD',
      'SEATTLE WA 98103-1015  NORTHWIND CARD SERVICES',
      'MARIA DELGADO  Page 1 of 2  Statement Date: 03/17/24',
      'Delgado, Maria  ·  Dear Ms Delgado',
    ].join('\n');
    const { text: out, counts } = redactText(text);
    expect(out).toBe(
      [
        '[NAME]',
        '[ADDRESS]',
        '[ADDRESS]  NORTHWIND CARD SERVICES',
        '[NAME]  Page 1 of 2  Statement Date: 03/17/24',
        '[NAME]  ·  Dear Ms [NAME]',
      ].join('\n'),
    );
    expect(counts).toEqual({ name: 4, address: 2 });
  });

  it.each([
    ['UK', 'Mr Oliver Bennett\nFlat 3, 45 Albert Road\nBRISTOL\nBS6 5QT'],
    ['German', 'Lukas Hoffmann\nLindenstraße 12\n50674 Köln'],
    ['German (Am …)', 'Anna Schneider\nAm Stadtgarten 7\n10437 Berlin'],
    ['Indian', 'PRIYA SHARMA\nFlat 804, Prestige Lakeside\n14th Cross, Indiranagar\nBengaluru 560038'],
    ['P.O. box of the holder', 'JANE Q PUBLIC\nP.O. Box 1234\nSPRINGFIELD IL 62701'],
  ])('removes a %s address block', (_kind, text) => {
    const out = redactText(text).text;
    expect(out.replace(/\[NAME\]|\[ADDRESS\]|Mr |\n/g, '')).toBe('');
  });

  it('keeps the issuer P.O. box and city lines', () => {
    const text =
      'CARDMEMBER SERVICE\nPO BOX 6294\nCAROL STREAM IL 60197-6294\nSend Inquiries to:\nP.O. Box 15298';
    expect(redactText(text).text).toBe(text);
  });

  it('removes names given as hints, in any case', () => {
    const { text } = redactText('Statement for jane public, ref 12', { names: ['JANE PUBLIC'] });
    expect(text).toBe('Statement for [NAME], ref 12');
  });

  it('leaves merchants that share a first name with the holder', () => {
    const row = '01/04  LARRY HOPKINS HONDA 7074304151 CA  265.40';
    expect(
      redactText(`LARRY PAGE\n24917 KEYSTONE AVE\nLOS ANGELES CA 97015\n${row}`).text.split('\n')[3],
    ).toBe(row);
  });
});

describe('transaction descriptions on their own', () => {
  it('keeps merchant numbers but removes the holder and card numbers when told the text is descriptions', () => {
    const descriptions = [
      'UALR REMOTE PAY 501-569-3202 AR',
      'UNITED 1875268534386',
      'LARRY HOPKINS HONDA 7074304151 CA',
      'PAYPAL *LARRY PAGE',
      'REFUND TO 4111 1111 1111 1111',
    ].join('\n');
    const { text } = redactText(descriptions, { names: ['LARRY PAGE'], transactions: true });
    expect(text.split('\n')).toEqual([
      'UALR REMOTE PAY 501-569-3202 AR',
      'UNITED 1875268534386',
      'LARRY HOPKINS HONDA 7074304151 CA',
      'PAYPAL *[NAME]',
      'REFUND TO •••• 1111',
    ]);
  });

  it('treats a lone description as statement text by default (no row context)', () => {
    expect(redactText('UALR REMOTE PAY 501-569-3202 AR').text).toBe('UALR REMOTE PAY [PHONE] AR');
  });
});

describe('text outside personal data', () => {
  it('returns text without personal data unchanged and counts nothing', () => {
    const text = '01/07  AMZN Mktp US*RT4G124P0 Amzn.com/bill WA  6.53\nNew Balance  $5,084.29\n';
    expect(redactText(text)).toEqual({ text, counts: {} });
  });
});
