/**
 * Fake but realistic personal data to plant on statements: names, addresses, Luhn-valid card
 * numbers, emails (reserved example domains), phones (fictional ranges), account numbers.
 */
import type { Rng } from './prng.js';
import type { LayoutTraits, ModelPerson, Region } from './types.js';

/** Appends the Luhn check digit to a digit string. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Doubling starts from the digit next to the (future) check digit.
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes the Luhn check. */
export function luhnValid(digits: string): boolean {
  return /^\d+$/.test(digits) && withLuhn(digits.slice(0, -1)) === digits;
}

/** A Luhn-valid card number for the network: Visa 16, Amex 15 (37…), Mastercard 2-series or 5x. */
export function cardNumber(rng: Rng, kind: LayoutTraits['card']): string {
  switch (kind) {
    case 'visa':
      return withLuhn(`4${rng.digits(14)}`);
    case 'amex':
      return withLuhn(`37${rng.digits(12)}`);
    case 'mc2':
      return withLuhn(`2${rng.int(221, 720)}${rng.digits(11)}`);
    case 'mc5':
      return withLuhn(`5${rng.int(1, 5)}${rng.digits(13)}`);
  }
}

/** Groups digits by the given group sizes: (…, [4,4,4,4], ' ') → "4342 3780 1050 7320". */
export function groupDigits(digits: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(digits.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

const NAMES: Record<Region, ReadonlyArray<readonly [string, string]>> = {
  us: [
    ['Daniel', 'Whitaker'],
    ['Maria', 'Delgado'],
    ['Jordan', 'Ellison'],
    ['Rebecca', 'Thornton'],
    ['Marcus', 'Holloway'],
  ],
  uk: [
    ['Oliver', 'Bennett'],
    ['Amelia', 'Hughes'],
    ['Harriet', 'Pemberton'],
    ['George', 'Atkinson'],
  ],
  de: [
    ['Lukas', 'Hoffmann'],
    ['Anna', 'Schneider'],
    ['Jonas', 'Weber'],
    ['Katharina', 'Brandt'],
  ],
  in: [
    ['Priya', 'Sharma'],
    ['Arjun', 'Mehta'],
    ['Kavya', 'Iyer'],
    ['Rohan', 'Kulkarni'],
  ],
};

const UK_TITLES: Record<string, string> = { Oliver: 'Mr', Amelia: 'Ms', Harriet: 'Mrs', George: 'Dr' };

const STREETS: Record<Region, readonly string[]> = {
  us: ['MAPLE RIDGE DR', 'W 14TH ST', 'OAK HOLLOW LN', 'KEYSTONE AVE', 'CEDAR BLUFF RD'],
  uk: ['Albert Road', 'Kingsdown Parade', 'Elm Grove', 'Victoria Street'],
  de: ['Lindenstraße', 'Am Stadtgarten', 'Bergstraße', 'Goethestraße'],
  in: ['14th Cross, Indiranagar', 'Hill Road, Bandra West', 'FC Road, Shivajinagar'],
};

const PLACES: Record<Region, ReadonlyArray<readonly [string, string]>> = {
  us: [
    ['AUSTIN TX', '78704'],
    ['DENVER CO', '80205'],
    ['SEATTLE WA', '98103'],
  ],
  uk: [
    ['BRISTOL', 'BS6 5QT'],
    ['LEEDS', 'LS6 2AB'],
    ['MANCHESTER', 'M20 4TF'],
  ],
  de: [
    ['Köln', '50674'],
    ['Berlin', '10437'],
    ['Hamburg', '22767'],
  ],
  in: [
    ['Bengaluru', '560038'],
    ['Mumbai', '400050'],
    ['Pune', '411005'],
  ],
};

/** A cardholder with a mailing address, email and phone for the region. */
export function person(rng: Rng, region: Region): ModelPerson {
  const [first, last] = rng.pick(NAMES[region]);
  const street = rng.pick(STREETS[region]);
  const [city, code] = rng.pick(PLACES[region]);
  const n = rng.int(2, 2980);
  const email = `${first.toLowerCase()}.${last.toLowerCase()}${rng.int(10, 99)}@example.com`;
  switch (region) {
    case 'us':
      return {
        name: `${first} ${last}`.toUpperCase(),
        address: [`${n} ${street}`, `${city} ${code}-${rng.digits(4)}`],
        email,
        phone: `(${rng.pick(['512', '303', '206'])}) 555-01${rng.digits(2)}`,
      };
    case 'uk':
      return {
        name: `${UK_TITLES[first] ?? 'Mx'} ${first} ${last}`,
        address: [`Flat ${rng.int(1, 9)}, ${n % 120} ${street}`, city, code],
        email,
        phone: `07700 900${rng.digits(3)}`,
      };
    case 'de':
      return {
        name: `${first} ${last}`,
        address: [`${street} ${n % 140}`, `${code} ${city}`],
        email,
        phone: `+49 151 ${rng.digits(4)} ${rng.digits(4)}`,
      };
    case 'in':
      return {
        name: `${first} ${last}`.toUpperCase(),
        address: [
          `Flat ${rng.int(101, 1204)}, ${rng.pick(['Prestige Lakeside', 'Sobha Orchid', 'Lodha Park'])}`,
          street,
          `${city} ${code}`,
        ],
        email,
        phone: `+91 9${rng.digits(4)} ${rng.digits(5)}`,
      };
  }
}

/** A bank account number (digits only) of the region's usual length. */
export function accountNumber(rng: Rng, region: Region): string {
  return rng.digits(region === 'in' ? 12 : 10);
}

/** A German IBAN (valid mod-97 check) for a 10-digit account at a fictional bank code. */
export function germanIban(account: string): string {
  const bban = `37050299${account.padStart(10, '0')}`;
  // Country code DE → 1314, followed by "00", then mod 97.
  let rem = 0;
  for (const ch of `${bban}131400`) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  return `DE${check}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}
