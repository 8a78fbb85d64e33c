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

/**
 * The same pattern with every capturing group made non-capturing ("(a|b)" → "(?:a|b)"), outside
 * classes and escapes: the joined table captures one group per row, so a hit builds a short result.
 * Only for patterns without back-references (which firstMatch checks), whose meaning this keeps.
 */
function nonCapturing(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      inClass = c !== ']';
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '(' && source[i + 1] !== '?' ? '(?:' : c;
  }
  return out;
}

/**
 * A lookup equal to `table.find(([p]) => p.test(text))?.[1] ?? null`. Joining the patterns into one
 * alternation keeps that meaning only when every alternative is anchored at the start (so the
 * earliest matching row wins at position 0), the flags agree (no g/y state, no multiline "^") and
 * no group is named or referred back to; any other table is searched row by row. Most texts match
 * no row: one test without captures answers those before the capturing run that names the row.
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

  const sources = table.map(([p]) => nonCapturing(p.source));
  const any = new RegExp(sources.join('|'), flags);
  // Row k is group k + 1: the only capturing groups left are the rows'.
  const joined = new RegExp(sources.map((src) => `(${src})`).join('|'), flags);
  return (text) => {
    if (!any.test(text)) return null;
    const m = joined.exec(text);
    if (!m) return null;
    for (let k = 0; k < table.length; k++) {
      if (m[k + 1] !== undefined) return (table[k] as readonly [RegExp, T])[1];
    }
    return null;
  };
}
