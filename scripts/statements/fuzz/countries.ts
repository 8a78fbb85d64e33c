/**
 * Countries a fuzzed statement can come from: the currency, issuers, merchant catalogue, people
 * (names with diacritics and gender for salutations), streets, postcode forms and phone numbers.
 */
import { EUROPE } from './countries-europe.js';
import { type Country, type CountryInfo, letter, num } from './country-types.js';
import type { Language } from './vocabulary.js';

/** Whose money, names and addresses each country prints. */
export const COUNTRY: Record<Country, CountryInfo> = {
  US: {
    currency: 'USD',
    region: 'us',
    scale: 1,
    symbols: ['$', 'US$'],
    issuers: ['Granite Bay Bank', 'Prairie Federal Card Services', 'Harborline Bank'],
    people: [
      ['Daniel', 'Whitaker', 'm'],
      ['María', 'Delgado', 'f'],
      ['Rebecca', 'Thornton', 'f'],
      ['Marcus', "O'Neill", 'm'],
    ],
    streets: ['Maple Ridge Dr', 'W 14th St', 'Oak Hollow Ln', 'Keystone Ave'],
    cities: ['AUSTIN TX', 'DENVER CO', 'SEATTLE WA', 'BOISE ID'],
    postcode: (rng) => (rng.chance(0.5) ? num(rng, 5) : `${num(rng, 5)}-${rng.digits(4)}`),
    streetLine: (n, s) => `${n} ${s}`,
    cityLine: (c, p) => `${c} ${p}`,
    phone: (rng) => {
      const [a, b] = [rng.pick(['512', '303', '206', '208']), rng.digits(2)];
      return { national: `(${a}) 555-01${b}`, international: `+1 ${a} 555 01${b}` };
    },
  },
  GB: {
    currency: 'GBP',
    region: 'uk',
    scale: 0.8,
    symbols: ['£'],
    issuers: ['Thamesgate Card Services', 'Northgate Bank plc', 'Kestrel Card'],
    people: [
      ['Oliver', 'Bennett', 'm'],
      ['Amelia', 'Hughes', 'f'],
      ['Siobhán', 'Gallagher', 'f'],
      ['George', 'Atkinson', 'm'],
    ],
    streets: ['Albert Road', 'Kingsdown Parade', 'Elm Grove', 'Victoria Street'],
    cities: ['BRISTOL', 'LEEDS', 'MANCHESTER', 'YORK'],
    postcode: (rng) =>
      `${letter(rng)}${letter(rng)}${rng.int(1, 20)} ${rng.int(1, 9)}${letter(rng)}${letter(rng)}`,
    streetLine: (n, s) => `${n} ${s}`,
    cityLine: (c, p) => `${c} ${p}`,
    phone: (rng) => {
      const d = rng.digits(3);
      return { national: `07700 900${d}`, international: `+44 7700 900${d}` };
    },
  },
  IN: {
    currency: 'INR',
    region: 'in',
    scale: 70,
    symbols: ['₹', 'Rs.', 'INR'],
    issuers: ['Kaveri Bank', 'Indus Crest Card', 'Lotus Bank Ltd'],
    people: [
      ['Priya', 'Sharma', 'f'],
      ['Arjun', 'Mehta', 'm'],
      ['Venkatesh', 'Subramanian', 'm'],
      ['Kavya', 'Iyer', 'f'],
    ],
    streets: [
      '14th Cross, Indiranagar',
      'Hill Road, Bandra West',
      'FC Road, Shivajinagar',
      'Salt Lake Sector V',
    ],
    cities: ['Bengaluru', 'Mumbai', 'Pune', 'Kolkata'],
    postcode: (rng) => `${rng.int(1, 8)}${rng.digits(5)}`,
    streetLine: (n, s) => `Flat ${100 + (n % 1100)}, ${s}`,
    cityLine: (c, p) => `${c} - ${p}`,
    phone: (rng) => {
      const d = `9${rng.digits(4)} ${rng.digits(5)}`;
      return { national: `0${d.replace(' ', '')}`, international: `+91 ${d}` };
    },
  },
  CA: {
    currency: 'CAD',
    region: 'us',
    scale: 1.35,
    symbols: ['$', 'C$', 'CA$'],
    issuers: ['Laurentian Card Bank', 'Maple Trust Card', 'Fraser Credit Union'],
    people: [
      ['Émilie', 'Tremblay', 'f'],
      ['Liam', 'Gagnon', 'm'],
      ['Noah', 'MacDonald', 'm'],
      ['Chloé', 'Roy', 'f'],
    ],
    streets: ['Rue Saint-Denis', 'Maple Grove Cres', 'Bloor St W', 'Jasper Ave'],
    cities: ['MONTREAL QC', 'TORONTO ON', 'EDMONTON AB', 'HALIFAX NS'],
    postcode: (rng) =>
      `${letter(rng)}${rng.int(0, 9)}${letter(rng)} ${rng.int(0, 9)}${letter(rng)}${rng.int(0, 9)}`,
    streetLine: (n, s) => `${n} ${s}`,
    cityLine: (c, p) => `${c}  ${p}`,
    phone: (rng) => {
      const [a, b] = [rng.pick(['514', '416', '780']), rng.digits(2)];
      return { national: `(${a}) 555-01${b}`, international: `+1 ${a} 555 01${b}` };
    },
  },
  AU: {
    currency: 'AUD',
    region: 'us',
    scale: 1.5,
    symbols: ['$', 'A$', 'AU$'],
    issuers: ['Southern Cross Card', 'Wattle Bank', 'Coral Coast Credit'],
    people: [
      ['Jack', 'Nguyen', 'm'],
      ['Chloe', 'Wilson', 'f'],
      ['Mia', 'Papadopoulos', 'f'],
      ['Lachlan', 'Smith', 'm'],
    ],
    streets: ['Parramatta Rd', 'Beach St', 'Wattle Ave', 'King William St'],
    cities: ['SYDNEY NSW', 'MELBOURNE VIC', 'ADELAIDE SA', 'PERTH WA'],
    postcode: (rng) => `${rng.int(2, 7)}${rng.digits(3)}`,
    streetLine: (n, s) => `${n} ${s}`,
    cityLine: (c, p) => `${c} ${p}`,
    phone: (rng) => {
      const d = `${rng.digits(3)} ${rng.digits(3)}`;
      return { national: `0491 ${d}`, international: `+61 491 ${d}` };
    },
  },
  SG: {
    currency: 'SGD',
    region: 'us',
    scale: 1.35,
    symbols: ['S$', 'SGD'],
    issuers: ['Merlion Bank', 'Straits Card Services'],
    people: [
      ['Wei Ming', 'Tan', 'm'],
      ['Hui Ling', 'Lim', 'f'],
      ['Rajesh', 'Kumar', 'm'],
      ['Nur Aisyah', 'Binte Ahmad', 'f'],
    ],
    streets: ['Tampines Ave 4', 'Orchard Road', 'Bukit Timah Road', 'Jurong West St 52'],
    cities: ['SINGAPORE'],
    postcode: (rng) => `${rng.int(1, 8)}${rng.digits(5)}`,
    streetLine: (n, s) => `Blk ${n % 900} ${s} #${rng2(n)}`,
    cityLine: (c, p) => `${c} ${p}`,
    phone: (rng) => {
      const d = `${rng.int(8, 9)}${rng.digits(3)} ${rng.digits(4)}`;
      return { national: d, international: `+65 ${d}` };
    },
  },
  ...EUROPE,
  JP: {
    currency: 'JPY',
    region: 'us',
    scale: 150,
    symbols: ['¥', 'JPY'],
    issuers: ['Sakura Card Co.', 'Kanto Credit Bank'],
    people: [
      ['Haruto', 'Sato', 'm'],
      ['Yui', 'Takahashi', 'f'],
      ['Ren', 'Watanabe', 'm'],
      ['Aoi', 'Kobayashi', 'f'],
    ],
    streets: ['Shibuya 2-chome', 'Nishi-Shinjuku 1-chome', 'Umeda 3-chome'],
    cities: ['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka'],
    postcode: (rng) => `${rng.digits(3)}-${rng.digits(4)}`,
    streetLine: (n, s) => `${s} ${n % 30}-${(n % 12) + 1}`,
    cityLine: (c, p) => `${c} ${p}`,
    phone: (rng) => {
      const d = `${rng.digits(4)}-${rng.digits(4)}`;
      return { national: `090-${d}`, international: `+81 90-${d}` };
    },
  },
  AE: {
    currency: 'AED',
    region: 'us',
    scale: 3.67,
    symbols: ['AED', 'Dhs'],
    issuers: ['Gulf Pearl Bank', 'Desert Rose Card'],
    people: [
      ['Omar', 'Al Mansoori', 'm'],
      ['Fatima', 'Al Nuaimi', 'f'],
      ['Ravi', 'Pillai', 'm'],
      ['Sarah', 'Haddad', 'f'],
    ],
    streets: ['Al Wasl Road', 'Sheikh Zayed Road', 'Corniche Road'],
    cities: ['DUBAI', 'ABU DHABI', 'SHARJAH'],
    postcode: (rng) => `P.O. Box ${rng.int(1000, 99999)}`,
    streetLine: (n, s) => `Villa ${n % 90}, ${s}`,
    cityLine: (c, p) => `${p}, ${c}`,
    phone: (rng) => {
      const d = `${rng.digits(3)} ${rng.digits(4)}`;
      return { national: `050 ${d}`, international: `+971 50 ${d}` };
    },
  },
};

function rng2(n: number): string {
  return `${String((n % 20) + 2).padStart(2, '0')}-${String((n % 300) + 10)}`;
}

/** The countries (with weights) each language's statements come from. */
export const LANGUAGE_COUNTRIES: Record<Language, ReadonlyArray<readonly [Country, number]>> = {
  'en-US': [
    ['US', 0.88],
    ['JP', 0.12],
  ],
  'en-GB': [
    ['GB', 0.85],
    ['AE', 0.15],
  ],
  'en-IN': [['IN', 1]],
  'en-CA': [['CA', 1]],
  'en-AU': [['AU', 1]],
  'en-SG': [['SG', 1]],
  de: [
    ['DE', 0.8],
    ['CH', 0.2],
  ],
  fr: [
    ['FR', 0.85],
    ['CH', 0.15],
  ],
  es: [['ES', 1]],
  it: [
    ['IT', 0.9],
    ['CH', 0.1],
  ],
  nl: [['NL', 1]],
  pt: [['PT', 1]],
};
