/**
 * The cardholder's name: found from where statements print it (the line above the street line of
 * the mailing block, "TRANSACTIONS FOR <NAME>", "Cardholder: <name>", "Dear <name>,"), then
 * removed wherever the full name recurs, reversed ("PAGE, LARRY") or after a title ("Mr Page").
 * Single first names are left alone: "LARRY" alone also starts "LARRY HOPKINS HONDA".
 */

import { addressAnchor, blockAbove } from './address.js';
import { cellNear, isTableRow, type TextLine, toLines } from './cells.js';
import { toScanText } from './normalize.js';
import { asPersonName, isCityCell, isPoBoxCell, isUnitCell, TITLE } from './shapes.js';
import { type Span, span } from './spans.js';

// Every label that introduces the holder (or an add-on holder), in the languages we read, and greetings.
const LABELS = new RegExp(
  [
    '(?<![\\p{L}])(?:transactions? for|payments?, credits (?:& |and )?adjustments for',
    "|(?:(?:primary|add-?on|supplementary|additional|secondary|basic) )?(?:card ?holder(?:'s)?|card ?member|account ?holder)(?: name)?",
    '|(?:primary|add-?on|supplementary|additional|secondary) card(?: name)?',
    '|customer name|client name|member name|full name|name of (?:the )?(?:card ?holder|customer)|name',
    '|prepared for|statement for|issued to|karteninhaber(?:in)?|kontoinhaber(?:in)?|name des karteninhabers',
    '|zusatzkarte(?:ninhaber(?:in)?)?|titulaire(?: de la carte| du compte)?|nom(?: du titulaire)?',
    '|titular(?: de la tarjeta| de la cuenta| do cartão| da conta)?|nombre|intestatari[oa](?: della carta| del conto)?',
    '|nome|naam|kaarthouder|rekeninghouder|dear|hello|hi|sehr geehrter?|liebe[r]?|cher|chère|estimad[oa]',
    '|gentile|egregi[oa]|car[oa]|geachte|beste|prezad[oa]|querid[oa]',
    ')(?![\\p{L}])\\s*[:-]?\\s*',
  ].join(''),
  'giu',
);
/** Titles that may stand before a surname alone ("Herr Wagner", "Sra. Fernández", "Dhr. Van der Berg"). */
const TITLE_WORDS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Mx',
  'Shri',
  'Smt',
  'Herr',
  'Frau',
  'Prof',
  'Mme',
  'Mlle',
  'Monsieur',
  'Madame',
  'M\\.',
  'Sr',
  'Sra',
  'Srta',
  'Señor',
  'Señora',
  'Sig',
  'Sig\\.ra',
  'Signor',
  'Signora',
  'Dott\\.ssa',
  'Dott',
  'Dra',
  'Dña',
  'Doña',
  'Don',
  'Dhr',
  'Mevr',
  'heer',
  'mevrouw',
  'Mdm',
];
const PARTICLES = 'van|der|den|de|di|da|du|del|della|des|la|le|von|zu|dos|das|do|ter|ten|y';
const WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]+|(?:\\p{Lu}\\.)+)";
const TITLED = new RegExp(
  // One space between words: two or more separate cells, and the next cell is not part of the name.
  // Titles may stack: "Frau Dr. Schäfer", "Sr. Dr. Ruiz".
  `(?<![\\p{L}\\p{N}])(?:(?:${TITLE_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')})\\.? )+` +
    `((?:(?:${PARTICLES}) )*${WORD}(?: (?:(?:${PARTICLES}) )*${WORD}){0,3})`,
  'gu',
);
const COLUMN_TOLERANCE = 15;
const GENERIC_LABEL = /^(?:name|nom|nome|naam|nombre|card|hi|hello)\b/i;
// "#1234" names a card only where it ends the cell: "COSTCO WHSE #8419 AUSTIN TX" is a store number.
const CARD_REF = /\b(?:card|ending|karte|carte|carta|tarjeta|cartão|kaart)\b|#\d{4}\s*$|[X*•]{4}/i;
/** A masked card number ("XXXX 3327", "**** 1234"). */
const MASK = /[X*•]{4}/;

/** Best-effort detection of the cardholder's name(s) from the statement text. */
export function findHolderNames(text: string): string[] {
  return holderNamesIn(toLines(toScanText(text).text));
}

