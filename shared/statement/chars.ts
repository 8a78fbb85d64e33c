/**
 * Named character classes for the hand-written scanners of statement/ (money.ts, plain-amount.ts,
 * date-scan.ts, pairs.ts, dates.ts), which compare `charCodeAt` results instead of running regexes on
 * hot paths. Each says which regex class it equals; test/statement/fast-paths.test.ts checks every
 * one against its regex over the whole Basic Multilingual Plane.
 */

/** Char codes the scanners compare against, by name. */
export const CODE = {
  tab: 9,
  space: 32,
  dollar: 36,
  apostrophe: 39,
  openParen: 40,
  closeParen: 41,
  plus: 43,
  comma: 44,
  minus: 45,
  dot: 46,
  slash: 47,
  zero: 48,
  C: 67,
  D: 68,
  R: 82,
  c: 99,
  d: 100,
  h: 104,
  r: 114,
  s: 115,
} as const;

/** `[0-9]` (NaN, past the end of a string, is not). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the text holds a `[0-9]` anywhere. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

// The whitespace classes live in shared/space.ts, where shared/pdf reads them too (a folder below
// this one, which must not import statement/).
export { isAsciiSpace, isSpace } from '../space.js';

/** `\w` without the u flag: `[A-Za-z0-9_]`. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isUpper(c) || isLower(c) || c === 95;
}

/** `[A-Z]`. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `[a-z]`. */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `[.,]`: a decimal or grouping separator of a printed amount. */
export function isAmountSep(c: number): boolean {
  return c === CODE.dot || c === CODE.comma;
}
