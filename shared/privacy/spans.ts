/**
 * Spans of personal data found by the detectors, and the one function that rewrites the original
 * text from them. Overlaps resolve by kind priority (an IBAN holds card-like digit groups; a card
 * number inside an "Account Number" line keeps its `•••• 1234` form), while the union of all spans is always removed.
 */
import { type ScanText, toOriginalRange } from './normalize.js';

export const PII_KINDS = [
  'iban',
  'card',
  'ssn',
  'id',
  'account',
  'email',
  'phone',
  'dob',
  'address',
  'name',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** A detected item, in scan-text offsets. */
export interface Span {
  start: number;
  end: number;
  kind: PiiKind;
  replacement: string;
}

/** The placeholder written in place of each kind (cards keep their last four digits instead). */
export const PLACEHOLDER: Record<PiiKind, string> = {
  card: '••••',
  iban: '[IBAN]',
  ssn: '[SSN]',
  id: '[ID]',
  dob: '[DOB]',
  account: '[ACCOUNT]',
  email: '[EMAIL]',
  phone: '[PHONE]',
  address: '[ADDRESS]',
  name: '[NAME]',
};

/** A span with the placeholder of its kind. */
export function span(start: number, end: number, kind: PiiKind): Span {
  return { start, end, kind, replacement: PLACEHOLDER[kind] };
}

interface Piece {
  start: number;
  end: number;
  replacement: string;
}

/** Rewrites `original`, replacing every span's original range; returns the text and counts by kind. */
export function applySpans(
  original: string,
  scan: ScanText,
  spans: Span[],
): { text: string; counts: Record<string, number> } {
  const rank = (k: PiiKind) => PII_KINDS.indexOf(k);
  const ordered = [...spans].sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start);
  // One flag per scan character keeps overlap resolution linear in the total span length.
  const covered = new Uint8Array(scan.text.length);
  const taken: Piece[] = [];
  const counts: Record<string, number> = {};
  for (const s of ordered) {
    const pieces = uncovered(s, covered).filter((p) => scan.text.slice(p.start, p.end).trim().length > 0);
    if (pieces.length === 0) continue;
    counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    for (const p of pieces) covered.fill(1, p.start, p.end);
    taken.push(...pieces);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of taken) {
    const [os, oe] = toOriginalRange(scan, p.start, p.end);
    out += original.slice(at, os) + p.replacement;
    at = oe;
  }
  return { text: out + original.slice(at), counts };
}

/** The parts of `s` not already covered by a higher-priority span. */
function uncovered(s: Span, covered: Uint8Array): Piece[] {
  const parts: Piece[] = [];
  let from = -1;
  for (let i = s.start; i <= s.end; i++) {
    const free = i < s.end && covered[i] === 0;
    if (free && from < 0) from = i;
    if (!free && from >= 0) {
      parts.push({ start: from, end: i, replacement: s.replacement });
      from = -1;
    }
  }
  return parts;
}
