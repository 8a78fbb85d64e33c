/**
 * The last guesses for descriptions nothing else names: wallets stay "Other", loose trade words
 * yield to every keyword, trade words glued to a name, and web addresses as online shops.
 */
import { acceptModelCategory, categorize } from '../../shared/analysis/categorize.js';
import { fallbackCategory } from '../../shared/analysis/fallback.js';
import { normalizeText } from '../../shared/analysis/text.js';

const guess = (text: string) => fallbackCategory(normalizeText(text));

describe('fallback categories', () => {
  it('keeps wallets and transfers in Other even when they print a web address', () => {
    expect(categorize('PAYTM WWW.PAYTM.IN', 'purchase')).toBe('Other');
    expect(categorize('PHONEPE PRIVATE LTD WWW.PHONEPE.COM', 'purchase')).toBe('Other');
    expect(guess('VENMO *J SMITH')).toBeNull();
  });

  it('reads an unknown web address as an online shop', () => {
    expect(categorize('WWW.BRIGHTWIDGETS.COM', 'purchase')).toBe('Shopping');
    expect(categorize('LUMENHAUS.CO.UK LONDON', 'purchase')).toBe('Shopping');
    // A lone country code is a word of many names, not a domain.
    expect(guess('CAFE DE FLORE')).toBeNull();
  });

  it('reads a trade word glued to the end of a name, but not a short word that merely ends like one', () => {
    expect(guess('ZANTOOL INC.')).toBe('Home & Garden');
    expect(guess('CITYPHARMACY 22')).toBe('Health');
    expect(guess('QUICKFUEL 0012')).toBe('Transport & Fuel');
    // "Stool" is not a tool shop: the rest must still read as a name (three letters or more).
    expect(guess('STOOL')).toBeNull();
    expect(guess('SMART')).toBeNull();
  });

  it('reads a business word the descriptor field cut short, and nothing shorter than six letters', () => {
    expect(guess('GREEN VALLEY SUPERMARKE')).toBe('Groceries');
    expect(guess('LOTUS RESTAURAN')).toBe('Dining');
    expect(guess('CITY PHARMAC 12')).toBe('Health');
    expect(guess('PHARM')).toBeNull();
  });

  it('lets a loose trade word yield to any keyword', () => {
    expect(categorize('FOAM FACTORY, INC.', 'purchase')).toBe('Shopping');
    expect(categorize('NORTHSIDE PIZZA FACTORY', 'purchase')).toBe('Dining');
    expect(categorize('RIVERBEND OUTLET', 'purchase')).toBe('Shopping');
  });

  it('reads a cuisine in a name as a restaurant only when nothing else names the business', () => {
    expect(categorize('SUNFLOWER TAIWANESE ULTIMO NS AUS', 'purchase')).toBe('Dining');
    expect(categorize('ITALIAN SHOES LTD', 'purchase')).toBe('Shopping');
    // An airline's ticket number outranks the cuisine-like word in its name.
    expect(categorize('KOREAN AIR 1802345678901', 'purchase')).toBe('Travel');
  });

  it('reads "metro" with a store number as a grocer and without one as transit', () => {
    expect(categorize('METRO #041 CAMBRIDGE ON', 'purchase')).toBe('Groceries');
    expect(categorize('WW METRO 1545 BONDI BEACH AU AUS', 'purchase')).toBe('Groceries');
    expect(categorize('WMATA METRO', 'purchase')).toBe('Transport & Fuel');
    expect(categorize('DELHI METRO RAIL CORP', 'purchase')).toBe('Transport & Fuel');
  });

  it('files couriers under Business & Software and leaves post offices, which sell many things, in Other', () => {
    expect(categorize('FEDEX-YBZ TORONTO', 'purchase')).toBe('Business & Software');
    expect(categorize('PUROLATOR INC', 'purchase')).toBe('Business & Software');
    expect(categorize('BLUE DART EXPRESS MUMBAI', 'purchase')).toBe('Business & Software');
    expect(categorize('USPS PO 0545640143 LOS ALTOS CA', 'purchase')).toBe('Other');
  });
});

describe('the model filling gaps', () => {
  it('takes a model category only for a purchase still in Other, and only a kind of spending', () => {
    expect(acceptModelCategory({ type: 'purchase', category: 'Other' }, 'Travel')).toBe('Travel');
    expect(acceptModelCategory({ type: 'purchase', category: 'Dining' }, 'Travel')).toBe('Dining');
    expect(acceptModelCategory({ type: 'purchase', category: 'Other' }, 'Payments & Credits')).toBe('Other');
    expect(acceptModelCategory({ type: 'purchase', category: 'Other' }, 'Fees & Interest')).toBe('Other');
    expect(acceptModelCategory({ type: 'fee', category: 'Fees & Interest' }, 'Shopping')).toBe(
      'Fees & Interest',
    );
    expect(acceptModelCategory({ type: 'balance_transfer', category: 'Other' }, 'Shopping')).toBe('Other');
  });
});
