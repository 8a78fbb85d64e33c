// ESM throughout: pdf-parse's ESM build imports the one pdfjs-dist we declare, so jest runs
// with --experimental-vm-modules (see the "jest" script). TypeScript is stripped per file by esbuild
// (test/support/esbuild-transform.js); `tsc --noEmit` in `npm test` is the type check.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/test/support/esbuild-transform.js' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores, which on a 2-core machine is one: every file
  // ran in the main process, one after another, while many suites mostly wait on child processes,
  // servers and sockets. One worker per core.
  maxWorkers: '100%',
  // Long suites first even without last run's timings (a fresh clone), so none starts last alone.
  testSequencer: '<rootDir>/test/support/sequencer.js',
};