/** Names found in already split scan lines. */
export function holderNamesIn(lines: TextLine[]): string[] {
  const found: string[] = [];
  const add = (n: string | null) => {
    if (n && !found.some((f) => f.toUpperCase() === n.toUpperCase())) found.push(n);
  };
  lines.forEach((line, i) => {
    if (isTableRow(line.text)) {
      // A card section's heading shares its line with a row of the table beside it on a page of two
      // tables ("Additional Card: REBECCA O'NEILL - XXXX 3327  30 Nov 2026  …  3,555.55"): the
      // heading's cell, by its masked card number, still names its holder.
      for (const cell of line.cells) if (MASK.test(cell.text)) addHeadingNames(cell.text, add);
      return;
    }
    for (const cell of line.cells) {
      if (addressAnchor(lines, i, cell) || isPoBoxCell(cell.text)) {
        for (const n of namesAbove(lines, i, cell.col)) add(n);
      }
      // The name that heads a mailing block closed by a postcode line, whatever its lines hold.
      if (isCityCell(cell.text)) add(blockAbove(lines, i, cell.col)?.name ?? null);
      // Add-on card sections head their rows with the holder and the card: "LAKSHMI V - Card ending 7710".
      if (CARD_REF.test(cell.text)) addHeadingNames(cell.text, add);
      for (const m of cell.text.matchAll(LABELS)) {
        const rest = cell.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (rest.length > 0) add(leadingName(rest.split(/,|\s{2,}/)[0] ?? ''));
        else {
          // "Prepared for" at the end of its cell: the name is the next cell, or under the label.
          // A bare "Name" ends many table headings ("Credit Card Name  Renewal Fee"): only a label
          // that can only introduce a person reads the next cell.
          const next = GENERIC_LABEL.test(m[0].trim()) ? undefined : line.cells[line.cells.indexOf(cell) + 1];
          add(leadingName(next?.text ?? '') ?? leadingName(cellNear(lines[i + 1], cell.col)?.text ?? ''));
        }
      }
    }
  });
  return found;
}

/** The names in a card section's heading: its parts between " - ", "#" and ":". */
function addHeadingNames(text: string, add: (n: string | null) => void): void {
  for (const part of text.split(/\s+-\s+|#|:/)) add(asPersonName(part.trim()));
}

/**
 * Name lines directly above a street/P.O. box line (the holder, then any co-holder). Before the
 * first name, up to two rows of a side column ("Mobile 07700 900283") may sit in between.
 */
function namesAbove(lines: TextLine[], i: number, col: number): string[] {
  const out: string[] = [];
  let skips = 2;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const cell = cellNear(lines[k], col);
    if (!cell || Math.abs(cell.col - col) > COLUMN_TOLERANCE) break;
    if (isUnitCell(cell.text) && out.length === 0) continue;
    const name = asPersonName(cell.text);
    if (name) out.push(name);
    else if (out.length > 0 || skips-- <= 0 || !/[\d:]/.test(cell.text)) break;
  }
  return out;
}

/** The longest run of leading words (2..5) that reads as a name. */
function leadingName(s: string): string | null {
  const words = s.trim().split(/\s+/);
  for (let n = Math.min(5, words.length); n >= 2; n--) {
    const name = asPersonName(words.slice(0, n).join(' '));
    if (name) return name;
  }
  return null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of every occurrence of the given names in scan text. */
export function findNameSpans(text: string, names: string[]): Span[] {
  const out: Span[] = [];
  for (const raw of names) {
    const tokens = toScanText(raw)
      .text.split(/[\s,]+/)
      .filter((t) => t.length > 0 && !TITLE.test(t));
    if (tokens.length === 0) continue;
    // Initials may sit on a line of their own; only multi-letter names may wrap across lines.
    const gap = tokens.some((t) => t.replace('.', '').length === 1) ? '[ \\t]+' : '\\s+';
    const parts = tokens.map(esc);
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    const variants = [parts.join(gap)];
    if (parts.length >= 2) {
      variants.push(`${first}(?:${gap}\\p{L}\\.?)?${gap}${parts.slice(1).join(gap)}`);
      variants.push(`${last},?${gap}${parts.slice(0, -1).join(gap)}`);
    }
    if (parts.length >= 3) variants.push(`${first}${gap}${last}`);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push(span(m.index, m.index + m[0].length, 'name'));
  }
  return out;
}

/**
 * A title followed by a name, anywhere but in transaction rows: greetings name the holder by
 * surname alone ("Sehr geehrter Herr Wagner", "Estimada Sra. Fernández", "Geachte heer Van der Berg").
 */
export function findTitledNames(lines: TextLine[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    if (isTableRow(line.text)) continue;
    for (const m of [...line.text.matchAll(TITLED), ...line.text.matchAll(GREETING)]) {
      const name = m[1] ?? '';
      const words = name.split(' ');
      if (words.some((w) => NOT_NAME_WORD.test(w))) continue;
      const start = line.start + m.index + m[0].length - name.length;
      out.push(span(start, start + name.length, 'name'));
    }
  }
  return out;
}

/** Capitalised words that follow a title or greeting in headings and letters, not names ("Dr Balance"). */
const NOT_NAME_WORD =
  /^(?:BALANCE|AMOUNT|TOTAL|CARD|ACCOUNT|BANK|PAYMENT|CREDIT|DEBIT|LIMIT|DUE|MINIMUM|STATEMENT|OFFICE|CUSTOMER|CARDMEMBER|CARDHOLDER|MEMBER|CLIENT|CLIENTE|CLIENTE|KUNDE|KUNDIN|KLANT|SIR|MADAM|MADAME|MONSIEUR|VALUED|FRIEND|USER|TEAM|ALL|SIRS)$/i;
/** A greeting with the holder's first name alone, closed by a comma or colon: "Dear Björn,", "Beste Jan,". */
const GREETING = new RegExp(
  `(?<![\\p{L}])(?:Dear|DEAR|Hello|Hi|Liebe[r]?|Hallo|Cher|Chère|Querid[oa]|Estimad[oa]|Beste|Car[oa]|Hola|Bonjour|Olá)` +
    ` (${WORD}(?: ${WORD}){0,3})(?=[ \\t]*[,:!])`,
  'gu',
);
