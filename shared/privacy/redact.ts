/**
 * Redaction of a statement's text before it leaves the process (LLM prompt, logs, errors).
 * Detectors run on a normalised scan view (NFKC, invisible characters dropped); only the ranges
 * they find are rewritten in the original, so merchant text, amounts and dates stay byte-identical.
 */
import { findLabelledAccounts, findSsns, findValueEchoes } from './account.js';
import { findAddressSpans } from './address.js';
import { endsWithAmount, isTransactionRow, tableLineStarts, toLines } from './cells.js';
import { findEmails, findPhones } from './contact.js';
import { findIbans } from './iban.js';
import { findIds } from './ids.js';
import { findNameSpans, findTitledNames, holderNamesIn } from './names.js';
import { toScanText } from './normalize.js';
import { findPanEchoes, findPans } from './pan.js';
import { applySpans, type Span } from './spans.js';

export { findHolderNames } from './names.js';
export { PII_KINDS, type PiiKind } from './spans.js';

export interface RedactionResult {
  text: string;
  /** Items removed, by kind (card, account, iban, ssn, id, email, phone, dob, name, address): meta.redactions. */
  counts: Record<string, number>;
}

export interface RedactionHints {
  /** Names known to belong to the holder (e.g. from a form), removed wherever they occur. */
  names?: string[];
  /**
   * The text is transaction descriptions (one per line) rather than a whole statement: merchant
   * phone, store and ticket numbers stay, as they do inside a statement's transaction rows.
   */
  transactions?: boolean;
}

/** Removes card numbers, account numbers, IBANs, SSNs, emails, phones, the holder's name and address. */
export function redactText(text: string, hints: RedactionHints = {}): RedactionResult {
  const scan = toScanText(text);
  const lines = toLines(scan.text);
  const spans: Span[] = [];

  const merchantText = hints.transactions === true;
  const pans = findPans(scan.text, merchantText);
  spans.push(...pans.spans, ...findPanEchoes(scan.text, pans.pans));
  spans.push(...findIbans(scan.text), ...findSsns(scan.text), ...findEmails(scan.text));

  const accounts: Span[] = [];
  const table = tableLineStarts(lines);
  for (const line of lines) {
    // Merchant descriptors carry the merchant's own phone and reference numbers: leave those rows.
    if (merchantText || isTransactionRow(line.text)) continue;
    accounts.push(...findLabelledAccounts(scan.text, line.start, line.text));
    spans.push(
      ...findPhones(line.start, line.text),
      ...findIds(line.start, line.text, table.has(line.start)),
    );
  }
  const accountValues = accounts.map((s) => scan.text.slice(s.start, s.end));
  spans.push(...accounts, ...findValueEchoes(scan.text, accountValues, 'account'));

  const addresses = merchantText ? [] : findAddressSpans(lines);
  // Only lines with a number recur as addresses elsewhere; a bare town ("MANCHESTER") also names
  // where merchants are.
  const found = addresses.map((s) => scan.text.slice(s.start, s.end));
  const addressValues = found.filter((v) => /\d/.test(v));
  // A landmark line ("NR CITY GARDENS") may be printed twice in the block; three words or more are
  // no town name shared with merchants, and only rows outside the transactions are searched.
  const landmarks = found
    .map((v) => v.replace(/[\s,.;]+$/, ''))
    .filter((v) => !/\d/.test(v) && v.split(/\s+/).length >= 3);
  spans.push(...addresses, ...findTextEchoes(scan.text, addressValues));
  for (const e of findTextEchoes(scan.text, landmarks)) {
    const line = lines.find((l) => l.start <= e.start && e.start <= l.start + l.text.length);
    if (line && !isTransactionRow(line.text) && !endsWithAmount(line.text)) spans.push(e);
  }

  const names = [...(hints.names ?? []), ...(merchantText ? [] : holderNamesIn(lines))].filter(
    (n) => n.trim().length > 0,
  );
  spans.push(...findNameSpans(scan.text, names));
  if (!merchantText) spans.push(...findTitledNames(lines));

  return applySpans(text, scan, spans);
}

/** Other occurrences of found address lines (a remittance slip repeats the block). */
function findTextEchoes(text: string, values: string[]): Span[] {
  const out: Span[] = [];
  for (const v of new Set(values)) {
    const body = v
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'))) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'address', replacement: '[ADDRESS]' });
    }
  }
  return out;
}
