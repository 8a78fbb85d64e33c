/** What the HTTP tests share: handler deps from literal env tables, a fake pipeline, bodies, PDFs. */
import { randomBytes } from 'node:crypto';
import type { AnalyzeDeps, AnalyzeInput } from '../../shared/analyze.js';
import { loadConfig } from '../../shared/config.js';
import type { HandlerDeps } from '../../shared/http/index.js';
import { createLogger } from '../../shared/log.js';
import type { Analysis } from '../../shared/schema.js';

/** Text planted in uploads and names that must never reach a log line or an error body. */
export const SECRET_TEXT = 'JANE-Q-PUBLIC-4111111111111111';
export const SECRET_FILENAME = 'jane-public-statement-2024.pdf';
export const SECRET_PASSWORD = 'hunter2-pdf-pw';

/** A minimal Analysis that satisfies analysisSchema: what the fake pipeline returns. */
export function fakeAnalysis(newBalance: number): Analysis {
  return {
    schemaVersion: 1,
    statement: {
      issuer: null,
      cardLast4: '1234',
      currency: 'USD',
      periodStart: '2024-01-01',
      periodEnd: '2024-01-31',
      dueDate: '2024-02-25',
      previousBalance: 100,
      payments: 100,
      credits: 0,
      purchases: newBalance,
      cashAdvances: null,
      balanceTransfers: null,
      fees: 0,
      interest: 0,
      newBalance,
      minimumPayment: 25,
      creditLimit: null,
      availableCredit: null,
      apr: { purchase: 19.99, cashAdvance: null },
    },
    transactions: [
      {
        date: '2024-01-05',
        postDate: null,
        description: 'COFFEE SHOP',
        merchant: 'Coffee Shop',
        amount: newBalance,
        type: 'purchase',
        category: 'Dining',
        recurring: false,
        foreign: null,
      },
    ],
    summary: {
      totalSpend: newBalance,
      totalCredits: 0,
      dailyAverage: null,
      byCategory: [{ category: 'Dining', amount: newBalance, count: 1, share: 1 }],
      topMerchants: [{ merchant: 'Coffee Shop', amount: newBalance, count: 1 }],
      largest: { date: '2024-01-05', description: 'COFFEE SHOP', amount: newBalance },
    },
    insights: [],
    checks: { reconciled: true, level: 'verified', details: [], gaps: [] },
    meta: {
      engine: 'local',
      model: null,
      degraded: false,
      pages: 1,
      hiddenText: 0,
      timings: { extractMs: 1, parseMs: 1, analyzeMs: 1, llmMs: 0, totalMs: 3 },
      redactions: { card: 1 },
    },
  };
}

/** A pipeline before its instance dependencies are bound (analyzeStatement's shape); makeDeps binds them. */
export type PipelineFn = (input: AnalyzeInput, deps: AnalyzeDeps) => Promise<Analysis>;

export interface AnalyzeCall {
  pdf: Buffer;
  password: string | undefined;
  mode: string | undefined;
  deadline: number | undefined;
}

/** A switchable pipeline: each test sets `impl`; every call is recorded (bytes copied before the wipe). */
export class SwitchableAnalyze {
  calls: AnalyzeCall[] = [];
  impl: PipelineFn = async () => fakeAnalysis(42.5);
  readonly fn: PipelineFn = (input, deps) => {
    this.calls.push({
      pdf: Buffer.from(input.pdf),
      password: input.password,
      mode: input.mode,
      deadline: input.deadline,
    });
    return this.impl(input, deps);
  };
}

/** Handler deps from a literal env table, with a logger that keeps its lines. */
export function makeDeps(env: Record<string, string>, analyze: PipelineFn, lines: string[]): HandlerDeps {
  const config = loadConfig(env);
  const logger = createLogger('debug', (l) => lines.push(l));
  return {
    config,
    logger,
    now: Date.now,
    version: '9.8.7-test',
    // Bound once, as shared/http/service.ts does: a request passes only its input and deadline.
    analyze: (input) => analyze(input, { config, logger, now: Date.now }),
    llm: { configured: true, breakerStates: () => ({ 'openai/gpt-4o-mini': 'closed', 'x/y': 'open' }) },
  };
}

export interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer | string;
}

/** A multipart/form-data body, built by hand so every adapter receives identical bytes. */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----cca${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
