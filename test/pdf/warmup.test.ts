import { buildWarmupStatements, WARMUP_SPECS } from '../../scripts/build-warmup.js';
import { WARMUP_STATEMENTS_BASE64 } from '../../shared/pdf/warmup-statements.js';
import { readStatement } from '../../shared/statement/read.js';
import { WARMUP_ROUNDS, warmUpPipeline, warmupStatements } from '../../shared/warmup.js';

describe('cold-start warm-up statements', () => {
  test('are what scripts/build-warmup.ts generates now (the generated module is not stale)', async () => {
    const fresh = await buildWarmupStatements();
    const fix = 'run: npx tsx scripts/build-warmup.ts';
    expect({ same: fresh.length === WARMUP_STATEMENTS_BASE64.length, fix }).toEqual({ same: true, fix });
    fresh.forEach((b64, i) => {
      expect({ same: b64 === WARMUP_STATEMENTS_BASE64[i], fix }).toEqual({ same: true, fix });
    });
  });

  test('read as complete, reconciled statements, so the warm-up runs the same code a real one does', async () => {
    const pdfs = warmupStatements();
    expect(pdfs).toHaveLength(WARMUP_SPECS.length);
    for (const [i, pdf] of pdfs.entries()) {
      const read = await readStatement(pdf, { maxPages: 10 });
      expect(read.parsed.transactions).toHaveLength(WARMUP_SPECS[i]?.transactions ?? -1);
      expect(read.parsed.checks.reconciled).toBe(true);
    }
  });

  test('warmUpPipeline hands every round a fresh, unwiped copy and survives a failing run', async () => {
    const seen: string[] = [];
    let calls = 0;
    await warmUpPipeline(async (pdf) => {
      calls++;
      seen.push(new TextDecoder().decode(pdf.subarray(0, 5)));
      pdf.fill(0); // what the pipeline does to its input
      if (calls === 1) throw new Error('a failing warm-up run');
    });
    expect(calls).toBe(WARMUP_ROUNDS * WARMUP_STATEMENTS_BASE64.length);
    expect(new Set(seen)).toEqual(new Set(['%PDF-']));
  });
});
