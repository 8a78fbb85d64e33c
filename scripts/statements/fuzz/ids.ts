/**
 * Bank and identity numbers a statement prints beside the holder: an IBAN (valid mod-97 check
 * digits, the country's length) for European countries, a CKYC number for India. Planted personal
 * data for the privacy issue; none of them is a figure of the statement.
 */
import { createRng } from '../prng.js';
import type { Country } from './country-types.js';

/** BBAN shape per country: L = a capital letter, 9 = a digit. */
const BBAN: Partial<Record<Country, string>> = {
  DE: '999999999999999999',
  FR: '99999999999999999999999',
  ES: '99999999999999999999',
  IT: 'L9999999999999999999999',
  NL: 'LLLL9999999999',
  PT: '999999999999999999999',
  CH: '99999999999999999',
  GB: 'LLLL99999999999999',
};

/** ISO 13616 check digits: BBAN + country + "00", letters as 10..35, mod 97. */
function checkDigits(country: string, bban: string): string {
  let rem = 0;
  for (const ch of `${bban}${country}00`) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return String(98 - rem).padStart(2, '0');
}

/** A printed id for the seed's country ("IBAN", "CKYC No."), or null where statements print none. */
export function bankId(seed: number, country: Country): { label: string; value: string } | null {
  const rng = createRng(seed, 'fuzz-ids');
  if (country === 'IN') return { label: 'CKYC No.', value: `${rng.int(1, 9)}${rng.digits(13)}` };
  const shape = BBAN[country];
  if (!shape) return null;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bban = [...shape].map((c) => (c === 'L' ? letters[rng.int(0, 25)] : String(rng.int(0, 9)))).join('');
  const iban = `${country}${checkDigits(country, bban)}${bban}`;
  return { label: 'IBAN', value: iban.replace(/(.{4})(?=.)/g, '$1 ') };
}
