/**
 * Card numbers (PANs) in every printed form: bare, grouped by spaces or dashes, split across rows
 * or cells, Amex 4-6-5, Mastercard 2-series, partially masked. Inside a statement recall matters
 * more than precision, so Luhn only ranks candidates; a 13–19 digit run of plausible groups is a
 * card either way. Amounts ("1,234.56"), dates and short references never join a candidate.
 */
import { endsWithAmount, tableLineStarts, toLines } from './cells.js';
import { PLACEHOLDER, type Span } from './spans.js';

interface Group {
  start: number;
  end: number;
  digits: string;
  /** Joined to the previous chained group by a line break. */
  afterBreak: boolean;
}

const SEPARATOR = /^(?: {1,3}| *- *| *\r?\n *)$/;
const MIN_PAN = 13;
const MAX_PAN = 19;

/** True when `digits` passes the Luhn checksum. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The printed replacement: the last four digits only. */
export function maskPan(digits: string): string {
  return `${PLACEHOLDER.card} ${digits.slice(-4)}`;
}

/** Finds card numbers in scan text (`merchantText`: every line is a transaction description). */
export function findPans(text: string, merchantText = false): { spans: Span[]; pans: string[] } {
  const spans: Span[] = [];
  const pans: string[] = [];
  const add = (start: number, end: number, digits: string, full = true) => {
    if (spans.some((s) => s.start < end && start < s.end)) return;
    spans.push({ start, end, kind: 'card', replacement: maskPan(digits) });
    if (full) pans.push(digits);
  };
  let table: Set<number> | null = null;
  const inTable = (at: number) => {
    table ??= tableLineStarts(toLines(text));
    return merchantText || table.has(text.lastIndexOf('\n', at - 1) + 1);
  };
  for (const chain of chains(text)) {
    for (const w of windows(chain)) {
      if (w.single && !plausibleBare(w.digits) && inTable(w.start)) continue;
      // In a table row, groups in different cells are a merchant's number and a reference, not one card.
      if (/\S {2,}\S/.test(text.slice(w.start, w.end)) && inTable(w.start)) continue;
      add(w.start, w.end, w.digits);
    }
  }
  // A PAN glued to letters ("CARD4342378010507320") only counts when its checksum agrees.
  for (const m of text.matchAll(/(?<=[A-Za-z])\d{13,19}(?!\d)|(?<!\d)\d{13,19}(?=[A-Za-z])/g)) {
    if (luhnValid(m[0]) && /^[2-6]/.test(m[0])) add(m.index, m.index + m[0].length, m[0]);
  }
  for (const s of findMaskedPans(text)) add(s.start, s.end, s.replacement.slice(-4), false);
  // "Card Ending 5-12345": an ending longer than four digits gives away more than we keep.
  for (const m of text.matchAll(
    /\b(?:card|account|acct)\.? ending(?: in)?:?\s*(\d(?:[ -]?\d){4,})(?![\d,.])/gi,
  )) {
    const value = m[1] ?? '';
    const d = value.replace(/\D/g, '');
    const start = m.index + m[0].length - value.length;
    if (d.length > 4) add(start, start + value.length, d, false);
  }
  return { spans, pans };
}

/**
 * A bare run inside a transaction row is more often a ticket or order number ("UNITED
 * 0161234567890"): there it must look like a real card (checksum, network prefix and length).
 */
function plausibleBare(d: string): boolean {
  if (!luhnValid(d)) return false;
  if (/^4/.test(d)) return [13, 16, 19].includes(d.length);
  if (/^3[47]/.test(d)) return d.length === 15;
  if (/^(?:5[1-5]|2[2-7])/.test(d)) return d.length === 16;
  return /^[36]/.test(d) && d.length >= 14;
}

