import { addDays, daysBetween, daysIn, iso } from '../../shared/statement/calendar.js';

/** The Date-based answers the integer arithmetic must reproduce. */
const dateDaysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const dateDaysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('calendar arithmetic without Date objects', () => {
  test('daysBetween agrees with Date across month ends, leap days and centuries', () => {
    const dates: string[] = [];
    for (const year of [1999, 2000, 2023, 2024, 2100]) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [12, 31],
      ] as const) {
        dates.push(iso(year, month, day));
      }
    }
    for (const a of dates) {
      for (const b of dates) expect([a, b, daysBetween(a, b)]).toEqual([a, b, dateDaysBetween(a, b)]);
    }
  });

  test('daysBetween rolls an impossible day over as Date.parse does, and is NaN for non-dates', () => {
    expect(daysBetween('2026-02-28', '2026-02-30')).toBe(dateDaysBetween('2026-02-28', '2026-02-30'));
    expect(daysBetween('2026-02-30', '2026-03-02')).toBe(0);
    expect(daysBetween('2026-01-01', 'soon')).toBeNaN();
  });

  test('daysIn keeps Date.UTC reading years 0–99 as 1900–1999', () => {
    for (const year of [0, 4, 99, 100, 1900, 2000, 2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        expect([year, month, daysIn(month, year)]).toEqual([year, month, dateDaysIn(month, year)]);
      }
    }
  });

  test('iso pads short years and months like the string formatter', () => {
    expect(iso(50, 1, 2)).toBe('0050-01-02');
    expect(iso(2026, 11, 28)).toBe('2026-11-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
