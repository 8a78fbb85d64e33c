/**
 * Writes the hostile corpus to a directory, for trying it against a running server by hand:
 * `npx tsx scripts/hostile/write.ts <dir>` → `<id>.body` files and `cases.json` (headers, expected).
 * The active-content cases point at http://127.0.0.1:9/ (the discard port) when written this way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../shared/config.js';
import { hostileCases } from './index.js';

const out = resolve(process.argv[2] ?? 'hostile-corpus');
mkdirSync(out, { recursive: true });
const ctx = {
  maxBytes: Number(process.env.MAX_UPLOAD_BYTES) || DEFAULT_MAX_UPLOAD_BYTES,
  callbackUrl: 'http://127.0.0.1:9/collect',
  markerFile: join(tmpdir(), 'cca-hostile-payload-ran'),
  markerGlobal: '__ccaHostilePayloadRan',
};
const index = [];
for (const c of hostileCases()) {
  const req = await c.build(ctx);
  writeFileSync(join(out, `${c.id}.body`), req.body);
  index.push({
    id: c.id,
    built: c.built,
    headers: req.headers,
    expected: [c.expected, ...(c.alsoAccepted ?? [])],
  });
}
writeFileSync(join(out, 'cases.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} cases to ${out}`);
