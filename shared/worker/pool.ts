/**
 * A small pool of extraction workers with a hard per-document time limit. The limit measures the
 * document, not the queue: it starts when a warm worker takes the document and grows with its pages.
 * A document that loops or explodes is killed with its worker (PDF_TIMEOUT) and a fresh worker takes
 * its place before the answer goes out, so the event loop, /health and other requests keep going and
 * the next document finds a warm worker. Waiting for a worker is bounded separately: past
 * `queueTimeoutMs` (or the caller's deadline) the caller gets SERVER_BUSY (503), never a 422.
 * Background work (the cold-start warm-up) waits in its own queue and runs only when no document does.
 * A long document that arrives while other workers are idle and nothing waits is shared between them
 * (split.ts, share.ts): each opens the same bytes and takes pages one at a time from a shared counter,
 * the helpers post their rows straight to the first, which merges them in page order, so the answer
 * is the one a single worker gives. Under load every worker keeps one document.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { AppError, PdfError } from '../errors.js';
import type { ExtractedText } from '../pdf/extract.js';
import { wipe } from '../privacy/wipe.js';
import type { StatementRead } from '../statement/read.js';
import { configureScavenger, configureWorkerHeap, WORKER_HEAP } from './heap.js';
import type { ExtractionPool, JobOptions, PoolOptions, Slot, Task } from './pool-types.js';
import { safe } from './safe-context.js';
import { newClaims } from './share.js';
import { helperCount, partTask, SPLIT_MIN_PAGES } from './split.js';
import type { ExtractJob, ExtractReply } from './worker.js';

export type { ExtractionPool, PoolOptions, PoolStats } from './pool-types.js';

/** How long close() waits for its workers to exit at most. */
const CLOSE_WAIT_MS = 5000;

/** A replaced worker's document is answered once the replacement is warm, or after this long at most. */
const REPLACEMENT_WAIT_MS = 5000;

/**
 * The worker module beside this one: worker.ts from source (tsx, jest), worker.js when compiled by
 * tsc, worker.mjs beside a bundle (the Lambda build emits it next to index.mjs).
 */
function defaultWorkerUrl(): URL {
  const ext = import.meta.url.match(/\.(ts|mjs|js)$/)?.[1] ?? 'js';
  return new URL(`./worker.${ext}`, import.meta.url);
}

/** Node flags a worker accepts and needs: how code loads and what it warns about. */
const WORKER_FLAG =
  /^(--import|--require|-r|--loader|--experimental-[\w-]+|--conditions|-C|--enable-source-maps|--no-warnings|--disable-warning|--no-deprecation)(=|$)/;

/**
 * The process's flags a worker may inherit. Workers refuse V8 and process-wide flags
 * (`node --trace-gc server.js` would make every worker fail with ERR_WORKER_INVALID_EXEC_ARGV; heap
 * sizes come from `resourceLimits`), and `--input-type` only means something to the main entry.
 */
export function workerFlags(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const m = WORKER_FLAG.exec(flag);
    if (!m) continue;
    out.push(flag);
    // "--import tsx": the value is the next argument.
    if (m[2] === '' && /^(--import|--require|-r|--loader|--conditions|-C|--disable-warning)$/.test(flag)) {
      const value = argv[i + 1];
      if (value !== undefined) out.push(value);
      i++;
    }
  }
  return out;
}

/**
 * The warm workers free for a task, the one idle longest first. Only warm workers take documents:
 * the time limit is for the document, not for loading pdf.js. Taking turns keeps every worker warm:
 * with the first idle one always first, documents one at a time (and the cold-start warm-up) all went
 * to one worker, and the others compiled pdf.js's and the parser's code for each kind of document
 * only once load came, while the instance was busiest (docs/load.md, eleventh round).
 */
export function idleByTurn<S extends Pick<Slot, 'warm' | 'task' | 'freedTurn'>>(slots: readonly S[]): S[] {
  return slots.filter((s) => s.warm && !s.task).sort((a, b) => a.freedTurn - b.freedTurn);
}

