/**
 * Whether a cell may hold letter-spaced or glued text that despace.ts rebuilds: asked of every cell
 * with a space or a colon, so it is a scanner, with its regex kept beside it as the spec.
 */
import { isAmountSep, isDigit, isLower, isSpace, isUpper } from './chars.js';

/**
 * Any of: a label glued to its value by a colon, a digit then a spaced digit, two one- or two-letter
 * pieces. The spec of mayChange, which reads it without the regex (test/statement/fast-paths.test.ts).
 */
export const MAY_CHANGE = /[A-Za-z]:\d|\d [\d.,]|(?:^| )\S{1,2} \S{1,2}(?: |$)/;

/** MAY_CHANGE.test(text), asked of every cell with a space: each shape is found at its colon or space. */
export function mayChange(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      const before = text.charCodeAt(i - 1);
      if ((isUpper(before) || isLower(before)) && isDigit(text.charCodeAt(i + 1))) return true;
    } else if (c === 32) {
      const next = text.charCodeAt(i + 1);
      if (isDigit(text.charCodeAt(i - 1)) && (isDigit(next) || isAmountSep(next))) return true;
      if (shortPieceBefore(text, i) && shortPieceAfter(text, i)) return true;
    }
  }
  return false;
}

/** One or two non-spaces right before `at`, after the start or a plain space. */
function shortPieceBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && !isSpace(text.charCodeAt(k))) k--;
  const n = at - 1 - k;
  return n >= 1 && n <= 2 && (k < 0 || text.charCodeAt(k) === 32);
}

/** One or two non-spaces right after `at`, then a plain space or the end. */
function shortPieceAfter(text: string, at: number): boolean {
  let k = at + 1;
  while (k < text.length && k - at <= 3 && !isSpace(text.charCodeAt(k))) k++;
  const n = k - at - 1;
  return n >= 1 && n <= 2 && (k === text.length || text.charCodeAt(k) === 32);
}
