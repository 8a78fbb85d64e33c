/**
 * The one way text is made ready for the LLM: the whole statement and each transaction description
 * redacted, the holder names found in the statement applied to the lone descriptions too, and
 * counts by kind summed for meta.redactions. It is also the only maker of `Redacted`, the type the
 * LLM engine and its prompts require, so text that skipped the redactor does not compile there.
 */
import { findHolderNames, redactText } from './redact.js';

declare const redactedBrand: unique symbol;
/** Text that went through the redactor: the only text the LLM step may send. Made only in this file. */
export type Redacted = string & { readonly [redactedBrand]: true };

/** The statement and its descriptions as they may leave the process. */
export interface LlmText {
  text: Redacted;
  descriptions: Redacted[];
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
    return r.text as Redacted;
  });
  return { text: statement.text as Redacted, descriptions: redacted, counts };
}

/**
 * Some lines of a redacted text, each with its runs of white space made one space: what is left of
 * redacted text is still redacted (trimming what the LLM is sent, shared/llm/trim.ts). `keep` sees
 * every line so it can judge one by its neighbours.
 */
export function keepRedactedLines(
  text: Redacted,
  keep: (lines: readonly string[]) => readonly boolean[],
): Redacted {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const kept = keep(lines);
  return lines.filter((_, i) => kept[i]).join('\n') as Redacted;
}
