/**
 * A cheap refusal before a regex that is a long list of stems ("interest|financ|fee|…"): every
 * match of such a regex starts with the first three letters of one of its stems, so text holding
 * none of those three-letter openings cannot match, and is refused without the regex. Irregexp
 * tries each alternative at each position; a set lookup per position is several times cheaper, and
 * most rows' descriptions ("AMZN Mktp US*VR4H5STU6") hold none.
 */

/** Packs three UTF-16 code units below 128 into one number (the key of an opening). */
function key(a: number, b: number, c: number): number {
  return (a << 14) | (b << 7) | c;
}

/**
 * For `re`, made only of `|`-separated stems of three or more plain characters (letters, spaces),
 * a test that is false only when `re.test(text)` is false: whether `text` holds one of the stems'
 * three-character openings. Throws at load when `re` is not such a list, so the twins cannot part.
 */
export function stemOpenings(re: RegExp): (text: string) => boolean {
  if (re.flags !== '') throw new Error(`stemOpenings: ${re.source} has flags`);
  const openings = new Set<number>();
  for (const stem of re.source.split('|')) {
    if (!/^[a-z ]{3,}$/.test(stem)) throw new Error(`stemOpenings: "${stem}" is not a plain stem`);
    openings.add(key(stem.charCodeAt(0), stem.charCodeAt(1), stem.charCodeAt(2)));
  }
  return (text) => {
    for (let i = 0; i + 2 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const c = text.charCodeAt(i + 2);
      // A stem is ASCII: an opening holding any other character is none of theirs.
      if (a < 128 && b < 128 && c < 128 && openings.has(key(a, b, c))) return true;
    }
    return false;
  };
}
