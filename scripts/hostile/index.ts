/**
 * The hostile-input corpus: odd requests and hostile PDFs, each built in memory with the answer we
 * decided is right. No third-party binaries; structure is written by hand, pretty documents with
 * pdfkit. See README.md for the table of cases and why each answer is right.
 */

import { contentCases } from './corpus-content.js';
import { requestCases } from './corpus-request.js';
import { structureCases } from './corpus-structure.js';
import type { HostileCase } from './types.js';

export { STATEMENT_PASSWORD, statement } from './bodies.js';
export { BOMB_MEBIBYTES, DEPTH, MANY_PAGES } from './corpus-content.js';
export { CANARY } from './documents.js';
export type { BuildContext, HostileCase, HostileRequest, Outcome } from './types.js';

/** Every case, request-level first; ids are unique. */
export function hostileCases(): HostileCase[] {
  const all = [...requestCases(), ...structureCases(), ...contentCases()];
  const ids = new Set<string>();
  for (const c of all) {
    if (ids.has(c.id)) throw new Error(`duplicate hostile case id: ${c.id}`);
    ids.add(c.id);
  }
  return all;
}
