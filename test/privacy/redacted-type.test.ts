/**
 * "Only redacted text leaves the process" as a type: `Redacted` is made only by the redactor
 * (shared/privacy/prepare.ts), and the LLM engine, its prompts and its trimming accept nothing else;
 * the OpenRouter client sends only a `Prompt`, which only the prompt builders make from it.
 * The `@ts-expect-error` lines are checked by `tsc --noEmit` (npm test): they fail to compile the day
 * a plain string is accepted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { ChatRequest } from '../../shared/llm/client.js';
import type { LlmRequest } from '../../shared/llm/engine.js';
import { extractionMessages, fenceFrom } from '../../shared/llm/prompts.js';
import { trimStatementText } from '../../shared/llm/trim.js';
import { keepRedactedLines, redactForLlm } from '../../shared/privacy/prepare.js';

const CARD = '4111 1111 1111 1111';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the Redacted type', () => {
  test('is made only in shared/privacy/prepare.ts, and a Prompt only in shared/llm/prompts.ts', () => {
    const files = ['shared', 'functions', 'scripts', 'bench', 'infra'].flatMap(sources);
    const makers = (type: string) =>
      files.filter((f) => new RegExp(`\\bas\\s+${type}\\b`).test(readFileSync(f, 'utf8')));
    expect(makers('Redacted')).toEqual([join('shared', 'privacy', 'prepare.ts')]);
    expect(makers('Prompt')).toEqual([join('shared', 'llm', 'prompts.ts')]);
  });

  test('comes out of the redactor without the card number, and trimming keeps it redacted', () => {
    const out = redactForLlm(`Card number ${CARD}\n01/02  COFFEE   SHOP  4.50`, ['COFFEE SHOP']);
    expect(out.text).not.toContain(CARD);
    const kept = keepRedactedLines(out.text, (lines) => lines.map((l) => l.startsWith('01/02')));
    expect(kept).toBe('01/02 COFFEE SHOP 4.50');
    expect(trimStatementText(out.text).text).not.toContain(CARD);
  });

  test('is required where text goes to the model', () => {
    const plain = `Card number ${CARD}`;
    // @ts-expect-error a plain string is not redacted text
    const request: Pick<LlmRequest, 'redactedText'> = { redactedText: plain };
    // @ts-expect-error the prompts take only redacted text
    const messages = () => extractionMessages(plain, fenceFrom(new Uint8Array(8)));
    // @ts-expect-error trimming takes only redacted text
    const trimmed = () => trimStatementText(plain);
    // @ts-expect-error the client sends only a Prompt, which only the prompt builders make
    const sent: ChatRequest['messages'] = [{ role: 'user', content: plain }];
    expect([request.redactedText, typeof messages, typeof trimmed, sent.length]).toEqual([
      plain,
      'function',
      'function',
      1,
    ]);
  });
});
