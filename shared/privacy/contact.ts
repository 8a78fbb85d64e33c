/**
 * Email addresses and personal phone numbers (international, US, UK/DE-style national, Indian).
 * Kept on purpose: toll-free numbers (issuers' customer-service lines: 1-800…, 0800…, 1800…) and
 * any number whose own cell names a service ("Customer Service", "International", "Lost or
 * stolen"), since those are the issuer's, not the holder's, and help a reader of the analysis.
 */
import { type Span, span } from './spans.js';

// Bounded (RFC 5321 limits) so a long run of letters cannot make the scan quadratic.
// Letters of any script: internationalised addresses ("jürgen.weiß@example.de") are addresses too.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;

const PHONES: RegExp[] = [
  // International: +CC then groups.
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,5}(?![\d])/g,
  // US/NANP: (415) 555-0175, 415-555-0175, 1.415.555.0175.
  /(?<![\w+.-])(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])/g,
  // National numbers with a trunk 0 (UK, DE): 020 7946 0958, 07700 900123, 030/12345678.
  /(?<![\w+.-])0\d{2,5}(?:[ /-]\d{2,8}){1,3}(?![\d])/g,
  // UK mobile printed bare.
  /(?<![\w+.-])07\d{9}(?![\d])/g,
  // Indian mobile: 98765 43210, 0-98765-43210.
  /(?<![\w+.-])(?:0[ -]?)?[6-9]\d{4}[ -]\d{5}(?![\d])/g,
  // Anything number-like after a phone label: "Mobile: 9876543210", "Tel. 5550175".
  /(?<=(?<![\p{L}])(?:phone|tel|telephone|mobile|mob|cell|ph|contact(?: no)?|telefon(?:e|nummer)?|handy|mobil|t[ée]l[ée]phone|t[ée]l|portable|tel[ée]fono|m[óo]vil|celular|cellulare|telem[óo]vel|mobiel|telefoon|gsm)\.?(?: no\.?| number)?\s*[:.]?\s*)\+?[\d(][\d ()./-]{5,20}\d/giu,
  // French numbers in pairs: 06 12 34 56 78, 01.23.45.67.89.
  /(?<![\w+.-])0[1-9](?:[ .]\d{2}){4}(?![\d])/g,
  // Dutch and Belgian mobiles and national numbers with a dash: 06-12345678, 020-1234567.
  /(?<![\w+.-])0\d{1,3}-\d{6,8}(?![\d])/g,
  // Australian and other national numbers with the area code in brackets: (02) 9876 5432.
  /(?<![\w+.-])\(0\d{1,4}\) ?\d{3,4}[ -]?\d{3,4}(?![\d])/g,
];

const TOLL_FREE = /^(?:\+?1[ .-]?)?\(?8(?:00|88|77|66|55|44|33|22)\b|^0800|^0808|^0500|^1800|^1860|^1300/;
const SERVICE =
  /customer (?:service|care|support)|call us|contact us|help ?line|hotline|lost|stolen|international|from abroad|collect|relay|tty|textphone|pay by phone|spanish|enquir|inquir|kundenservice|service/i;

/** Finds email addresses in scan text. */
export function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => span(m.index, m.index + m[0].length, 'email'));
}

/** Finds personal phone numbers in one line (offsets relative to the whole scan text). */
export function findPhones(lineStart: number, line: string): Span[] {
  const out: Span[] = [];
  for (const re of PHONES) {
    for (const m of line.matchAll(re)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      if (isServiceNumber(line, m.index, m[0])) continue;
      out.push(span(lineStart + m.index, lineStart + m.index + m[0].length, 'phone'));
    }
  }
  return out;
}

/** True for a toll-free number, or one whose own cell (text since the last column gap) names a service. */
function isServiceNumber(line: string, at: number, value: string): boolean {
  if (TOLL_FREE.test(value.trim())) return true;
  const before = line.slice(0, at);
  const cellStart = Math.max(before.lastIndexOf('  '), before.lastIndexOf('\t'));
  return SERVICE.test(before.slice(cellStart + 1));
}
