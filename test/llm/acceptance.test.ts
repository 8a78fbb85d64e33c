/** The acceptance bar, case by case, on the fixture statement (which reaches `verified`). */
import { describe, expect, test } from '@jest/globals';
import { acceptExtraction, contradictions, provesStatement } from '../../shared/llm/acceptance.js';
import { reconcile } from '../../shared/statement/reconcile.js';
import type { StatementSummary, Transaction } from '../../shared/statement/types.js';
import { parsed, summary, transactions } from './fixtures.js';

const proof = (s: StatementSummary, t: Transaction[]) => provesStatement(s, t, reconcile(s, t));

describe('provesStatement', () => {
  test('the fixture is verified', () => {
    expect(proof(summary, transactions)).toBeNull();
  });

  test.each<[string, Partial<StatementSummary>, Transaction[] | null, string]>([
    ['no previous balance', { previousBalance: null }, null, 'balances not both read'],
    ['no new balance', { newBalance: null }, null, 'balances not both read'],
    ['no transactions', {}, [], 'no transactions'],
    [
      'a wrong purchases figure',
      { purchases: 30_001 },
      null,
      'checks failed: summary equation, purchases vs transactions',
    ],
    [
      'only one summary component (no equation to check)',
      { payments: null, credits: null, interest: null, purchases: null },
      null,
      'summary equation not checkable',
    ],
  ])('refuses a statement with %s', (_, change, txns, why) => {
    expect(proof({ ...summary, ...change }, txns ?? transactions)).toBe(why);
  });
});

describe('acceptExtraction', () => {
  test('accepts a verified extraction that agrees with the local anchors', () => {
    expect(acceptExtraction(parsed, parsed)).toBeNull();
  });

  test('refuses a verified extraction whose due date or balances differ from the local read', () => {
    const local = { ...parsed, summary: { ...summary, dueDate: '2025-04-26' } };
    expect(acceptExtraction(parsed, local)).toBe("contradicts the statement's dueDate");
    expect(contradictions({ ...summary, newBalance: 1 }, summary)).toEqual(['newBalance']);
    // A figure the local parse did not read cannot be contradicted.
    expect(contradictions({ ...summary, minimumPayment: null }, summary)).toEqual([]);
  });
});
