/**
 * The LLM step's redaction (redactForLlm) over every real layout in ../shared/corpus: the five
 * real-layout texts as rows of cells and the corpus PDFs as our extractor reads them. No planted
 * personal item may survive (by kind), nor any word of the holder's name outside merchant text, and
 * at most 0.5% of merchant descriptions — here and on the generated layouts — may change.
 */
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { describeCorpus } from '../support/corpus.js';
import { type CorpusStatement, corpusPdfStatements, realLayoutTexts } from '../support/privacy-corpus.js';
import { recallByKind, type Scored, score } from '../support/privacy-score.js';

/** The bound on merchant descriptions changed by redaction. */
const MAX_FALSE_POSITIVE_SHARE = 0.005;
const SEEDS = [3, 11];

const results: Scored[] = [];
const generated: Scored[] = [];

describeCorpus('redaction of every real layout, as the LLM step runs it', () => {
  let statements: CorpusStatement[] = [];

  beforeAll(async () => {
    statements = [...realLayoutTexts(), ...(await corpusPdfStatements())];
    for (const s of statements) results.push(score(s.name, s.text, s.planted, s.holder, s.descriptions));
    for (const layout of LAYOUTS) {
      for (const seed of SEEDS) {
        const { pdf, expected } = await generateStatement({ layout, seed, transactions: 40 });
        const text = (await extractText(new Uint8Array(pdf), { maxPages: 50 })).lines
          .map((l) => l.text)
          .join('\n');
        const descriptions = expected.transactions.map((t) => t.description);
        generated.push(score(`${layout}#${seed}`, text, [], null, descriptions));
      }
    }
    const all = [...results, ...generated];
    const described = all.reduce((n, r) => n + r.descriptions, 0);
    const damaged = all.flatMap((r) => r.damaged.map((d) => `${r.name}: ${d}`));
    console.log(
      `real-layout redaction over ${results.length} corpus statements:\n  ${recallByKind(results).join('\n  ')}\n` +
        `  leaks: ${results.reduce((n, r) => n + r.leaks.length + r.nameTokens.length, 0)}\n` +
        `  merchant descriptions changed: ${damaged.length}/${described}` +
        ` (${((100 * damaged.length) / described).toFixed(2)}%, corpus and ${generated.length} generated statements)` +
        damaged.map((d) => `\n    ${d}`).join(''),
    );
  }, 300_000);

  it('reads every statement and finds every planted item in the input', () => {
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining(['in-amex-overdue', 'in-hdfc-millennia', 'zipstack-chase-freedom', 'paisa-sbi']),
    );
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.flatMap((r) => r.absent.map((a) => `${r.name} ${a.kind}: ${a.value}`))).toEqual([]);
    expect(results.reduce((n, r) => n + r.planted.length, 0)).toBeGreaterThanOrEqual(20);
  });

  it('leaves no planted personal item in the text sent to the LLM', () => {
    const leaks = results.flatMap((r) => r.leaks.map((l) => `${r.name} ${l.kind}: ${l.value}`));
    expect(leaks).toEqual([]);
  });

  it("leaves no word of the holder's name outside merchant descriptions", () => {
    expect(results.flatMap((r) => r.nameTokens.map((t) => `${r.name}: ${t}`))).toEqual([]);
  });

  it('counts what it removed on every statement that carries personal data (meta.redactions)', () => {
    for (const r of results.filter((x) => x.planted.length > 0)) {
      expect([r.name, Object.values(r.counts).reduce((a, b) => a + b, 0) > 0]).toEqual([r.name, true]);
      // A 19-digit account number may be counted as a card (it is masked as one): kinds are not compared.
      if (r.planted.some((p) => p.kind === 'name'))
        expect([r.name, r.counts.name ?? 0]).not.toEqual([r.name, 0]);
    }
  });

  it('changes at most 0.5% of merchant descriptions (corpus and generated layouts)', () => {
    const all = [...results, ...generated];
    const described = all.reduce((n, r) => n + r.descriptions, 0);
    const damaged = all.reduce((n, r) => n + r.damaged.length, 0);
    expect(described).toBeGreaterThan(500);
    expect(damaged / described).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_SHARE);
  });
});
