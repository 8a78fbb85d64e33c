/**
 * The pipeline never writes to the filesystem: not on success, not on a wrong password, not on a
 * file that is not a PDF. Every fs write entry point is watched (and blocked) during each call.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateStatement } from '../../scripts/statements/index.js';
import { type AnalyzeDeps, analyzeStatement } from '../../shared/analyze.js';
import { silentLogger } from '../../shared/log.js';
import { watchWrites } from './fs-watch.js';

const deps: AnalyzeDeps = {
  config: { MAX_UPLOAD_BYTES: 10 * 1024 * 1024, MAX_PAGES: 50, PDF_TIMEOUT_MS: 60_000 },
  logger: silentLogger,
};

let plain: Buffer;
let locked: Buffer;

/** Runs one pipeline call with the watch installed; returns the blocked writes and the outcome. */
async function watched(pdf: Uint8Array, password?: string): Promise<{ writes: string[]; error: unknown }> {
  const watch = watchWrites();
  let error: unknown = null;
  try {
    await analyzeStatement({ pdf, password }, deps);
  } catch (err) {
    error = err;
  } finally {
    watch.restore();
  }
  return { writes: [...watch.writes], error };
}

beforeAll(async () => {
  plain = (await generateStatement({ layout: 'northwind', seed: 11 })).pdf;
  locked = (await generateStatement({ layout: 'saffron', seed: 12, userPassword: 'open-sesame' })).pdf;
  // Warm up outside the watch: lazy imports (pdf-parse, compiled by the test runner, which caches
  // to disk) load here, so the watched calls below only see the pipeline's own behaviour.
  await analyzeStatement({ pdf: new Uint8Array(plain) }, deps);
}, 120_000);

describe('no statement data reaches the disk', () => {
  it('the watch catches writes through every way code reaches fs', async () => {
    const watch = watchWrites();
    const fs = process.getBuiltinModule('node:fs');
    const attempts = [
      () => fs.writeFileSync('/nonexistent-dir/x', 'x'),
      () => fs.openSync('/nonexistent-dir/x', 'w'),
      () => fs.createWriteStream('/nonexistent-dir/x'),
      () => fs.promises.writeFile('/nonexistent-dir/x', 'x'),
      () => fs.promises.open('/nonexistent-dir/x', 'a'),
    ];
    for (const attempt of attempts)
      await Promise.resolve()
        .then(attempt)
        .catch(() => undefined);
    const readable = fs.openSync(join(process.cwd(), 'package.json'), 'r');
    fs.closeSync(readable);
    watch.restore();
    expect(watch.writes).toEqual([
      'fs.writeFileSync',
      'fs.openSync',
      'fs.createWriteStream',
      'fs.promises.writeFile',
      'fs.promises.open',
    ]);
  });

  it('writes nothing while analysing a statement successfully', async () => {
    const { writes, error } = await watched(new Uint8Array(plain));
    expect(error).toBeNull();
    expect(writes).toEqual([]);
  });

  it('writes nothing when the password is wrong', async () => {
    const { writes, error } = await watched(new Uint8Array(locked), 'not-the-password');
    expect(error).toMatchObject({ code: 'PDF_BAD_PASSWORD' });
    expect(writes).toEqual([]);
  });

  it('writes nothing when the upload is not a PDF', async () => {
    const { writes, error } = await watched(
      new TextEncoder().encode('Name,Card\nJANE DOE,4111111111111111\n'),
    );
    expect(error).toMatchObject({ code: expect.stringMatching(/^PDF_/) });
    expect(writes).toEqual([]);
  });

  it('shared/ never imports the filesystem modules', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          path.endsWith('.ts') &&
          /from ['"](?:node:)?fs(?:\/promises)?['"]|require\(['"](?:node:)?fs/.test(
            readFileSync(path, 'utf8'),
          )
        ) {
          offenders.push(path);
        }
      }
    };
    walk(join(process.cwd(), 'shared'));
    expect(offenders).toEqual([]);
  });
});
