/**
 * Where each summary figure came from, for `analyze --explain` and for anyone who asks why we say
 * "verified": per field the value taken, its label and the line it was read on, the other readings
 * printed for it, and which alternatives the reconciliation search tried and changed.
 */
import type { Choice, Selection } from './choose.js';
import type { AmountField } from './labels.js';
import { signedCents } from './money.js';
import type { Candidate, SummaryFigures } from './summary.js';
import type { Explanation, FieldSource } from './types.js';

/** Which candidate each field took under a selection (`newBalanceCount`: the new-balance candidates). */
export function takenIndex(field: AmountField, sel: Selection, newBalanceCount: number): number {
  if (sel.other?.field === field) return sel.other.index;
  if (field === 'previousBalance') return sel.previous;
  if (field === 'newBalance') return sel.next;
  if (field === 'totalDue') return sel.next - newBalanceCount;
  if (field === 'payments' || field === 'paymentsAndCredits') return sel.payments;
  if (field === 'purchases') return sel.purchases;
  return 0;
}

/** The explanation of the chosen reading. */
export function explain(figures: SummaryFigures, sel: Selection, choice: Choice): Explanation {
  const fields: FieldSource[] = [];
  const newBalanceCount = figures.candidates.newBalance?.length ?? 0;
  for (const [field, list] of Object.entries(figures.candidates) as Array<[AmountField, Candidate[]]>) {
    const i = takenIndex(field, sel, newBalanceCount);
    const taken = list[i] ?? list[0];
    if (!taken) continue;
    fields.push({
      field,
      value: signedCents(taken.amount),
      from: taken.from,
      others: list.filter((c) => c !== taken).map((c) => ({ value: signedCents(c.amount), from: c.from })),
    });
  }
  return { fields, tried: choice.tried, changed: choice.changed };
}