/** Starts the pool's first worker, and the other `size - 1` once it is warm; returns the pool. */
export function createExtractionPool(opts: PoolOptions): ExtractionPool {
  const url = opts.workerUrl ?? defaultWorkerUrl();
  // From source (tsx, jest) the worker is TypeScript: a tiny bootstrap registers tsx's loader in the
  // worker first (`--import tsx` in execArgv does not apply to a worker's own entry module).
  const fromSource = url.pathname.endsWith('.ts');
  const entry = fromSource
    ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`
    : url;
  const execArgv = opts.execArgv ?? workerFlags(process.execArgv);
  const queueTimeoutMs = opts.queueTimeoutMs ?? Number.POSITIVE_INFINITY;
  const heap = opts.heap ?? WORKER_HEAP;
  configureScavenger();
  const splitFrom = opts.splitFromPages ?? SPLIT_MIN_PAGES;
  // Deadlines come from the caller's clock, so the pool reads the same one.
  const now = opts.now ?? Date.now;
  const queue: Task[] = [];
  const background: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let restarts = 0;
  let split = 0;
  // Tasks finished so far: orders the idle workers (idleByTurn).
  let finished = 0;
  let closed = false;
  // One worker starts alone and the rest once it is warm: on 1–2 cores, workers loading pdf.js at
  // once (beside the main thread loading its own code) slow the first one down, and the first
  // request waits for the first warm worker, not for all of them.
  let unspawned = Math.max(1, opts.size) - 1;
  const spawnRest = () => {
    for (; unspawned > 0 && !closed; unspawned--) slots.push(spawn());
  };

  /** Seconds until the first busy worker is done at the latest: what Retry-After tells a caller. */
  const retryAfterSeconds = () => {
    const ends = slots.filter((s) => s.task).map((s) => s.endsAt - now());
    const soonest = ends.length > 0 ? Math.min(...ends) : 1000;
    return Math.min(60, Math.max(1, Math.ceil(soonest / 1000)));
  };
  const busy = (reason: string) =>
    new AppError('SERVER_BUSY', 'The server is busy reading other documents: try again shortly.', {
      context: { reason, retryAfterSeconds: retryAfterSeconds() },
    });

  const spawn = (): Slot => {
    // Read by V8 as it creates the worker's isolate (heap.ts).
    configureWorkerHeap(heap);
    const worker = new Worker(entry, {
      eval: fromSource,
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 512 },
    });
    const slot: Slot = {
      worker,
      warm: false,
      task: null,
      timer: null,
      startedAt: 0,
      endsAt: 0,
      freedTurn: 0,
      onWarm: [],
    };
    worker.on('message', (msg: ExtractReply | { warm: true }) => {
      if ('warm' in msg) {
        slot.warm = true;
        spawnRest();
        for (const f of slot.onWarm.splice(0)) f();
        pump();
        return;
      }
      if (!slot.task || msg.id !== slot.task.job.id) return;
      // The document is open: its limit grows with its length.
      if ('pages' in msg) {
        const limitMs = opts.timeoutMs + msg.pages * (opts.pageTimeoutMs ?? 0);
        arm(slot, limitMs);
        if (msg.split) share(slot, msg.pages, limitMs);
        return;
      }
      const task = finish(slot);
      if (msg.ok) task.resolve(msg.result);
      // The code decides the status; the class that threw it stayed in the worker.
      else
        task.reject(
          new AppError(msg.error.code as AppError['code'], msg.error.message, {
            context: safe(msg.error.context),
          }),
        );
      pump();
    });
    // A crash (out of memory, a native fault) costs the document, not the instance.
    worker.on('error', () =>
      replace(slot, new PdfError('PDF_UNREADABLE', 'The PDF is too complex to read.')),
    );
    worker.on('exit', () => {
      if (!closed && slots.includes(slot))
        replace(slot, new PdfError('PDF_UNREADABLE', 'The PDF is too complex to read.'));
    });
    worker.unref();
    worker.postMessage({ warm: true });
    return slot;
  };

  /** (Re)starts the slot's timer so that its document ends `limitMs` after it started, or at the caller's deadline. */
  const arm = (slot: Slot, limitMs: number) => {
    const task = slot.task as Task;
    if (slot.timer) clearTimeout(slot.timer);
    const own = slot.startedAt + limitMs;
    // Cut short by the caller's deadline, the document is not to blame: that is SERVER_BUSY, not 422.
    const byCaller = task.deadline < own;
    slot.endsAt = Math.min(own, task.deadline);
    slot.timer = setTimeout(
      () =>
        replace(
          slot,
          byCaller
            ? busy('deadline')
            : new PdfError('PDF_TIMEOUT', 'Reading the PDF took too long.', { context: { limitMs } }),
        ),
      Math.max(0, slot.endsAt - now()),
    );
  };

  /** Fails every document and background job that has not reached a worker yet. */
  const rejectWaiting = (message: string) => {
    for (const t of [...queue.splice(0), ...background.splice(0)]) {
      if (t.waitTimer) clearTimeout(t.waitTimer);
      t.reject(new Error(message));
    }
  };

  const finish = (slot: Slot): Task => {
    const task = slot.task as Task;
    if (task.spare) wipe(task.spare);
    task.spare = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.freedTurn = ++finished;
    return task;
  };

  const replace = (slot: Slot, reason: AppError) => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    const task = slot.task ? finish(slot) : null;
    void slot.worker.terminate();
    // Answers waiting for this worker to warm (a document whose worker it replaces) must not be lost
    // with it: a process would then end with those callers unanswered.
    const waiting = slot.onWarm.splice(0);
    // A worker that never loaded pdf.js failed to start (a deployment fault), not on this document.
    if (!slot.warm) {
      task?.reject(new AppError('INTERNAL', 'PDF worker failed to start'));
      if (!task) {
        // Never started: respawning would loop. Drop the slot, answer who waited on it; with none
        // left, fail what waits.
        slots.splice(i, 1);
        for (const f of waiting) f();
        if (slots.length === 0) rejectWaiting('PDF workers failed to start');
        return;
      }
    }
    const next = spawn();
    next.onWarm.push(...waiting);
    slots[i] = next;
    restarts++;
    if (task && slot.warm) {
      // Answer once the replacement is warm: on Lambda (and Cloud Run without always-on CPU) the
      // instance is frozen after the answer, so a worker warmed later would make the next caller wait.
      const answer = once(() => task.reject(reason));
      next.onWarm.push(answer);
      // Never past the caller's own deadline (Lambda's remaining time): the answer must still leave.
      setTimeout(answer, Math.max(0, Math.min(REPLACEMENT_WAIT_MS, task.deadline - now()))).unref();
    }
    pump();
  };

  // Idle workers must not keep a process alive (CLIs, tests), busy ones must: a caller awaiting a
  // document (or the warm-up a Lambda init awaits) that is still queued behind a warming worker
  // would otherwise see the process exit.
  const updateRefs = () => {
    const active =
      queue.length > 0 || background.length > 0 || slots.some((s) => s.task || s.onWarm.length > 0);
    for (const s of slots) {
      if (active) s.worker.ref();
      else s.worker.unref();
    }
  };

  const pump = () => {
    for (const slot of idleByTurn(slots)) {
      // Documents first; background work only when none waits, so it never delays a caller by more
      // than the one background job a worker may be in the middle of.
      const doc = queue.shift();
      const task = doc ?? background.shift();
      if (!task) continue;
      if (task.waitTimer) clearTimeout(task.waitTimer);
      if (task.deadline <= now()) {
        task.reject(busy('deadline'));
        continue;
      }
      slot.task = task;
      slot.startedAt = now();
      arm(slot, opts.timeoutMs);
      // Another worker idle and no document waiting: this one may be shared if it turns out long.
      if (
        doc &&
        splitFrom < Number.POSITIVE_INFINITY &&
        queue.length === 0 &&
        slots.some((s) => s.warm && !s.task)
      ) {
        task.job.splitFrom = splitFrom;
        task.spare = new Uint8Array(task.job.data);
      }
      slot.worker.postMessage(task.job, [task.job.data.buffer as ArrayBuffer]);
    }
    updateRefs();
  };

  /**
   * The worker in `lead` opened a long document and waits for its share: the idle workers (if no
   * document waits by now) help, each with a port to `lead` for its pages and all taking pages from
   * one counter (share.ts); their outcomes go to `lead` through here. They keep the document's own
   * time limit; a part that outlives its document is dropped.
   */
  const share = (lead: Slot, pages: number, limitMs: number) => {
    const task = lead.task as Task;
    const idle = queue.length > 0 ? [] : slots.filter((s) => s.warm && !s.task);
    const helpers = idle.slice(0, helperCount(pages, idle.length, opts.minPartPages));
    const id = task.job.id;
    if (helpers.length === 0) lead.worker.postMessage({ id, plan: { parts: 0 } });
    else {
      split++;
      const claims = newClaims(pages);
      const channels = helpers.map(() => new MessageChannel());
      const ports = channels.map((c) => c.port1);
      lead.worker.postMessage({ id, plan: { parts: helpers.length, claims, ports } }, ports);
      helpers.forEach((slot, i) => {
        const port = (channels[i] as MessageChannel).port2;
        slot.task = partTask(task, { claims, port, part: i }, nextId++, (outcome) => {
          if (lead.task === task) lead.worker.postMessage({ id, part: i, outcome });
        });
        // The document's limit, not a new one: a part ends when its document's time is up.
        slot.startedAt = lead.startedAt;
        arm(slot, limitMs);
        const { job } = slot.task;
        slot.worker.postMessage(job, [job.data.buffer as ArrayBuffer, port]);
      });
    }
    if (task.spare) wipe(task.spare);
    task.spare = null;
  };

  /** Queues one document; the worker gets its own copy (transferred, not copied again); the caller wipes `data`. */
  const run = (kind: ExtractJob['kind'], data: Uint8Array, options: JobOptions) => {
    if (closed) return Promise.reject(new Error('extraction pool closed'));
    const job: ExtractJob = {
      id: nextId++,
      kind,
      data: new Uint8Array(data),
      password: options.password,
      maxPages: options.maxPages,
      withText: options.withText,
    };
    return new Promise<ExtractedText | StatementRead>((resolve, reject) => {
      const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
      const task: Task = { job, deadline, waitTimer: null, resolve, reject };
      const list = options.background ? background : queue;
      list.push(task);
      const wait = Math.min(queueTimeoutMs, deadline - now());
      if (!options.background && Number.isFinite(wait)) {
        task.waitTimer = setTimeout(
          () => {
            const at = list.indexOf(task);
            if (at < 0) return;
            list.splice(at, 1);
            wipe(job.data);
            reject(busy('queue'));
          },
          Math.max(0, wait),
        );
      }
      pump();
    });
  };

  slots.push(spawn());

  return {
    extract: (data, options) => run('lines', data, options) as Promise<ExtractedText>,
    read: (data, options) => run('statement', data, options) as Promise<StatementRead>,
    stats: () => ({
      size: slots.length + unspawned,
      warm: slots.filter((s) => s.warm).length,
      busy: slots.filter((s) => s.task).length,
      queued: queue.length,
      restarts,
      split,
    }),
    async close() {
      closed = true;
      rejectWaiting('extraction pool closed');
      for (const s of slots) for (const f of s.onWarm.splice(0)) f();
      // The workers are unref'd, so an idle pool never holds a process open; while they are being
      // terminated a ref'd timer must, or a process awaiting close() can end before they report
      // their exit: a CLI whose second worker was still loading pdf.js ended with code 0 and nothing
      // printed (about 1 run in 10 on a loaded machine; Worker.ref() alone did not keep it alive).
      let keep: ReturnType<typeof setTimeout> | undefined;
      const giveUp = new Promise<void>((resolve) => {
        keep = setTimeout(resolve, CLOSE_WAIT_MS);
      });
      try {
        await Promise.race([Promise.all(slots.map((s) => s.worker.terminate())), giveUp]);
      } finally {
        clearTimeout(keep);
      }
    },
  };
}

/** `fn` that runs at most once, however often it is called. */
function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
