/**
 * How far an Analysis's figures were proved, decided in one place for the report, the combined view
 * and anything that hedges advice: the engine's `checks.level` (see statement/reconcile.ts).
 */
import type { Analysis } from './schema.js';

/** The levels of `checks.level`. */
export type Verification = 'verified' | 'partial' | 'unverified';

/** The verification level of one Analysis. */
export function verificationOf(a: Pick<Analysis, 'checks'>): Verification {
  return a.checks.level;
}

/** True when advice may rest on the statement's printed figures (balance, limit, minimum, APR). */
export function figuresTrusted(a: Pick<Analysis, 'checks'>): boolean {
  return verificationOf(a) === 'verified';
}

/** The names of the checks that failed, for saying why a statement did not verify. */
export function failedChecks(a: Pick<Analysis, 'checks'>): string[] {
  return a.checks.details.filter((d) => !d.ok).map((d) => d.name);
}
