/** AWS Lambda entry point (API Gateway REST/HTTP API, Function URL): `handler`. */
import { createHandler } from '../../shared/http/index.js';
import { createServiceDeps } from '../../shared/http/service.js';
import { toLambdaHandler } from './adapter.js';

// Cold start: a bad configuration throws here, naming the variable, and the function never serves.
const deps = createServiceDeps(process.env, (line) => process.stdout.write(`${line}\n`), {
  workers: 1, // Lambda sends an instance one request at a time
});

/** The Lambda handler. */
export const handler = toLambdaHandler(createHandler(deps));
