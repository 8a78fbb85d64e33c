/**
 * The transactions of every statement in ../shared/corpus as (description, signed amount) pairs,
 * read from each folder's ground truth: real-layouts' and Chase's expected.json, SBI's ledger, the
 * OCBC-style example's CSV and monopoly's text fixtures. Categories come from our rules, not from here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, corpusText } from '../support/corpus.js';

/** One corpus transaction: a charge positive, a payment or credit negative, in cents. */
export interface CorpusRow {
  description: string;
  amount: number;
  /** The category column the statement prints beside the row, when it prints one. */
  printedCategory?: string;
}

/** One corpus statement's rows. */
export interface CorpusStatement {
  name: string;
  rows: CorpusRow[];
}

const cents = (major: number) => Math.round(major * 100);

/**
 * Category columns the statements print beside these rows (their expected.json keeps only the
 * first description line): Axis's "MERCHANT CATEGORY" (page_01.txt lines 32–33) and OneCard's
 * "Type" column (page_01.txt line 38). The engine reads these columns; here they stand in for it.
 */
const PRINTED: Record<string, Record<string, string>> = {
  'in-axis-flipkart': { 'FLIPKART PAYMENTS BANGALORE IN': 'BOOKS AND STATIONERY' },
  'in-onecard': { PhonePe: 'Rent' },
};

function realLayouts(): CorpusStatement[] {
  const dir = join(CORPUS, 'real-layouts');
  return readdirSync(dir)
    .filter((f) => existsSync(join(dir, f, 'expected.json')))
    .sort()
    .map((name) => {
      const json = JSON.parse(corpusText(`real-layouts/${name}/expected.json`)) as {
        transactions: { description: string; amount: number }[];
      };
      return {
        name: `real-layouts/${name}`,
        rows: json.transactions.map((t) => ({
          description: t.description,
          amount: cents(t.amount),
          printedCategory: PRINTED[name]?.[t.description],
        })),
      };
    });
}

function chase(): CorpusStatement {
  const json = JSON.parse(corpusText('zipstack-chase-freedom/expected.json')) as {
    transactions: { description: string; amount: number }[];
  };
  return {
    name: 'zipstack-chase-freedom',
    rows: json.transactions.map((t) => ({ description: t.description, amount: cents(t.amount) })),
  };
}

function sbi(): CorpusStatement {
  // ledger-cli: "YYYY/MM/DD DESCRIPTION", then "    Account  AMOUNT INR" (+ a charge, - a credit).
  const rows: CorpusRow[] = [];
  const lines = corpusText('paisa-sbi/expected_monthly.ledger').split('\n');
  lines.forEach((line, i) => {
    const head = /^\d{4}\/\d{2}\/\d{2} (.+)$/.exec(line);
    const posting = /\s(-?[\d,]+\.\d{2}) INR/.exec(lines[i + 1] ?? '');
    if (head && posting) {
      rows.push({
        description: (head[1] as string).trim(),
        amount: cents(Number((posting[1] as string).replace(/,/g, ''))),
      });
    }
  });
  return { name: 'paisa-sbi', rows };
}

function monopolyExample(): CorpusStatement {
  // date,description,amount with charges negative: the sign is flipped to ours.
  const [, ...lines] = corpusText('monopoly/example/expected_raw.csv').trim().split('\n');
  const rows = lines
    .map((l) => /^[^,]+,(.*),(-?[\d.]+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && !/LAST MONTH'S BALANCE/.test(m[1] as string))
    .map((m) => ({ description: m[1] as string, amount: -cents(Number(m[2])) }));
  return { name: 'monopoly/example', rows };
}

function monopolyFixtures(): CorpusStatement[] {
  return ['amex_credit', 'bank_of_america_credit'].map((name) => {
    const json = JSON.parse(corpusText(`monopoly/text_fixtures_v2/${name}/expected.json`)) as {
      transactions: { description: string; amount: number; direction: string }[];
    };
    return {
      name: `monopoly/${name}`,
      rows: json.transactions.map((t) => ({
        description: t.description,
        amount: t.direction === 'credit' ? -cents(Math.abs(t.amount)) : cents(Math.abs(t.amount)),
      })),
    };
  });
}

/** Every corpus statement's rows (call only when the corpus is present). */
export function corpusStatements(): CorpusStatement[] {
  return [...realLayouts(), chase(), sbi(), monopolyExample(), ...monopolyFixtures()];
}
