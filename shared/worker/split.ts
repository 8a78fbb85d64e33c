/**
 * How a long document is shared between idle workers: how many help, and each helper's task. The
 * pages themselves are handed out one at a time while they read (share.ts).
 */
import type { MessagePort } from 'node:worker_threads';
import type { ExtractedText } from '../pdf/extract.js';
import type { Task } from './pool-types.js';
import { crossing } from './safe-context.js';
import type { PartOutcome } from './share.js';

/**
 * A document is split only from this many pages. Below it, what a second worker adds (opening the
 * same bytes, its fonts read again, its rows copied between threads) costs about what it saves:
 * measured with bench/split.ts (docs/load.md, "Long statements across idle workers").
 */
export const SPLIT_MIN_PAGES = 16;

/** Pages per worker at least: a helper's fixed cost (opening the document) is worth it only over several pages. */
export const MIN_PART_PAGES = 8;

/** How many of `idle` workers help read `pages` pages, so that each worker has `minPart` pages or more. */
export function helperCount(pages: number, idle: number, minPart = MIN_PART_PAGES): number {
  return Math.max(0, Math.min(idle, Math.floor(pages / Math.max(1, minPart)) - 1));
}

/**
 * The task of helper `part` of the document `parent` holds: its own copy of the bytes (from
 * `parent.spare`; the worker wipes it), the same password and deadline, the page counter and its
 * port to the leader, and its outcome handed to `forward` (done, or the error's code, message and
 * safe context).
 */
export function partTask(
  parent: Task,
  part: { claims: SharedArrayBuffer; port: MessagePort; part: number },
  id: number,
  forward: (o: PartOutcome) => void,
): Task {
  const data = new Uint8Array(parent.spare ?? new Uint8Array(0));
  return {
    job: { ...parent.job, id, kind: 'lines', data, part, splitFrom: undefined },
    deadline: parent.deadline,
    waitTimer: null,
    resolve: (result) => forward({ ok: true, result: result as ExtractedText }),
    reject: (e) => forward({ ok: false, error: crossing(e) }),
  };
}
