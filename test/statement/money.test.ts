import { formatCents, parseAmount, signedCents } from '../../shared/statement/money.js';

describe('parseAmount reads printed amounts into integer cents', () => {
  test.each([
    ['1,234.56', 123456, 0, null],
    ['1.234,56', 123456, 0, null],
    ['1,23,456.78', 12345678, 0, null],
    ['$5,084.29', 508429, 0, 'USD'],
    ['+$5,084.29', 508429, 1, 'USD'],
    ['-$4,233.99', 423399, -1, 'USD'],
    ['$-45.00', 4500, -1, 'USD'],
    ['-45.00', 4500, -1, null],
    ['45.00 CR', 4500, -1, null],
    ['45.00Cr', 4500, -1, null],
    ['(45.00)', 4500, -1, null],
    ['45,00-', 4500, -1, null],
    ['45.00 DR', 4500, 1, null],
    ['774.00 C', 77400, -1, null],
    ['£1,000.00', 100000, 0, 'GBP'],
    ['€1.234,56', 123456, 0, 'EUR'],
    ['1.234,56 €', 123456, 0, 'EUR'],
    ['₹1,23,456.78', 12345678, 0, 'INR'],
    ['INR 2,500.00', 250000, 0, 'INR'],
    ['EUR 45.00', 4500, 0, 'EUR'],
    ['S$22,058.11', 2205811, 0, 'SGD'],
    ['Rs. 99.50', 9950, 0, 'INR'],
    ['0.00', 0, 0, null],
    ['9,999.99 Dr', 999999, 1, null],
    ['1,03,673.31Dr', 10367331, 1, null],
    ['1.373,63-', 137363, -1, null],
    ['£12.50', 1250, 0, 'GBP'],
    ['-£12.50', 1250, -1, 'GBP'],
    ['$-12.50 CR', 1250, -1, 'USD'],
    ['45.00  CR', 4500, -1, null],
    ['12.', 1200, 0, null],
    ['2,157.38- CAD', 215738, -1, 'CAD'],
    ['4,878.36- S$', 487836, -1, 'SGD'],
    ['96.30-S$', 9630, -1, 'SGD'],
    ['3.714,52- €', 371452, -1, 'EUR'],
    ['45.00- $', 4500, -1, 'USD'],
    // Swiss grouping with the typographic apostrophe text extraction often gives.
    ['1’234.56', 123456, 0, null],
    ['CHF 1’234.56', 123456, 0, 'CHF'],
    // The accounting form with the currency outside the brackets.
    ['$(1,234.56)', 123456, -1, 'USD'],
    ['USD (45.00)', 4500, -1, 'USD'],
    // The yen as Japanese statements print it after the number.
    ['12,345円', 1234500, 0, 'JPY'],
    ['1.052,87- Fr.', 105287, -1, 'CHF'],
  ])('%s → %i cents, sign %i, currency %s', (text, cents, sign, currency) => {
    expect(parseAmount(text)).toMatchObject({ cents, sign, currency });
  });

  test('a decimal point that also groups the digits before it makes a date, not an amount', () => {
    for (const text of ['13.02.24', '13,02,24', '1.302.24', '€13.02.24'])
      expect(parseAmount(text)).toBeNull();
    // Grouping and decimal separators that differ, and lakh groups, still read.
    expect(parseAmount('1.302,24')?.cents).toBe(130224);
    expect(parseAmount('1,30,224.00')?.cents).toBe(13022400);
    expect(parseAmount('1.302.245')?.cents).toBe(130224500);
  });

  test('whole amounts are read but flagged as having no decimals', () => {
    expect(parseAmount('$31,700')).toEqual({ cents: 3170000, sign: 0, currency: 'USD', hasDecimals: false });
    expect(parseAmount('1.234')).toMatchObject({ cents: 123400, hasDecimals: false });
  });

  test.each([
    '',
    'abc',
    '19.99%',
    '12/31',
    'AND 45.00',
    '(45.00',
    '1,2,3,4.5.6',
    'Page 2 of 3',
    '4342 3780 1050 7320 9999',
    '1,2345.67',
    '12,3456.78',
    '1,,234.56',
    'DELTA AIR 0062345678901',
    '45.00 cR',
  ])('%p is not an amount', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  test('signedCents makes printed credits negative and everything else positive', () => {
    expect(signedCents({ cents: 4500, sign: -1, currency: null, hasDecimals: true })).toBe(-4500);
    expect(signedCents({ cents: 4500, sign: 0, currency: null, hasDecimals: true })).toBe(4500);
    expect(signedCents({ cents: 4500, sign: 1, currency: null, hasDecimals: true })).toBe(4500);
  });

  test('formatCents prints cents without floating-point error', () => {
    expect(formatCents(123456)).toBe('1234.56');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(0)).toBe('0.00');
  });
});
