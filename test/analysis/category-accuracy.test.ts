/**
 * Measures the rule table against the synthetic statement generator: every layout, several seeds,
 * each purchase categorised from its printed description and type alone, compared with the
 * category the generator intends. The rules are general (brands and keywords), not its strings.
 */

import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { categorize } from '../../shared/analysis/categorize.js';

const SEEDS = [1, 2, 3, 4, 5];
const TRANSACTIONS = 60;

interface Tally {
  purchases: number;
  matched: number;
  other: number;
  wronglyOther: number;
  amount: number;
  otherAmount: number;
  misses: Map<string, number>;
}

async function measure(): Promise<Tally> {
  const tally: Tally = {
    purchases: 0,
    matched: 0,
    other: 0,
    wronglyOther: 0,
    amount: 0,
    otherAmount: 0,
    misses: new Map(),
  };
  for (const layout of LAYOUTS) {
    for (const seed of SEEDS) {
      const { expected } = await generateStatement({ layout, seed, transactions: TRANSACTIONS });
      for (const t of expected.transactions) {
        if (t.type !== 'purchase') continue;
        const got = categorize(t.description, t.type);
        tally.purchases += 1;
        tally.amount += t.amount;
        if (got === 'Other') tally.otherAmount += t.amount;
        if (got === t.category) tally.matched += 1;
        else {
          const key = `${t.category} → ${got}: ${t.description}`;
          tally.misses.set(key, (tally.misses.get(key) ?? 0) + 1);
        }
        if (got === 'Other') tally.other += 1;
        if (got === 'Other' && t.category !== 'Other') tally.wronglyOther += 1;
      }
    }
  }
  return tally;
}

describe('category accuracy on generated statements', () => {
  let tally: Tally;
  beforeAll(async () => {
    tally = await measure();
    const pct = (n: number) => `${((100 * n) / tally.purchases).toFixed(1)}%`;
    console.log(
      `category accuracy: ${LAYOUTS.length} layouts × ${SEEDS.length} seeds, ${tally.purchases} purchases; ` +
        `match ${pct(tally.matched)}; in Other ${pct(tally.other)} ` +
        `(${((100 * tally.otherAmount) / tally.amount).toFixed(1)}% of the amount) ` +
        `(of which wrongly ${pct(tally.wronglyOther)}); misses: ${[...tally.misses].map(([k, n]) => `${n}× ${k}`).join(' | ') || 'none'}`,
    );
  });

  it('covers every layout with a meaningful number of purchases', () => {
    expect(LAYOUTS.length).toBeGreaterThan(0);
    expect(tally.purchases).toBeGreaterThan(LAYOUTS.length * SEEDS.length * 20);
  });

  it('puts at least 95% of purchases in the category the generator intends', () => {
    expect(tally.matched / tally.purchases).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves at most 10% of the purchase amount in Other', () => {
    expect(tally.otherAmount / tally.amount).toBeLessThanOrEqual(0.1);
  });

  it('leaves fewer than 5% of purchases in Other when they belong elsewhere', () => {
    expect(tally.wronglyOther / tally.purchases).toBeLessThan(0.05);
  });
});
