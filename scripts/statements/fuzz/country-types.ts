/** What the fuzzer knows about a country (its type), and small helpers for drawing postcodes. */
import type { Rng } from '../prng.js';
import type { Region } from '../types.js';

export const COUNTRIES = [
  'US',
  'GB',
  'IN',
  'CA',
  'AU',
  'SG',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'PT',
  'CH',
  'JP',
  'AE',
] as const;
export type Country = (typeof COUNTRIES)[number];

export type Person = readonly [first: string, last: string, gender: 'm' | 'f'];

export interface CountryInfo {
  currency: string;
  /** Merchant catalogue and transaction wording reused from the hand-made layouts. */
  region: Region;
  /** Multiplier from a US-dollar-sized amount to this currency. */
  scale: number;
  /** Symbols the currency is printed with. */
  symbols: readonly string[];
  issuers: readonly string[];
  people: readonly Person[];
  streets: readonly string[];
  cities: readonly string[];
  /** A postcode of the country's form. */
  postcode(rng: Rng): string;
  /** Street line from a number and a street: "12 Elm Grove" or "Lindenstraße 12". */
  streetLine(n: number, street: string): string;
  /** City line: "AUSTIN TX 78704", "50674 Köln". */
  cityLine(city: string, code: string): string;
  /** A phone number in national form and in international form. */
  phone(rng: Rng): { national: string; international: string };
}

const A = 'ABCDEFGHJKLMNPRSTUVWXYZ';
/** A random capital letter (postcodes). */
export const letter = (rng: Rng): string => A[rng.int(0, A.length - 1)] as string;
/** `n` random digits, the first not 0. */
export const num = (rng: Rng, n: number): string => String(rng.int(1, 9)) + rng.digits(n - 1);
