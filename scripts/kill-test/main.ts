/**
 * Command line of the kill test (run by scripts/kill-test.sh, which finds nginx and owns the temp
 * dir): runs it, prints a short summary, exits 1 if any request failed or the instance survived.
 * Options: --nginx BIN --dir DIR [--duration 24] [--connections 4] [--json]
 */
import { parseArgs } from 'node:util';
import { ProcessRegistry } from './procs.js';
import { type KillTestSummary, runKillTest } from './run.js';

const { values } = parseArgs({
  options: {
    nginx: { type: 'string' },
    dir: { type: 'string' },
    duration: { type: 'string', default: '24' },
    connections: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.nginx || !values.dir) {
  console.error('usage: main.ts --nginx BIN --dir DIR [--duration S] [--connections N] [--json]');
  process.exit(2);
}
const durationS = Math.min(120, Math.max(3, Number(values.duration)));
const procs = new ProcessRegistry(`${values.dir}/pgids`);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    procs.killAll();
    console.error(`\ninterrupted (${sig}): instances and nginx stopped`);
    process.exit(130);
  });
}

const summary = await runKillTest({
  nginxBin: values.nginx,
  dir: values.dir,
  durationMs: durationS * 1000,
  connections: Math.min(16, Math.max(1, Number(values.connections))),
  procs,
  log: (line) => console.log(line),
});
console.log(values.json ? JSON.stringify(summary, null, 2) : describe(summary));
const died = !summary.killed.aliveAfter && summary.killed.portRefuses;
process.exitCode = summary.failed === 0 && died && summary.total > 0 ? 0 : 1;

function describe(s: KillTestSummary): string {
  const k = s.killed;
  const fails = Object.entries(s.failures)
    .map(([why, n]) => `${n}× ${why}`)
    .join(', ');
  const spread = Object.entries(s.perInstance)
    .map(([port, n]) => `:${port} ${n.before}→${n.after}${Number(port) === k.port ? ' (killed)' : ''}`)
    .join(', ');
  return [
    '',
    'kill test summary',
    `  requests:   ${s.total} sent, ${s.ok} ok, ${s.failed} failed${fails ? ` (${fails})` : ''}`,
    `  retried:    ${s.retried} request(s) answered by another instance after the first one failed`,
    `  throughput: ${s.before.reqPerS} req/s before the kill (${s.before.requests} ok), ${s.after.reqPerS} req/s after (${s.after.requests} ok)`,
    `  answers per instance, before→after: ${spread}`,
    `  killed:     :${k.port} pid ${k.pid} at ${(k.atMs / 1000).toFixed(1)} s by SIGKILL to its process group; ended by ${String(k.signal)} within ${k.exitedWithinMs} ms; alive after: ${k.aliveAfter ? 'YES' : 'no'}; port refuses connections: ${k.portRefuses ? 'yes' : 'NO'}`,
    `  result:     ${s.failed === 0 && !k.aliveAfter && k.portRefuses ? 'PASS: no request lost' : 'FAIL'}`,
  ].join('\n');
}
