/**
 * The worker's side of a split document: what the pool sends a worker that leads one (the pages it
 * reads itself, then the other workers' parts) arrives while it is extracting, and waits here until
 * the extraction asks for it. One inbox per job; a worker runs one job at a time.
 */
import { AppError } from '../errors.js';
import type { ExtractedText, Split } from '../pdf/extract.js';

/** A part's outcome as it crosses threads: its rows, or its error's code, message and safe context. */
export type PartOutcome =
  | { ok: true; result: ExtractedText }
  | { ok: false; error: { code: string; message: string; context: Record<string, unknown> } };

/** Pool → leading worker: read pages 1…`last` yourself; `parts` other parts will follow, in page order. */
export interface PlanMessage {
  id: number;
  plan: { last: number; parts: number };
}

/** Pool → leading worker: the outcome of part `part` (0 is the first helper's, i.e. the next pages). */
export interface PartMessage {
  id: number;
  part: number;
  outcome: PartOutcome;
}

/** Holds a job's plan and parts until the extraction awaits them (a message may come first or later). */
export class Inbox {
  readonly id: number;
  readonly #waiting = new Map<string, (value: unknown) => void>();
  readonly #arrived = new Map<string, unknown>();

  constructor(id: number) {
    this.id = id;
  }

  /** Routes a pool message to this job; false when it belongs to another (an earlier job's late part). */
  deliver(msg: PlanMessage | PartMessage): boolean {
    if (msg.id !== this.id) return false;
    const key = 'plan' in msg ? 'plan' : `part ${msg.part}`;
    const value = 'plan' in msg ? msg.plan : msg.outcome;
    const waiter = this.#waiting.get(key);
    if (waiter) {
      this.#waiting.delete(key);
      waiter(value);
    } else this.#arrived.set(key, value);
    return true;
  }

  /** The split the pool chose for this document (null: read every page here). */
  async split(): Promise<Split | null> {
    const plan = (await this.#take('plan')) as PlanMessage['plan'];
    if (plan.parts === 0) return null;
    return { last: plan.last, rest: () => this.#rest(plan.parts) };
  }

  /** The parts in page order; the first part that failed fails the document, as reading in order would. */
  async #rest(parts: number): Promise<ExtractedText[]> {
    const out: ExtractedText[] = [];
    for (let i = 0; i < parts; i++) {
      const outcome = (await this.#take(`part ${i}`)) as PartOutcome;
      if (!outcome.ok) {
        const { code, message, context } = outcome.error;
        throw new AppError(code as AppError['code'], message, { context: context as AppError['context'] });
      }
      out.push(outcome.result);
    }
    return out;
  }

  #take(key: string): Promise<unknown> {
    if (this.#arrived.has(key)) {
      const value = this.#arrived.get(key);
      this.#arrived.delete(key);
      return Promise.resolve(value);
    }
    return new Promise((resolve) => this.#waiting.set(key, resolve));
  }
}
