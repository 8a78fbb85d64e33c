/**
 * How today's engine reads fuzzed layouts: `npx tsx scripts/fuzz-report.ts --from 1 --to 300
 * [--held-out] [--worst 15]`. Generates each seed's statement, extracts and parses it, scores the
 * parse (scripts/statements/fuzz/score.ts) and prints per-language and per-convention tables:
 * summary-field accuracy, transaction F1, the share `checks.reconciled`, how many reconciled with a
 * wrong money figure, and how many the engine refused; then the worst seeds. Seeds 1..6000 are the
 * tuning set; 100001..100100 are the held-out set, printed only with --held-out.
 */
import { parseArgs } from 'node:util';
import { extractText } from '../shared/pdf/extract.js';
import { parseStatement } from '../shared/statement/parse.js';
import type { ParsedStatement } from '../shared/statement/types.js';
import { type FuzzLayout, generateFuzzed, layoutSignature } from './statements/fuzz/index.js';
import { MONEY_FIELDS, type ParseScore, scoreParse } from './statements/fuzz/score.js';

const HELD_OUT = { from: 100_001, to: 100_100 } as const;
/** Money figures: "reconciled with a wrong figure" counts only these (not issuer, dates or APRs). */
const MONEY = new Set<string>(MONEY_FIELDS);

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '1' },
    to: { type: 'string', default: '300' },
    'held-out': { type: 'boolean', default: false },
    worst: { type: 'string', default: '15' },
  },
});
const heldOut = values['held-out'];
const from = heldOut ? HELD_OUT.from : Number(values.from);
const to = heldOut ? HELD_OUT.to : Number(values.to);

interface Case {
  seed: number;
  layout: FuzzLayout;
  score: ParseScore;
  error: string | null;
}

const cases: Case[] = [];
const t0 = Date.now();
for (let seed = from; seed <= to; seed++) {
  // The held-out seeds stay unseen unless asked for by name.
  if (!heldOut && seed >= HELD_OUT.from && seed <= HELD_OUT.to) continue;
  const { pdf, expected, layout } = await generateFuzzed({ seed });
  let parsed: ParsedStatement | null = null;
  let error: string | null = null;
  try {
    const { lines } = await extractText(pdf, { maxPages: 50 });
    parsed = parseStatement(lines);
  } catch (err) {
    error = (err as { code?: string }).code ?? (err as Error).name;
  }
  cases.push({ seed, layout, score: scoreParse(expected, parsed), error });
}
const seconds = (Date.now() - t0) / 1000;

const pct = (n: number): string => `${(100 * n).toFixed(1).padStart(5)}%`;
const fieldShare = (cs: Case[]): number =>
  cs.reduce((s, c) => s + c.score.fields.right, 0) /
  Math.max(
    1,
    cs.reduce((s, c) => s + c.score.fields.total, 0),
  );
const mean = (cs: Case[], f: (c: Case) => number): number =>
  cs.reduce((s, c) => s + f(c), 0) / Math.max(1, cs.length);

