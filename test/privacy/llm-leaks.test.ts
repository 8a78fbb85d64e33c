/**
 * End to end in `mode: 'llm'` against the fake OpenRouter (real HTTP on loopback), which records
 * every request body: over the generated layouts, the real-layout texts and the multilingual
 * statements rebuilt as PDF replicas, and the corpus PDFs, no planted personal item may appear in
 * any body. Statements the parser refuses never reach the LLM; the test says how many did.
 */
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { corpusBytes, describeCorpus } from '../support/corpus.js';
import type { FakeOpenRouter } from '../support/fake-openrouter.js';
import { realLayoutTexts } from '../support/privacy-corpus.js';
import { llmBodies, startLeakFake } from '../support/privacy-llm.js';
import { textReplicaPdf } from '../support/privacy-replica.js';
import { readable } from '../support/privacy-score.js';
import { PLANTED_STATEMENTS, type PlantedItem } from '../support/privacy-statements.js';

const SEEDS = [2, 9, 31];

interface Case {
  name: string;
  pdf: () => Promise<Uint8Array>;
  planted: PlantedItem[];
  /** Merchant descriptions: a town alone in the address ("MANCHESTER") also names merchants' towns. */
  descriptions?: string[];
}

let fake: FakeOpenRouter;
/** meta.redactions of each analysed statement. */
const redactions = new Map<string, Record<string, number>>();
/** Why statements did not reach the LLM (error codes), for the log. */
const refused: string[] = [];

beforeAll(async () => {
  // Answers that are not JSON make the engine try every model: more bodies to inspect.
  fake = await startLeakFake();
});

afterAll(async () => {
  await fake.close();
});

/** Runs one statement in llm mode; returns every body sent, kept even when analysis threw afterwards. */
async function bodiesFor(c: Case): Promise<string[]> {
  const run = await llmBodies(fake, await c.pdf());
  if (run.redactions) redactions.set(c.name, run.redactions);
  if (run.error) refused.push(`${c.name}: ${run.error}`);
  return run.bodies;
}

/** Every layout × seed of the generator, with its planted personal data. */
async function generatedCases(): Promise<Case[]> {
  const out: Case[] = [];
  for (const layout of LAYOUTS) {
    for (const seed of SEEDS) {
      const { pdf, expected } = await generateStatement({ layout, seed, transactions: 15 });
      const p = expected.pii;
      const numbers = [p.accountNumber, ...p.other].filter((v): v is string => Boolean(v));
      out.push({
        name: `${layout}#${seed}`,
        descriptions: expected.transactions.map((t) => t.description),
        pdf: async () => new Uint8Array(pdf),
        planted: [
          // A title is not personal data; the name behind it is.
          { kind: 'name', value: p.name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/i, '') },
          { kind: 'card', value: p.cardNumber },
          ...p.address.map((value) => ({ kind: 'address', value })),
          ...numbers.map((value) => ({ kind: 'account', value })),
          ...(p.email ? [{ kind: 'email', value: p.email }] : []),
          ...(p.phone ? [{ kind: 'phone', value: p.phone }] : []),
        ],
      });
    }
  }
  return out;
}

/** Leaks per case, and how many cases reached the LLM. */
async function run(list: Case[]): Promise<{ leaks: string[]; reached: string[] }> {
  const leaks: string[] = [];
  const reached: string[] = [];
  for (const c of list) {
    const bodies = await bodiesFor(c);
    if (bodies.length > 0) reached.push(c.name);
    let sent = bodies.join('\n');
    for (const d of c.descriptions ?? []) sent = sent.split(d).join(' ¦ ');
    for (const p of c.planted) if (readable(sent, p)) leaks.push(`${c.name} ${p.kind}: ${p.value}`);
  }
  return { leaks, reached };
}

test('no planted item of the generated layouts reaches any request body', async () => {
  const cases = await generatedCases();
  const { leaks, reached } = await run(cases);
  expect(reached).toHaveLength(cases.length);
  expect(cases.filter((c) => c.planted.length < 4).map((c) => c.name)).toEqual([]);
  expect(leaks).toEqual([]);
}, 300_000);

test('no planted item of the multilingual statements, rebuilt as PDFs, reaches any request body', async () => {
  const list: Case[] = PLANTED_STATEMENTS.map((s) => ({
    name: s.lang,
    planted: s.planted,
    pdf: () => textReplicaPdf([s.text]),
  }));
  const { leaks, reached } = await run(list);
  console.log(
    `multilingual replicas analysed in llm mode: ${reached.length}/${list.length} (${reached.join(', ')})`,
  );
  expect(leaks).toEqual([]);
}, 300_000);

describeCorpus('the corpus in llm mode', () => {
  test('no planted item of the real layouts (replicas) or the corpus PDFs reaches any request body', async () => {
    const list: Case[] = realLayoutTexts().map((s) => ({
      name: s.name,
      planted: s.planted,
      pdf: () => textReplicaPdf(s.pages ?? [s.text]),
    }));
    list.push(
      {
        name: 'chase',
        planted: [
          { kind: 'name', value: 'LARRY PAGE' },
          { kind: 'address', value: '24917 KEYSTONE AVE' },
        ],
        pdf: async () => corpusBytes('zipstack-chase-freedom/Chase_Freedom_SCENARIO-1D.pdf'),
      },
      {
        name: 'sbi',
        planted: [{ kind: 'name', value: 'MICHAEL SCOTT' }],
        pdf: async () => corpusBytes('paisa-sbi/sbi_cc_monthly.pdf'),
      },
      {
        name: 'capone',
        planted: [{ kind: 'name', value: 'FOO J BAR' }],
        pdf: async () => corpusBytes('real-layouts/us-capone-anon/statement.pdf'),
      },
    );
    const { leaks, reached } = await run(list);
    console.log(
      `corpus statements analysed in llm mode: ${reached.length}/${list.length} (${reached.join(', ')}); ` +
        `refused: ${refused.join(', ')}`,
    );
    // Every real statement with personal data parses, so every one reaches the LLM and is checked.
    expect([...reached].sort()).toEqual(list.map((c) => c.name).sort());
    // Real statements with a name, an address and long numbers report what was masked.
    for (const name of reached) expect([name, redactions.get(name)?.name ?? 0]).not.toEqual([name, 0]);
    expect(leaks).toEqual([]);
  }, 300_000);
});
