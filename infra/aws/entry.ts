/**
 * The Lambda bundle's entry (dist/aws/index.mjs → `handler`). Before the real entry reads its
 * configuration at import, it fetches the secrets whose SSM parameter the template names (never their
 * values: see infra/aws/ssm.ts); then it re-exports functions/aws's handler unchanged.
 */
import { loadSecrets } from './ssm.js';

await loadSecrets(process.env, { fetch, now: () => new Date() });

// Imported only now: functions/aws/index.ts parses process.env when it is evaluated.
const aws = await import('../../functions/aws/index.js');

/** The Lambda handler (API Gateway HTTP API v2, REST v1 and Function URL events). */
export const handler = aws.handler;
