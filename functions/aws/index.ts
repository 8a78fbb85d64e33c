/** AWS Lambda entry point (API Gateway REST/HTTP API, Function URL): `handler`. */
import { createHandler } from '../../shared/http/index.js';
import { createServiceDeps } from '../../shared/http/service.js';
import { toLambdaHandler } from './adapter.js';

// Cold start: a bad configuration throws here, naming the variable, and the function never serves.
const deps = createServiceDeps(process.env, (line) => process.stdout.write(`${line}\n`), {
  workers: 1, // Lambda sends an instance one request at a time
});

// Lambda freezes the environment between invocations, so idle-time warm-up would only run inside
// them, next to real work: do it during init instead (entirely hidden with provisioned concurrency),
// for at most 5 s of the 10 s init allowance.
await Promise.race([deps.warmedUp, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);

/** The Lambda handler. */
export const handler = toLambdaHandler(createHandler(deps));
