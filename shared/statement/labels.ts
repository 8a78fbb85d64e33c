/**
 * The summary box's many wordings, as data. Each rule is tried against a normalised label (lower
 * case, punctuation folded to spaces); the first rule that matches decides the field. Order matters:
 * "payments and credits" must win over "payments", "cash advance apr" must not read as a figure.
 */
import type { AmountField, DateField, LabelRule } from './label-types.js';
import { I18N_AMOUNT_LABELS, I18N_DATE_LABELS } from './labels-i18n.js';

export type { AmountField, DateField, LabelRule } from './label-types.js';

/** Labels that never carry a summary figure, whatever they start with. */
export const IGNORE_LABEL =
  /year to date|\bytd\b|\bin 20\d\d\b|this year|\bapr\b|\brate\b|%|\bfee for\b|\bpoints?\b|past due|over the credit|\bcash (access )?(line|limit)\b|available for cash|available cash/;

/** English wordings first (US, UK, IN, CA, AU, SG), then the other languages (labels-i18n.ts). */
export const AMOUNT_LABELS: LabelRule<AmountField>[] = [
  {
    field: 'previousBalance',
    re: /^(previous|opening|prior|beginning|old|last (month|statement)( s)?|balance from (last|previous)) (statement )?balance\b|^balance (brought forward|b f|forward|from (last|previous) statement)\b|^previous statement balance\b|^balance (at|as at|as of) (the )?(start|beginning|opening) of (the )?(period|statement|cycle|month)\b/,
  },
  {
    field: 'paymentsAndCredits',
    re: /^(total )?payments? (and |& )?(other )?credits?\b|^payments? reversals|^(re)?payments? and refunds\b|^new credits?$/,
  },
  {
    field: 'payments',
    re: /^(total )?payments?( received| made| applied| posted)?( thank you)?$|^payments? (received|applied|posted)\b|^less payments?\b/,
  },
  {
    field: 'credits',
    re: /^(other |total )?(credits?|refunds?|returns?)( and (other )?(refunds?|adjustments?|returns?|credits?))?( received)?$|^other credits\b/,
  },
  {
    field: 'purchases',
    re: /^(total |new )?(purchases?|charges)( (and |& )?(other )?(charges|debits|adjustments))?( and other debits)?$|^(plus )?purchases\b|^spends?\b|^new debits?$|^(new )?transactions$/,
  },
  {
    field: 'cashAdvances',
    re: /^(total )?cash (advances?|withdrawals?)( (and |& )?fees)?$|^cash$/,
  },
  { field: 'balanceTransfers', re: /^(total )?(balance )?transfers?$/ },
  {
    field: 'fees',
    re: /^(total )?fees?( charged| and charges| imposed)?$|^fees? (charged|imposed|and charges)\b|^fees? (and |& )?(taxes|charges)( (and |& )?(taxes|charges))?$|^other (debits?|charges)( and (debits?|charges))?$|^total fees?( charged)?( for)? this (period|statement|cycle|month)$/,
  },
  {
    field: 'interest',
    re: /^(total )?(interest|finance) charges?d?$|^interest( charged| charges)?$|^interest charge[sd]\b|^total interest( charged)?( for)? this (period|statement|cycle|month)$/,
  },
  {
    field: 'newBalance',
    re: /^(total )?(new|closing|current|ending|statement) (statement )?balance\b|^(total )?balance (due|owing)$|^total balance$|^new balance total\b|^statement (closing|ending|new) balance\b|^balance (at|as at|as of) (the )?(end|close) of (the )?(period|statement|cycle|month)\b/,
  },
  {
    field: 'totalDue',
    re: /^(total )?(amount )?due$|^total (amount |payment )?due\b|^total dues\b|^total outstanding\b|^outstanding (balance|amount)( due)?$|^(total )?amount (owing|payable)$/,
  },
  { field: 'minimumPayment', re: /^(total )?(minimum|min) (re)?(payment|amount|due)\b|^minimum$/ },
  { field: 'creditLimit', re: /^(total |combined )?credit (limit|line|access line)\b/ },
  { field: 'availableCredit', re: /^(total )?available (credit|to spend|balance)\b|^credit available\b/ },
  ...I18N_AMOUNT_LABELS,
];

