/**
 * Splitting a summary cell into label/value pairs, and what counts as a summary figure. Every cell
 * of every row with a label word goes through here, so plain labels take a shortcut and words are
 * split by hand.
 */
import { hasDigit, isDigit, isSpace } from './chars.js';
import { readDateAt } from './dates.js';
import { type ParsedAmount, parseAmount } from './money.js';
import { WHOLE_CURRENCIES } from './row-amount.js';

/** A currency code printed with the figure ("JPY 93"). */
const ISO_CODE = /(^|[^A-Za-z])[A-Z]{3}([^A-Za-z]|$)/;

/**
 * A summary figure as printed: with decimals, or a whole amount that is clearly money ("$31,700",
 * "10,000", "JPY 93") — never a bare short number like "(5$)" or the "7320" of a card number.
 */
export function figure(printed: string): ParsedAmount | null {
  // "7,879.62 -": a summary box's operator after its value, not a trailing minus ("45,00-" has no space).
  // "= $8,053.10": the result of a formula row, its operator before the value.
  const unmarked = printed.includes('`') || printed.includes('|') ? withoutStrayGlyph(printed) : printed;
  const bare = unmarked.startsWith('=') ? unmarked.slice(1) : unmarked;
  // "0=", "12.50 =": the operator before a formula row's result, set against the figure or not.
  const text =
    bare.endsWith(' -') || bare.endsWith(' +') || bare.endsWith(' =')
      ? bare.slice(0, -2)
      : bare.endsWith('=')
        ? bare.slice(0, -1)
        : bare;
  const a = parseAmount(text);
  if (!a) return null;
  if (a.hasDecimals) return a;
  // "JPY 93", "JPY 0": a whole amount with its code printed; "0 ¥", "327 ¥": with the mark of a
  // currency that has no minor unit.
  if (a.currency !== null && (ISO_CODE.test(text) || WHOLE_CURRENCIES.has(a.currency))) return a;
  const digits = text.replace(/\D/g, '').length;
  // A group of three digits, before the end, a space or a marker against it ("174,531CR").
  return digits >= 3 && (a.currency !== null || /\d[,.]\d{3}(?!\d)/.test(text)) ? a : null;
}

/**
 * The rupee sign that a font without ₹ prints as a stray glyph, "`" or "|", standing as a word of
 * its own beside the figure ("275,676.10 ` D", "| 30,386.11"), or a "`" against it ("`9713.54"):
 * dropped, as the currency is read elsewhere (currency.ts reads the glyph in the column header).
 */
function withoutStrayGlyph(text: string): string {
  return (
    text
      .replace(/(^|\s)[`|](?=\s|$)/g, '$1')
      // Or set against the figure, after its sign ("`9713.54", "–`97592.60").
      .replace(/`(?=\d)/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/** A bare whole number of up to three digits, or in parentheses, or marked: "107", "0", "(93)", "0 Dr". */
const SHORT_WHOLE = /^[(-]?\d{1,3}\)?(?: ?(?:dr|cr))?$/i;

/**
 * A summary figure on a statement that counts in whole units (yen, won): `figure`'s, or a short
 * whole number ("Fees Charged  107"), which elsewhere could be a count or a footnote.
 */
export function wholeFigure(printed: string): ParsedAmount | null {
  // A formula row's operator before the value is no sign: "+ 413", "- 0".
  // And a formula row's operator after it ("0 Dr -", "0 +"): the next figure's, no trailing minus.
  const bare = printed.trim().replace(OPERATOR_BEFORE, '').replace(OPERATOR_AFTER, '');
  // "+ 0 ¥ +": a marked whole figure between two operators reads once both are off.
  return (
    figure(printed) ?? (SHORT_WHOLE.test(bare) ? parseAmount(bare) : bare !== printed ? figure(bare) : null)
  );
}

/** An operator before the figure: spaced, or "+" or "=" against it ("+0+" once tracked type is closed up). */
const OPERATOR_BEFORE = /^(?:[-+=] |[+=](?=\d))/;
/** An operator after the figure: spaced, or "+" or "=" against it ("0=", "0+"); a "-" against it is a sign. */
const OPERATOR_AFTER = / [-+=]$|[+=]$/;

/**
 * Splits one cell into label/value pairs: "New Balance: $5,084.29" is one pair, "Total Amount Due
 * ₹32,271.06 Minimum Amount Due ₹391.50" two; a trailing label with no value gets value ''. `rest`
 * is the cell's text from the value on (a period label needs both of its dates).
 */
export function splitPairs(text: string): Array<{ label: string; value: string; rest: string }> {
  // Most cells are a plain label: no digit (so no value) and single spaces between words.
  if (isPlainLabel(text)) return [{ label: text, value: '', rest: '' }];
  const words = wordsOf(text);
  const pairs: Array<{ label: string; value: string; rest: string }> = [];
  // Figures and dates all contain a digit: a window of words without one is never a value.
  let nextDigit = words.length;
  const digitAt: number[] = new Array(words.length);
  for (let w = words.length - 1; w >= 0; w--) {
    if (hasDigit(words[w] as string)) nextDigit = w;
    digitAt[w] = nextDigit;
  }
  let label = '';
  let i = 0;
  while (i < words.length) {
    let { taken, value } = valueAt(words, digitAt, i);
    // "Interest charged so far in 2026 AED 1,974.00": a year that ends the label, read with the
    // code after it as a whole amount ("2026 AED"), when a figure with decimals follows it.
    if (taken > 0 && label !== '' && isYear(words[i] as string)) {
      const next = valueAt(words, digitAt, i + 1);
      if (next.taken > 0 && figure(next.value)?.hasDecimals === true) taken = 0;
    }
    if (taken === 0) {
      label = label === '' ? (words[i] as string) : `${label} ${words[i]}`;
      i++;
      continue;
    }
    pairs.push({ label, value, rest: joinWords(words, i, words.length) });
    label = '';
    i += taken;
  }
  if (label !== '') pairs.push({ label, value: '', rest: '' });
  return pairs;
}

/** The value (figure or whole date) that starts at word `i`: how many words it takes, and its text. */
function valueAt(words: string[], digitAt: number[], i: number): { taken: number; value: string } {
  const k0 = Math.min(3, words.length - i);
  for (let k = k0; k >= 1 && (digitAt[i] as number) < i + k; k--) {
    const candidate = joinWords(words, i, i + k);
    if (figure(candidate) || isWholeDate(candidate)) return { taken: k, value: candidate };
  }
  return { taken: 0, value: '' };
}

/** A bare year of this century or the last ("2026"). */
function isYear(word: string): boolean {
  return word.length === 4 && (word.startsWith('20') || word.startsWith('19')) && /^\d{4}$/.test(word);
}

/** Words `from`..`to` joined by single spaces (a slice and join for longer runs). */
function joinWords(words: string[], from: number, to: number): string {
  if (to - from === 1) return words[from] as string;
  if (to - from === 2) return `${words[from]} ${words[from + 1]}`;
  return words.slice(from, to).join(' ');
}

/** No digit, and words separated by single plain spaces with none at either end. */
function isPlainLabel(text: string): boolean {
  if (text.length === 0) return false;
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return false;
    const space = c === 32;
    if (space ? prevSpace : c !== 32 && isSpace(c)) return false;
    prevSpace = space;
  }
  return !prevSpace;
}

/** `text.split(/\s+/)` without the empty words, by hand: every summary cell goes through it. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words;
}

/** A cell that is only a date ("14 Sep 2025"): a value, not words of a label. */
export function isWholeDate(text: string): boolean {
  const date = readDateAt(text);
  return date !== null && date.rest.trim() === '';
}
