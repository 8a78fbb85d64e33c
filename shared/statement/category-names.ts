/**
 * The names issuers print in a merchant-category column ("RESTAURANTS", "GROCERY STORES", "Lodging
 * - Hotels", "Others"): the printed category labels the analysis also reads (ISO 18245 group
 * names and issuers' short labels, ../category-labels.ts), and the transaction types such a column
 * prints for rows that are no purchase ("PAYMENTS", "FEES"). Used to tell a short table's category
 * column, which repeats too little to show itself, from the merchants beside it.
 */
import { PRINTED_LABELS, UNINFORMATIVE_LABELS } from '../category-labels.js';

/** What a category column prints for rows that are no purchase. */
const TYPE_NAMES =
  'payments, payment, payments and credits, credits, refunds, fees, charges, fees and charges, interest';

let names: ReadonlySet<string> | null = null;

/** The names, folded (lower case, letters only, one space between words), built on first use. */
function known(): ReadonlySet<string> {
  names ??= new Set<string>(
    [...Object.values(PRINTED_LABELS), UNINFORMATIVE_LABELS, TYPE_NAMES].flatMap((list) =>
      list
        .split(',')
        .map(fold)
        .filter((name) => name !== ''),
    ),
  );
  return names;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** Whether a cell's text is a category name as issuers print them. */
export function isCategoryName(text: string): boolean {
  return known().has(fold(text));
}

let lastWords: ReadonlySet<string> | null = null;

/** Whether a word ends a category name of two words or more ("STATIONERY" of "Books and stationery"). */
export function endsCategoryName(word: string): boolean {
  lastWords ??= new Set(
    [...known()].filter((name) => name.includes(' ')).map((name) => name.slice(name.lastIndexOf(' ') + 1)),
  );
  return lastWords.has(word.toLowerCase());
}

/**
 * Whether a text opens with a category name ("UTILITIES TELECOMMUNICATION SERVICES": a category
 * column's word and, after it, a wrapped line of the row's words), the name whole, up to four words.
 */
export function startsWithCategoryName(text: string): boolean {
  const words = fold(text).split(' ');
  for (let k = 1; k <= Math.min(4, words.length); k++)
    if (known().has(words.slice(0, k).join(' '))) return true;
  return false;
}
