/**
 * Every process group the kill test starts, so that whatever happens (a failed assertion, Ctrl-C, a
 * jest timeout) one call kills them all. The list is mirrored to a file for the shell script's trap.
 */
import { appendFileSync } from 'node:fs';
import { killGroup } from '../serving/server.js';

export class ProcessRegistry {
  private readonly groups = new Set<number>();

  /** `file`, when given, gets one process-group id per line as they are added. */
  constructor(private readonly file?: string) {}

  /** Remembers a process group (its leader's pid) to kill at the end. */
  add(pgid: number): void {
    this.groups.add(pgid);
    if (this.file) appendFileSync(this.file, `${pgid}\n`);
  }

  /** SIGKILLs every group still registered; safe to call more than once, and synchronous. */
  killAll(): void {
    for (const g of this.groups) killGroup(g, 'SIGKILL');
    this.groups.clear();
  }
}
