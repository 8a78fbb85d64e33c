/**
 * Reconciliation as the objective. A first reading takes each field's first candidate, every
 * label at its plain meaning and every section heading at its word. When that reading does not
 * verify, the plausible alternatives are tried: another printed candidate for a balance or a
 * section total, a "Purchases/ Charges" figure read as every charge rather than purchases alone,
 * the rows' signs taken without section headings, and, where most rows print a "-", every printed
 * "+"/"-" read the account's way (charges "-", payments "+", the balance owed negative: German and
 * Dutch card statements print them so), kept only when it proves itself, or, where rows print a
 * "+" and never a "-", the "+" read as a credit (charges unsigned: Indian fintech cards and UK app
 * banks print money coming in so), kept only when it proves itself too, and last the unsigned
 * amounts of a second amount column that nothing names read as credits (refunds without a word of
 * credit), kept only when it proves itself too. The statement's own
 * arithmetic decides: the
 * best-graded reading wins (verified, then most checks holding, then fewest failing), and among
 * equals the simplest (fewest departures from the first reading). The search is bounded (at most
 * a few hundred readings, each one pass over the rows) and runs only when a check of the first
 * reading fails.
 */
import type { AmountField } from './labels.js';
import { type ParsedAmount, signedCents } from './money.js';
import { reconcile } from './reconcile.js';
import type { Candidate } from './summary.js';
import type { Checks, StatementSummary, Transaction } from './types.js';

/** One way of reading the figures: an index into each field's candidates, and two interpretations. */
export interface Selection {
  previous: number;
  next: number;
  payments: number;
  purchases: number;
  /** The purchases figure covers every charge (fees, interest, cash) and is not "purchases". */
  debits: boolean;
  /** Section headings set the sign and type of unsigned rows. */
  sections: boolean;
  /** Another printed reading of one further figure (fees, interest…): the field and the index. */
  other?: { field: OtherField; index: number };
  /** Printed signs read the account's way: a charge "-", a payment "+", the balance owed negative. */
  flipped?: boolean;
  /** The unsigned amounts of a second amount column that nothing names read as credits. */
  otherColumn?: boolean;
  /** A printed "+" marks a credit, charges unsigned (Indian fintech cards, UK app banks). */
  plusCredits?: boolean;
}

/** The box's further figures, each of which the search may read from another printed candidate. */
const OTHER_FIELDS = ['credits', 'fees', 'interest', 'cashAdvances', 'balanceTransfers'] as const;
type OtherField = (typeof OTHER_FIELDS)[number];

/** The first reading. */
export const FIRST: Selection = {
  previous: 0,
  next: 0,
  payments: 0,
  purchases: 0,
  debits: false,
  sections: true,
};

/** A reading's figures, rows and checks. */
export interface Reading {
  selection: Selection;
  summary: StatementSummary;
  transactions: Transaction[];
  checks: Checks;
}

/** What the search tried, for `--explain`. */
export interface Choice {
  tried: number;
  changed: string[];
}

/** The candidates the search may pick from. */
export interface Options {
  candidates: Partial<Record<AmountField, Candidate[]>>;
  /** The rows read with section headings, and a way to read them without (null: no headings printed). */
  rows: [Transaction[], (() => Transaction[]) | null];
  /** Every other figure, as the first reading has it. */
  base: StatementSummary;
  /** Whether rows carry printed types (sections, Dr/Cr), as opposed to types read from descriptions. */
  typesPrinted: boolean;
  /**
   * The rows with every printed "+"/"-" read the account's way, with and without section headings;
   * absent unless most rows print a "-" (parse.ts, chargesMayBeMinus).
   */
  flippedRows?: [() => Transaction[], (() => Transaction[]) | null] | null;
  /**
   * The rows with a printed "+" read as a credit, with and without section headings; absent unless
   * rows print a "+" and none a "-" (parse.ts, plusMayBeCredit).
   */
  plusCreditRows?: [() => Transaction[], (() => Transaction[]) | null] | null;
  /**
   * The rows, with or without section headings, with the unsigned amounts of a second amount column
   * read as credits (credit-column.ts, otherColumnEdge); null when the rows show no such column.
   */
  otherColumnCredits?: (sections: boolean) => Transaction[] | null;
}

