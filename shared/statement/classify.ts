/**
 * Deciding a transaction's type from three clues, strongest first: what the description says
 * ("LATE FEE", "PAYMENT - THANK YOU"), the sign as printed, and the section heading it sits under.
 */
import { I18N_DESC_RULES, I18N_SECTION_RULES, I18N_SECTION_WORDS } from './classify-i18n.js';
import { foldAccents } from './labels.js';
import { stemScanner } from './stems.js';
import type { TransactionType } from './types.js';

/** A section heading's meaning; `payments_credits` is the combined "Payments and other credits". */
export type Section = TransactionType | 'payments_credits';

const SECTION_RULES: Array<{ section: Section; re: RegExp }> = [
  { section: 'payments_credits', re: /\bpayments?\b.*\b(credits?|refunds?|adjustments?)\b/ },
  { section: 'payment', re: /\bpayments?\b/ },
  { section: 'credit', re: /\b(credits?|refunds?|returns?)\b/ },
  { section: 'cash_advance', re: /\bcash (advances?|withdrawals?)\b/ },
  { section: 'balance_transfer', re: /\bbalance transfers?\b/ },
  { section: 'interest', re: /\binterest\b|\bfinance charges?\b/ },
  { section: 'fee', re: /\bfees?\b/ },
  {
    section: 'purchase',
    re: /\bpurchases?\b|\bdebits?\b|\bspending\b|\bcharges\b|\bnew (activity|transactions)\b/,
  },
];

/**
 * Every language's rules, the combined "payments and credits" ones first: "PAIEMENTS ET CRÉDITS"
 * must not stop at the English "credits".
 */
const ALL_SECTION_RULES = [
  ...SECTION_RULES.filter((r) => r.section === 'payments_credits'),
  ...I18N_SECTION_RULES.filter((r) => r.section === 'payments_credits'),
  ...SECTION_RULES.filter((r) => r.section !== 'payments_credits'),
  ...I18N_SECTION_RULES.filter((r) => r.section !== 'payments_credits'),
];

const SECTION_WORDS = new Set(
  (
    'payment payments credit credits other and purchase purchases fee fees interest charge charges charged ' +
    'cash advance advances withdrawal withdrawals balance balances transfer transfers new refund refunds return ' +
    'returns adjustment adjustments debit debits transaction transactions activity detail details continued ' +
    'total totals finance your spending received'
  )
    .split(' ')
    .concat(I18N_SECTION_WORDS),
);

/** Headings that start a plain list of transactions: whatever section came before ends there. */
const NEUTRAL_HEADING =
  /^(your |account |card )?(transactions?|activity|account activity|transaction details)\b|^transactions? for\b/;

/**
 * Reads a heading line ("PAYMENTS AND OTHER CREDITS", "Fees charged") as a section; 'none' for a
 * neutral heading ("Your transactions") that ends the previous section; null when not a heading.
 */
export function sectionOf(text: string): Section | 'none' | null {
  // Headings are short words: a line with a long number or "label: value" is something else.
  if (/\d{3,}|:\s*\S/.test(text)) return null;
  // "FOOBAR CREDIT CARD" or "Cardmember credits" name the card, not a section.
  const lower = text.toLowerCase();
  const t = foldAccents(lower).replace(/\bcredit cards?\b|\bcard ?members?\b|\bcardholders?\b/g, ' ');
  if (t.length > 60 || t.trim().split(/\s+/).length > 7) return null;
  if (NEUTRAL_HEADING.test(t.trim())) return 'none';
  // A heading is made of section words only: "Payment slip — Saffron Bank" is a coupon, not a section.
  if (!t.split(/[^a-z]+/).every((w) => w === '' || SECTION_WORDS.has(w))) return null;
  for (const r of ALL_SECTION_RULES) if (r.re.test(t)) return r.section;
  return null;
}

