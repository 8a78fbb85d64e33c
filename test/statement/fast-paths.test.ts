/**
 * A fast path has its slow twin as an oracle: the character classes of statement/chars.ts against
 * their regex classes (every BMP code point), parseAmount's two fast paths (plainAmount and the
 * mayBeAmount prefilter) against AMOUNT_RE alone, and the numeric date scanners against the regexes
 * of NUMERIC_DATE_SPEC, and the row scanners against their regexes, on seeded random text built to
 * sit on the edges of each grammar.
 */
import { describe, expect, test } from '@jest/globals';
import { createRng } from '../../scripts/statements/prng.js';
import { withCells } from '../../shared/pdf/layout.js';
import {
  isAmountSep,
  isAsciiSpace,
  isDigit,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
} from '../../shared/statement/chars.js';
import { ANY_HINT, scanHints } from '../../shared/statement/classify.js';
import {
  DAY_AFTER_SPEC,
  type DateHit,
  mayFollowDay,
  NUMERIC_DATE_SPEC,
  readDateFrom,
} from '../../shared/statement/date-scan.js';
import { despaceText, MAY_CHANGE } from '../../shared/statement/despace.js';
import { hasWord, hasWordSpec } from '../../shared/statement/merchant-lines.js';
import { amountByRegex, mayCarryCurrency, parseAmount } from '../../shared/statement/money.js';
import { plainAmount } from '../../shared/statement/plain-amount.js';
import { AMOUNT_THEN_TEXT } from '../../shared/statement/row-split.js';
import { stemScanner } from '../../shared/statement/stems.js';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const digits = (r: () => number, n: number) =>
  Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');

describe('the character classes equal their regex classes', () => {
  const classes: Array<[string, (c: number) => boolean, RegExp]> = [
    ['isDigit', isDigit, /[0-9]/],
    ['isSpace', isSpace, /\s/],
    ['isAsciiSpace', isAsciiSpace, /[ \t\n\v\f\r]/],
    ['isWordChar', isWordChar, /\w/],
    ['isUpper', isUpper, /[A-Z]/],
    ['isLower', isLower, /[a-z]/],
    ['isAmountSep', isAmountSep, /[.,]/],
  ];
  test.each(classes)('%s on every code point of the BMP', (_, fast, re) => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (fast(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(fast(Number.NaN)).toBe(false);
  });
});

// Amounts: the grammar's pieces, then random edits with the characters AMOUNT_RE cares about.
const SIGNS = ['', '', '-', '+', '−', '(', '- ', '( '];
const CURRENCIES = [
  '',
  '',
  '',
  '$',
  '£',
  '€',
  '₹',
  '¥',
  'US$',
  'S$',
  'HK$',
  'Rs.',
  'Rs',
  'USD ',
  'EUR',
  'INR ',
  'AND ',
  'X$',
  '円',
  '$(',
  'USD (',
  'AND (',
];
const GROUP_SEPS = [',', '.', ' ', '\u00a0', '\u202f', "'", '’', ',', '.'];
const DECIMALS = ['', '.', ',', '.5', ',5', '.05', ',50', '.05', ',50', '.05', '.123'];
const TRAILS = [
  '',
  '',
  '',
  '-',
  ' CR',
  'CR',
  'Cr',
  'cr',
  ' DR',
  'Dr',
  'dr',
  ' C',
  'C',
  'D',
  ')',
  ' )',
  '.',
  ' Dr.',
  ' €',
  ' USD',
  '-)',
];
const EDITS = "0123456789.,-+ $£€₹¥円()CRDcdrsUSEINR'’\u00a0−x/";

function amountText(r: () => number): string {
  let number = digits(r, 1 + Math.floor(r() * (r() < 0.5 ? 3 : 9)));
  if (r() < 0.6) {
    const sep = pick(r, GROUP_SEPS);
    const groups = Math.floor(r() * 4);
    // Mostly well-formed groups of three (or two, as lakhs), sometimes not.
    for (let g = 0; g < groups; g++)
      number += (r() < 0.9 ? sep : pick(r, GROUP_SEPS)) + digits(r, pick(r, [3, 3, 3, 2, 1, 4]));
  }
  const dec = pick(r, DECIMALS);
  number += dec.replace(/\d/g, () => String(Math.floor(r() * 10)));
  const cur = pick(r, CURRENCIES);
  const before = r() < 0.7;
  let text = `${pick(r, SIGNS)}${before ? cur : ''}${r() < 0.1 ? pick(r, ['-', '+']) : ''}${number}${before ? '' : cur}${pick(r, TRAILS)}`;
  const edits = r() < 0.7 ? 0 : 1 + Math.floor(r() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (text.length + 1));
    const kind = r();
    if (kind < 0.4) text = text.slice(0, at) + pick(r, [...EDITS]) + text.slice(at);
    else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + pick(r, [...EDITS]) + text.slice(at + 1);
  }
  return text;
}