const MAX_CANDIDATES = 3;

/** The reading a selection gives. */
export function readingOf(sel: Selection, o: Options): Reading {
  const c = o.candidates;
  const pick = (field: AmountField, i: number) => c[field]?.[i]?.amount ?? null;
  const balances = [...(c.newBalance ?? []), ...(c.totalDue ?? [])];
  const previous = pick('previousBalance', sel.previous);
  const next = balances[sel.next]?.amount ?? null;
  const split = c.payments !== undefined || c.credits !== undefined;
  const combined = !split && c.paymentsAndCredits !== undefined;
  const payments = combined ? pick('paymentsAndCredits', sel.payments) : pick('payments', sel.payments);
  const purchases = pick('purchases', sel.purchases);
  const summary: StatementSummary = {
    ...o.base,
    previousBalance: previous ? balanceCents(previous, sel.flipped === true) : null,
    newBalance: next ? balanceCents(next, sel.flipped === true) : null,
    payments: payments ? payments.cents : null,
    credits: combined ? 0 : (pick('credits', 0)?.cents ?? null),
    purchases: sel.debits ? null : (purchases?.cents ?? null),
  };
  if (sel.other) summary[sel.other.field] = pick(sel.other.field, sel.other.index)?.cents ?? null;
  // The rows with and without section headings, read as printed or the account's way.
  const [withSections, without] =
    sel.flipped && o.flippedRows
      ? o.flippedRows
      : sel.plusCredits && o.plusCreditRows
        ? o.plusCreditRows
        : [() => o.rows[0], o.rows[1]];
  const other = sel.otherColumn ? (o.otherColumnCredits?.(sel.sections || !without) ?? null) : null;
  const transactions = other ?? (sel.sections || !without ? withSections() : without());
  const checks = reconcile(summary, transactions, {
    combinedPaymentsCredits: combined,
    debits: sel.debits ? (purchases?.cents ?? null) : null,
    typesPrinted: o.typesPrinted && sel.sections,
  });
  return { selection: sel, summary, transactions, checks };
}

/**
 * A balance as the contract signs it (owed positive). Read the account's way, a printed sign means
 * the opposite: "-500,00" is owed, "+12,00" in credit; a balance printed without a sign is owed.
 */
function balanceCents(a: ParsedAmount, flipped: boolean): number {
  return flipped && a.sign !== 0 ? -signedCents(a) : signedCents(a);
}

/**
 * Whether a reading's checks prove it: verified, or (a balance not printed) partial with checks that
 * ran and all held.
 */
function proves(c: Checks): boolean {
  if (c.level === 'verified') return true;
  return c.level === 'partial' && c.details.length > 0 && c.details.every((d) => d.ok);
}

/** How good a reading's checks are: verified first, then more checks holding, then fewer failing. */
function grade(c: Checks): number {
  const rank = c.level === 'verified' ? 2 : c.level === 'partial' ? 1 : 0;
  const ok = c.details.filter((d) => d.ok).length;
  return rank * 10000 + ok * 100 - (c.details.length - ok);
}

/** How far a selection departs from the first reading. */
function departures(s: Selection): number {
  return (
    Number(s.previous > 0) +
    Number(s.next > 0) +
    Number(s.payments > 0) +
    Number(s.purchases > 0) +
    Number(s.debits) +
    Number(!s.sections) +
    Number(s.other !== undefined) +
    Number(s.flipped === true) +
    Number(s.otherColumn === true) +
    Number(s.plusCredits === true)
  );
}

