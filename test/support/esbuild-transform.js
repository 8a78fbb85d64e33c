/**
 * Jest transform for our TypeScript: esbuild strips the types of one file at a time, as ts-jest did in
 * its isolated-modules mode (tsconfig sets `isolatedModules`), in a fraction of the time and without
 * loading the TypeScript compiler into every worker. Type errors are `tsc --noEmit`'s job (`npm test`
 * runs it first); ts-jest ran with `diagnostics: false`, so no check is lost here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';

const require = createRequire(import.meta.url);
const { version } = require('esbuild/package.json');

// What tsconfig.json would make tsc emit for one file: ES2022 class fields are defined, not assigned.
const tsconfigRaw = { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } };
const own = readFileSync(new URL(import.meta.url), 'utf8');

/** Options for a file: ESM when jest loads it as ESM (`extensionsToTreatAsEsm`), else CommonJS. */
function optionsFor(filename, esm) {
  return {
    loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
    format: esm ? 'esm' : 'cjs',
    target: 'es2022',
    sourcefile: filename,
    sourcemap: 'external',
    sourcesContent: false,
    tsconfigRaw,
  };
}

/** @type {import('@jest/transform').SyncTransformer} */
const transformer = {
  canInstrument: false,
  process(source, filename, options) {
    const { code, map } = transformSync(source, optionsFor(filename, options.supportsStaticESM));
    return { code, map };
  },
  getCacheKey(source, filename, options) {
    return createHash('sha256')
      .update(own)
      .update(version)
      .update(String(options.supportsStaticESM))
      .update(filename)
      .update(source)
      .digest('hex');
  },
};

export default transformer;
