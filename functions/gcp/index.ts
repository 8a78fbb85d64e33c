/** Cloud Run / Cloud Functions entry point: registers the HTTP function `analyze`. */

import { availableParallelism } from 'node:os';
import { http } from '@google-cloud/functions-framework';
import { createHandler } from '../../shared/http/index.js';
import { createServiceDeps } from '../../shared/http/service.js';
import { toHttpFunction } from './adapter.js';

// Cold start: a bad configuration throws here, naming the variable, and the instance never serves.
const deps = createServiceDeps(process.env, (line) => process.stdout.write(`${line}\n`), {
  workers: Math.min(availableParallelism(), 4),
});

http('analyze', toHttpFunction(createHandler(deps)));
