/**
 * The documents the extraction benchmarks read: generated 3- and 30-page statements, and the real
 * statements issue 22 names (North American big banks: Type3 fonts and images) when the corpus is
 * beside the repository; never copied into it.
 */
import { readFileSync } from 'node:fs';
import { generateStatement } from '../../scripts/statements/index.js';

/** The corpus statements, by name, relative to ../shared/corpus. */
export const CORPUS_DOCUMENTS = [
  ['Chase', 'zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'],
  ['TD 2019', 'real-layouts/ca-td-2019/statement.pdf'],
] as const;

/** Named documents: 3 and 30 generated pages, then each corpus statement found (a note on stderr for one missing). */
export async function extractionDocuments(): Promise<Array<[string, Uint8Array]>> {
  const docs: Array<[string, Uint8Array]> = [];
  for (const pages of [3, 30]) {
    const { pdf } = await generateStatement({ layout: 'northwind', seed: 3, pages });
    docs.push([`${pages} pages`, new Uint8Array(pdf)]);
  }
  const corpus = new URL('../../../shared/corpus/', import.meta.url);
  for (const [name, rel] of CORPUS_DOCUMENTS) {
    try {
      docs.push([name, new Uint8Array(readFileSync(new URL(rel, corpus)))]);
    } catch {
      process.stderr.write(`${name}: not in ../shared/corpus, skipped\n`);
    }
  }
  return docs;
}
