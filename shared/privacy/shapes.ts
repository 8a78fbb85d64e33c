/**
 * Shapes of one cell of text: a person's name, a street line, a city/postcode line, a P.O. box.
 * Shared by name finding (the name sits above the street line) and address blocks.
 */

const STREET_WORDS = [
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|ter|terr',
  'circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|cres|close|grove|gardens|gdns|row|mews|walk|hill',
  'park|trail|trl|loop|pike|path|alley|plaza|commons|point|ridge|heights|hts|run|crossing|cove|bend|green',
  'gate|rise|vale|wharf|quay|parade|nagar|marg|colony|layout|main|cross|enclave|residency|apartments|society|sector',
  // French and Québécois street words come after the number too: "12, rue des Acacias", "4410 RUE SAINT-DENIS".
  'rue|bd|chemin|allée|allee|impasse|quai|cours|route|chaussée',
].join('|');
const UNIT =
  '(?:flat|apt|apartment|app|unit|suite|ste|house|villa|h\\.? ?no|plot|door|room|floor|bldg|building|blk|block|#)';

const STREET_US = new RegExp(
  `^(?:${UNIT}\\.?\\s*(?:no\\.?\\s*)?[\\w/-]+,?\\s+)?\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?,?\\s+(?:[\\p{L}\\d.'’-]+,?\\s+){0,6}?(?:${STREET_WORDS})\\b\\.?(?:[,\\s].*)?$`,
  'iu',
);
// German and Dutch compounds end in the street word and put the number after: "Lindenstraße 17a", "Keizersgracht 123-II".
const STREET_DE =
  /^(?:[\p{Lu}][\p{L}.-]*\s){0,3}[\p{L}.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|gracht|plein|kade|singel|dreef|steeg|dijk|gade|vej|gatan|vägen)\s+\d{1,4}\s?[a-z]?(?:[,\s-].*)?$/iu;
