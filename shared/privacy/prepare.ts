/**
 * The one way text is made ready for the LLM: the whole statement and each transaction description
 * redacted, the holder names found in the statement applied to the lone descriptions too, and
 * counts by kind summed for meta.redactions.
 */
import { findHolderNames, redactText } from './redact.js';

/** The statement and its descriptions as they may leave the process. */
export interface LlmText {
  text: string;
  descriptions: string[];
  /** Items removed, by kind, over the statement and all descriptions. */
  counts: Record<string, number>;
}

/** Redacts a statement's text and its transaction descriptions for the LLM. */
export function redactForLlm(fullText: string, descriptions: readonly string[]): LlmText {
  const counts: Record<string, number> = {};
  const add = (c: Record<string, number>) => {
    for (const [k, n] of Object.entries(c)) if (n > 0) counts[k] = (counts[k] ?? 0) + n;
  };
  const names = findHolderNames(fullText);
  const statement = redactText(fullText, { names });
  add(statement.counts);
  // A lone description has no context to spot the holder's name in: pass the names found above.
  const redacted = descriptions.map((d) => {
    const r = redactText(d, { names, transactions: true });
    add(r.counts);
    return r.text;
  });
  return { text: statement.text, descriptions: redacted, counts };
}
