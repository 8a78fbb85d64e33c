/**
 * `tsx bench/profile-extract.ts <file.pdf> <out.cpuprofile> [--runs 40]`: a CPU profile (inspector,
 * sampled every 200 µs) of `extractText` as a PDF worker runs it, over `runs` extractions of one
 * file after 5 warm-ups. `python3 bench/profile-summary.py <out.cpuprofile>` lists the top self times.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { extractText } from '../shared/pdf/extract.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '40' } },
});
const [file, out] = positionals;
if (!file || !out)
  throw new Error('usage: tsx bench/profile-extract.ts <file.pdf> <out.cpuprofile> [--runs 40]');
const pdf = new Uint8Array(readFileSync(file));
for (let i = 0; i < 5; i++) await extractText(new Uint8Array(pdf), { maxPages: 500 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 0; i < Number(values.runs); i++) await extractText(new Uint8Array(pdf), { maxPages: 500 });
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
