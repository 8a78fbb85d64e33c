/**
 * Preloaded by the CLI benchmark (`node --import ./bench/cpu-probe.mjs …`): at exit, writes the main
 * thread's CPU time in ms to the file named by CCA_CPU_PROBE. The main thread is what a person waits
 * for; V8's compiler and collector threads run beside it on other cores.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.CCA_CPU_PROBE;
if (file && process.threadCpuUsage) {
  process.on('exit', () => {
    const { user, system } = process.threadCpuUsage();
    writeFileSync(file, String(Math.round((user + system) / 1000)));
  });
}
