/**
 * The analysis' shortcuts must give exactly what the general code gives: each test compares a fast
 * path with the plain computation it replaced, on many inputs.
 */

import { createRng } from '../../scripts/statements/prng.js';
import { firstMatch } from '../../shared/analysis/first-match.js';
import { groupDigits } from '../../shared/analysis/format.js';
import { analyzeSpending } from '../../shared/analysis/index.js';
import { duplicatesInsight } from '../../shared/analysis/insights-patterns.js';
import { asciiKinds } from '../../shared/analysis/merchant.js';
import { BRAND_NAMES } from '../../shared/analysis/merchant-data.js';
import { detectSubscriptions } from '../../shared/analysis/recurring.js';
import { longestMatch, normalizeText, normalizeUnicode, prepareTerms } from '../../shared/analysis/text.js';
import { daysBetween } from '../../shared/statement/calendar.js';
import type { Transaction } from '../../shared/statement/types.js';
import { atx, statement, summary, tx } from './fixtures.js';

/** A seeded stream (the generator's own PRNG), so a failure can be replayed. */
function random(seed: number): () => number {
  return createRng(seed, 'fast-paths').next;
}

function randomText(next: () => number, alphabet: string, maxLength: number): string {
  let s = '';
  const n = Math.floor(next() * maxLength);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('normalizeText', () => {
  it('gives the rule chain’s result for ASCII and non-ASCII text alike', () => {
    const next = random(1);
    const texts = Array.from({ length: 20_000 }, () => randomText(next, 'aZq09 &+-*#./\t(S)éÅﬁ’', 14));
    expect(texts.filter((t) => normalizeText(t) !== normalizeUnicode(t))).toEqual([]);
  });

  it('gives it for text already in its form (kept whole) and text nearly so', () => {
    const next = random(8);
    const texts = Array.from({ length: 20_000 }, () => randomText(next, 'aZ09  ', 16));
    expect(texts.filter((t) => normalizeText(t) === ` ${t} `).length).toBeGreaterThan(1_000);
    expect(texts.filter((t) => normalizeText(t) !== normalizeUnicode(t))).toEqual([]);
  });
});

describe('longestMatch', () => {
  it('finds the first (longest) term that occurs as whole words, as a scan of every term would', () => {
    const terms = prepareTerms(['coffee', 'blue bottle', 'blue', 'bottle shop', 'bp', 'uber eats', 'uber']);
    // The spec: the first term found anywhere in the text, as itself or with a plural "s".
    const scan = (text: string) =>
      terms.find((t) => text.includes(t.norm) || text.includes(`${t.norm.slice(0, -1)}s `)) ?? null;
    const next = random(2);
    const words = ['blue', 'bottle', 'bottles', 'shop', 'coffees', 'bpay', 'bp', 'uber', 'eats', 'x'];
    const texts = Array.from({ length: 5_000 }, () => {
      const n = 1 + Math.floor(next() * 5);
      return normalizeText(
        Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' '),
      );
    });
    expect(texts.some((t) => scan(t) !== null)).toBe(true);
    expect(texts.filter((t) => longestMatch(t, terms) !== scan(t))).toEqual([]);
  });
});

describe('merchant-name character tests', () => {
  const next = random(7);
  const tokens = Array.from({ length: 20_000 }, () => randomText(next, 'aZ09#+-.*/ſıK\u212aé', 12));

  it('reads the character kinds the regexes read, on ASCII and non-ASCII text alike', () => {
    const spec = (t: string) =>
      (/\d/.test(t) ? 1 : 0) | (/[A-Z]/.test(t) ? 2 : 0) | (/[a-z]/.test(t) ? 4 : 0);
    expect(tokens.filter((t) => asciiKinds(t) !== spec(t))).toEqual([]);
    // stripTail's "no letter or digit" on an upper-cased token.
    const upper = tokens.map((t) => t.toUpperCase());
    expect(upper.filter((t) => (asciiKinds(t) === 0) !== !/[A-Z0-9]/i.test(t))).toEqual([]);
  });

  it('ends a name only at a token with a digit or a leading "#", so the others skip the regexes', () => {
    const endsName = (t: string) =>
      /^#/.test(t) ||
      /^\d{3,}$/.test(t) ||
      /^\+?\d[\d-]{6,}$/.test(t) ||
      /^\d{3}-[A-Z0-9-]{3,}$/i.test(t) ||
      (/\d/.test(t) && /[A-Z]/i.test(t) && /^[A-Z0-9]{6,}$/i.test(t) && /\d.*\d/.test(t));
    const ending = tokens.filter(endsName);
    expect(ending.length).toBeGreaterThan(100);
    expect(ending.filter((t) => !t.startsWith('#') && (asciiKinds(t) & 1) === 0)).toEqual([]);
  });
});

