/**
 * Prints how the engine reads the real layouts of ../shared/corpus/real-layouts: per statement,
 * summary fields right, transaction precision/recall, descriptions right, the reconciliation
 * verdict, and (with --verbose) every wrong field and missing or extra row.
 * Usage: npx tsx scripts/real-report.ts [--verbose] [name...]
 */
import { extractText } from '../shared/pdf/extract.js';
import { parseStatement } from '../shared/statement/parse.js';
import { hasRealLayouts, loadRealLayout, realLayoutNames, scoreReal } from './corpus/real-layouts.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const names = args.filter((a) => !a.startsWith('--'));
if (!hasRealLayouts) {
  console.error('../shared/corpus/real-layouts is absent');
  process.exit(2);
}
const rows: string[] = [];
for (const name of names.length > 0 ? names : realLayoutNames()) {
  const layout = await loadRealLayout(name);
  const { lines } = await extractText(layout.pdf, { maxPages: 50 });
  let line: string;
  try {
    const parsed = parseStatement(lines);
    const s = scoreReal(layout.expected, parsed);
    const t = s.transactions;
    const level =
      (parsed.checks as { level?: string }).level ?? (parsed.checks.reconciled ? 'verified' : '-');
    line = `${name.padEnd(18)} fields ${s.fields.right}/${s.fields.total}  P ${t.precision.toFixed(2)} R ${t.recall.toFixed(2)} (${t.matched}/${t.expected}, parsed ${t.parsed})  desc ${t.descriptionsRight}/${t.matched}  ${level}`;
    if (verbose) {
      for (const w of s.fields.wrong)
        line += `\n    field ${w.field}: want ${JSON.stringify(w.want)} got ${JSON.stringify(w.got)}`;
      for (const m of t.missing) line += `\n    missing ${m}`;
      for (const x of t.extra) line += `\n    extra   ${x}`;
      for (const c of parsed.checks.details)
        line += `\n    check ${c.name} ${c.ok ? 'ok' : 'FAIL'} ${c.expected} vs ${c.actual}`;
    }
  } catch (err) {
    line = `${name.padEnd(18)} ERROR ${(err as Error).message}`;
  }
  rows.push(line);
  console.log(line);
}
