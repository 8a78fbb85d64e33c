/**
 * Shapes of one cell of text: a person's name, a street line, a city/postcode line, a P.O. box.
 * Shared by name finding (the name sits above the street line) and address blocks.
 */

const STREET_WORDS = [
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|ter|terr',
  'circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|cres|close|grove|gardens|gdns|row|mews|walk|hill',
  'park|trail|trl|loop|pike|path|alley|plaza|commons|point|ridge|heights|hts|run|crossing|cove|bend|green',
  'gate|rise|vale|wharf|quay|nagar|marg|colony|layout|main|cross|enclave|residency|apartments|society|sector',
].join('|');
const UNIT = '(?:flat|apt|apartment|unit|suite|ste|house|h\\.? ?no|plot|door|room|floor|bldg|building|#)';

const STREET_US = new RegExp(
  `^(?:${UNIT}\\.?\\s*(?:no\\.?\\s*)?[\\w/-]+,?\\s+)?\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?,?\\s+(?:[\\p{L}\\d.'’-]+,?\\s+){0,6}?(?:${STREET_WORDS})\\b\\.?(?:[,\\s].*)?$`,
  'iu',
);
const STREET_DE =
  /^(?:[\p{Lu}][\p{L}.-]*\s){0,3}[\p{L}.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt)\s+\d{1,4}\s?[a-z]?(?:[,\s].*)?$/iu;
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
const CITY_DE = /^(?:D-)?\d{5}\s+[\p{L}][\p{L} .'’-]*$/u;
const CITY_CA = /^[\p{L}][\p{L} .'’-]*,?\s+[A-Z]{2},?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/u;
const COUNTRY =
  /^(?:united states(?: of america)?|usa|u\.s\.a\.|united kingdom|uk|england|scotland|wales|india|germany|deutschland|canada)$/i;
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|post office box|postfach)\s*\d+/i;

/** Uppercase words that appear in statement headings and issuer blocks, never in a holder's name. */
const NOT_NAME = new Set(
  `ACCOUNT ACCOUNTS ACTIVITY ADDRESS AMOUNT AMERICAN AND ANNUAL APR AUTOPAY AVAILABLE BALANCE BANK BANKING BILL
  BILLING BOX BRANCH CARD CARDHOLDER CARDMEMBER CASH CHARGES CLOSING CREDIT CREDITS CUSTOMER DATE DAYS DEAR DEBIT
  DESCRIPTION DETAILS DUE EXPRESS FEES FINANCE FOR FROM GOLD IMPORTANT INFORMATION INTEREST INQUIRIES LIMIT MAIL
  MASTERCARD MEMBER MESSAGES MINIMUM NAME NEW NEWS NUMBER OF ON OR PAST PAY PAYMENT PAYMENTS PERIOD PLATINUM
  PO PREVIOUS PURCHASES REWARDS SEND SERVICE SERVICES SIGNATURE STATEMENT SUMMARY THE THIS TO TOTAL TOTALS
  TRANSACTION TRANSACTIONS TRANSFERS USA VISA VALUED WWW YOUR YOU HOLDER DIGITAL CLASSIC PREMIER INFINITE WORLD
  REWARD POINTS IS AT IN NOTICE ONLY MOBILE ONLINE BUSINESS UNDELIVERABLE RETURN SERVICE PLEASE KEEP PORTION`
    .split(/\s+/)
    .filter(Boolean),
);
const TITLE = /^(?:MR|MRS|MS|MISS|DR|MX|SHRI|SMT|SRI|HERR|FRAU|PROF)\.?$/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;

/** Address and name lines are short; longer cells are prose and are not tested (bounded work). */
const MAX_CELL = 120;

/** True for a street line: "24917 KEYSTONE AVE", "Flat 3, 12 High Street", "Hauptstraße 12". */
export function isStreetCell(cell: string): boolean {
  return (
    cell.length <= MAX_CELL && (STREET_US.test(cell) || STREET_DE.test(cell) || STREET_DE_PREP.test(cell))
  );
}

/** True for an apartment/unit/c/o line that belongs to an address block. */
export function isUnitCell(cell: string): boolean {
  return cell.length <= MAX_CELL && UNIT_LINE.test(cell);
}

/** True for a city/state/ZIP, UK postcode, Indian PIN, German PLZ or Canadian postal-code line. */
export function isCityCell(cell: string): boolean {
  return cell.length <= MAX_CELL && [CITY_US, CITY_UK, CITY_IN, CITY_DE, CITY_CA].some((re) => re.test(cell));
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
  if (tokens.length < 2 || tokens.length > 5) return null;
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return null;
  if (tokens.some((t) => NOT_NAME.has(t.replace(/[.'’-]/g, '').toUpperCase()))) return null;
  // Every word upper case, or every word capitalised: a name, not a sentence.
  const allUpper = tokens.every((t) => t === t.toUpperCase());
  const title = tokens.every(
    (t) => /^\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?=[\p{Ll}]))*\.?$/u.test(t) || t.length === 1,
  );
  if (!allUpper && !title) return null;
  if (!tokens.some((t) => t.replace(/\./g, '').length >= 2)) return null;
  return tokens.join(' ');
}