const DESC_RULES: Array<{ type: TransactionType; re: RegExp }> = [
  // A tax on a charge is a fee, whatever it is charged on ("IGST ON EMI INTEREST", "VAT on fees").
  { type: 'fee', re: /^(gst|igst|cgst|sgst|vat|service tax)\b|\b(gst|igst|cgst|sgst|vat|tax) on\b/ },
  {
    type: 'interest',
    re: /\binterest (charges?|charged|on)\b|\b(purchase|emi|instal?l?ment) interest\b|\bfinance charges?\b|^interest\b/,
  },
  {
    type: 'fee',
    re: /\b(late|annual|membership|overlimit|over limit|returned payment|foreign (transaction|exchange|currency)|fx|cash advance|balance transfer|service|processing|markup)( payment)? (fee|charge)s?\b|\bfees?\b/,
  },
  { type: 'balance_transfer', re: /\bbalance transfer\b/ },
  { type: 'cash_advance', re: /\bcash (advance|withdrawal)\b|\batm\b/ },
  {
    type: 'payment',
    re: /\bpayment\b.*\b(thank you|received|receipt)\b|\bautopay\b|\bautomatic payment\b|^payment\b|\bpymt\b|\bdirect debit\b|\bthank you\b/,
  },
  { type: 'credit', re: /\b(refund|return|reversal|cashback|cash back|credit|adjustment|chargeback)\b/ },
];

/** A word every DESC_RULES pattern needs: most purchases have none and skip the six rules. */
const DESC_HINT =
  /interest|financ|fee|charge|balance transfer|cash|atm|pay|pymt|direct debit|thank you|refund|return|reversal|credit|adjustment|gst|vat|tax/;

/** A stem one of I18N_DESC_RULES needs: the cheap test before them. */
const I18N_DESC_HINT =
  /zins|interes|interet|rente|juro|gebuhr|entgelt|frais|commis|comis|cuota|kosten|koers|provisie|encarg|tarifa|maggior|cotis|markup|penal|recargo|multa|boete|spese|retirad|cajero|bancomat|geldautoma|distributeur|gst|vat|tva|iva|mwst|saldo|solde|bargeld|retrait|especes|dispos|efectiv|anticip|preliev|prelev|opname|levant|adiant|numer|saque|zahlung|lastschrift|paiement|reglement|versement|pago|pagamento|ontvangen|recibida|recebida|domicil|virement|berweisung|addebito|bonifico|betaling|incasso|debito|paynow|fast payment|gutschrift|erstattung|rembours|avoir|annul|abono|devoluc|reembols|rimbors|storno|accredit|terugbet|creditering|estorno/;

/**
 * Both hints in one pattern, for text the accent fold leaves as it is: one scan instead of two on
 * every row, most of which match neither (30 against 50 ms on 180,000 descriptions).
 */
export const ANY_HINT = new RegExp(`${DESC_HINT.source}|${I18N_DESC_HINT.source}`);

/** ANY_HINT on the lower-case text, for printable-ASCII text, in one pass and without the copy. */
export const scanHints = stemScanner(ANY_HINT);

function describes(description: string): TransactionType | null {
  // Most rows are ASCII and name no hint: they need neither the lower-case copy nor the regex.
  if (scanHints(description) === 0) return null;
  const lower = description.toLowerCase();
  const t = foldAccents(lower);
  if (t === lower && !ANY_HINT.test(lower)) return null;
  if (DESC_HINT.test(lower)) for (const r of DESC_RULES) if (r.re.test(lower)) return r.type;
  if (!I18N_DESC_HINT.test(t)) return null;
  for (const r of I18N_DESC_RULES) if (r.re.test(t)) return r.type;
  return null;
}

/** Whether a row's words say a payment or a refund ("PAYMENT RECEIVED", "GUTSCHRIFT"). */
export function saysCredit(text: string): boolean {
  const said = describes(text);
  return said === 'payment' || said === 'credit';
}

/**
 * The type and signed amount of one row. `printedSign` is -1 for a credit as printed (minus, CR,
 * parentheses), +1 for an explicit debit, 0 when unsigned (then the section decides).
 */
export function classify(
  description: string,
  cents: number,
  printedSign: -1 | 0 | 1,
  section: Section | null,
): { type: TransactionType; amount: number } {
  const said = describes(description);
  const creditSection = section === 'payment' || section === 'credit' || section === 'payments_credits';
  const isCredit = printedSign === -1 || (printedSign === 0 && creditSection);
  if (isCredit) {
    let type: TransactionType = 'credit';
    if (said === 'payment' || (section === 'payment' && said !== 'credit')) type = 'payment';
    return { type, amount: -cents };
  }
  let type: TransactionType = 'purchase';
  if (said && said !== 'payment' && said !== 'credit') type = said;
  else if (section && !creditSection) type = section as TransactionType;
  return { type, amount: cents };
}
