/**
 * How a long document is shared between idle workers: contiguous page ranges in page order, the first
 * for the worker that opened it (it merges and parses the rest, so it takes no more than its share).
 */
import type { ExtractedText, PageRange } from '../pdf/extract.js';
import type { PartOutcome } from './inbox.js';
import type { Task } from './pool-types.js';
import { crossing } from './safe-context.js';

/**
 * A document is split only from this many pages. Below it, what a second worker adds (opening the
 * same bytes, its fonts read again, its rows copied twice between threads) costs about what it saves:
 * measured with bench/split.ts (docs/load.md, "Long statements across idle workers").
 */
export const SPLIT_MIN_PAGES = 16;

/** Pages a part gets at least: a helper's fixed cost is worth it only over several pages. */
export const MIN_PART_PAGES = 8;

/** Up to `workers` contiguous ranges of at least `minPart` pages covering pages 1…`pages`, as even as whole pages allow. */
export function planParts(pages: number, workers: number, minPart = MIN_PART_PAGES): PageRange[] {
  const parts = Math.max(1, Math.min(workers, Math.floor(pages / Math.max(1, minPart))));
  const out: PageRange[] = [];
  let first = 1;
  for (let i = 0; i < parts; i++) {
    // The remainder goes to the later parts: the first worker also merges and parses.
    const size = Math.floor(pages / parts) + (i >= parts - (pages % parts) ? 1 : 0);
    out.push({ first, last: first + size - 1 });
    first += size;
  }
  return out;
}

/**
 * The task of a worker that reads `part` of the document `parent` holds: its own copy of the bytes
 * (from `parent.spare`; the worker wipes it), the same password and deadline, and its outcome handed
 * to `forward` (rows, or the error's code, message and safe context).
 */
export function partTask(parent: Task, part: PageRange, id: number, forward: (o: PartOutcome) => void): Task {
  const data = new Uint8Array(parent.spare ?? new Uint8Array(0));
  return {
    job: { ...parent.job, id, kind: 'lines', data, part, splitFrom: undefined },
    deadline: parent.deadline,
    waitTimer: null,
    resolve: (result) => forward({ ok: true, result: result as ExtractedText }),
    reject: (e) => forward({ ok: false, error: crossing(e) }),
  };
}
