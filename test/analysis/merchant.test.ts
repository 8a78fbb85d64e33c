import { cleanMerchant } from '../../shared/analysis/merchant.js';

// Real descriptions: Chase Freedom (US, MIT), SBI Card (India) and an OCBC-style statement
// (Singapore) from /work/shared/corpus, plus common processor formats.
const CASES: readonly [string, string][] = [
  ['COSTCO WHSE #0143 MOUNTAIN VIEW CA', 'Costco'],
  ['AMZN Mktp US*RT4G124P0 Amzn.com/bill WA', 'Amazon'],
  ['AMAZON.COM*2K3L45 SEATTLE WA', 'Amazon'],
  ['APPLE.COM/BILL 866-712-7753 CA', 'Apple'],
  ['GOOGLE *YouTubePremium g.co/helppay# CA', 'YouTube Premium'],
  ['TST* CHAAT BHAVAN MOUNTAI MOUNTAIN VIEW CA', 'Chaat Bhavan'],
  ['STARBUCKS STORE 10885 CUPERTINO CA', 'Starbucks'],
  ['WALGREENS #689 MOUNTAIN VIEW CA', 'Walgreens'],
  ['SPEEDWAY 5447 LOS ALTOS HIL CA', 'Speedway'],
  ['LARRY HOPKINS HONDA 7074304151 CA', 'Larry Hopkins Honda'],
  ['CICEROS PIZZA SAN JOSE CA', 'Ciceros Pizza'],
  ['USPS PO 0545640143 LOS ALTOS CA', 'USPS'],
  ['ATT*BILL PAYMENT 800-288-2020 TX', 'AT&T'],
  ['VIVINT INC/US 800-216-5232 UT', 'Vivint'],
  ['FEDEX789226298200 Collierville TN', 'FedEx'],
  ['SHELL OIL 57444212500 FREMONT CA', 'Shell Oil'],
  ['LEXUS OF FREMONT FREMONT CA', 'Lexus of Fremont'],
  ['COMCAST CALIFORNIA 800-COMCAST CA', 'Comcast'],
  ['TRADER JOE S #127 LOS ALTOS CA', "Trader Joe's"],
  ['Netflix 1 8445052993 CA', 'Netflix'],
  ['TRINETHRA SUPER MARKET CUPERTINO CA', 'Trinethra Super Market'],
  ['SQ *BLUE BOTTLE COFFEE SAN FRANCISCO CA', 'Blue Bottle Coffee'],
  ['PAYPAL *NETFLIX 4029357733 CA', 'Netflix'],
  ['SP AFFORDABLE GOODS', 'Affordable Goods'],
  ['TESCO STORES 2345 LONDON GB', 'Tesco'],
  ['7-ELEVEN 32145 DALLAS TX', '7-Eleven'],
  ['www.olacabs.com Bangalore IN (Pay in EMIs)', 'Ola'],
  ['SWIGGY Bengaluru IN', 'Swiggy'],
  ['SWIGGY INSTAMART BANGALORE IN', 'Swiggy Instamart'],
  ['Airtel GURGAON IN', 'Airtel'],
  ['PAYMENT RECEIVED 000000000ZIC51385749389', 'Payment Received'],
  ['FOODIE EXPRESS SINGAPORE 239 SG', 'Foodie Express'],
  ['URBAN TRANSIT CO. SINGAPORE SG', 'Urban Transit'],
  ["NATURE'S OVEN SINGAPORE SG", "Nature's Oven"],
  ['-1234 SNOWY MART SINGAPORE SG', 'Snowy Mart'],
  ['DRIVE-THRU DELIGHTS SINGAPORE SG', 'Drive-Thru Delights'],
];

describe('cleanMerchant', () => {
  it.each(CASES)('turns %j into %j', (description, expected) => {
    expect(cleanMerchant(description)).toBe(expected);
  });

  it('gives the same name to every spelling of one merchant', () => {
    const names = new Set(
      ['SWIGGY Bengaluru IN', 'Swiggy Bengaluru IN', 'SWIGGY BANGALORE IN'].map(cleanMerchant),
    );
    expect([...names]).toEqual(['Swiggy']);
  });

  it('keeps a short number that starts a brand, and returns empty text for an empty description', () => {
    expect(cleanMerchant('24 HOUR FITNESS 00123 DENVER CO')).toBe('24 Hour Fitness');
    expect(cleanMerchant('   ')).toBe('');
  });
});
