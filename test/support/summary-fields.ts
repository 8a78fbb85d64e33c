/** The summary fields an expected.json (corpus or generator) lists, split by how they compare. */

export { MONEY_FIELDS, TEXT_FIELDS } from '../../scripts/statements/summary-fields.js';

/** Major units (as in expected files) to integer cents; null stays null. */
export function toCents(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100);
}
