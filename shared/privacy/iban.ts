/**
 * IBANs. A bare one must pass the ISO 13616 mod-97 check (so product codes and references that
 * merely start with two letters and two digits survive); after an "IBAN" label the form suffices.
 */
import { type Span, span } from './spans.js';

const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
const LABELLED = /\bIBAN\b\.?\s*:?\s*([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8})/gi;

/** True when the compact IBAN passes the mod-97 check. */
export function ibanValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** Finds IBANs in scan text. */
export function findIbans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    out.push(span(start, start + value.length, 'iban'));
  }
  for (const m of text.matchAll(CANDIDATE)) {
    // Groups may be followed by an unrelated word; try the longest prefix that validates.
    const parts = m[0].split(' ');
    for (let n = parts.length; n >= 1; n--) {
      const printed = parts.slice(0, n).join(' ');
      if (ibanValid(printed.replace(/ /g, ''))) {
        out.push(span(m.index, m.index + printed.length, 'iban'));
        break;
      }
    }
  }
  return out;
}
