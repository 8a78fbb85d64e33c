/**
 * The worker's side of a split document: what the pool sends a worker that leads one (the plan: the
 * page counter and a port from each helper, then each helper's outcome) arrives while it is
 * extracting, and waits here until the extraction asks for it. One inbox per job; a worker runs one
 * job at a time. The pages themselves come over the helpers' ports (share.ts).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Split } from '../pdf/extract.js';
import { leaderSplit, type PartOutcome } from './share.js';

export type { PartOutcome } from './share.js';

/**
 * Pool → leading worker: `parts` helpers read pages too, taken from `claims` (share.ts); each posts
 * its pages on its port in `ports`. No parts: read every page here.
 */
export interface PlanMessage {
  id: number;
  plan: { parts: number; claims?: SharedArrayBuffer; ports?: MessagePort[] };
}

/** Pool → leading worker: the outcome of helper `part`, posted once it has read its last page. */
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
    if (plan.parts === 0 || !plan.claims || !plan.ports) return null;
    return leaderSplit({ parts: plan.parts, claims: plan.claims, ports: plan.ports }, (part) =>
      this.outcome(part),
    );
  }

  /** Helper `part`'s outcome, once it has come. */
  outcome(part: number): Promise<PartOutcome> {
    return this.#take(`part ${part}`) as Promise<PartOutcome>;
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
