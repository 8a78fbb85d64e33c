import { createRng } from '../../scripts/statements/prng.js';
import { addDays, daysBetween } from '../../shared/statement/calendar.js';
import { readDateFrom } from '../../shared/statement/date-scan.js';
import {
  dateResolver,
  findDates,
  forgetLastDate,
  inferOrder,
  readDateAt,
  rememberDates,
  resolveDate,
} from '../../shared/statement/dates.js';

const token = (text: string) => {
  const hit = readDateAt(text);
  if (!hit) throw new Error(`no date in ${text}`);
  return hit.token;
};

describe('dates', () => {
  test.each([
    ['01/28', 'MD', '2024-02-03', '2024-01-28'],
    ['01/28/24', 'MD', null, '2024-01-28'],
    ['01/28/2024', 'MD', null, '2024-01-28'],
    ['28/01/2024', 'DM', null, '2024-01-28'],
    ['28.01.2024', 'MD', null, '2024-01-28'],
    ['05 Nov', 'MD', '2026-11-30', '2026-11-05'],
    ['Nov 05', 'DM', '2026-11-30', '2026-11-05'],
    ['5 Nov 2026', 'MD', null, '2026-11-05'],
    ['09 Sep 23', 'MD', null, '2023-09-09'],
    ['01-07-2023', 'DM', null, '2023-07-01'],
    ['2026-03-04', 'MD', null, '2026-03-04'],
    // The year first with slashes or dots (Japan, Korea, China): never a day before the month.
    ['2026/03/04', 'MD', null, '2026-03-04'],
    ['2026.03.04', 'DM', null, '2026-03-04'],
    // Ordinal days: the French "1er", the Spanish, Portuguese and Italian "1º" and "1°".
    ['1er mars 2026', 'MD', null, '2026-03-01'],
    ['1º de março de 2026', 'MD', null, '2026-03-01'],
    ['1° marzo 2026', 'MD', null, '2026-03-01'],
    // Day, month and year run together, and the year after an apostrophe (Indian issuers).
    ['05DEC25', 'MD', null, '2025-12-05'],
    ['5Dec2025', 'MD', null, '2025-12-05'],
    ["05 Dec'25", 'MD', null, '2025-12-05'],
    ['05 DEC’25', 'MD', null, '2025-12-05'],
    // Two digits of year after dots (German and Dutch issuers).
    ['05.12.25', 'MD', null, '2025-12-05'],
    // The month's name between slashes (Indian issuers).
    ['05/Jan/2026', 'MD', null, '2026-01-05'],
    ['05/JAN/26', 'MD', null, '2026-01-05'],
    // The weekday before the date, in the languages we read.
    ['Mon 05 Jan 2026', 'MD', null, '2026-01-05'],
    ['Mon, Jan 05, 2026', 'DM', null, '2026-01-05'],
    ['Mo., 05.01.2026', 'MD', null, '2026-01-05'],
    ['ma 05-01-2026', 'DM', null, '2026-01-05'],
    ['mié. 05/01/2026', 'DM', null, '2026-01-05'],
    ['Thurs 8 Jan', 'MD', '2026-01-31', '2026-01-08'],
  ] as const)('%s (%s, period ending %s) is %s', (text, order, anchor, want) => {
    expect(resolveDate(token(text), order, anchor)).toBe(want);
  });

  test('a December date on a statement closing in January belongs to the previous year', () => {
    expect(resolveDate(token('12/28'), 'MD', '2027-01-27')).toBe('2026-12-28');
    expect(resolveDate(token('Dec 30'), 'MD', '2027-01-05')).toBe('2026-12-30');
    expect(resolveDate(token('01/03'), 'MD', '2027-01-27')).toBe('2027-01-03');
  });

  test('a year-less date with no period to anchor it stays unknown', () => {
    expect(resolveDate(token('01/28'), 'MD', null)).toBeNull();
  });

  test('impossible dates are refused', () => {
    expect(resolveDate(token('02/30/2024'), 'MD', null)).toBeNull();
    expect(readDateAt('32 Nov 2026')).toBeNull();
  });

  test('the day/month order follows digits that only fit one reading, then the currency', () => {
    expect(inferOrder([token('13/01'), token('01/02')], 'USD')).toBe('DM');
    expect(inferOrder([token('01/13'), token('01/02')], 'GBP')).toBe('MD');
    expect(inferOrder([token('01/02')], 'GBP')).toBe('DM');
    expect(inferOrder([token('01/02')], 'USD')).toBe('MD');
  });

  test('phone numbers and amounts are not dates', () => {
    expect(findDates('Call 1-800-524-3880 or 800-288-2020 about 4.50')).toEqual([]);
    expect(findDates('Total 1234.56 and 2024.5 and 1.234.567,89')).toEqual([]);
    expect(findDates('Opening/Closing Date 01/04/24 - 02/03/24').map((d) => d.text)).toEqual([
      '01/04/24',
      '02/03/24',
    ]);
  });

  test('a date must end where its pattern says: no digit, letter or separator runs on', () => {
    expect(readDateAt('2026-03-04T10:00')).toBeNull();
    // A year first takes one separator throughout, and two-digit months and days.
    expect(readDateAt('2026/03-04')).toBeNull();
    expect(readDateAt('2026.3.4')).toBeNull();
    expect(readDateAt('2026-3-4')).toBeNull();
    // After slashes, zeros are optional ("2026/3/4", as Japanese statements also print it).
    expect(readDateAt('2026/3/4')?.token).toMatchObject({ a: 4, b: 3, year: 2026, kind: 'iso' });
    expect(readDateAt('2026/12/4  AMAZON')?.token.text).toBe('2026/12/4');
    expect(readDateAt('2026/03/04x')).toBeNull();
    expect(readDateAt('28.01.202')).toBeNull();
    expect(readDateAt('01-07-2023-5')).toBeNull();
    expect(readDateAt('01/02/2024/')).toBeNull();
    expect(readDateAt('123/45')).toBeNull();
    expect(readDateAt('28.01. ok')?.token).toMatchObject({ a: 28, b: 1, year: null, text: '28.01.' });
    expect(readDateAt('  01/28 COFFEE')).toMatchObject({ token: { text: '01/28' }, rest: ' COFFEE' });
  });

  test('a compact date needs its year and ends where its word does', () => {
    expect(readDateAt('12MAR24X')).toBeNull();
    expect(readDateAt('12MAR24:00')).toBeNull();
    expect(readDateAt('05DEC')).toBeNull();
    expect(readDateAt('05DEC25 AMAZON')).toMatchObject({ token: { text: '05DEC25' }, rest: ' AMAZON' });
    expect(findDates('Statement period 05NOV25 to 04DEC25').map((d) => d.text)).toEqual([
      '05NOV25',
      '04DEC25',
    ]);
    // Inside a word it is no date: "REF12JAN25" is a reference.
    expect(findDates('REF12JAN25 SINGAPORE')).toEqual([]);
  });

  test("a footnote mark against a date marks the row: it is not the description's", () => {
    expect(readDateAt('01/15/25* AMAZON')).toMatchObject({ token: { text: '01/15/25' }, rest: ' AMAZON' });
    expect(readDateAt('Dec 08*')).toMatchObject({ token: { text: 'Dec 08' }, rest: '' });
    expect(readDateAt('05 Nov† FEE')?.rest).toBe(' FEE');
    // Apart from the date it is the merchant's own: "* NETFLIX" keeps it.
    expect(readDateAt('01/15 *NETFLIX')?.rest).toBe(' *NETFLIX');
  });

  test('a weekday is no date by itself, and a month it shares its name with stays the month', () => {
    // "Mar" is March and the French and Italian Tuesday: what follows says which.
    expect(readDateAt('Mar 05, 2026')?.token).toMatchObject({ a: 5, b: 3, year: 2026 });
    expect(readDateAt('mar. 05/01/2026')?.token).toMatchObject({ a: 5, b: 1, year: 2026 });
    expect(readDateAt('Mon 12')).toBeNull();
    expect(readDateAt('SUN 4PM')).toBeNull();
    expect(readDateAt('Mon 05 Jan AMAZON')).toMatchObject({ token: { text: '05 Jan' }, rest: ' AMAZON' });
  });

  test('a month name may be cut short when its long form runs into more text', () => {
    expect(readDateAt('05 Sept2')?.token).toMatchObject({ a: 5, b: 9, text: '05 Sep' });
    expect(readDateAt('jun 3, 2026')?.token).toMatchObject({ a: 3, b: 6, year: 2026 });
  });

  test('resolving a whole statement resolves each date as resolveDate does', () => {
    const resolve = dateResolver('MD', '2027-01-27');
    for (const text of ['12/28', '01/03', '02/29', 'Dec 30', '2026-03-04', '03/15']) {
      expect([text, resolve(token(text))]).toEqual([text, resolveDate(token(text), 'MD', '2027-01-27')]);
    }
  });

  test('day arithmetic crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2024-01-04', '2024-02-03')).toBe(30);
  });
});