// Southern European streets start with the street word and put the number after the name:
// "Calle de Alcalá, 145", "Via Garibaldi 42", "Rua Augusta 100", "Avenida da Liberdade 12".
const STREET_NAME_FIRST =
  /^(?:calle|c\/|avenida|avda\.?|paseo|plaza|carrer|camino|carretera|ronda|travesía|via|viale|v\.le|piazza|p\.za|corso|largo|vicolo|contrada|rua|travessa|praça|estrada|alameda|rue|avenue|boulevard|chemin|place|jalan|jln|lorong)\s+(?:[\p{L}.'’-]+,?\s+){1,6}?\d{1,5}[a-z]?\b.*$/iu;
// Japanese addresses in Latin letters: "Shibuya 2-chome 11-6", "UMEDA 3-CHOME 4-5".
const STREET_JP = /^(?:[\p{L}-]+\s+)?\d{1,2}-chome\s+\d{1,4}(?:-\d{1,4})?(?:[,\s].*)?$/iu;
// Singapore public housing: "BLK 123 ANG MO KIO AVE 3".
const STREET_BLOCK = /^(?:blk|block)\s*\d{1,4}[A-Z]?\s+\p{L}.*$/iu;
// "Am Stadtgarten 7", "An der Alster 12", "Unter den Linden 77": German streets named by a preposition.
const STREET_DE_PREP =
  /^(?:am|an der|an den|im|in der|in den|zum|zur|auf der|auf dem|unter den|hinter der|vor dem)\s+(?:[\p{L}.-]+\s){0,2}[\p{L}.-]+\s+\d{1,4}\s?[a-z]?(?:[,\s].*)?$/iu;
const UNIT_LINE = new RegExp(
  `^(?:${UNIT}\\.?\\s*(?:no\\.?\\s*)?[\\w/-]*\\d[\\w/-]*|c/o\\s+.+)(?:[,\\s].*)?$`,
  'iu',
);

const CITY_US = /^[\p{L}][\p{L} .'’-]*,?\s+[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?$/u;
const CITY_UK = /^(?:[\p{L}][\p{L} .'’-]*,?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/u;
const CITY_IN =
  /^[\p{L}][\p{L} .'’-]*(?:,\s*[\p{L}][\p{L} .'’-]*)*\s*[-–,]?\s*(?:PIN\s*:?\s*)?\d{3}\s?\d{3}$/iu;
// Indian PIN after the town, maybe with a state code or country after it: "TESTPURA-345678 WB".
const CITY_IN_STATE =
  /^[\p{L}][\p{L} .,'’-]*[\p{L}]\s*[-–,]?\s*(?:PIN\s*:?\s*)?\d{3}\s?\d{3}\.?(?:,?\s+(?:[A-Z]{2,3}|india))?$/iu;
// DE, FR, IT and ES print five digits before the town ("10371 Berlin", "00187 Roma RM", "F-75008 Paris Cedex 08").
const CITY_DE = /^(?:[A-Z]{1,2}-)?\d{5}\s+[\p{L}][\p{L} .'’()-]*(?:\s\d{1,2})?$/u;
const CITY_CA = /^[\p{L}][\p{L} .'’-]*,?\s+[A-Z]{2},?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/u;
const CITY_NL = /^\d{4}\s?[A-Z]{2}\s+[\p{L}][\p{L} .'’-]*$/u;
// CH, AT, BE and DK print four digits before the town: "8001 Zürich", "CH-1204 Genève", "1010 Wien".
const CITY_CH = /^(?:(?:CH|A|B|DK)-)?\d{4}\s+\p{Lu}[\p{L} .'’()-]*$/u;
// Japan: ward and city, then the 3-4 digit postcode: "Shibuya-ku, Tokyo 150-0002".
const CITY_JP = /^[\p{L}][\p{L} .'’-]*,\s*[\p{L}][\p{L} .'’-]*\s+\d{3}-\d{4}$/u;
const CITY_PT = /^\d{4}-\d{3}\s+[\p{L}][\p{L} .'’-]*$/u;
const CITY_AU = /^[\p{L}][\p{L} .'’-]*,?\s+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}$/u;
const CITY_SG = /^singapore\s*\(?\d{6}\)?$/iu;
const CITIES = [
  CITY_US,
  CITY_UK,
  CITY_IN,
  CITY_IN_STATE,
  CITY_DE,
  CITY_CA,
  CITY_NL,
  CITY_CH,
  CITY_JP,
  CITY_PT,
  CITY_AU,
  CITY_SG,
];
const COUNTRY =
  /^(?:united states(?: of america)?|usa|u\.s\.a\.|united kingdom|uk|england|scotland|wales|india|germany|deutschland|canada|france|españa|spain|italia|italy|nederland|the netherlands|netherlands|portugal|australia|singapore|belgique|belgië|österreich|austria|schweiz|suisse|switzerland)$/i;
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|post office box|postfach)\s*\d+/i;

/** Uppercase words that appear in statement headings and issuer blocks, never in a holder's name. */
const NOT_NAME = new Set(
  `ACCOUNT ACCOUNTS ACTIVITY ADDRESS AMOUNT AMERICAN AND ANNUAL APR AUTOPAY AVAILABLE BALANCE BANK BANKING BILL
  BILLING BOX BRANCH CARD CARDHOLDER CARDMEMBER CASH CHARGES CLOSING CREDIT CREDITS CUSTOMER DATE DAYS DEAR DEBIT
  DESCRIPTION DETAILS DUE EXPRESS FEES FINANCE FOR FROM GOLD IMPORTANT INFORMATION INTEREST INQUIRIES LIMIT MAIL
  MASTERCARD MEMBER MESSAGES MINIMUM NAME NEW NEWS NUMBER OF ON OR PAST PAY PAYMENT PAYMENTS PERIOD PLATINUM
  PO PREVIOUS PURCHASES REWARDS SEND SERVICE SERVICES SIGNATURE STATEMENT SUMMARY THE THIS TO TOTAL TOTALS
  TRANSACTION TRANSACTIONS TRANSFERS USA VISA VALUED WWW YOUR YOU HOLDER DIGITAL CLASSIC PREMIER INFINITE WORLD
  REWARD POINTS IS AT IN NOTICE ONLY MOBILE ONLINE BUSINESS UNDELIVERABLE RETURN SERVICE PLEASE KEEP PORTION
  BANQUE BANCA BANCO BANK SPARKASSE VOLKSBANK KREDITBANK TRUST CARDS LTD LIMITED GMBH AG SA SPA NV BV PLC INC LLC
  CORP COMPANY GROUP TECHNOLOGIES PVT FINANCE FINANCIAL INSURANCE KUNDENSERVICE SERVIZIO CLIENTI CLIENTS DATUM
  DATE FECHA DATA DATE RELEVÉ EXTRACTO ESTRATTO OVERZICHT EXTRATO ABRECHNUNG KREDITKARTE CARTE CARTA TARJETA
  CARTÃO KAART MONTANT IMPORTE IMPORTO BEDRAG VALOR BETRAG TOTAL TOTALE SALDO SOLDE OFFICE MANAGER HEAD
  FEE RENEWAL CHARGE RATE TAX GST`
    .split(/\s+/)
    .filter(Boolean),
);
/** Salutations and titles in the languages we read ("M." needs its dot: a bare M is an initial). */
export const TITLE =
  /^(?:(?:MR|MRS|MS|MISS|DR|MX|SHRI|SMT|SRI|SMT|KUM|HERR|FRAU|PROF|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE|SR|SRA|SRTA|SEÑOR|SEÑORA|DON|DOÑA|DONA|DÑA|DRA|SIG|SIG\.RA|SIGNOR|SIGNORA|DOTT|DOTT\.SSA|ING|DHR|MEVR|MEJ|HEER|MEVROUW|SIR|DAME|LADY|MDM)\.?|M\.)$/iu;
/** Lower-case name particles: "van der Berg", "de la Cruz", "di Stefano", "von Weizsäcker". */
const PARTICLE =
  /^(?:van|der|den|de|di|da|du|del|della|des|la|le|von|zu|dos|das|do|y|e|ter|ten|bin|binti|al|el)$/;
// Capitalised words with diacritics, initials ("J.P."), and scripts without case (Devanagari, CJK).
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Lu}\.)+|[\p{Lo}][\p{Lo}\p{M}]*)$/u;

/** Address and name lines are short; longer cells are prose and are not tested (bounded work). */
const MAX_CELL = 120;

/** True for a street line: "24917 KEYSTONE AVE", "Flat 3, 12 High Street", "Hauptstraße 12". */
export function isStreetCell(cell: string): boolean {
  // Every street form carries a house or block number: most cells are out before any pattern runs.
  if (cell.length > MAX_CELL || !/\d/.test(cell)) return false;
  // Amount columns are no street: "0 .0 0 Dr" (spaced digits and a Dr suffix) matched a "Dr(ive)".
  if (/\d[.,]\d{2}(?!\d)|\s\.\d/.test(cell) || !/\p{L}{2,}.*\s.*\p{L}{2,}|\p{L}{4,}/u.test(cell))
    return false;
  return (
    STREET_US.test(cell) ||
    STREET_DE.test(cell) ||
    STREET_DE_PREP.test(cell) ||
    STREET_JP.test(cell) ||
    (cell.length <= 60 && (STREET_NAME_FIRST.test(cell) || STREET_BLOCK.test(cell)))
  );
}

/** True for an apartment/unit/c/o line that belongs to an address block. */
export function isUnitCell(cell: string): boolean {
  return cell.length <= MAX_CELL && UNIT_LINE.test(cell);
}

/** True for a city/state/ZIP, UK postcode, Indian PIN, German PLZ or Canadian postal-code line. */
export function isCityCell(cell: string): boolean {
  return cell.length <= MAX_CELL && /\d/.test(cell) && CITIES.some((re) => re.test(cell));
}

/** True for a country line ending an address block. */
export function isCountryCell(cell: string): boolean {
  return COUNTRY.test(cell.trim());
}

/** True for a "P.O. Box 123" line. */
export function isPoBoxCell(cell: string): boolean {
  return PO_BOX.test(cell);
}

/** The name in `cell` without a leading title when the cell looks like a person's name, else null. */
export function asPersonName(cell: string): string | null {
  if (cell.length > MAX_CELL) return null;
  const tokens = cell.trim().split(/\s+/);
  while (tokens.length > 0 && TITLE.test(tokens[0] ?? '')) tokens.shift();
  const core = tokens.filter((t) => !PARTICLE.test(t));
  if (core.length < 2 || core.length > 5 || tokens.length > 7) return null;
  if (PARTICLE.test(tokens[tokens.length - 1] ?? '')) return null;
  if (!core.every((t) => NAME_TOKEN.test(t) && !/^[X*]+$/i.test(t))) return null;
  if (core.some((t) => NOT_NAME.has(t.replace(/[.'’-]/g, '').toUpperCase()))) return null;
  // Every word upper case, or every word capitalised: a name, not a sentence.
  const allUpper = core.every((t) => t === t.toUpperCase());
  const title = core.every(
    (t) =>
      /^\p{Lu}(?:[\p{Ll}\p{M}'’-]|\p{Lu}(?=[\p{Ll}]))*\.?$/u.test(t) ||
      /^(?:\p{Lu}\.)+$/u.test(t) ||
      /^\p{Lo}/u.test(t) ||
      t.length === 1,
  );
  if (!allUpper && !title) return null;
  if (!core.some((t) => t.replace(/\./g, '').length >= 2)) return null;
  return tokens.join(' ');
}
