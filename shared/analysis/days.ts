/** Day arithmetic on ISO dates for passes over many transactions that share few distinct dates. */

/**
 * `Date.parse` of a date at UTC midnight, each distinct date parsed once. Create one per analysis
 * call, never at module level: the dates are statement data.
 */
export function dateMillis(): (date: string) => number {
  const millis = new Map<string, number>();
  return (date) => {
    let ms = millis.get(date);
    if (ms === undefined) {
      ms = Date.parse(`${date}T00:00:00Z`);
      millis.set(date, ms);
    }
    return ms;
  };
}

/** A per-call `daysBetween` (statement/dates.ts) on memoised parses; the results are identical. */
export function dayCounter(): (a: string, b: string) => number {
  const ms = dateMillis();
  return (a, b) => Math.round((ms(b) - ms(a)) / 86_400_000);
}
