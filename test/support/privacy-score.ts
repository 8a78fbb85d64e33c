/**
 * Scoring of a redaction run for the privacy tests: which planted items survive (by kind), which
 * words of the holder's name survive outside merchant text, and which merchant descriptions the
 * redaction changed (the false positives).
 */
import { redactForLlm } from '../../shared/privacy/prepare.js';
import type { PlantedItem } from './privacy-statements.js';

/** One statement's result. */
export interface Scored {
  name: string;
  planted: PlantedItem[];
  /** Planted items still readable after redaction. */
  leaks: PlantedItem[];
  /** Words of the holder's name still readable outside merchant descriptions. */
  nameTokens: string[];
  /** Planted items not found in the input at all (a broken fixture, not a pass). */
  absent: PlantedItem[];
  descriptions: number;
  /** Descriptions changed in the statement text or when redacted alone. */
  damaged: string[];
  counts: Record<string, number>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();
const flat = (s: string) => s.replace(/[\s-]/g, '');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES = /^(?:mr|mrs|ms|miss|dr|shri|smt|herr|frau|mme|m|sr|sra|sig|dhr|mevr)\.?$/i;

/** True when `item` can still be read in `text`. */
export function readable(text: string, item: PlantedItem): boolean {
  if (collapse(text).includes(collapse(item.value))) return true;
  const digits = flat(item.value);
  // An unmasked number may come back in another spacing: its first twelve digits give it away.
  return /^\d{13,}$/.test(digits) && flat(text).includes(digits.slice(0, 12));
}

/** Runs the LLM step's redaction on `text` and scores it. */
export function score(
  name: string,
  text: string,
  planted: PlantedItem[],
  holder: string | null,
  descriptions: string[],
): Scored {
  const unique = [...new Set(descriptions)];
  const out = redactForLlm(text, unique);
  const leaks = planted.filter((p) => readable(out.text, p));
  const absent = planted.filter((p) => !readable(text, p));
  // Merchant descriptions may legitimately share a word with the holder ("LARRY HOPKINS HONDA").
  let outside: string = out.text;
  for (const d of unique) outside = outside.split(d).join(' ¦ ');
  const nameTokens = (holder ?? '')
    .split(/\s+/)
    .filter((t) => t.replace(/\./g, '').length >= 3 && !TITLES.test(t))
    .filter((t) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(t)}(?![\\p{L}\\p{N}])`, 'u').test(outside));
  const inText = collapse(text);
  const redacted = collapse(out.text);
  const damaged = unique.filter(
    (d, i) => (inText.includes(collapse(d)) && !redacted.includes(collapse(d))) || out.descriptions[i] !== d,
  );
  return {
    name,
    planted,
    leaks,
    nameTokens,
    absent,
    descriptions: unique.length,
    damaged,
    counts: out.counts,
  };
}

/** "kind: found/total (pct)" lines over many scored statements. */
export function recallByKind(results: Scored[]): string[] {
  const by = new Map<string, { found: number; total: number }>();
  for (const r of results) {
    for (const p of r.planted) {
      const k = by.get(p.kind) ?? { found: 0, total: 0 };
      k.total++;
      if (!r.leaks.includes(p)) k.found++;
      by.set(p.kind, k);
    }
  }
  return [...by].map(([k, v]) => `${k}: ${v.found}/${v.total} (${((100 * v.found) / v.total).toFixed(1)}%)`);
}
