/**
 * Redaction scoring over fuzzed layouts (scripts/statements/fuzz): the planted personal data of a
 * seed's expected statement as items by kind, the text the LLM step would receive, and which items
 * or holder-name words survive redaction, by kind and by language.
 */
import { generateFuzzed } from '../../scripts/statements/fuzz/index.js';
import type { ExpectedPii } from '../../scripts/statements/types.js';
import { extractText } from '../../shared/pdf/extract.js';
import { redactForLlm } from '../../shared/privacy/prepare.js';
import { readDateAt } from '../../shared/statement/dates.js';
import { parseStatement } from '../../shared/statement/parse.js';
import type { PlantedItem } from './privacy-statements.js';

/** One fuzzed statement after redaction. */
export interface FuzzScored {
  seed: number;
  language: string;
  /** Planted items printed in the statement (the expected statement may list a holder with no section). */
  planted: PlantedItem[];
  /** Planted items still readable in the redacted text or descriptions. */
  leaks: PlantedItem[];
  /** Planted items not found in the extracted text: only a holder whose card had no rows may be missing. */
  absent: PlantedItem[];
  /** Words (≥ 3 letters) of a holder's name readable outside merchant descriptions. */
  nameTokens: string[];
  descriptions: number;
  /** Expected descriptions that redaction changed, in the statement text or alone. */
  damaged: string[];
}

// Salutations and name particles are not the holder's words.
const TITLES =
  /^(?:mr|mrs|ms|miss|dr|shri|smt|herr|frau|mme|m|sr|sra|sig|sig\.ra|dott|dott\.ssa|dhr|mevr|heer|mevrouw|monsieur|madame|señor|señora|dra|dña|doña|don|signor|signora|van|der|den|de|di|da|du|del|della|des|la|le|von|dos|das|do)\.?$/i;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A number as characters only: spacing, dashes, dots, slashes and brackets dropped. */
const flat = (s: string) => s.replace(/[\s\-./()+]/g, '').toLowerCase();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A holder's name that is also a month's ("Jan", "Mai"): the date reader takes it for one. */
const isMonthName = (t: string): boolean => readDateAt(`05 ${t} 2025`)?.token.text === `05 ${t} 2025`;

/**
 * Whether a word of a holder's name stands in `text` as printed, upper case or capitalised (a
 * lower-case month, "1 jan 2025", is not the holder "JAN"). A name that is also a month's counts only
 * away from a date's day or year: upper-case months print "05 JAN 2025" and "JAN 05" on every row,
 * and that is no trace of the holder.
 */
export function holderWordIn(text: string, word: string): boolean {
  const month = isMonthName(word);
  // A day of one or two digits before it (not the end of a card's last four: "4417 JAN" counts), a
  // day or a year after it.
  const before = month ? String.raw`(?<!(?<!\d)\d{1,2}[ .\-]?)` : '';
  const after = month ? String.raw`(?!\.?[ \-'’]?\d{1,4}(?!\d))` : '';
  return [word, word.toUpperCase(), word[0]?.toUpperCase() + word.slice(1).toLowerCase()].some((v) =>
    new RegExp(`${before}(?<![\\p{L}\\p{N}])${esc(v)}(?![\\p{L}\\p{N}])${after}`, 'u').test(text),
  );
}

const NUMERIC = new Set(['card', 'account', 'customer', 'phone', 'id']);

/** The seed's planted personal data as items by kind (masked card digits: only what is beyond the last 4). */
export function plantedItems(pii: ExpectedPii): PlantedItem[] {
  const items: PlantedItem[] = [{ kind: 'name', value: pii.name }];
  for (const line of pii.address) items.push({ kind: 'address', value: line });
  // Showing the last four digits is allowed: a card leaks when anything before them survives.
  const card = pii.cardNumber.replace(/\d{4}\s*$/, '').trim();
  if (/\d/.test(card)) items.push({ kind: 'card', value: card });
  if (pii.accountNumber) items.push({ kind: 'account', value: pii.accountNumber });
  if (pii.customerNumber) items.push({ kind: 'customer', value: pii.customerNumber });
  if (pii.email) items.push({ kind: 'email', value: pii.email });
  if (pii.phone) items.push({ kind: 'phone', value: pii.phone });
  for (const id of pii.other) items.push({ kind: 'id', value: id });
  for (const holder of new Set(pii.holderNames ?? [])) {
    if (collapse(holder) !== collapse(pii.name)) items.push({ kind: 'holder', value: holder });
  }
  return items;
}

/** True when `item` can be read in `text`: as printed, or for numbers as its characters in any spacing. */
export function readableIn(text: string, item: PlantedItem): boolean {
  if (collapse(text).includes(collapse(item.value))) return true;
  if (!NUMERIC.has(item.kind)) return false;
  const chars = flat(item.value).replace(/x+/g, '');
  // The last four may stay; ten characters or more are checked without them, and fewer than six
  // characters (the first group of a masked card) only as printed: any amount or reference holds them.
  const head = chars.length >= 10 ? chars.slice(0, -4) : chars;
  return /\d/.test(head) && head.length >= 6 && flat(text).includes(head);
}

