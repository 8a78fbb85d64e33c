/**
 * `analyze --explain`: per summary field, the value taken, the words of the label it was read
 * under, the page and how label and value sat, the other printed readings of the same field, and
 * what the reconciliation search tried and changed. Built from `meta.provenance` only.
 */
import type { Analysis } from '../schema.js';
import { heading, money, padTo, right } from './format.js';

/** The explanation section of a report, or a line saying there is none (figures from the LLM). */
export function renderExplain(a: Analysis): string {
  const p = a.meta.provenance;
  const lines = heading('How the summary was read');
  if (!p) {
    lines.push('  The figures came from the AI engine: there is no printed position to show.');
    return `${lines.join('\n')}\n`;
  }
  const c = a.statement.currency;
  for (const f of p.fields) {
    const label = f.label === '' ? '(label)' : `"${f.label}"`;
    lines.push(
      `  ${padTo(f.field, 20)}${right(money(f.value, c), 16)}  ${label}, page ${f.page}, ${HOW[f.how]}`,
    );
    for (const o of f.others) {
      lines.push(
        `  ${padTo('', 20)}${right(money(o.value, c), 16)}  also printed: "${o.label}", page ${o.page}`,
      );
    }
  }
  lines.push(
    p.changed.length === 0
      ? `  Readings tried: ${p.tried}; the first reading was kept.`
      : `  Readings tried: ${p.tried}; the statement's arithmetic chose: ${p.changed.join('; ')}.`,
  );
  return `${lines.join('\n')}\n`;
}

const HOW: Record<'beside' | 'below' | 'grid' | 'formula' | 'row', string> = {
  beside: 'value beside its label',
  below: 'value under its label',
  grid: 'value in its column of a table',
  formula: 'value in a formula row, in label order',
  row: 'a balance printed as a row of the transactions table',
};
