/** Term positions by a hash of their first word, for longestMatch (built once per rule table). */

/** One step of the word hash; kept within V8's small-integer range so Map keys stay cheap. */
export function hashStep(hash: number, charCode: number): number {
  return (Math.imul(hash, 31) + charCode) & 0x3fffffff;
}

/** The hash of the first word of a term's " w1 … wn " form, read in place (no trim, no split). */
function firstWordHash(norm: string): number {
  let i = 0;
  while (norm.charCodeAt(i) === 32) i++;
  let hash = 0;
  for (; i < norm.length && norm.charCodeAt(i) !== 32; i++) hash = hashStep(hash, norm.charCodeAt(i));
  return hash;
}

/** What the index needs of a term (text.ts's Term): its normalised words. */
interface Indexed {
  norm: string;
}

const indexes = new WeakMap<readonly Indexed[], Map<number, number[]>>();

/** Positions of the terms by their first word's hash, ascending (so longest first). Rule data only. */
export function firstWordIndex(terms: readonly Indexed[]): Map<number, number[]> {
  let index = indexes.get(terms);
  if (!index) {
    const built = new Map<number, number[]>();
    for (let i = 0; i < terms.length; i++) {
      const key = firstWordHash((terms[i] as Indexed).norm);
      const list = built.get(key);
      if (list) list.push(i);
      else built.set(key, [i]);
    }
    indexes.set(terms, built);
    index = built;
  }
  return index;
}
