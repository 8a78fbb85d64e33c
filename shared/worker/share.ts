/**
 * The worker side of a document shared between workers (pool.ts plans it). Pages are handed out one
 * at a time from a counter in shared memory, so whichever worker is free reads the next page: a
 * helper that opened the document later, or runs colder code, simply reads fewer. (Fixed halves
 * were tried first: at 200 pages the helper ended 0.5 s after the leader, which then waited.)
 * A helper posts each page's rows straight to the leader over its own MessagePort as soon as it has
 * read it (one copy, made while both still read, instead of all rows copied twice through the main
 * thread at the end); the leader picks them up between its own pages and, at the end, once each
 * helper's outcome has come through the pool (inbox.ts), which it posts only after its last page.
 */
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { ExtractedText, PageShare, PageText, Split } from '../pdf/extract.js';

/** A helper's outcome as it crosses threads: done (its rows went over its port), or its error's code, message and safe context. */
export type PartOutcome =
  | { ok: true; result: ExtractedText }
  | { ok: false; error: { code: string; message: string; context: Record<string, unknown> } };

/**
 * The counter the workers share: `[0]` is how many pages have been handed out, `[n]` who took page n
 * (0 nobody yet, LEADER for the leader, `part + 2` for helper `part`).
 */
export type Claims = Int32Array;

const LEADER = 1;

/** The counter for a document of `pages` pages, in memory every worker sharing it sees. */
export function newClaims(pages: number): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * (pages + 1));
}

/** What a helper gets with its job: the counter, its port to the leader, and its number. */
export interface HelperWire {
  claims: SharedArrayBuffer;
  port: MessagePort;
  part: number;
}

/** Takes the next page for `taker`, or null once all are taken. */
function claim(claims: Claims, taker: number): number | null {
  const n = Atomics.add(claims, 0, 1) + 1;
  if (n >= claims.length) return null;
  Atomics.store(claims, n, taker);
  return n;
}

/** A helper's share: pages from the counter, each posted to the leader once read. */
export function helperShare(wire: HelperWire): PageShare {
  const claims = new Int32Array(wire.claims);
  return {
    claim: () => claim(claims, wire.part + 2),
    read: (page) => wire.port.postMessage(page),
  };
}

/**
 * The leader's share: pages from the same counter, and the helpers' pages gathered from their ports.
 * `rest` resolves once every page is in. A helper that failed (its outcome comes through the pool)
 * fails the document once the others are done, with the error of whoever left the earliest page
 * unread, as reading in page order would have failed there.
 */
export function leaderSplit(
  plan: { parts: number; claims: SharedArrayBuffer; ports: MessagePort[] },
  /** Helper `part`'s outcome, once the pool has passed it on (inbox.ts). */
  outcome: (part: number) => Promise<PartOutcome>,
): Split {
  const claims = new Int32Array(plan.claims);
  const pages = claims.length - 1;
  const theirs: PageText[] = [];
  const got = new Uint8Array(pages + 1);
  const drain = () => {
    for (const port of plan.ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const page = m.message as PageText;
        got[page.page] = 1;
        theirs.push(page);
      }
    }
  };
  const end = () => {
    Atomics.store(claims, 0, pages);
    for (const port of plan.ports) port.close();
  };
  return {
    claim: () => claim(claims, LEADER),
    read: (page) => {
      got[page.page] = 1;
      // Copies the helpers' pages that have come in meanwhile, while they are still reading.
      drain();
    },
    rest: async () => {
      try {
        const outcomes = await Promise.all(Array.from({ length: plan.parts }, (_, i) => outcome(i)));
        // Each helper posts its last page before its outcome: everything it read is in its port now.
        drain();
        const missing = got.indexOf(0, 1);
        if (missing < 0) return theirs;
        const failed = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => !o.ok);
        const taker = failed.find(({ i }) => claims[missing] === i + 2) ?? failed[0];
        if (!taker || taker.o.ok)
          throw new AppError('INTERNAL', `page ${missing} of a shared document was never read`);
        const { code, message, context } = taker.o.error;
        throw new AppError(code as AppError['code'], message, { context: context as AppError['context'] });
      } finally {
        end();
      }
    },
    end,
  };
}