describe('parseAmount equals AMOUNT_RE alone', () => {
  test.each([1, 2, 3, 4])('on 50,000 generated near-amounts (seed %i)', (seed) => {
    const r = createRng(seed, 'amounts').next;
    const mismatches: string[] = [];
    let byPlain = 0;
    let byRegex = 0;
    for (let i = 0; i < 50_000; i++) {
      const text = amountText(r);
      const fast = parseAmount(text);
      const slow = amountByRegex(text.trim());
      if (JSON.stringify(fast) !== JSON.stringify(slow)) mismatches.push(text);
      if (slow) {
        if (plainAmount(text.trim()) !== undefined) byPlain++;
        else byRegex++;
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    // The generator reaches both paths often, so agreement is not agreement on nothing.
    expect(byPlain).toBeGreaterThan(1_500);
    expect(byRegex).toBeGreaterThan(5_000);
  });
});

describe('parseAmount equals AMOUNT_RE alone on amounts among letters', () => {
  // Codes before and after, markers, "Rs", "Dhs", "Fr." and words: around eight letters, where the
  // early refusal of text holding words (a ninth letter, a lower-case letter no amount has) sits.
  const PIECES = [
    'USD',
    'EUR',
    'CR',
    'Dr',
    'cr',
    'Rs.',
    'Dhs',
    'Fr.',
    'S$',
    'x',
    'h',
    'ab',
    'TOTAL',
    'Ok',
    'D',
    'C',
  ];
  test.each([1, 2])('on 50,000 generated texts (seed %i)', (seed) => {
    const r = createRng(seed, 'amounts-among-letters').next;
    const mismatches: string[] = [];
    let amounts = 0;
    for (let i = 0; i < 50_000; i++) {
      const parts = [amountText(r)];
      for (let k = Math.floor(r() * 4); k > 0; k--) {
        const piece = pick(r, PIECES);
        if (r() < 0.5) parts.unshift(piece);
        else parts.push(piece);
      }
      const text = parts.join(r() < 0.7 ? ' ' : '');
      const fast = parseAmount(text);
      const slow = amountByRegex(text.trim());
      if (JSON.stringify(fast) !== JSON.stringify(slow)) mismatches.push(text);
      if (slow) amounts++;
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(amounts).toBeGreaterThan(3_000);
  });
});

describe('mayCarryCurrency holds for every amount parseAmount gives a currency', () => {
  test.each([1, 2])('on 50,000 generated near-amounts (seed %i)', (seed) => {
    const r = createRng(seed, 'carry-currency').next;
    const missed: string[] = [];
    let withCurrency = 0;
    let refused = 0;
    for (let i = 0; i < 50_000; i++) {
      const text = amountText(r);
      if (!parseAmount(text)?.currency) {
        if (!mayCarryCurrency(text)) refused++;
        continue;
      }
      withCurrency++;
      if (!mayCarryCurrency(text)) missed.push(text);
    }
    expect(missed.slice(0, 20)).toEqual([]);
    // Both sides are reached: amounts with a currency, and texts the prefilter spares the reader.
    expect(withCurrency).toBeGreaterThan(5_000);
    expect(refused).toBeGreaterThan(2_000);
  });
});

/** What NUMERIC_DATE_SPEC reads at `from` (after spaces), with the scanner's own checks of the numbers. */
function dateBySpec(text: string, from: number): DateHit | null {
  let start = from;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  for (const [name, re] of Object.entries(NUMERIC_DATE_SPEC)) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    // Each pattern wants its own separator after the leading digits: at most one can match.
    const iso = name === 'iso';
    // The iso spec's second branch (slashes, zeros optional) holds its month and day in groups 6 and 7.
    const a = Number(iso ? (m[4] ?? m[7]) : m[1]);
    const b = Number(iso ? (m[3] ?? m[6]) : m[2]);
    const y = m[iso ? 1 : 3];
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : null;
    const kind = iso ? 'iso' : name === 'dotted' ? 'dotted' : 'numeric';
    if (a < 1 || a > 31 || b < 1 || b > 31 || (kind !== 'numeric' && b > 12)) return null;
    const end = start + m[0].length;
    return { token: { a, b, year, kind, text: text.slice(start, end) }, end };
  }
  return null;
}

const DATE_SEPS = ['.', '/', '-', '.', '/', '-', ' ', ':', ''];
const DATE_TAILS = ['', '', ' ', '/', '-', '.', ':', '0', ',', '_', ' 12.50'];

function dateText(r: () => number): string {
  // Small numbers, so that many runs are valid days and months.
  const num = (n: number) =>
    n === 1 ? String(1 + Math.floor(r() * 9)) : n === 2 ? String(10 + Math.floor(r() * 22)) : digits(r, n);
  const run = () => num(pick(r, [1, 2, 2, 2, 2, 4, 0, 3, 5]));
  let text = ' '.repeat(pick(r, [0, 0, 0, 1, 2])) + num(pick(r, [1, 2, 2, 2, 4, 3, 5]));
  text += pick(r, DATE_SEPS) + run();
  if (r() < 0.7) text += pick(r, DATE_SEPS) + run();
  return text + pick(r, DATE_TAILS);
}

describe('the numeric date scanners equal NUMERIC_DATE_SPEC', () => {
  test.each([1, 2, 3])('on 50,000 generated digit runs and separators (seed %i)', (seed) => {
    const r = createRng(seed, 'dates').next;
    const mismatches: string[] = [];
    let read = 0;
    for (let i = 0; i < 50_000; i++) {
      const text = dateText(r);
      const fast = readDateFrom(text, 0);
      const slow = dateBySpec(text, 0);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) mismatches.push(text);
      if (slow) read++;
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(read).toBeGreaterThan(2_500);
  });
});

describe('the month-name prefilter lets through everything the day-month pattern can read', () => {
  test('mayFollowDay equals DAY_AFTER_SPEC on every code point of the BMP', () => {
    const differ: number[] = [];
    // A one-letter ordinal start needs its second letter for the spec: try each character before both.
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const spec = ['', 't', 'd', 'h', 'r'].some((next) => DAY_AFTER_SPEC.test(ch + next));
      if (mayFollowDay(c) !== spec) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(mayFollowDay(Number.NaN)).toBe(false);
  });

  test('named dates still read after the prefilters ("12th Dec 2024", "3-Nov-26", "Nov 05, 2026")', () => {
    expect(readDateFrom('12th Dec 2024', 0)?.token).toMatchObject({
      a: 12,
      b: 12,
      year: 2024,
      kind: 'named',
    });
    expect(readDateFrom('3-Nov-26', 0)?.token).toMatchObject({ a: 3, b: 11, year: 2026 });
    expect(readDateFrom('05. Mai', 0)?.token).toMatchObject({ a: 5, b: 5, year: null });
    expect(readDateFrom('31,87', 0)).toBeNull();
    // Month first: the day's digits may sit anywhere after the name, and words without any are no date.
    expect(readDateFrom('Nov 05, 2026', 0)?.token).toMatchObject({ a: 5, b: 11, year: 2026 });
    expect(readDateFrom('  September-9th', 0)?.token).toMatchObject({ a: 9, b: 9 });
    expect(readDateFrom('DECEMBER PAYMENTS', 0)).toBeNull();
  });
});

describe('a test of the whole line refuses only lines none of whose cells it would accept', () => {
  // despaceLines and rowLines test a line's text before its cells: exact only if a cell the cell
  // test accepts always makes its line's text pass too.
  test.each([1, 2])(
    'on 20,000 generated lines of short pieces, digits, marks and colons (seed %i)',
    (seed) => {
      const r = createRng(seed, 'line-gates').next;
      // Pieces of the shapes both tests look for: spaced digits and letters, glued colons, amounts.
      const pieces = ['1', '9', '12', '0 0', ',', '.', '.0 0', '1.20', '3,45)', 'C R', 'D r', 'S', 'ta'];
      const alphabet = [...pieces, 'te', 'PAY', 'Date:1', 'Due:', '$', '-', ' ', 'balance', 'me', 'n', 't'];
      let changed = 0;
      let splits = 0;
      const missed: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const cells = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, k) => {
          const text = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(r, alphabet))
            .join(r() < 0.7 ? ' ' : '')
            .trim();
          return { text: text || 'x', x0: k * 100, x1: k * 100 + 50 };
        });
        const line = withCells({ page: 1, y: 0, cells: [], text: '' }, cells);
        const cellChanges = cells.some((c) => despaceText(c.text) !== c.text);
        const cellSplits = cells.some((c) => AMOUNT_THEN_TEXT.test(c.text));
        if (cellChanges) changed++;
        if (cellSplits) splits++;
        if ((cellChanges && !MAY_CHANGE.test(line.text)) || (cellSplits && !AMOUNT_THEN_TEXT.test(line.text)))
          missed.push(JSON.stringify(cells.map((c) => c.text)));
      }
      expect(missed.slice(0, 20)).toEqual([]);
      expect(changed).toBeGreaterThan(500);
      expect(splits).toBeGreaterThan(500);
    },
  );
});

