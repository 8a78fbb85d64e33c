/**
 * The PDF workers' V8 heap: set by the pool itself, just before each worker starts.
 *
 * Why not `resourceLimits.maxYoungGenerationSizeMb` alone: V8 reads its heap flags when it creates an
 * isolate, and a process-wide flag beats the embedder's limits. Every deployment sets
 * `NODE_OPTIONS=--max-semi-space-size=4` for the main thread (docs/load.md: it keeps a 200-page answer
 * under 200 MiB), so every worker got 4 MiB semi-spaces too, whatever the pool asked for, while the
 * benches and tests, started without the flag, ran workers with 16 MiB ones. And Node's Worker options
 * have no way to set an isolate's initial old generation (V8's `ResourceConstraints` has one).
 *
 * So the pool sets both flags with `v8.setFlagsFromString` right before `new Worker`: V8 reads them only
 * in `Heap::ConfigureHeap`, so each worker created after gets them, and the main isolate, configured
 * at start, keeps its own (test/worker/heap.test.ts checks both on the running Node). The worker's
 * thread creates its isolate after `new Worker` returns, so two pools with different heaps in one
 * process must not start workers at once: only benches have two (bench/young-gen.ts waits for each).
 *
 * - **Semi-spaces of 8 MiB** (4 MiB, the deployments' main-thread setting, until the fifteenth round
 *   of docs/load.md). Under load a worker's scavenge waits for V8's helper threads, which compete for
 *   the same two cores: a Chase statement cost 3.9 scavenges of about 3 ms each with 4 MiB, and
 *   1.9 with 8 MiB (`--trace-gc-nvp`: two thirds of a pause in none of its own phases, the worker
 *   waiting for the parallel tasks). Two servers side by side under 4 connections, 4 rounds each,
 *   CPU per request with 8 MiB against 4: 30 pages −7%, TD 2019 −7%, 3 pages −11%, Chase −1% (−5%
 *   without its first round). One at a time, in one process, the size changed little
 *   (`bench/young-gen.ts`, earlier rounds). The 200-page peak with one worker did not move
 *   (`bench/rss-200.ts`: 185.5 and 189.8 MiB against 185.6–191.9); 12 MiB read 195 and 16 MiB 197.8
 *   and 204.3, over the goal.
 * - **No full collection below 40 MiB of old generation** (`--initial-old-space-size`, which V8 also
 *   keeps as the floor of its later limits). A worker lives on about 18 MiB, and each real statement
 *   leaves 3–6 MiB behind in old space (its document's objects outlive the scavenges while it is read),
 *   so V8, setting its next limit just above what lived, ran a full collection every 3–4 Chase
 *   statements. Each one also dropped the optimised code of pdf.js's per-call inner functions
 *   (`sanitizeTTProgram`, the text-content helpers, `promiseBody`), which then compiled again: in a
 *   server that had read 300 Chase statements, each further one still cost about 34 ms of TurboFan
 *   and Maglev compiles (`--trace-opt`) on a 2-core machine. One request at a time over HTTP, against
 *   the previous bundle in one run: 3 pages 1.12× (extraction itself 11 against 11 ms), 30 pages
 *   0.85×, Chase 0.89×, TD 2019 1.00× (48 MiB: 0.96×, 0.81×, 0.87×, 0.94×). At 200 pages
 *   with one worker the peak is 186–195 MiB with 40 MiB (five starts, `bench/rss-200.ts` and
 *   `bench:load`), 193–212 with 48 and 216 with 64: the floor is also what a long statement's
 *   garbage may reach before it is collected.
 */
import v8 from 'node:v8';

export interface WorkerHeap {
  /** V8's `--max-semi-space-size` for the workers, MiB. */
  semiSpaceMb: number;
  /** V8's `--initial-old-space-size` for the workers, MiB: no full collection below it. */
  initialOldMb: number;
}

export const WORKER_HEAP: WorkerHeap = { semiSpaceMb: 8, initialOldMb: 40 };

/**
 * The scavenger without helper threads, for the whole process: the main isolate and every worker.
 *
 * V8 scavenges in parallel by default: the collecting thread posts a job to V8's platform threads and
 * waits for them. On our instances (1–2 vCPUs, every core busy reading documents under load) the
 * helpers compete with the PDF workers for the same cores, and a scavenge costs more CPU in all than
 * one thread doing it alone. The same bundle with and without the flag, two servers side by side
 * (four rounds under 4 connections each, one-at-a-time requests interleaved, twice with the order
 * swapped): CPU a request −3% at 3 pages, −2% at 30, −7% at 200; one at a time unchanged at 3 pages,
 * 5–8% faster at 30 and 10–11% at 200 (docs/load.md, "Twentieth round"). `--single-threaded-gc`, which also
 * stops concurrent marking, did no better at 200 pages and worse at 30.
 *
 * NODE_OPTIONS does not accept this flag ("not allowed in NODE_OPTIONS"), so the pool sets it as it
 * starts. V8 reads it at every scavenge: isolates already running (the main one) follow it too
 * (test/worker/heap.test.ts checks that on the running Node).
 */
export function configureScavenger(): void {
  v8.setFlagsFromString('--no-parallel-scavenge');
}

/** Sets the heap flags the next isolate created reads (call right before `new Worker`). */
export function configureWorkerHeap(heap: WorkerHeap): void {
  v8.setFlagsFromString(`--max-semi-space-size=${heap.semiSpaceMb}`);
  v8.setFlagsFromString(`--initial-old-space-size=${heap.initialOldMb}`);
}