describe('findDates skips runs of spaces in one pass', () => {
  /** Position by position, re-reading each run of spaces from every position in it (quadratic). */
  function naiveFindDates(text: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < text.length; i++) {
      if (i > 0 && /[\w/.]/.test(text.charAt(i - 1))) continue;
      const hit = readDateFrom(text, i);
      if (hit) {
        out.push(hit.token.text);
        i = hit.end - 1;
      }
    }
    return out;
  }

  test('finds what the position-by-position loop finds, on 3,000 random strings of dates, words and spaces', () => {
    const rng = createRng(11, 'find-dates');
    const parts = [
      '01/15',
      ' ',
      '  ',
      '\u00a0',
      '31.12.2025',
      '05 Nov',
      'Nov 5',
      'x',
      'Due',
      '2026-01-05',
      '12-31-25',
      '/',
      '.',
    ];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = rng.int(0, 11);
      for (let k = 0; k < n; k++) s += rng.pick(parts);
      expect(findDates(s).map((t) => t.text)).toEqual(naiveFindDates(s));
    }
  });

  test('a date after 100,000 spaces is found, once', () => {
    expect(findDates(`Due${' '.repeat(100_000)}02/25/2026 x`).map((t) => t.text)).toEqual(['02/25/2026']);
  });
});

describe('readDateAt while a parse keeps its answers for short texts', () => {
  test('gives what it gives outside a parse, texts interleaved and asked again', () => {
    const texts = [
      '04/07',
      'UNITED 1214039814575',
      '04/07',
      '5 Nov 2026',
      'PAYMENT',
      '04/07',
      'Nov 05',
      '31.12.',
      '5 Nov 2026',
    ];
    const outside = texts.map((t) => readDateAt(t));
    rememberDates();
    try {
      const inside = texts.map((t) => readDateAt(t));
      expect(inside).toEqual(outside);
      // Asked again in the same parse, a kept answer is the same object: no text is read twice.
      expect(readDateAt('04/07')).toBe(inside[0]);
    } finally {
      forgetLastDate();
    }
    // After the parse nothing is kept: a fresh answer, equal but not the same object.
    const after = readDateAt('04/07');
    readDateAt('PAYMENT');
    expect(readDateAt('04/07')).not.toBe(after);
    expect(readDateAt('04/07')).toEqual(outside[0]);
  });
});
