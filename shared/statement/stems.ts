/**
 * Whether text holds one of a fixed list of stems, read in one pass: an Aho–Corasick automaton,
 * built once into a table, steps once per character. Written here because the regex it answers
 * for ("interest|financ|fee|…|estorno", about 130 stems in eight languages) is asked of every row's
 * description, and irregexp tries the alternatives at every position: on the 200-page statement's
 * descriptions the lower-case copy and that regex take about 1.5 times as long as this scan, and the
 * whole parse is 3-5% faster for it. A three-letter-opening prefilter with a Set lookup per
 * position, tried before, was slower than the regex; a table lookup per character is not.
 */

/** Printable ASCII, the only characters a scan reads. */
const FIRST = 32;
const LAST = 126;
/**
 * The table's columns: a to z (either case), the space, and one for every other printable
 * character, which no stem holds: 28 columns of 16 bits keep the table small enough to stay in
 * cache (with a 32-bit column per printable character the same scan took 2.4 against 1.6 ms).
 */
const WIDTH = 28;
const SPACE_COLUMN = 26;
const OTHER_COLUMN = 27;
const COLUMN = new Uint8Array(LAST + 1).fill(OTHER_COLUMN);
for (let c = 0; c < 26; c++) {
  COLUMN[97 + c] = c;
  COLUMN[65 + c] = c; // A-Z read as a-z, as the lower-case copy has them
}
COLUMN[32] = SPACE_COLUMN;

/** What a scan found: a stem (1), none in printable-ASCII text (0), or a character outside it (-1). */
export type StemScan = -1 | 0 | 1;

/**
 * For `re`, a `|`-separated list of plain lower-case stems (letters and spaces) without flags, a
 * scan that answers `re.test(text.toLowerCase())` for printable-ASCII text without the copy: 1 when
 * it matches, 0 when not. A character outside printable ASCII met before any stem gives -1 (the
 * caller asks the regex: case and accent folds outside ASCII are not the table's); only 0 says the
 * regex would not match. Throws at load when `re` is not such a list.
 */
export function stemScanner(re: RegExp): (text: string) => StemScan {
  if (re.flags !== '') throw new Error(`stemScanner: ${re.source} has flags`);
  const stems = re.source.split('|');
  for (const stem of stems)
    if (!/^[a-z ]+$/.test(stem)) throw new Error(`stemScanner: "${stem}" is not a plain stem`);
  const { table, ends } = automaton(stems);
  return (text) => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < FIRST || c > LAST) return -1;
      state = table[state * WIDTH + (COLUMN[c] as number)] as number;
      if (ends[state] === 1) return 1;
    }
    return 0;
  };
}

/** The automaton's transitions (state × column → state) and its states that end a stem. */
function automaton(stems: string[]): { table: Uint16Array; ends: Uint8Array } {
  // The trie: -1 where a state has no child yet.
  const next: Int32Array[] = [new Int32Array(WIDTH).fill(-1)];
  const end: number[] = [0];
  for (const stem of stems) {
    let s = 0;
    for (let i = 0; i < stem.length; i++) {
      const col = COLUMN[stem.charCodeAt(i)] as number;
      let child = (next[s] as Int32Array)[col] as number;
      if (child === -1) {
        child = next.length;
        (next[s] as Int32Array)[col] = child;
        next.push(new Int32Array(WIDTH).fill(-1));
        end.push(0);
      }
      s = child;
    }
    end[s] = 1;
  }
  // Breadth first: each missing edge goes where the longest proper suffix would go, and a state
  // ends a stem when its suffix state does.
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  const root = next[0] as Int32Array;
  for (let col = 0; col < WIDTH; col++) {
    const child = root[col] as number;
    if (child === -1) root[col] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] as number;
    const row = next[s] as Int32Array;
    const failRow = next[fail[s] as number] as Int32Array;
    if (end[fail[s] as number] === 1) end[s] = 1;
    for (let col = 0; col < WIDTH; col++) {
      const child = row[col] as number;
      if (child === -1) row[col] = failRow[col] as number;
      else {
        fail[child] = failRow[col] as number;
        queue.push(child);
      }
    }
  }
  if (next.length > 0xffff) throw new Error('stemScanner: too many stems for the table');
  const table = new Uint16Array(next.length * WIDTH);
  for (let s = 0; s < next.length; s++) table.set(next[s] as Int32Array, s * WIDTH);
  return { table, ends: Uint8Array.from(end) };
}
