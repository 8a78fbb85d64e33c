/**
 * The shape of the merchant knowledge base's data files: per category, one comma-separated list of
 * brand names and descriptor forms as statements print them (matched as whole words, any case,
 * after the normalisation in ../text.ts). Lists are strings so thousands of names stay readable.
 */
import type { Category } from '../types.js';

/** Brand names by category, comma-separated. */
export type BrandTable = Partial<Record<Category, string>>;

/** The names of one list: split at commas, trimmed, empty entries dropped. */
export function namesOf(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
