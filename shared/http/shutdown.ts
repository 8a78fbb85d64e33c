/**
 * Graceful shutdown of a Node HTTP server (SIGTERM from Cloud Run or Kubernetes, Ctrl-C locally):
 * stop accepting connections, let the requests in flight finish within the grace period, then close
 * the remaining connections and the instance's resources (the PDF workers).
 */
import type { Server } from 'node:http';
import type { Logger } from '../log.js';
import type { Lifecycle } from './lifecycle.js';

/** Drains `server`; resolves with the exit code (1 when requests were still in flight at the end). */
export async function shutdown(
  server: Server,
  deps: { lifecycle: Lifecycle; graceMs: number; close: () => Promise<void>; logger: Logger },
  signal: string,
): Promise<number> {
  const inFlight = deps.lifecycle.inFlight();
  deps.logger.info('shutting down', { signal, inFlight, graceMs: deps.graceMs });
  // No new connections; idle kept-alive ones are closed now, busy ones after their answer
  // (the handler sends `Connection: close` while draining).
  server.close();
  const { left } = await deps.lifecycle.drain(deps.graceMs);
  // Answers written just now still have to leave: close the connections on the next turn.
  await new Promise((resolve) => setImmediate(resolve));
  server.closeAllConnections();
  await deps.close();
  deps.logger.info('shut down', { signal, finished: inFlight - left, abandoned: left });
  return left > 0 ? 1 : 0;
}
