/** Registers the HTTP function `analyze` with the Functions Framework, on the service's dependencies. */

import { availableParallelism } from 'node:os';
import { http } from '@google-cloud/functions-framework';
import { createHandler } from '../../shared/http/index.js';
import { createServiceDeps, type StartedPool } from '../../shared/http/service.js';
import { shutdown } from '../../shared/http/shutdown.js';
import { toHttpFunction } from './adapter.js';
import { drainOnSignals, keepBodiesRaw, onNextServer } from './server.js';

/** Builds the service (`started`: the pool early.ts started, or null) and registers it as `analyze`. */
export function registerAnalyze(started: StartedPool | null): void {
  // Cold start: a bad configuration throws here, naming the variable, and the instance never serves.
  const deps = createServiceDeps(process.env, (line) => process.stdout.write(`${line}\n`), {
    workers: Math.min(availableParallelism(), 4),
    started,
  });

  // The framework creates its server after loading this module: bodies stay raw for our handler,
  // and SIGTERM drains instead of exiting mid-request.
  onNextServer((server) => {
    keepBodiesRaw(server);
    drainOnSignals(server, (signal) => {
      const grace = { graceMs: deps.config.SHUTDOWN_GRACE_MS, lifecycle: deps.lifecycle };
      void shutdown(server, { ...grace, close: deps.close, logger: deps.logger }, signal).then((code) =>
        process.exit(code),
      );
    });
    server.once('listening', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : address;
      deps.logger.info('listening', { url: `http://localhost:${port}/` });
    });
  });

  // Cloud Run keeps the instance running after an answer: each request's log line follows it.
  http('analyze', toHttpFunction(createHandler({ ...deps, afterResponse: setImmediate })));
}
