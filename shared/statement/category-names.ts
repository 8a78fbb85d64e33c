/**
 * The names issuers print in a merchant-category column ("RESTAURANTS", "GROCERY STORES", "Lodging
 * - Hotels", "Others"), from the analysis's table of printed category labels (ISO 18245 group
 * names and issuers' short labels), and the transaction types such a column also prints for rows
 * that are no purchase ("PAYMENTS", "FEES"). Used to tell a short table's category column, which
 * repeats too little to show itself, from the merchants beside it.
 */
import { namesOf } from '../analysis/data/brand-table.js';
import { PRINTED_LABELS, UNINFORMATIVE_LABELS } from '../analysis/data/printed-labels.js';

/** What a category column prints for rows that are no purchase. */
const TYPE_NAMES =
  'payments, payment, payments and credits, credits, refunds, fees, charges, fees and charges, interest';

let names: ReadonlySet<string> | null = null;

/** The names, folded (lower case, letters only, one space between words), built on first use. */
function known(): ReadonlySet<string> {
  names ??= new Set(
    [...Object.values(PRINTED_LABELS), UNINFORMATIVE_LABELS, TYPE_NAMES].flatMap((list) =>
      namesOf(list ?? '').map(fold),
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
