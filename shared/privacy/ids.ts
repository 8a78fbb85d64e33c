/**
 * Personal identifiers other than card and account numbers: national and tax ids (Indian PAN,
 * GSTIN, CKYC and Aadhaar; Italian codice fiscale; Singapore NRIC; UK National Insurance; and any
 * number after an id label in the languages we read), dates of birth after their label, and long
 * digit runs (scan lines, remittance codes, customer numbers) outside transaction rows.
 * The bank's own GSTIN/PAN match too: masking them is harmless, and they never sit in merchant text.
 */
import { endsWithAmount } from './cells.js';
import { type Span, span } from './spans.js';

/** Shapes that are an identifier wherever they are printed (outside merchant rows). */
const ID_SHAPES: RegExp[] = [
  // GSTIN: state code, PAN, entity number, Z, check character.
  /(?<![A-Za-z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])/g,
  // Indian PAN: the fourth letter says who holds it (P a person, C a company …).
  /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g,
  // Italian codice fiscale.
  /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g,
  // Singapore NRIC/FIN.
  /(?<![A-Za-z0-9])[STFGM]\d{7}[A-Z](?![A-Za-z0-9])/g,
  // UK National Insurance number, compact or spaced.
  /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g,
];

/** Labels of personal ids; the value after them goes whatever its shape. */
const ID_LABEL = new RegExp(
  [
    '(?<![\\p{L}])(?:pan(?: no| number)?|permanent account number(?: \\(pan\\))?|c?kyc(?: no| number| id)?|aadhaa?r(?: no| number)?',
    '|uid(?:ai)?(?: no)?|nric|fin|nif|nie|dni|nif\\/cif|codice fiscale|steuer-?id|steuernummer|steuer-identifikationsnummer',
    '|bsn|burgerservicenummer|sin|social insurance number|tfn|tax file number|nino|national insurance(?: number| no)?',
    '|passport(?: no| number)?|tax id|tin|cpf|numéro fiscal|n(?:u|ú)mero de identificaci(?:o|ó)n fiscal',
    ')\\.?(?![\\p{L}])[ \\t]*[:#.-]?[ \\t]*',
  ].join(''),
  'giu',
);
// Upper-case letters and digits, then space-separated digit groups ("245 981 330"); never prose.
// A short letter prefix and a check letter may stand apart: "QQ 12 34 56 C".
const ID_VALUE = /^(?:[A-Z]{1,3} )?[A-Z0-9./-]*\d[A-Z0-9./-]*(?: (?:\d[\d./-]*|[A-Z](?![\p{L}\d])))*/u;

const DOB_LABEL = new RegExp(
  [
    '(?<![\\p{L}])(?:date of birth|birth ?date|d\\.?o\\.?b\\.?|born(?: on)?|geburtsdatum|geb\\.|geboren am',
    '|date de naissance|née? le|fecha de nacimiento|data di nascita|nat[oa] il|geboortedatum|geboren op',
    '|data de nascimento)(?![\\p{L}])[ \\t]*[:.-]?[ \\t]*',
  ].join(''),
  'giu',
);
const DATE_VALUE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [\p{L}]{3,10}\.? \d{4}|[\p{L}]{3,10}\.? \d{1,2},? \d{4})/u;

/** Digit runs this long are never amounts, dates or merchant store numbers outside a transaction row. */
// A run glued to a word ("TRANSACTION--0101…", "REF#…") is a merchant's reference, not a scan line.
const LONG_RUN = /(?<![\d.,\p{L}#-])(?:\d{11,}|\d{3,}(?: \d{3,}){4,})(?![\d\p{L}]|[.,]\d)/gu;
/** Toll-free service numbers printed bare ("18605005555") are the issuer's, not the holder's. */
const SERVICE_NUMBER = /^(?:1800|1860|0800|0808|1300|800)/;

/** Finds ids, dates of birth and long digit runs in one non-transaction line (scan offsets). */
export function findIds(lineStart: number, line: string, inTable = false): Span[] {
  const out: Span[] = [];
  // Every id, date of birth and run has four digits or more: most lines are out at once.
  if (!/\d(?:\D*\d){3}/.test(line)) return out;
  for (const re of ID_SHAPES) {
    for (const m of line.matchAll(re))
      out.push(span(lineStart + m.index, lineStart + m.index + m[0].length, 'id'));
  }
  out.push(...afterLabel(lineStart, line, ID_LABEL, ID_VALUE, 'id'));
  out.push(...afterLabel(lineStart, line, DOB_LABEL, DATE_VALUE, 'dob'));
  // Rows ending in an amount are transactions (maybe led by a sequence number, "1 10 DEC …"), and a
  // merchant line between table rows is one too: their long references are the merchant's.
  if (inTable || endsWithAmount(line)) return out;
  for (const m of line.matchAll(LONG_RUN)) {
    if (SERVICE_NUMBER.test(m[0])) continue;
    out.push(span(lineStart + m.index, lineStart + m.index + m[0].length, 'account'));
  }
  return out;
}

function afterLabel(
  lineStart: number,
  line: string,
  label: RegExp,
  value: RegExp,
  kind: Span['kind'],
): Span[] {
  const out: Span[] = [];
  for (const m of line.matchAll(label)) {
    const at = m.index + m[0].length;
    const v = value.exec(line.slice(at))?.[0];
    if (!v || v.replace(/\D/g, '').length < 4) continue;
    out.push(span(lineStart + at, lineStart + at + v.length, kind));
  }
  return out;
}
