/** The worker pool's public options and interface, and the state it keeps per document and worker. */
import type { Worker } from 'node:worker_threads';
import type { ExtractedText } from '../pdf/extract.js';
import type { ReadOptions, StatementRead } from '../statement/read.js';
import type { WorkerHeap } from './heap.js';
import type { ExtractJob } from './worker.js';

export interface PoolOptions {
  /** Number of worker threads (one document each at a time). */
  size: number;
  /** Limit for one document, counted from the moment a warm worker starts on it. */
  timeoutMs: number;
  /** Added to the limit per page once the worker has opened the document (default 0). */
  pageTimeoutMs?: number;
  /** Longest wait for a free worker; past it the caller gets SERVER_BUSY (default: no limit). */
  queueTimeoutMs?: number;
  /** The worker module; defaults to worker.ts/.js beside this file. */
  workerUrl?: URL;
  /** Node flags for the workers; inherits the process's by default. */
  execArgv?: string[];
  /** V8 heap cap per worker, MiB (ArrayBuffers are not capped by it: the input limits bound those). */
  maxHeapMb?: number;
  /** Each worker's semi-spaces and initial old generation (default heap.ts's WORKER_HEAP; benches vary it). */
  heap?: WorkerHeap;
  /** A document is shared between idle workers from this many pages (default split.ts's; Infinity: never). */
  splitFromPages?: number;
  /** Pages each worker sharing a document reads at least (default split.ts's). */
  minPartPages?: number;
  /** The clock that callers' deadlines are read against, epoch ms (default Date.now). */
  now?: () => number;
}

/** What a caller passes with a document. */
export type JobOptions = Pick<ReadOptions, 'password' | 'maxPages' | 'deadline' | 'withText'> & {
  /** Idle-time work (the cold-start warm-up): a worker takes it only when no document waits. */
  background?: boolean;
};

export interface PoolStats {
  size: number;
  /** Workers with pdf.js loaded, ready for a document. */
  warm: number;
  busy: number;
  queued: number;
  /** Worker restarts after timeouts or crashes. */
  restarts: number;
  /** Long documents whose pages were shared between workers (split.ts). */
  split: number;
}

export interface ExtractionPool {
  /** The positioned rows of a PDF. */
  extract(data: Uint8Array, options: JobOptions): Promise<ExtractedText>;
  /** Extraction and parsing, both in the worker: the parsed statement and its plain text. */
  read(data: Uint8Array, options: JobOptions): Promise<StatementRead>;
  /** For /health and tests. */
  stats(): PoolStats;
  close(): Promise<void>;
}

/** A document (or background job) waiting for or held by a worker. */
export interface Task {
  job: ExtractJob;
  /** The caller's own deadline (the platform's), epoch ms. */
  deadline: number;
  /** Fires SERVER_BUSY when no worker took the document in time. */
  waitTimer: NodeJS.Timeout | null;
  resolve: (r: ExtractedText | StatementRead) => void;
  reject: (e: unknown) => void;
  /** A copy of the bytes for the workers that may share a long document (split.ts); wiped once used. */
  spare?: Uint8Array | null;
}

/** One worker thread and what it is doing. */
export interface Slot {
  worker: Worker;
  /** pdf.js loaded: a worker that dies before this is broken (bad module path), not unlucky. */
  warm: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** When the worker started on its task, and when its time is up (epoch ms). */
  startedAt: number;
  endsAt: number;
  /** How many tasks the pool had finished when this worker finished its last (0 for a new one): the lowest goes next. */
  freedTurn: number;
  /** Called once the worker is warm (an answer held back until a replacement is ready). */
  onWarm: (() => void)[];
}
