/**
 * The real layouts of ../shared/corpus/real-layouts as PDFs (published PDFs as they are, the
 * anonymised `pdftotext -layout` texts rebuilt as replicas) with their expected values, and a
 * scorer that compares a parse with them. Shared by the corpus tests and `scripts/real-report.ts`.
 * The corpus lives beside the repository (CI has it); nothing here is copied into the product.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedStatement } from '../../shared/statement/types.js';
import { renderTextReplica } from '../statements/replica.js';

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared/corpus beside the repository. */
export const CORPUS_DIR = join(here, '..', '..', '..', 'shared', 'corpus');
/** The real-layouts folder of the corpus. */
export const REAL_LAYOUTS_DIR = join(CORPUS_DIR, 'real-layouts');

/** The expected.json of a real layout: summary magnitudes in major units, signed transactions. */
export interface RealExpected {
  statement: Record<string, string | number | null>;
  transactions: Array<{ date: string; description: string; amount: number }>;
  pii: Array<string | null>;
}

/** One real layout, ready to extract. */
export interface RealLayout {
  name: string;
  /** True when the folder holds the published PDF, false when the PDF is a replica of its text. */
  published: boolean;
  pdf: Uint8Array;
  /** Page texts (replicas only). */
  pages: string[];
  expected: RealExpected;
}

/** True when ../shared/corpus/real-layouts is present. */
export const hasRealLayouts = existsSync(REAL_LAYOUTS_DIR);

/** Folder names of the real layouts, sorted. */
export function realLayoutNames(): string[] {
  if (!hasRealLayouts) return [];
  return readdirSync(REAL_LAYOUTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(REAL_LAYOUTS_DIR, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

/** Loads one real layout; text folders are rendered as PDF replicas. */
export async function loadRealLayout(name: string): Promise<RealLayout> {
  const dir = join(REAL_LAYOUTS_DIR, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as RealExpected;
  const pdfPath = join(dir, 'statement.pdf');
  if (existsSync(pdfPath)) {
    return { name, published: true, pdf: new Uint8Array(readFileSync(pdfPath)), pages: [], expected };
  }
  const pages = readdirSync(dir)
    .filter((f) => /^page_\d+\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return { name, published: false, pdf: await renderTextReplica(pages), pages, expected };
}

/** Summary fields a real expected.json lists. */
export const REAL_FIELDS = [
  'issuer',
  'cardLast4',
  'periodStart',
  'periodEnd',
  'dueDate',
  'previousBalance',
  'payments',
  'credits',
  'purchases',
  'cashAdvances',
  'fees',
  'interest',
  'newBalance',
  'minimumPayment',
  'creditLimit',
  'availableCredit',
  'currency',
] as const;

/** The text fields of REAL_FIELDS; every other field is money (major units in expected.json). */
const TEXT = new Set<string>(['issuer', 'cardLast4', 'periodStart', 'periodEnd', 'dueDate', 'currency']);
const MONEY = new Set<string>(REAL_FIELDS.filter((f) => !TEXT.has(f)));

/** How one parse compares with its expected values. */
export interface RealScore {
  fields: { right: number; total: number; wrong: Array<{ field: string; want: unknown; got: unknown }> };
  transactions: {
    expected: number;
    parsed: number;
    matched: number;
    precision: number;
    recall: number;
    descriptionsRight: number;
    missing: string[];
    extra: string[];
  };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Issuer names compare by their first word ("Axis Bank" ~ "Flipkart Axis Bank Credit Card"). */
function issuerMatches(want: string, got: string | null): boolean {
  if (got === null) return false;
  const w = squash(want);
  const g = squash(got);
  return g.includes(w) || w.includes(g);
}

/** Scores a parse against a real layout's expected values (transactions match on date and amount). */
export function scoreReal(expected: RealExpected, parsed: ParsedStatement): RealScore {
  const wrong: RealScore['fields']['wrong'] = [];
  let right = 0;
  const s = parsed.summary as unknown as Record<string, unknown>;
  for (const field of REAL_FIELDS) {
    const want = expected.statement[field] ?? null;
    const got = s[field] ?? null;
    const ok =
      field === 'issuer'
        ? want === null || issuerMatches(String(want), got as string | null)
        : MONEY.has(field)
          ? (want === null ? null : Math.round(Number(want) * 100)) === got
          : want === got;
    if (ok) right++;
    else wrong.push({ field, want, got });
  }
  const key = (date: string, cents: number) => `${date} ${cents}`;
  const pool = new Map<string, string[]>();
  for (const t of expected.transactions) {
    const k = key(t.date, Math.round(t.amount * 100));
    pool.set(k, [...(pool.get(k) ?? []), t.description]);
  }
  let matched = 0;
  let descriptionsRight = 0;
  const extra: string[] = [];
  for (const t of parsed.transactions) {
    const k = key(t.date, t.amount);
    const left = pool.get(k);
    if (left && left.length > 0) {
      matched++;
      const i = left.findIndex((d) => squash(d) === squash(t.description));
      if (i >= 0) descriptionsRight++;
      left.splice(Math.max(i, 0), 1);
    } else extra.push(`${k} ${t.description}`);
  }
  const missing = [...pool.entries()].flatMap(([k, ds]) => ds.map((d) => `${k} ${d}`));
  const n = expected.transactions.length;
  const m = parsed.transactions.length;
  return {
    fields: { right, total: REAL_FIELDS.length, wrong },
    transactions: {
      expected: n,
      parsed: m,
      matched,
      precision: m === 0 ? (n === 0 ? 1 : 0) : matched / m,
      recall: n === 0 ? 1 : matched / n,
      descriptionsRight,
      missing,
      extra,
    },
  };
}
