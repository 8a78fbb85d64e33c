/**
 * "The first pattern that matches names it" over a table of regular expressions, in one regex run
 * instead of one per row: cleaning a merchant name asks the brand table twice per description.
 */

/** Splits a pattern's source at its top-level "|" (outside groups, classes and escapes). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function groupCount(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec('') as RegExpExecArray).length - 1;
}

/**
 * A lookup equal to `table.find(([p]) => p.test(text))?.[1] ?? null`. Joining the patterns into one
 * alternation keeps that meaning only when every alternative is anchored at the start (so the
 * earliest matching row wins at position 0), the flags agree (no g/y state, no multiline "^") and
 * no group is named or referred back to; any other table is searched row by row.
 */
export function firstMatch<T>(table: readonly (readonly [RegExp, T])[]): (text: string) => T | null {
  const rowByRow = (text: string): T | null => {
    for (const [pattern, value] of table) if (pattern.test(text)) return value;
    return null;
  };
  const flags = table[0]?.[0].flags ?? '';
  const joinable = table.every(
    ([p]) =>
      p.flags === flags &&
      !/[gym]/.test(flags) &&
      !/\\[1-9k]|\(\?<[^=!]/.test(p.source) &&
      topLevelAlternatives(p.source).every((alt) => alt.startsWith('^')),
  );
  if (!joinable || table.length === 0) return rowByRow;

  const groupOf: number[] = [];
  let next = 1;
  for (const [p] of table) {
    groupOf.push(next);
    next += 1 + groupCount(p.source, flags);
  }
  const joined = new RegExp(table.map(([p]) => `(${p.source})`).join('|'), flags);
  return (text) => {
    const m = joined.exec(text);
    if (!m) return null;
    for (let k = 0; k < table.length; k++) {
      if (m[groupOf[k] as number] !== undefined) return (table[k] as readonly [RegExp, T])[1];
    }
    return null;
  };
}