describe('firstMatch', () => {
  it('names a description by the first brand pattern that matches, as testing row by row would', () => {
    const brandOf = firstMatch(BRAND_NAMES);
    const rowByRow = (text: string) => BRAND_NAMES.find(([p]) => p.test(text))?.[1] ?? null;
    const samples = ['AMAZON PRIME VIDEO', 'AMZN Mktp US', 'amazon.co.uk', 'Uber *Eats', 'UBER TRIP'];
    samples.push('YOUTUBEPREMIUM', 'Disney Plus', 'www.olacabs.com', 'WALMART', 'ups store', 'upsilon');
    for (const text of samples) expect([text, brandOf(text)]).toEqual([text, rowByRow(text)]);
    // Random descriptors from the patterns' own words, spacing and punctuation.
    const next = random(6);
    const pieces = [
      'amzn',
      'amazon',
      ' prime',
      ' video',
      'digital',
      'apple',
      '.com',
      '/bill',
      'youtube',
      'premium',
    ];
    pieces.push(
      'at&t',
      'att',
      ' ',
      '*',
      'uber',
      ' eats',
      'disney',
      '+',
      'plus',
      'whole',
      'fds',
      't-mobile',
      'x',
    );
    pieces.push('7-eleven', 'wal-mart', 'www.', 'olacabs', 'trader', ' joe', "mcdonald's", 'UPS', 'upsilon');
    const texts = Array.from({ length: 5_000 }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 4) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join(''),
    );
    expect(texts.filter((t) => rowByRow(t) !== null).length).toBeGreaterThan(500);
    expect(texts.filter((t) => brandOf(t) !== rowByRow(t))).toEqual([]);
  });

  it('keeps row order when a pattern is not anchored at the start', () => {
    const lookup = firstMatch([
      [/b/i, 'second letter'],
      [/^a/i, 'first letter'],
    ]);
    expect(lookup('ab')).toBe('second letter');
    expect(lookup('ax')).toBe('first letter');
  });

  it('names the row whatever groups, classes and escapes its pattern holds', () => {
    const lookup = firstMatch([
      [/^(a|b)[(]x\(/i, 'groups beside a class and an escape'],
      [/^(?:c)(d(e))/i, 'nested groups'],
      [/^(?=f)f(?!g)/i, 'lookarounds'],
      [/^h/i, 'plain'],
    ]);
    expect(['b(x(', 'cde', 'fh', 'h', 'fg', 'z'].map(lookup)).toEqual([
      'groups beside a class and an escape',
      'nested groups',
      'lookarounds',
      'plain',
      null,
      null,
    ]);
  });
});

describe('groupDigits', () => {
  it('prints what toLocaleString prints, whether or not the amount needs rounding', () => {
    const next = random(4);
    const values = [0, -0, 0.5, 1.005, 2.675, 999.995, 1e15, 1e20, 1e21, 1e-7, 123456789.125];
    values.push(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 0.1 + 0.2);
    for (let k = 0; k < 1_000; k++) {
      const cents = Math.round((next() - 0.5) * 10 ** Math.floor(next() * 12));
      values.push(cents / 100, cents / 1000, next() * 10 ** Math.floor(next() * 8));
    }
    const wrong: string[] = [];
    for (const major of values) {
      for (const decimals of [0, 1, 2, 3]) {
        const plain = Math.abs(major).toLocaleString('en-US', {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
        if (groupDigits(major, decimals) !== plain) wrong.push(`${major}/${decimals}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('analyzeSpending output objects', () => {
  it('keeps every field of a transaction, in its order, with the analysis fields after them', () => {
    const plain = tx('2024-01-02', 'NETFLIX.COM', 1549);
    const reordered = { amount: 500, date: '2024-01-03', extra: 'kept' } as unknown as Transaction;
    Object.assign(reordered, { postDate: null, description: 'CORNER SHOP', type: 'purchase', foreign: null });
    const { transactions } = analyzeSpending(statement({}, [plain, reordered]));
    const added = ['merchant', 'category', 'recurring'];
    expect(Object.keys(transactions[0] ?? {})).toEqual([...Object.keys(plain), ...added]);
    expect(Object.keys(transactions[1] ?? {})).toEqual([...Object.keys(reordered), ...added]);
    expect(transactions[1]).toMatchObject({ extra: 'kept', amount: 500 });
  });

  it('leaves the parsed statement untouched and answers the same twice', () => {
    const txs = [0, 7, 14, 21].map((d) =>
      tx(`2024-01-${String(2 + d).padStart(2, '0')}`, 'MEAL KIT CO', 6000),
    );
    const parsed = statement({ periodStart: '2024-01-01', periodEnd: '2024-01-31' }, txs);
    const before = JSON.stringify(parsed);
    const first = analyzeSpending(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
    expect(first.transactions.every((t) => t.recurring)).toBe(true);
    expect(JSON.stringify(analyzeSpending(parsed))).toBe(JSON.stringify(first));
  });
});

describe('amount clustering', () => {
  it('groups many fractional amounts as it groups whole cents', () => {
    // Two plans from one merchant, interleaved week by week: each is a fortnightly charge.
    const dates = Array.from({ length: 20 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 2 + 7 * i)).toISOString().slice(0, 10),
    );
    const amount = (i: number) => (i % 2 === 0 ? 6000 : 9000) + (i % 5);
    const whole = dates.map((d, i) => atx(d, 'Meal Kit Co', amount(i)));
    const fractional = dates.map((d, i) => atx(d, 'Meal Kit Co', amount(i) + 0.5));
    const shape = (txs: typeof whole) => detectSubscriptions(txs).map((s) => [s.cadence, s.indices]);
    const even = dates.map((_, i) => i).filter((i) => i % 2 === 0);
    const odd = even.map((i) => i + 1);
    expect(shape(whole)).toEqual([
      ['fortnightly', odd],
      ['fortnightly', even],
    ]);
    expect(shape(fractional)).toEqual(shape(whole));
  });
});

describe('cadence', () => {
  it('finds an observed cadence exactly when sorting the dates and checking every gap does', () => {
    // The spec: dates sorted as text, every gap inside one cadence's window, enough charges.
    const windows = [
      [6, 8, 3],
      [13, 16, 3],
      [26, 35, 2],
    ] as const;
    const fits = (dates: string[]) => {
      const sorted = [...dates].sort();
      const gaps = sorted.slice(1).map((d, k) => daysBetween(sorted[k] ?? d, d));
      return windows.some(([min, max, n]) => dates.length >= n && gaps.every((g) => g >= min && g <= max));
    };
    const next = random(5);
    const wrong: string[][] = [];
    let found = 0;
    for (let k = 0; k < 3_000; k++) {
      const step = [7, 14, 30, 3, 40][Math.floor(next() * 5)] as number;
      const n = 1 + Math.floor(next() * 8);
      // Near-regular dates, some written past the month's end ("2024-02-31") as Date.parse allows.
      const dates = Array.from({ length: n }, (_, i) => {
        const day = 1 + i * step + Math.floor(next() * 4) - 1;
        const month = 1 + Math.floor(day / 31);
        return `2024-${String(Math.min(month, 12)).padStart(2, '0')}-${String(1 + (day % 31)).padStart(2, '0')}`;
      });
      const txs = dates.map((d) => atx(d, 'Widget Works', 5000));
      const observed = detectSubscriptions(txs, () => false).some((s) => s.observed);
      if (observed) found += 1;
      if (observed !== fits(dates)) wrong.push(dates);
    }
    expect(found).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('duplicates order', () => {
  it('lists pairs by the date of their first charge, across merchants', () => {
    const txs = [
      atx('2024-03-09', 'Bakery', 300),
      atx('2024-03-01', 'Cafe', 450),
      atx('2024-03-10', 'Bakery', 300),
      atx('2024-03-02', 'Cafe', 450),
    ];
    const [insight] = duplicatesInsight({ summary: summary(), transactions: txs });
    const cafe = insight?.detail.indexOf('Cafe') ?? -1;
    const bakery = insight?.detail.indexOf('Bakery') ?? -1;
    expect(cafe).toBeGreaterThanOrEqual(0);
    expect(bakery).toBeGreaterThan(cafe);
  });
});
