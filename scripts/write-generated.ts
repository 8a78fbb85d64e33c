/** Writing a generated TypeScript module (the web page, the warm-up statements) into the repository. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Writes `source` to `module` (relative to the repository root) and formats it with the repository's
 * formatter, which decides quoting and wrapping; the values are what the tests compare.
 */
export function writeGeneratedModule(module: string, source: string): void {
  const out = join(ROOT, module);
  writeFileSync(out, source);
  execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', out], { stdio: 'ignore' });
}