/** A fuzzed seed generated and extracted once, for every check that reads it. */
export interface FuzzedRead {
  seed: number;
  pdf: Uint8Array;
  expected: Awaited<ReturnType<typeof generateFuzzed>>['expected'];
  language: string;
  lines: Awaited<ReturnType<typeof extractText>>['lines'];
  /** The extracted text, one line per row. */
  text: string;
  /** The expected statement's personal data as items. */
  listed: PlantedItem[];
  /** The listed items the PDF prints (an add-on holder whose card had no rows is not printed). */
  planted: PlantedItem[];
}

/** Generates a seed's statement and extracts its text. */
export async function readFuzzed(seed: number, transactions?: number): Promise<FuzzedRead> {
  const { pdf, expected, layout } = await generateFuzzed({ seed, transactions });
  // A copy: extraction may take ownership of the bytes it is given, and the pipeline wipes its input.
  const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 50 });
  const text = lines.map((l) => l.text).join('\n');
  const listed = plantedItems(expected.pii);
  const planted = listed.filter((p) => readableIn(text, p));
  return { seed, pdf, expected, language: layout.language, lines, text, listed, planted };
}

/** Generates, extracts and parses a seed, redacts as the LLM step does, and scores it. */
export async function scoreFuzzSeed(seed: number, transactions?: number): Promise<FuzzScored> {
  return scoreFuzzed(await readFuzzed(seed, transactions));
}

/** Parses a read seed, redacts as the LLM step does, and scores it. */
export function scoreFuzzed(read: FuzzedRead): FuzzScored {
  const { seed, expected, language, lines, text, listed, planted } = read;
  // A statement the parser rejects never reaches the LLM step; its text is still checked here.
  let parsed: string[] = [];
  try {
    parsed = parseStatement(lines).transactions.map((t) => t.description);
  } catch {}
  const wanted = [...new Set(expected.transactions.map((t) => t.description))];
  // The LLM step sends the statement and the parsed descriptions; the expected ones measure damage.
  const sent = redactForLlm(text, parsed);
  const alone = redactForLlm(text, wanted);
  const out = [sent.text, ...sent.descriptions].join('\n');
  let outside: string = sent.text;
  for (const d of wanted) outside = outside.split(d).join(' ¦ ');
  outside = [outside, ...sent.descriptions.filter((d) => !wanted.includes(d))].join('\n');
  const holders = [expected.pii.name, ...(expected.pii.holderNames ?? [])];
  const tokens = [...new Set(holders.flatMap((h) => h.split(/[\s,]+/)))].filter(
    (t) => t.replace(/\./g, '').length >= 3 && !TITLES.test(t),
  );
  const inText = collapse(text);
  const redacted = collapse(sent.text);
  return {
    seed,
    language,
    planted,
    leaks: planted.filter((p) => readableIn(out, p)),
    absent: listed.filter((p) => !planted.includes(p)),
    nameTokens: tokens.filter((t) => holderWordIn(outside, t)),
    descriptions: wanted.length,
    damaged: wanted.filter(
      (d, i) =>
        (inText.includes(collapse(d)) && !redacted.includes(collapse(d))) || alone.descriptions[i] !== d,
    ),
  };
}

const pct = (found: number, total: number) => `${total === 0 ? '-' : ((100 * found) / total).toFixed(1)}%`;

/** The printed report: recall and leaks by kind and by language, and descriptions changed. */
export function fuzzReport(title: string, results: FuzzScored[]): string {
  const kinds = new Map<string, { total: number; leaks: number }>();
  const langs = new Map<
    string,
    { n: number; total: number; leaks: number; words: number; desc: number; damaged: number }
  >();
  for (const r of results) {
    for (const p of r.planted) {
      const k = kinds.get(p.kind) ?? { total: 0, leaks: 0 };
      k.total++;
      if (r.leaks.includes(p)) k.leaks++;
      kinds.set(p.kind, k);
    }
    const l = langs.get(r.language) ?? { n: 0, total: 0, leaks: 0, words: 0, desc: 0, damaged: 0 };
    l.n++;
    l.total += r.planted.length;
    l.leaks += r.leaks.length;
    l.words += r.nameTokens.length;
    l.desc += r.descriptions;
    l.damaged += r.damaged.length;
    langs.set(r.language, l);
  }
  const desc = results.reduce((n, r) => n + r.descriptions, 0);
  const damaged = results.flatMap((r) => r.damaged.map((d) => `seed ${r.seed}: ${d}`));
  const words = results.reduce((n, r) => n + r.nameTokens.length, 0);
  return [
    `${title}: ${results.length} statements`,
    '  kind       planted  leaks  recall',
    ...[...kinds].map(
      ([k, v]) =>
        `  ${k.padEnd(10)} ${String(v.total).padStart(7)} ${String(v.leaks).padStart(6)}  ${pct(v.total - v.leaks, v.total)}`,
    ),
    `  holder-name words left outside merchant text: ${words}`,
    '  language   stmts  planted  leaks  recall  name words  descriptions changed',
    ...[...langs]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([k, v]) =>
          `  ${k.padEnd(10)} ${String(v.n).padStart(5)} ${String(v.total).padStart(8)} ${String(v.leaks).padStart(6)}  ` +
          `${pct(v.total - v.leaks, v.total).padStart(6)} ${String(v.words).padStart(11)}  ${v.damaged}/${v.desc}`,
      ),
    `  merchant descriptions changed: ${damaged.length}/${desc} (${pct(damaged.length, desc)})`,
    ...damaged.map((d) => `    ${d}`),
  ].join('\n');
}
