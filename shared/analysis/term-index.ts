/** Term positions by a hash of their first word, for longestMatch (built once per rule table). */

/** One step of the word hash; kept within V8's small-integer range so Map keys stay cheap. */
export function hashStep(hash: number, charCode: number): number {
  return (Math.imul(hash, 31) + charCode) & 0x3fffffff;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
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
    terms.forEach((t, i) => {
      const key = hashOf(t.norm.trim().split(' ')[0] ?? '');
      const list = built.get(key);
      if (list) list.push(i);
      else built.set(key, [i]);
    });
    indexes.set(terms, built);
    index = built;
  }
  return index;
}
