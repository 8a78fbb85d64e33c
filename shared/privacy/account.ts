/**
 * Account, customer and reference numbers after their labels, and US Social Security numbers.
 * Labels decide here, not digit shapes: a bare eight-digit number is usually a harmless reference,
 * the same number after "Account No" is not.
 */
import { type Span, span } from './spans.js';

const LABEL = new RegExp(
  [
    '\\b(?:',
    '(?:card ?member |customer |client |loan |billing |primary |credit card |card )?(?:account|acct|a/c)\\.?(?: ?(?:number|no|num|nr|#|id))?',
    '|customer (?:id|number|no|ref(?:erence)?)|client (?:id|number|no)|member(?:ship)? (?:id|number|no)',
    '|card ?member (?:id|number|no)|reference(?: (?:number|no|#))?|ref\\.? ?(?:number|no|#)',
    '|stmt\\.? no|statement (?:number|no)|kunden-?nummer|konto-?nummer|referenz(?:nummer)?|crn|relationship (?:no|number)',
    '|membership (?:no|number)|invoice(?:_| )?(?:no|number)|acc|aan|cif|ucic|folio(?: no)?|loan (?:no|number)',
    // French, Italian, Spanish, Portuguese and Dutch account and customer numbers.
    // The scan text is NFKC, so "N.º" and "Nº" arrive as "N.o" and "No".
    // One alternative per shape: a shorter one matching first ("numero client" in "Numero cliente") would win.
    '|num[ée]ro (?:de |di )?(?:compte|cliente?|contrat|conto|contratto)|r[ée]f[ée]rence client|n\\. (?:conto|cliente)',
    '|codice cliente|c[óo]digo (?:de )?cliente|n(?:ú|u)mero (?:de )?(?:cuenta|cliente|contrato|conta)',
    '|n\\.?[°ºo] (?:de )?(?:compte|cliente?|cuenta|conta)',
    '|klant-?(?:nummer|nr)|rekening-?(?:nummer|nr)|relatie-?nummer|konto-?nr|kunden-?nr',
    '|klantnr|kundennr|contrato|contratto',
    ')\\.?',
  ].join(''),
  'gi',
);
const SEP = /^[ \t]*(?:[:#\-–][ \t]*)?(?:\r?\n[ \t]*)?(?:[:#][ \t]*)?/;
const VALUE = /^[A-Za-z0-9]*\d[A-Za-z0-9-]*(?:[ ]?[A-Za-z0-9-]*\d[A-Za-z0-9-]*)*/;

const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g;
const SSN_LABELLED =
  /\b(?:SSN|SS#|Social Security(?: Number| No\.?)?)\s*[:#]?\s*(\d{9}|\d{3}[- ]\d{2}[- ]\d{4}|[X*]{3}[- ]?[X*]{2}[- ]?\d{4})/gi;

/** Finds labelled account/reference numbers in one line (scan offsets relative to the text). */
export function findLabelledAccounts(text: string, lineStart: number, line: string): Span[] {
  const out: Span[] = [];
  for (const m of line.matchAll(LABEL)) {
    const rest = line.slice(m.index + m[0].length);
    // Labels run into the next word ("Accounting"), so the label must end at a non-letter.
    if (/^[A-Za-z]/.test(rest)) continue;
    const sep = SEP.exec(rest)?.[0] ?? '';
    const value = VALUE.exec(rest.slice(sep.length))?.[0]?.replace(/[ -]+$/, '') ?? '';
    const digits = value.replace(/\D/g, '').length;
    if (digits < 4) continue;
    // A bare "account"/"reference" is prose ("your account 2024 …") unless a colon or # follows
    // or the value is long enough to be an identifier.
    if (/^(?:account|acct|a\/c|reference)\.?$/i.test(m[0]) && !/[:#]/.test(sep) && digits < 6) continue;
    const start = lineStart + m.index + m[0].length + sep.length;
    if (text.slice(start, start + value.length) !== value) continue;
    out.push(span(start, start + value.length, 'account'));
  }
  return out;
}

/** Finds US Social Security numbers (dashed or spaced, or labelled). */
export function findSsns(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SSN)) out.push(span(m.index, m.index + m[0].length, 'ssn'));
  for (const m of text.matchAll(SSN_LABELLED)) {
    const v = m[1] ?? '';
    const start = m.index + m[0].length - v.length;
    out.push(span(start, start + v.length, 'ssn'));
  }
  return out;
}

/** Further copies of found account numbers anywhere in the text, in any spacing. */
export function findValueEchoes(text: string, values: string[], kind: Span['kind']): Span[] {
  const out: Span[] = [];
  for (const v of new Set(values.map((x) => x.replace(/[\s-]/g, '')))) {
    if (v.length < 6) continue;
    const body = v
      .split('')
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s-]*');
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, 'gi'))) {
      out.push(span(m.index, m.index + m[0].length, kind));
    }
  }
  return out;
}
