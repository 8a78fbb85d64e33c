/** Developer tool: prints the rows the extractor rebuilds from a PDF (for working on layouts). */
import { readFileSync } from 'node:fs';
import { extractText } from '../shared/pdf/extract.js';

const [file, password] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/dump-lines.ts <pdf> [password]');
const out = await extractText(new Uint8Array(readFileSync(file)), { password, maxPages: 500 });
for (const l of out.lines)
  console.log(
    `${l.page}|${l.y.toFixed(1)}|${l.cells.map((c) => `${c.text}@${c.x0.toFixed(0)}`).join(' ¦ ')}`,
  );