describe('scanHints answers ANY_HINT on the lower-case text', () => {
  test.each([1, 2])(
    'on 50,000 generated descriptions of stems cut and joined, any case (seed %i)',
    (seed) => {
      const r = createRng(seed, 'stem-scan').next;
      const stems = ANY_HINT.source.split('|');
      // Pieces of stems (whole, cut short, run on), words that are none, and both cases of each.
      const piece = (): string => {
        const stem = pick(r, stems);
        const cut = r() < 0.5 ? stem : stem.slice(0, Math.max(1, Math.floor(r() * stem.length)));
        const text = r() < 0.3 ? pick(r, ['AMZN Mktp', 'COFFEE', 'x', '#811', 'Ray', ' ', '*', '-']) : cut;
        return r() < 0.5 ? text.toUpperCase() : text;
      };
      let hits = 0;
      const mismatches: string[] = [];
      for (let i = 0; i < 50_000; i++) {
        const text = Array.from({ length: 1 + Math.floor(r() * 4) }, piece).join(r() < 0.5 ? ' ' : '');
        const spec = ANY_HINT.test(text.toLowerCase());
        if (scanHints(text) !== (spec ? 1 : 0)) mismatches.push(JSON.stringify(text));
        if (spec) hits++;
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      expect(hits).toBeGreaterThan(10_000);
      expect(50_000 - hits).toBeGreaterThan(10_000);
    },
  );

  test('text outside printable ASCII is left to the regex, and a list that is not plain stems is refused', () => {
    expect(scanHints('Gebühr')).toBe(-1);
    // Answered at the first character outside the table; a stem found before it answers 1, which
    // also sends the text to the regex.
    expect(scanHints('PA\tYMENT')).toBe(-1);
    expect(scanHints('PAY\tMENT')).toBe(1);
    expect(scanHints('Late FEE')).toBe(1);
    expect(scanHints('AMZN Mktp US*VR4H5STU6')).toBe(0);
    expect(() => stemScanner(/fee|pay.?ment/)).toThrow(/not a plain stem/);
    expect(() => stemScanner(/fee/i)).toThrow(/flags/);
  });
});

describe('AMOUNT_THEN_TEXT', () => {
  test('a second row after an amount in one cell ("$5.60 43 19 DEC", "(12,50)  7 MAR")', () => {
    expect(AMOUNT_THEN_TEXT.test('COFFEE $5.60 43 19 DEC TRANSACTION')).toBe(true);
    expect(AMOUNT_THEN_TEXT.test('(12,50)  7 MAR')).toBe(true);
    expect(AMOUNT_THEN_TEXT.test('UBER *TRIP NEW YORK')).toBe(false);
    expect(AMOUNT_THEN_TEXT.test('5.6 43')).toBe(false);
  });
});

/**
 * A scanner against its spec on 50,000 texts of up to `maxLength - 1` characters drawn from
 * `alphabet`: no text where they differ, and both answers reached at least 3,000 times each.
 */
function expectScannerEqualsSpec(
  seed: number,
  stream: string,
  alphabet: readonly string[],
  maxLength: number,
  fast: (text: string) => boolean,
  spec: (text: string) => boolean,
): void {
  const r = createRng(seed, stream).next;
  const mismatches: string[] = [];
  let hits = 0;
  for (let i = 0; i < 50_000; i++) {
    const text = Array.from({ length: Math.floor(r() * maxLength) }, () => pick(r, alphabet)).join('');
    const slow = spec(text);
    if (fast(text) !== slow) mismatches.push(JSON.stringify(text));
    if (slow) hits++;
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(hits).toBeGreaterThan(3_000);
  expect(50_000 - hits).toBeGreaterThan(3_000);
}

describe('hasWord equals hasWordSpec', () => {
  test.each([1, 2])(
    'on 50,000 generated texts of letters, digits and spaces of every kind (seed %i)',
    (seed) => {
      const alphabet = ['a', 'Z', 'k', '1', '*', '.', ' ', ' ', ' ', '\t', '\u00a0', 'é', 'ß', '-', '@', '['];
      expectScannerEqualsSpec(seed, 'has-word', alphabet, 8, hasWord, hasWordSpec);
    },
  );

  test('letter-spaced words count, letters apart by anything but a plain space do not', () => {
    expect(hasWord('A M Z N M k t p')).toBe(true);
    expect(hasWord('NETFLIX.COM')).toBe(true);
    expect(hasWord('A 1 B')).toBe(false);
    expect(hasWord('A\tB')).toBe(false);
    expect(hasWord('é é')).toBe(false);
  });
});
