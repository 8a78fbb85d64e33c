/**
 * The fuzzer's wording, kept as data: per language, several synonyms for every label a statement
 * prints, its month names, section headings, column headers and the text of decoy tables. English
 * variants share one base and override what their country words differently.
 */
import { VOCAB_DE, VOCAB_FR } from './vocab-de-fr.js';
import { VOCAB_EN } from './vocab-en.js';
import { VOCAB_ES, VOCAB_IT } from './vocab-es-it.js';
import { VOCAB_NL, VOCAB_PT } from './vocab-nl-pt.js';

import type { Language, Vocabulary } from './vocab-types.js';

export {
  type ColumnField,
  LANGUAGES,
  type LabelField,
  type Language,
  type RowField,
  type SectionField,
  type Vocabulary,
} from './vocab-types.js';

const TABLE: Record<Language, Vocabulary> = {
  'en-US': VOCAB_EN.us,
  'en-GB': VOCAB_EN.gb,
  'en-IN': VOCAB_EN.in,
  'en-CA': VOCAB_EN.ca,
  'en-AU': VOCAB_EN.au,
  'en-SG': VOCAB_EN.sg,
  de: VOCAB_DE,
  fr: VOCAB_FR,
  es: VOCAB_ES,
  it: VOCAB_IT,
  nl: VOCAB_NL,
  pt: VOCAB_PT,
};

/** The vocabulary of one language. */
export function vocabulary(language: Language): Vocabulary {
  return TABLE[language];
}