function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Runs of digit groups that could together print one number. */
function chains(text: string): Group[][] {
  const out: Group[][] = [];
  let chain: Group[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(/\d+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const ok = chainable(text, start, end);
    const between = prevEnd >= 0 ? text.slice(prevEnd, start) : '';
    // A number split across rows never continues into or out of a table row (a reference cell,
    // then the date and amount): "WRLS 52459" above "05150310  20/06  80.08" is not one card.
    const broken =
      between.includes('\n') &&
      (endsWithAmount(lineAt(text, start)) || endsWithAmount(lineAt(text, prevEnd)));
    if (!ok || chain.length === 0 || !SEPARATOR.test(between) || broken) {
      if (chain.length > 0) out.push(chain);
      chain = [];
    }
    if (ok) chain.push({ start, end, digits: m[0], afterBreak: between.includes('\n') && chain.length > 0 });
    prevEnd = ok ? end : -1;
  }
  if (chain.length > 0) out.push(chain);
  return out;
}

/** A group can be part of a PAN unless it is a piece of an amount, date, time, code or a short number. */
function chainable(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 3 || len > MAX_PAN) return false;
  const before = text[start - 1] ?? ' ';
  const before2 = text[start - 2] ?? ' ';
  const after = text[end] ?? ' ';
  const after2 = text[end + 1] ?? ' ';
  if (/[A-Za-z$£€¥₹]/.test(before) || /[A-Za-z%]/.test(after)) return false;
  // Pieces of amounts (1,234.56), dates (01/04/2024) and times (12:30) sit next to a digit.
  if (/[.,'/:]/.test(before) && /\d/.test(before2)) return false;
  if (/[.,'/:]/.test(after) && /\d/.test(after2)) return false;
  return true;
}

/** Chooses non-overlapping 13–19 digit windows of a chain, checksum-valid ones first. */
function windows(chain: Group[]): Array<{ start: number; end: number; digits: string; single: boolean }> {
  const cands: Array<{ i: number; j: number; digits: string; score: number }> = [];
  for (let i = 0; i < chain.length; i++) {
    let digits = '';
    for (let j = i; j < chain.length; j++) {
      const g = chain[j] as Group;
      // Across a line break only card-like groups of 4+ join ("4342 3780\n1050 7320"), not phones.
      if (j > i && g.afterBreak && chain.slice(i, j + 1).some((x) => x.digits.length < 4)) break;
      digits += g.digits;
      if (digits.length > MAX_PAN) break;
      if (digits.length < MIN_PAN) continue;
      const score = (luhnValid(digits) ? 4 : 0) + (/^[2-6]/.test(digits) ? 2 : 0) + (j > i ? 1 : 0);
      cands.push({ i, j, digits, score });
    }
  }
  cands.sort((a, b) => b.score - a.score || b.digits.length - a.digits.length || a.i - b.i);
  const used = new Set<number>();
  const out: Array<{ start: number; end: number; digits: string; single: boolean }> = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.i; k <= c.j; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = c.i; k <= c.j; k++) used.add(k);
    const first = chain[c.i] as Group;
    out.push({ start: first.start, end: (chain[c.j] as Group).end, digits: c.digits, single: c.i === c.j });
  }
  return out;
}

/**
 * Partly masked numbers that still show more than the last four digits ("4417 88XX XXXX 2031"
 * shows the issuer prefix): reduced to the last four like any other card number.
 */
function findMaskedPans(text: string): Span[] {
  const out: Span[] = [];
  // The last group is four digits, maybe behind mask characters, never behind more digits: in
  // "XXXX XXXX XXXX 10371 Berlin" the five digits are a postcode, not a card's end.
  const re = /(?<![\w*•])[0-9Xx*•●]{4}(?:[ -]?[0-9Xx*•●]{4,6}){2}[ -]?[Xx*•●]{0,4}\d{4}(?![\w*•])/g;
  for (const m of text.matchAll(re)) {
    const visible = m[0].replace(/\D/g, '');
    const masked = m[0].replace(/[^Xx*•●]/g, '').length;
    if (masked === 0 || visible.length <= 4) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'card', replacement: maskPan(visible) });
  }
  // Masked but for a five- or six-digit end ("XXXX-XXXXXX-51234", an Amex mask): keep four of them.
  // A space before the digits would make a postcode printed beside a mask look like such an end.
  for (const m of text.matchAll(/(?<![\w*•])(?:[Xx*•●]{4,6}-?){1,2}[Xx*•●]{4,6}-?\d{5,6}(?![\w*•])/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'card', replacement: maskPan(m[0]) });
  }
  return out;
}

/**
 * Further copies of already-found card numbers in any spacing, and their first twelve digits
 * printed on their own (remittance slips sometimes carry them).
 */
export function findPanEchoes(text: string, pans: string[]): Span[] {
  const out: Span[] = [];
  for (const pan of new Set(pans)) {
    for (const digits of [pan, pan.slice(0, 12)]) {
      const re = new RegExp(`(?<!\\d)${digits.split('').join('[\\s-]*')}`, 'g');
      for (const m of text.matchAll(re)) {
        out.push({ start: m.index, end: m.index + m[0].length, kind: 'card', replacement: maskPan(pan) });
      }
    }
  }
  return out;
}
