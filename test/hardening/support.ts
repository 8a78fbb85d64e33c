/**
 * What the hardening suite needs besides the colleagues' helpers: a local listener that counts
 * connections (where active content points), a watch on outgoing sockets and console output, and
 * the printed table of outcomes.
 */
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';

/** A TCP listener on 127.0.0.1 that counts (and drops) every connection it receives. */
export interface Trap {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

/** Starts the trap on a free port. */
export async function startTrap(): Promise<Trap> {
  let count = 0;
  const server: Server = createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/collect`,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type AnyFn = (...args: unknown[]) => unknown;
const nodeRequire = createRequire(import.meta.url);

/** While installed: every outgoing socket connect in this thread, and everything printed to the console. */
export interface SideEffects {
  readonly connects: string[];
  readonly printed: string[];
  restore(): void;
}

/**
 * Records socket connects (net.Socket#connect is what net.connect, http and undici all reach) and
 * console output. Connects are let through so a real attempt still reaches the trap and is counted.
 */
export function watchSideEffects(): SideEffects {
  const connects: string[] = [];
  const printed: string[] = [];
  const net = nodeRequire('node:net') as { Socket: { prototype: Record<string, unknown> } };
  const proto = net.Socket.prototype;
  const connect = proto.connect as AnyFn;
  proto.connect = function (this: unknown, ...args: unknown[]) {
    connects.push(JSON.stringify(args[0]) ?? typeof args[0]);
    return connect.apply(this, args);
  };
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => [m, console[m]] as const);
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    };
  }
  return {
    connects,
    printed,
    restore() {
      proto.connect = connect;
      for (const [m, fn] of saved) console[m] = fn;
    },
  };
}

/** One measured answer, for the table. */
export interface Row {
  id: string;
  expected: string;
  neutral?: string;
  lambda?: string;
}

/** `422 PDF_UNREADABLE` / `200`. */
export function outcomeText(status: number, code: string | null | undefined): string {
  return code ? `${status} ${code}` : String(status);
}

/** A fixed-width text table: case → expected → neutral handler → Lambda adapter. */
export function formatTable(rows: Row[]): string {
  const head: Row = {
    id: 'case',
    expected: 'expected',
    neutral: 'neutral handler',
    lambda: 'Lambda (HTTP API v2)',
  };
  const cells = [head, ...rows].map((r) => [r.id, r.expected, r.neutral ?? '-', r.lambda ?? '-']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((s, i) => s.padEnd(widths[i] ?? 0)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}
