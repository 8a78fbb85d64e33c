/**
 * Types before categories: rows whose printed words say what they are, whatever the parser's type.
 * Tax rows (GST, IGST, VAT on fees, "Service Tax") are fees; instalment rows (EMI, "Plan It",
 * "Pay over time", amortisation) are instalments, their interest part typed as interest; a refund
 * or reversal — any amount printed as a credit — is a credit, never a purchase. The statement
 * engine can call this where it types rows; the analysis applies it too (it is idempotent).
 */
import type { Cents, TransactionType } from '../statement/types.js';
import { normalizeText } from './text.js';

/** A row's type after the rules, and which part of an instalment it is (null when none). */
export interface Retyped {
  type: TransactionType;
  instalment: 'principal' | 'interest' | null;
}

const TAX_WORDS = new Set(['gst', 'igst', 'cgst', 'sgst', 'utgst', 'vat', 'hst', 'tax', 'taxes', 'cess']);

/**
 * Words that can sit beside a tax word in a tax row ("IGST ON LATE PAYMENT FEE @18%"); any other
 * word makes it a merchant's name ("GST SUPERMARKET", "VAT 69 WINES").
 */
// biome-ignore format: a data list
const TAX_ROW_WORDS = new Set(
  `on of at for the and in to rate amount amt fee fees charge charges interest late payment annual finance membership
  markup forex cross currency foreign txn transaction transactions ci dr cr service services processing conversion
  emi loan cash advance overlimit over limit assessed levied applied reversal renewal joining card goods and`.split(/\s+/),
);

const INSTALMENT =
  /\b(emi|emis|instal+ments?|plan it|planit|pay over time|amorti[sz]ation|amorti[sz]ed|equated monthly|flexipay|flexi pay|easy pay plan|my chase plan|buy now pay later)\b/;

/** "(Pay in EMIs)": an offer printed beside a purchase that could be converted, not an instalment. */
const INSTALMENT_OFFER = /\b(pay in emis?|convert to emi|eligible for emi)\b/;

/** A word every rule below needs: most rows have none and skip the normalisation. */
const HINT =
  /gst|vat|tax|cess|emi|instal|plan ?it|over time|amorti|equated|flexi|easy pay|chase plan|pay later/i;

function isTaxRow(words: string): boolean {
  let tax = false;
  for (const w of words.trim().split(' ')) {
    if (TAX_WORDS.has(w)) tax = true;
    else if (!TAX_ROW_WORDS.has(w) && !/^\d+$/.test(w)) return false;
  }
  return tax;
}

/**
 * What a row's words alone say it is (rules 3 and 4 below, before its type is known): a tax row;
 * an instalment's interest, fee or principal; an instalment word that makes a principal only of a
 * purchase or interest row; or nothing. Depends on the description only, so it can be worked out
 * once per distinct description.
 */
export type RowWords = 'tax' | 'interest' | 'fee' | 'principal' | 'instalment' | null;

/** The RowWords of a description. */
export function rowWords(description: string): RowWords {
  // The first 256 characters, as for merchants and categories: a hostile description costs no more.
  const head = description.length > 256 ? description.slice(0, 256) : description;
  if (!HINT.test(head)) return null;
  const words = normalizeText(head);
  // 3. A tax row is a fee, whatever it is levied on (a fee, interest, an instalment).
  if (isTaxRow(words)) return 'tax';
  // 4. Instalments: interest apart from principal; a plan's processing fee is a fee.
  if (INSTALMENT.test(words) && !INSTALMENT_OFFER.test(words)) {
    if (/\binterest\b/.test(words)) return 'interest';
    if (/\b(fee|fees|charges?)\b/.test(words)) return 'fee';
    return /\bprincipal\b/.test(words) ? 'principal' : 'instalment';
  }
  return null;
}

/**
 * True when a row's amount and parser type settle its type before its words are read (rules 1 and
 * 2 below): then retype gives the parser's type, or a credit for a purchase or fee printed as one.
 */
export function typedByClues(amount: Cents, type: TransactionType): boolean {
  return type === 'payment' || type === 'cash_advance' || type === 'balance_transfer' || amount < 0;
}

/** retype, given what the row's words say (rowWords; not read when its clues settle it). */
export function retypeFrom(amount: Cents, type: TransactionType, words: RowWords): Retyped {
  // 1. Payments, cash advances and balance transfers are typed by the parser's stronger clues.
  if (type === 'payment' || type === 'cash_advance' || type === 'balance_transfer') {
    return { type, instalment: null };
  }
  // 2. A credit as printed (a refund, a reversal, a cancelled EMI) is a credit, never a purchase.
  if (amount < 0) return { type: type === 'purchase' || type === 'fee' ? 'credit' : type, instalment: null };
  switch (words) {
    case 'tax':
      return { type: 'fee', instalment: null };
    case 'interest':
      return { type: 'interest', instalment: 'interest' };
    case 'fee':
      return { type: 'fee', instalment: null };
    case 'principal':
      return { type: 'purchase', instalment: 'principal' };
    case 'instalment':
      if (type === 'purchase' || type === 'interest') return { type: 'purchase', instalment: 'principal' };
      return { type, instalment: null };
    default:
      return { type, instalment: null };
  }
}

/** The type a row's own words give it (see the file comment), with its instalment part. */
export function retype(description: string, amount: Cents, type: TransactionType): Retyped {
  return retypeFrom(amount, type, typedByClues(amount, type) ? null : rowWords(description));
}
