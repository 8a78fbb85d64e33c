/**
 * A time of day printed after a row's date ("13/10/2023 18:36:42", "05 Nov 14:05", "10:32 AM"), as
 * some issuers print when a card was used. It says nothing about the money and is no part of the
 * description, so the row reader steps past it.
 */
import { isDigit } from './chars.js';

// Hours 0–23 and minutes (and seconds) 00–59 joined by colons, an optional AM/PM, then a space or
// the end. Only colons: "18.36" may be an amount.
const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?=\s|$)/;

/** The text after a time of day at the start of `text`, trimmed; null when it does not start with one. */
export function afterTime(text: string): string | null {
  // Cheap refusal first: a time has a colon as its second or third character, after a digit.
  const colon = text.charCodeAt(1) === 58 ? 1 : text.charCodeAt(2) === 58 ? 2 : -1;
  if (colon < 0 || !isDigit(text.charCodeAt(0))) return null;
  const m = TIME.exec(text);
  return m ? text.slice(m[0].length).trim() : null;
}