/** The best reading (see the file comment), with what was tried. */
export function choose(o: Options): { reading: Reading; choice: Choice } {
  const first = readingOf(FIRST, o);
  if (first.checks.level === 'verified' && first.checks.details.every((d) => d.ok)) {
    return { reading: first, choice: { tried: 1, changed: [] } };
  }
  const c = o.candidates;
  const count = (n: number | undefined) => Math.max(1, Math.min(MAX_CANDIDATES, n ?? 0));
  const nexts = count((c.newBalance?.length ?? 0) + (c.totalDue?.length ?? 0));
  const split = c.payments !== undefined || c.credits !== undefined;
  const payments = count(split ? c.payments?.length : c.paymentsAndCredits?.length);
  let best = first;
  let bestGrade = grade(first.checks);
  let tried = 1;
  const signReadingsTried = signReadings(o);
  for (let previous = 0; previous < count(c.previousBalance?.length); previous++)
    for (let next = 0; next < nexts; next++)
      for (let p = 0; p < payments; p++)
        for (let purchases = 0; purchases < count(c.purchases?.length); purchases++)
          for (const debits of c.purchases ? [false, true] : [false])
            for (const sections of o.rows[1] ? [true, false] : [true])
              for (const signs of signReadingsTried) {
                const sel: Selection = { previous, next, payments: p, purchases, debits, sections, ...signs };
                if (departures(sel) === 0) continue;
                const r = readingOf(sel, o);
                tried++;
                const g = grade(r.checks);
                // Signs read the other way must prove themselves: every check that could run holds.
                if ((sel.flipped || sel.plusCredits) && !proves(r.checks)) continue;
                if (g > bestGrade || (g === bestGrade && departures(sel) < departures(best.selection))) {
                  best = r;
                  bestGrade = g;
                }
              }
  // Then, from the best reading so far, another printed reading of one further figure at a time:
  // a fee total read under a wrapped label of the next column, a section total before the box's own.
  if (best.checks.level !== 'verified')
    for (const field of OTHER_FIELDS)
      for (let index = 1; index < Math.min(MAX_CANDIDATES, c[field]?.length ?? 0); index++) {
        const sel: Selection = { ...best.selection, other: { field, index } };
        const r = readingOf(sel, o);
        tried++;
        if (grade(r.checks) > bestGrade) {
          best = r;
          bestGrade = grade(r.checks);
        }
      }
  // Last, refunds no word marks, in a second amount column nothing names: read as credits, kept
  // only when the rows then prove the statement.
  // With section headings first; then, where the best reading did without them (a category column's
  // "CHARGES" is no heading), without.
  const trials = best.selection.sections ? [true] : [true, false];
  for (const sections of trials) {
    if (best.checks.level === 'verified' || !o.otherColumnCredits?.(sections)) break;
    const sel: Selection = {
      ...best.selection,
      sections,
      flipped: false,
      plusCredits: false,
      otherColumn: true,
    };
    const r = readingOf(sel, o);
    tried++;
    if (proves(r.checks) && grade(r.checks) > bestGrade) {
      best = r;
      bestGrade = grade(r.checks);
    }
  }
  return { reading: best, choice: { tried, changed: describe(best.selection) } };
}

/** The ways of reading printed row signs the search tries: as printed, and those the rows allow. */
function signReadings(o: Options): Array<Pick<Selection, 'flipped' | 'plusCredits'>> {
  const out: Array<Pick<Selection, 'flipped' | 'plusCredits'>> = [{ flipped: false }];
  if (o.flippedRows) out.push({ flipped: true });
  if (o.plusCreditRows) out.push({ plusCredits: true });
  return out;
}

/** The departures of a selection, in words. */
function describe(s: Selection): string[] {
  const out: string[] = [];
  if (s.previous > 0) out.push(`previous balance: printed reading ${s.previous + 1}`);
  if (s.next > 0) out.push(`new balance: printed reading ${s.next + 1}`);
  if (s.payments > 0) out.push(`payments: printed reading ${s.payments + 1}`);
  if (s.purchases > 0) out.push(`purchases: printed reading ${s.purchases + 1}`);
  if (s.debits) out.push('the purchases figure covers every charge (fees and interest too)');
  if (!s.sections) out.push('row signs read without section headings');
  if (s.other) out.push(`${s.other.field}: printed reading ${s.other.index + 1}`);
  if (s.flipped)
    out.push('signs read the account\'s way: charges "-", payments "+", the balance owed negative');
  if (s.otherColumn) out.push('the amounts of a second amount column read as credits');
  if (s.plusCredits) out.push('a printed "+" read as a credit, charges unsigned');
  return out;
}
