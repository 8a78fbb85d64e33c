/**
 * `tsx bench/pdfjs-versions.ts [--other <a pdfjs-dist folder>] [--contenders …]`: our extraction
 * on the installed pdf.js and on another release (issue 20), each with our TextContentPort and
 * through pdf.js's own LoopbackPort, in one run. One process per contender (a pdf.js loads once per
 * process). The same
 * documents go to each in turn, each round starting with another contender; the figure is each
 * process's CPU time per document (all its threads), and the rows each reads are compared (exactly,
 * and with positions rounded to 1e-6 pt). Options: --runs 4, --warmup 1, --contenders (below).
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { extractionDocuments } from './load/documents.js';
import { percentile, round1 } from './load/measure.js';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    runs: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '1' },
    contenders: { type: 'string' },
  },
});
// `where[+flag…]`: where is installed or other (--other); +port: through our TextContentPort (else
// pdf.js's LoopbackPort); +js-inflate: DecompressionStream hidden, so pdf.js 6 inflates in JS.
const specs = (
  values.contenders ??
  (values.other ? 'installed+port,installed,other+port,other' : 'installed+port,installed')
).split(',');
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const docs = await extractionDocuments();

interface Reply {
  cpuMs: number;
  rows: string;
  rounded: string;
}
interface Contender {
  name: string;
  ask(pdf: Uint8Array): Promise<Reply>;
  close(): void;
}

async function start(label: string, env: Record<string, string>): Promise<Contender> {
  if (env.PDFJS_ROOT === '') throw new Error(`${label} needs --other <a pdfjs-dist folder>`);
  const child = fork(new URL('./pdfjs/contender.ts', import.meta.url), {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  let exited: Error | null = null;
  child.once('exit', (code) => {
    exited = new Error(`${label} exited (${code})`);
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      if (exited) reject(exited);
      child.once('message', (m) => resolve(m as Record<string, unknown>));
    });
  const { ready } = await next();
  return {
    name: `${label} (${String(ready)})`,
    ask: (pdf) => {
      const reply = next();
      child.send({ pdf });
      return reply as unknown as Promise<Reply>;
    },
    close: () => child.kill(),
  };
}

const contenders: Contender[] = [];
try {
  for (const spec of specs) {
    const [where, ...flags] = spec.split('+');
    if (where !== 'installed' && where !== 'other') throw new Error(`unknown contender ${spec}`);
    const env: Record<string, string> = {};
    if (where === 'other') env.PDFJS_ROOT = values.other ?? '';
    if (!flags.includes('port')) env.PDFJS_PORT = 'pdfjs';
    if (flags.includes('js-inflate')) env.PDFJS_JS_INFLATE = '1';
    contenders.push(await start(spec, env));
  }
  const cpu = new Map<string, number[]>();
  const rows = new Map<string, Set<string>>();
  const rounded = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => m.set(k, (m.get(k) ?? new Set()).add(v));
  for (let r = -warmup; r < runs; r++) {
    for (const [doc, pdf] of docs) {
      for (let j = 0; j < contenders.length; j++) {
        const c = contenders[(j + Math.max(r, 0)) % contenders.length] as Contender;
        const reply = await c.ask(pdf);
        add(rows, doc, reply.rows);
        add(rounded, doc, reply.rounded);
        if (r >= 0) cpu.set(`${doc}|${c.name}`, [...(cpu.get(`${doc}|${c.name}`) ?? []), reply.cpuMs]);
      }
    }
  }
  const base = contenders[0] as Contender;
  console.log(
    `CPU ms per document, median of ${runs} (in brackets: the median over rounds of its ratio to ${base.name} in the same round); rows alike?`,
  );
  console.log(['document', ...contenders.map((c) => c.name), 'rows'].join(' | '));
  for (const [doc] of docs) {
    const of = (c: Contender) => cpu.get(`${doc}|${c.name}`) ?? [];
    const cells = contenders.map((c) => {
      const m = round1(percentile(of(c), 0.5));
      // Paired by round: the machine's drift between rounds cancels out.
      const ratios = of(c).map((ms, i) => ms / (of(base)[i] ?? Number.NaN));
      return c === base ? `${m}` : `${m} (${percentile(ratios, 0.5).toFixed(2)})`;
    });
    const alike =
      rows.get(doc)?.size === 1 ? 'identical' : rounded.get(doc)?.size === 1 ? 'same to 1e-6 pt' : 'DIFFER';
    console.log([doc, ...cells, alike].join(' | '));
  }
} finally {
  for (const c of contenders) c.close();
}
