/**
 * The privacy scorer's test for a word of a holder's name left in the text sent to the LLM
 * (test/support/privacy-fuzz.ts, holderWordIn): a name that is also a month's ("Jan") is found
 * wherever it stands as a word, except as a date's month, which statements printing months in
 * capitals put on every row ("05 JAN 2025"): that was the scorer's one false positive.
 */
import { holderWordIn } from '../support/privacy-fuzz.js';

test.each([
  ['05 JAN 2025  TESCO STORES', false],
  ['JAN 05  TESCO STORES', false],
  ["05 JAN'25  TESCO", false],
  ['05-JAN-25  TESCO', false],
  ['Period: 06 Dec 2025 - 05 Jan 2026', false],
  ['JAN SMIT  Flat 4', true],
  ['Dear Jan,', true],
  ['Additional Card: JAN - XXXX 4417', true],
  ['XXXX 4417 JAN SMIT', true],
])('the holder "Jan" in %j: %s', (text, found) => {
  expect(holderWordIn(text, 'Jan')).toBe(found);
});

test('a name that is no month is found beside figures too, and a lower-case month is no name', () => {
  expect(holderWordIn('05 EVA 2025', 'Eva')).toBe(true);
  expect(holderWordIn('Jansen 12', 'Jansen')).toBe(true);
  expect(holderWordIn('1 jan 2025', 'Jan')).toBe(false);
});
