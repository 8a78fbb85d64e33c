/**
 * The Lambda bundle's entry (dist/aws/index.mjs → `handler`). Before the real entry reads its
 * configuration at import, it fetches the secrets whose SSM parameter the template names (never their
 * values: see secrets.ts); then it re-exports index.ts's handler unchanged.
 */
import { loadSecrets } from './secrets.js';

await loadSecrets(process.env);

// Imported only now: index.ts parses process.env when it is evaluated.
const aws = await import('./index.js');

/** The Lambda handler (API Gateway HTTP API v2, REST v1 and Function URL events). */
export const handler = aws.handler;
