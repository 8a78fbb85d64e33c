/**
 * Jest's order, with the long suites first on a fresh clone. Jest starts the files that took longest
 * last time first, but a clean checkout (CI) has no timings and jest falls back to file size: a small
 * file that runs for a minute (hundreds of generated statements, a packaging run) could then start
 * last and keep one worker busy alone at the end. The list holds the suites that took longest in a
 * measured run (see the commit that added it), longest first; it only orders, it never skips.
 */
import Sequencer from '@jest/test-sequencer';

const SLOW_FIRST = [
  'test/privacy/fuzzed-layouts.test.ts',
  'test/pdf/text-equivalence.test.ts',
  'test/web/browser.test.ts',
  'test/load/kill.test.ts',
  'test/statement/fast-paths.test.ts',
  'test/hardening/hostile.test.ts',
  'test/pdf/text-port.test.ts',
  'test/hardening/bomb-worker.test.ts',
  'test/web/browser-key.test.ts',
  'test/deploy/aws-package.test.ts',
  'test/worker/pool.test.ts',
  'test/statement/corpus.test.ts',
  'test/http/contract.test.ts',
  'test/http/start.test.ts',
  'test/http/docs.test.ts',
  'test/statement/fuzzed.test.ts',
  'test/deploy/gcloud.test.ts',
  'test/statement/real-layouts.test.ts',
  'test/cli/many.test.ts',
];

/** Orders by last run's durations when jest has them, else the known slow suites first. */
export default class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted;
    const rank = (t) => {
      const i = SLOW_FIRST.findIndex((p) => t.path.endsWith(p));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Array#sort is stable: the rest keep jest's order (largest file first).
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
