/**
 * What a transaction table's column holds, from its header's words, in the languages we read
 * (English, German, French, Spanish, Italian, Dutch, Portuguese). Matched on the folded header
 * (lower case, accents removed: "Date d'opération" reads "date d operation"), so compounds such as
 * "Buchungsdatum" and "Transactiedatum" are found by their parts.
 */
import { normaliseLabel } from './labels.js';

export type ColumnKind =
  | 'date'
  | 'postDate'
  | 'description'
  | 'reference'
  | 'category'
  | 'points'
  | 'amount'
  | 'foreignAmount'
  | 'debit'
  | 'credit'
  | 'balance';

/** A date column's header ("Date", "Datum", "Transactiedatum", "Data operazione", "F. operación"). */
export const DATE_WORD =
  /\bdate\b|^(trans|post(ed|ing)?|txn)\.?$|datum|\bdata\b|\bfecha\b|^f\. |\bbuchung\b|valuta$|wertstellung|verwerkt|comptabilise/i;
/** Another column's header: description, amount, reference… in the same languages. */
export const OTHER_WORD =
  /\b(description|details|merchant|transaction|amount|debits?|credits?|reference|narrative|particulars|beschreibung|verwendungszweck|umsatz|betrag|descrizione|esercente|importo|operazione|descripci[oó]n|importe|concepto|comercio|libell[ée]|montant|op[ée]ration|omschrijving|beschrijving|winkel|bedrag|descri[cç][aã]o|descritivo|movimento|valor|montante)\b/i;

/**
 * Kinds in the order they are tried: the specific before the general ("Original Amount" is a
 * foreign amount before it is an amount, "Posting Date" a posting date before it is a date).
 */
const KINDS: Array<[ColumnKind, RegExp]> = [
  [
    'foreignAmount',
    /\b(foreign|original) (amount|currency)\b|\bfremdwahrung|originalbetrag|\b(en|in|em) (devise|divisa|valuta)\b|\bvreemde valuta\b|\bvaluta originale\b|^(devise|divisa|valuta|currency)$/,
  ],
  [
    'postDate',
    /\bpost(ed|ing)?\b|\bdate posted\b|buchung|wertstellung|\bvaleur\b|comptabilise|\bfecha valor\b|^f valor\b|\bdata (valuta|contabile|valor|lancamento)\b|boekdatum|verwerk/,
  ],
  [
    'points',
    /\b(cash ?back|daily cash|points?|rewards?( points)?|miles|punkte|bonuspunkte|puntos|punti|punten|pontos)\b|punkte$/,
  ],
  [
    'reference',
    // A reference, a row number ("Sr. No.", "Nr.", "N°") or the card a row was made with ("Card",
    // "Karte"): none is the description, and none is money.
    /^(ref(erence)?\.?( no\.?| number)?|reference|referenz|beleg nr|r[eé]f|referencia|riferimento|rif|referentie|kenmerk)\.?$|^((sr|sl|s|ser|serial|seq|sequence) )?(no|nr|n|num)$|^(card|karte|carte|tarjeta|carta|kaart|cartao)( (no|nr|n|number|nummer|numero))?$/,
  ],
  ['category', /\b(merchant )?(category|categorie|categoria|kategorie|branche|sector|settore|mcc)\b/],
  ['balance', /^(running )?balance\b|^saldo$|^solde$/],
  ['debit', /^(debits?|dr|withdrawals?|charges|soll|belastung|debit|cargo|debito|addebiti|dare|af|debet)$/],
  ['credit', /^(credits?|cr|payments? credits?|haben|gutschrift|credit|abono|credito|accrediti|avere|bij)$/],
  ['date', /\bdate\b|^(trans|txn)$|datum|\bdata\b|\bfecha\b|^f (operacion|op)\b/],
  [
    'description',
    /\b(description|details|merchant|narrative|particulars|beschreibung|verwendungszweck|umsatz|libelle|detail|concepto|descripcion|comercio|descrizione|esercente|omschrijving|beschrijving|winkel|descricao|descritivo|movimento)\b/,
  ],
  ['amount', /\b(amount|betrag|montant|importe|importo|bedrag|montante|valor)\b/],
];

/** The kind of column a header cell names, or null when its words say nothing we know. */
export function columnKind(text: string): ColumnKind | null {
  const label = normaliseLabel(text);
  for (const [kind, re] of KINDS) if (re.test(label)) return kind;
  return null;
}
