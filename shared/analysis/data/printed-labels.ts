/**
 * The printed category labels (../../category-labels.ts) as the analysis reads them: a table by
 * category. A label list under a name that is no category fails to compile here.
 * Sources: the MCC group names of ISO 18245 (public descriptions) and the issuers' own short labels.
 */
import { PRINTED_LABELS as LABELS } from '../../category-labels.js';
import type { Category } from '../types.js';
import type { BrandTable } from './brand-table.js';

export { UNINFORMATIVE_LABELS } from '../../category-labels.js';

/** Printed category-column labels by category. */
export const PRINTED_LABELS: BrandTable = LABELS;

// Compiles only while every name the labels are listed under is a category.
const EVERY_NAME_A_CATEGORY: [Exclude<keyof typeof LABELS, Category>] extends [never] ? true : never = true;
void EVERY_NAME_A_CATEGORY;
