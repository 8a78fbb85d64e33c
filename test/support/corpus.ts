/** Access to the team's reference corpus in ../shared/corpus (present in CI, absent on a user's machine). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Absolute path of the corpus folder beside the repository. */
export const CORPUS = join(here, '..', '..', '..', 'shared', 'corpus');

/**
 * The corpus's statement PDFs that open without a password and have a text layer (its encrypted and
 * blank fixtures aside): what the tests that compare two readings of pdf.js read, as `test.each` rows.
 */
export const CORPUS_TEXT_STATEMENTS: ReadonlyArray<readonly [string]> = [
  ['zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'],
  ['paisa-sbi/sbi_cc_monthly.pdf'],
  ['monopoly/example/example_statement.pdf'],
];

/** True when the corpus is present. */
export const hasCorpus = existsSync(CORPUS);

/** `describe` when the corpus exists, otherwise `describe.skip` with a note saying why. */
export function describeCorpus(name: string, fn: () => void): void {
  if (!hasCorpus) {
    console.warn(`skipping "${name}": ../shared/corpus is absent (it ships with CI, not with the repo)`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

/** Reads a corpus file as bytes. */
export function corpusBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, rel)));
}

/** Reads a corpus file as text. */
export function corpusText(rel: string): string {
  return readFileSync(join(CORPUS, rel), 'utf8');
}
