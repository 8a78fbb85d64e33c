import { cleanDescription, unspaceLetters } from '../../shared/analysis/clean.js';
import { MCC_RANGES } from '../../shared/analysis/data/mcc.js';
import { categoryFromPrinted, categoryOfMcc } from '../../shared/analysis/printed.js';

describe('categoryFromPrinted', () => {
  it('reads merchant category codes by their ISO 18245 groups', () => {
    expect(categoryFromPrinted('5411')).toBe('Groceries');
    expect(categoryFromPrinted('MCC 5812')).toBe('Dining');
    expect(categoryFromPrinted('mcc: 5541')).toBe('Transport & Fuel');
    expect(categoryFromPrinted('3058')).toBe('Travel'); // an airline's own code
    expect(categoryFromPrinted('3640')).toBe('Travel'); // a hotel chain's own code
    expect(categoryFromPrinted('8220')).toBe('Education');
    expect(categoryFromPrinted('6300')).toBe('Insurance');
    expect(categoryFromPrinted('9311')).toBe('Government & Taxes');
    expect(categoryFromPrinted('8398')).toBe('Charity');
    expect(categoryFromPrinted('0001')).toBeNull();
  });

  it('keeps its MCC ranges ascending and apart, so the binary search is exact', () => {
    for (let i = 1; i < MCC_RANGES.length; i++) {
      const prev = MCC_RANGES[i - 1] as readonly [number, number, string];
      const cur = MCC_RANGES[i] as readonly [number, number, string];
      expect(cur[0]).toBeGreaterThan(prev[1]);
      expect(cur[1]).toBeGreaterThanOrEqual(cur[0]);
    }
    for (const [first, last, category] of MCC_RANGES) {
      expect(categoryOfMcc(first)).toBe(category);
      expect(categoryOfMcc(last)).toBe(category);
    }
  });

  it('reads printed category columns and second lines', () => {
    expect(categoryFromPrinted('BOOKS AND STATIONERY')).toBe('Shopping');
    expect(categoryFromPrinted('Rent')).toBe('Housing');
    expect(categoryFromPrinted('LODGING - HOTELS')).toBe('Travel');
    expect(categoryFromPrinted('DRUG STORES/PHARMACIES')).toBe('Health');
    expect(categoryFromPrinted('TAXICABS/LIMOUSINES')).toBe('Transport & Fuel');
    expect(categoryFromPrinted('Fuel')).toBe('Transport & Fuel');
  });

  it('answers null for a column that says nothing, or nothing at all', () => {
    for (const t of ['Others', 'OTHERS', 'Misc', '', null, undefined, 'ZQX'])
      expect(categoryFromPrinted(t)).toBeNull();
  });
});

describe('cleanDescription', () => {
  it('drops leading references and trailing points, codes and empty category columns', () => {
    expect(cleanDescription('11043442866 ONE MOBIKWIK SYSTEMS L 132')).toBe('ONE MOBIKWIK SYSTEMS');
    expect(cleanDescription('UBER INR WWW.UBER.COM IN')).toBe('UBER INR WWW.UBER.COM');
    expect(cleanDescription('AMAZON PAY INDIA ES Others')).toBe('AMAZON PAY INDIA');
    expect(cleanDescription('FLIPKART PAYMENTS BANGALORE IN 23.00 CR'.replace(' CR', 'CR'))).toBe(
      'FLIPKART PAYMENTS BANGALORE',
    );
    expect(cleanDescription('www.olacabs.com Bangalore IN (Pay in EMIs)')).toBe('www.olacabs.com Bangalore');
    expect(cleanDescription('NETBANKING TRANSFER (Ref# 00000000000927000123456)')).toBe(
      'NETBANKING TRANSFER',
    );
  });

  it('keeps numbers that belong to a brand', () => {
    expect(cleanDescription('PHILLIPS 66')).toBe('PHILLIPS 66');
    expect(cleanDescription('24 HOUR FITNESS USA')).toBe('24 HOUR FITNESS');
    expect(cleanDescription('DREAM11 MUMBAI')).toBe('DREAM11 MUMBAI');
  });

  it('rejoins letters the layout spaced out', () => {
    expect(unspaceLetters('A M Z N M k t p C A')).toBe('AMZN Mktp CA');
    expect(cleanDescription('A M Z N M k t p C A')).toBe('AMZN Mktp');
    expect(unspaceLetters('J D WETHERSPOON')).toBe('J D WETHERSPOON');
  });

  it('never empties a description', () => {
    for (const d of ['IN', '123456', 'Others', 'A', ''])
      expect(cleanDescription(d).length).toBeGreaterThanOrEqual(Math.min(d.length, 1));
  });
});
