/**
 * Whitespace as JavaScript's `\s` sees it, one character code at a time: for the hand-written
 * scanners of shared/statement (through statement/chars.ts) and for shared/pdf's row building, which
 * compare `charCodeAt` results instead of running regexes on every item. Here, beside neither, because
 * statement/ reads pdf/ and the folders must not import each other both ways.
 * test/statement/fast-paths.test.ts checks both against their regexes over the whole Basic
 * Multilingual Plane.
 */

/** `\s`: what `String.prototype.trimStart` removes. */
export function isSpace(c: number): boolean {
  if (isAsciiSpace(c)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** `[ \t\n\v\f\r]`: `\s` within ASCII, small enough to inline where every character is tested. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