function table(title: string, key: (l: FuzzLayout) => string): void {
  const groups = new Map<string, Case[]>();
  for (const c of cases) {
    const k = key(c.layout);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  console.log(
    `\n${title.padEnd(22)}     n  fields   F1 exact  F1 loose  reconciled  reconciled+wrong money  errors`,
  );
  for (const [k, cs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) row(k, cs);
  row('all', cases);
}

function row(k: string, cs: Case[]): void {
  const falseOk = cs.filter(
    // A figure read with a value the statement does not print; a figure not read (null) is a miss, not a false claim.
    (c) => c.score.reconciled && c.score.fields.wrong.some((w) => MONEY.has(w.field) && w.got !== null),
  ).length;
  console.log(
    `${k.padEnd(22)} ${String(cs.length).padStart(5)}  ${pct(fieldShare(cs))}  ${mean(
      cs,
      (c) => c.score.transactions.f1,
    )
      .toFixed(3)
      .padStart(8)}  ${mean(cs, (c) => c.score.loose.f1)
      .toFixed(3)
      .padStart(
        8,
      )}  ${pct(cs.filter((c) => c.score.reconciled).length / Math.max(1, cs.length)).padStart(10)}  ${String(falseOk).padStart(21)}  ${String(cs.filter((c) => c.error).length).padStart(6)}`,
  );
}

console.log(
  `fuzz report: seeds ${from}..${to}${heldOut ? ' (HELD-OUT set)' : ''}, ${cases.length} statements, ${new Set(cases.map((c) => layoutSignature(c.layout))).size} distinct layouts, ${seconds.toFixed(0)} s`,
);
const levels = new Map<string, number>();
for (const c of cases) levels.set(c.score.level, (levels.get(c.score.level) ?? 0) + 1);
console.log(`levels: ${[...levels].map(([k, n]) => `${k} ${n}`).join(', ')}`);
// Layouts drawn without one of the balances can at best be partial: the verified rate that counts
// against the goal is over the layouts that print both.
const verifiable = cases.filter((c) => c.layout.verifiable);
const verifiedOfVerifiable = verifiable.filter((c) => c.score.level === 'verified').length;
console.log(
  `verified where both balances are printed: ${verifiedOfVerifiable}/${verifiable.length} (${pct(verifiedOfVerifiable / Math.max(1, verifiable.length))}); partial where one is not: ${cases.filter((c) => !c.layout.verifiable && c.score.level === 'partial').length}/${cases.length - verifiable.length}`,
);
table('language', (l) => l.language);
table('sign convention', (l) => l.sign);
table('summary form', (l) => l.summary.form);
table('currency mark', (l) => l.currencyMark);
table('amount format', (l) => l.amountFormat);
table('date format', (l) => l.dateFormat);

// Features overlap, so each row is the subset of statements that have it.
const FEATURES: Array<[string, (l: FuzzLayout) => boolean]> = [
  ['two columns', (l) => l.twoColumn],
  ['merchant above', (l) => l.merchantAbove],
  ['letter-spaced', (l) => l.letterSpacing !== 'none'],
  ['add-on cards', (l) => l.cards > 1],
  ['sections', (l) => l.sectioned],
  ['section totals', (l) => l.sectioned && l.sectionTotals],
  ['posting date', (l) => l.columns.includes('postDate')],
  [
    'ref/category/points',
    (l) => l.columns.some((c) => c === 'reference' || c === 'category' || c === 'points'),
  ],
  ['foreign column', (l) => l.foreign === 'column'],
  ['wrapped lines', (l) => l.wrap],
  ['combined pay+credits', (l) => l.summary.combined],
  ['account-way signs', (l) => l.accountSigns],
  ['newest first', (l) => l.newestFirst],
  ['month names in capitals', (l) => l.upperMonths],
  ['no table header', (l) => !l.tableHeader],
  ['time of day after the date', (l) => l.rowTime !== 'none'],
  ['row-number column', (l) => l.serial !== 'none'],
  ['card column', (l) => l.cardColumn],
  ['reference line under the row', (l) => l.refBelow],
  ['credits column first', (l) => l.creditsFirst],
  ['cashback before the amount', (l) => l.cashback === 'before'],
  ['cashback after the amount', (l) => l.cashback === 'after'],
  ['debit and credit columns, no header', (l) => l.sign === 'debit-credit-columns' && !l.tableHeader],
  ['yearless MM/DD', (l) => l.dateFormat === 'MM/DD'],
  ['yearless DD/MM', (l) => l.dateFormat === 'DD/MM'],
  ['zero on the empty side', (l) => l.emptySide === 'zero'],
  ['dash on the empty side', (l) => l.emptySide === 'dash'],
  ['marker against the number', (l) => l.markerHugs],
  ['currency code column', (l) => l.currencyColumn],
  ['dot leaders in the summary', (l) => l.leaders],
  ['period year printed once', (l) => l.periodYearOnce],
  ['compact DDMonYY', (l) => l.dateFormat === 'DDMonYY'],
  ["DD Mon'YY", (l) => l.dateFormat === "DD Mon'YY"],
  ['DD.MM.YY', (l) => l.dateFormat === 'DD.MM.YY'],
  ['YYYY/MM/DD', (l) => l.dateFormat === 'YYYY/MM/DD'],
  ['mark after the date', (l) => l.rowFlag],
  ['DD/Mon/YYYY', (l) => l.dateFormat === 'DD/Mon/YYYY'],
  ['weekday before the date', (l) => l.rowWeekday !== 'none'],
  ['dates without zeros', (l) => l.unpadded],
  ['payment coupon', (l) => l.coupon],
  ['words placed one by one', (l) => l.wordRuns],
  ['plus on credits', (l) => l.plusCredits],
  ['cells centred on wraps', (l) => l.middleCells],
  ['notices beside the table', (l) => l.sidebar],
  ['decoys', (l) => l.decoys.length > 0],
  ['one balance missing', (l) => !l.verifiable],
];
console.log(
  `\n${'feature'.padEnd(22)}     n  fields   F1 exact  F1 loose  reconciled  reconciled+wrong money  errors`,
);
for (const [name, has] of FEATURES)
  row(
    name,
    cases.filter((c) => has(c.layout)),
  );

const worst = [...cases]
  .sort(
    (a, b) =>
      a.score.fields.right / a.score.fields.total +
      a.score.transactions.f1 -
      (b.score.fields.right / b.score.fields.total + b.score.transactions.f1),
  )
  .slice(0, Number(values.worst));
console.log(
  '\nworst seeds (fields right, F1, wrong fields; replay: npx tsx scripts/statements/fuzz/cli.ts --seed N)',
);
for (const c of worst) {
  console.log(
    `${String(c.seed).padStart(7)}  ${c.score.fields.right}/${c.score.fields.total}  F1 ${c.score.transactions.f1.toFixed(2)}  ${c.error ?? ''} ${c.score.fields.wrong.map((w) => w.field).join(',')}\n         ${layoutSignature(c.layout)}`,
  );
}
