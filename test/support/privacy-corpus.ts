/**
 * The corpus statements the privacy tests run the redactor on, as the LLM step receives them (rows
 * of cells joined by two spaces): the five real-layout texts (each `pdftotext -layout` line is a row,
 * its cells split on runs of two or more spaces) and the corpus PDFs read by our extractor. Each
 * comes with its planted personal data by kind and the merchant descriptions its ground truth lists.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../shared/pdf/extract.js';
import { CORPUS, corpusBytes, corpusText } from './corpus.js';
import type { PlantedItem } from './privacy-statements.js';

/** A corpus statement with what must go and what must stay. */
export interface CorpusStatement {
  name: string;
  text: string;
  planted: PlantedItem[];
  /** The holder's name, whose words must not survive one by one either. */
  holder: string | null;
  descriptions: string[];
  /** The raw `pdftotext -layout` pages, for text layouts (to rebuild them as PDFs). */
  pages?: string[];
}

/** expected.json `pii[]` positions: 0 card, 1 name, 2 street, 3 city/postcode, 4 email, 5 phone, 6 account, 7+ other. */
const PII_KIND = ['card', 'name', 'address', 'address', 'email', 'phone', 'account'];

/** One `pdftotext -layout` page as rows of cells joined by two spaces, as extracted lines print. */
export function layoutTextAsLines(page: string): string {
  return page
    .replace(/\f/g, '')
    .split('\n')
    .map((l) => l.trim().split(/ {2,}/).join('  '))
    .filter((l) => l.length > 0)
    .join('\n');
}

function plantedFrom(pii: Array<string | null>): PlantedItem[] {
  return pii.flatMap((v, i) => (v ? [{ kind: PII_KIND[i] ?? 'other', value: v }] : []));
}

/** The five real-layout texts (personal data replaced by same-length fakes listed in `pii`). */
export function realLayoutTexts(): CorpusStatement[] {
  const root = join(CORPUS, 'real-layouts');
  const out: CorpusStatement[] = [];
  const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of dirs.map((d) => d.name).sort()) {
    const pages = readdirSync(join(root, dir))
      .filter((f) => /^page_\d+\.txt$/.test(f))
      .sort();
    if (pages.length === 0) continue;
    const raw = pages.map((p) => corpusText(`real-layouts/${dir}/${p}`));
    const text = raw.map(layoutTextAsLines).join('\n');
    const expected = JSON.parse(corpusText(`real-layouts/${dir}/expected.json`));
    out.push({
      name: dir,
      text,
      planted: plantedFrom(expected.pii),
      holder: expected.pii[1] ?? null,
      descriptions: expected.transactions.map((t: { description: string }) => t.description),
      pages: raw,
    });
  }
  return out;
}

async function pdfLines(rel: string): Promise<string> {
  const extracted = await extractText(corpusBytes(rel), { maxPages: 50 });
  return extracted.lines.map((l) => l.text).join('\n');
}

const descriptionsOf = (rel: string): string[] =>
  JSON.parse(corpusText(rel)).transactions.map((t: { description: string }) => t.description);

/** The corpus PDFs (Chase, SBI, OCBC-style monopoly example, TD Canada, Capital One) as extracted lines. */
export async function corpusPdfStatements(): Promise<CorpusStatement[]> {
  const chase = JSON.parse(corpusText('zipstack-chase-freedom/expected.json'));
  const ledger = corpusText('paisa-sbi/expected_monthly.ledger');
  const csv = corpusText('monopoly/example/expected_raw.csv').trim().split('\n').slice(1);
  return [
    {
      name: 'zipstack-chase-freedom',
      text: await pdfLines('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'),
      planted: plantedFrom(chase.pii),
      holder: chase.pii[1],
      descriptions: chase.transactions.map((t: { description: string }) => t.description),
    },
    {
      name: 'paisa-sbi',
      text: await pdfLines('paisa-sbi/sbi_cc_monthly.pdf'),
      planted: [{ kind: 'name', value: 'MICHAEL SCOTT' }],
      holder: 'MICHAEL SCOTT',
      descriptions: [...ledger.matchAll(/^\d{4}\/\d{2}\/\d{2} (.+)$/gm)].map((m) => (m[1] ?? '').trim()),
    },
    {
      name: 'monopoly-example',
      text: await pdfLines('monopoly/example/example_statement.pdf'),
      planted: [],
      holder: null,
      // date,description,amount: the description may itself hold commas.
      descriptions: csv.map((row) => row.split(',').slice(1, -1).join(',').replace(/^"|"$/g, '')),
    },
    {
      name: 'ca-td-2019',
      text: await pdfLines('real-layouts/ca-td-2019/statement.pdf'),
      planted: [],
      holder: null,
      descriptions: descriptionsOf('real-layouts/ca-td-2019/expected.json'),
    },
    {
      name: 'us-capone-anon',
      text: await pdfLines('real-layouts/us-capone-anon/statement.pdf'),
      planted: [{ kind: 'name', value: 'FOO J BAR' }],
      holder: 'FOO J BAR',
      descriptions: descriptionsOf('real-layouts/us-capone-anon/expected.json'),
    },
  ];
}