export const DATE_LABELS: LabelRule<DateField>[] = [
  {
    field: 'period',
    re: /(statement|billing) (period|cycle)|opening ?closing date|period covered|^statement from\b|^period\b|^for the period\b/,
  },
  { field: 'periodStart', re: /^(opening|start|statement start|period start|from) date\b/ },
  {
    field: 'dueDate',
    // "Pay by 15 Oct", "Payment by October 15", but not "PAYMENT BY GIRO": a way of paying, a row.
    re: /^(payment )?due date\b|^pay(ment)? by\b(?! (?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{3})|^due by\b|^payment due\b|^please pay by\b/,
  },
  {
    field: 'statementDate',
    re: /^(statement|closing|billing) (closing )?date\b|^statement dated?\b|^date of statement\b/,
  },
  ...I18N_DATE_LABELS,
];

/** Letters the NFD split leaves whole, with their plain spelling. */
const LIGATURES: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd' };

/**
 * Lower-case text with diacritics removed: "Fälligkeitsdatum" → "falligkeitsdatum", "Échéance" →
 * "echeance". Most text is ASCII and comes back as it is, without the NFD pass.
 */
export function foldAccents(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßøæœłđ]/g, (c) => LIGATURES[c] ?? c);
}

/** A label the fold leaves as it is: words of `[a-z0-9%]` with single spaces between them. */
const FOLDED = /^[a-z0-9%]+(?: [a-z0-9%]+)*$/;

// normaliseLabel's answers by text while a parse runs: page headers and footers repeat on every
// page, and their fold (lower case, accents, punctuation) is dear. Null outside a parse, so no
// statement text is kept after it (parseStatement calls rememberLabels, then forgetLabels).
let folds: Map<string, string> | null = null;
// matchLabel's answers the same way, per rule list: the same few labels are matched on every page
// by the summary, grid and merchant-line readers, each answer a walk through dozens of patterns.
let matches: Map<readonly unknown[], Map<string, unknown>> | null = null;

/** Keeps normaliseLabel's and matchLabel's answers until forgetLabels. */
export function rememberLabels(): void {
  folds ??= new Map();
  matches ??= new Map();
}

/** Drops normaliseLabel's and matchLabel's kept answers. */
export function forgetLabels(): void {
  folds = null;
  matches = null;
}

/** Lower-cases a label and folds punctuation, so "Payment, Credits:" reads "payment credits". */
export function normaliseLabel(text: string): string {
  if (!folds) return foldLabel(text);
  let label = folds.get(text);
  if (label === undefined) {
    label = foldLabel(text);
    folds.set(text, label);
  }
  return label;
}

/**
 * normaliseLabel without keeping the answer: for a caller that keeps its own answers per text
 * (balanceRowKind's, per row description), where a second map of the same texts only costs.
 */
export function foldLabel(text: string): string {
  // One fold does it all: apostrophes and any other non-word run become one space, "&" its word.
  const lowered = text.toLowerCase();
  // Most labels are ASCII; accented ones ("Solde précédent") are folded to their plain letters.
  const lower = foldAccents(lowered);
  const folded = FOLDED.test(lower) // most labels ("previous balance") are already folded
    ? lower
    : (lower.includes('&') ? lower.replace(/&/g, ' and ') : lower).replace(/[^a-z0-9%]+/g, ' ').trim();
  // "Opening Balance Rs", "Amount (in Rs.)": a currency named after the label is not part of it;
  // "Your Total Amount Due" is the total amount due.
  const bare = CURRENCY_TAIL.test(folded) ? folded.replace(CURRENCY_TAIL, '') : folded;
  return bare.startsWith('your ') ? bare.slice(5) : bare;
}

/** Any character outside printable ASCII: only then is the accent fold worth its cost. */
const NON_ASCII = /[^ -~]/;

const CURRENCY_TAIL =
  /(?: in)? (?:rs|inr|rupees|usd|eur|gbp|cad|aud|sgd|chf|jpy|aed|hkd|nzd|myr|sar|qar|zar|sek|nok|dkk|pln|czk|huf|brl|mxn)$/;

/** The first rule whose pattern matches the label, or null. */
export function matchLabel<F>(rules: LabelRule<F>[], label: string): F | null {
  if (!matches) return firstMatch(rules, label);
  let byLabel = matches.get(rules) as Map<string, F | null> | undefined;
  if (!byLabel) {
    byLabel = new Map();
    matches.set(rules, byLabel);
  }
  let field = byLabel.get(label);
  if (field === undefined) {
    field = firstMatch(rules, label);
    byLabel.set(label, field);
  }
  return field;
}

function firstMatch<F>(rules: LabelRule<F>[], label: string): F | null {
  for (const r of rules) if (r.re.test(label)) return r.field;
  return null;
}

/**
 * The words of a printed label that named its field ("Payment, Credits:" → "payment credits"):
 * only what a rule matched, so nothing else printed in the cell (a name, a number) is repeated.
 */
export function labelWords(text: string): string {
  const label = normaliseLabel(text);
  for (const r of [...AMOUNT_LABELS, ...DATE_LABELS]) {
    const m = r.re.exec(label);
    if (m) return m[0].trim();
  }
  return '';
}
