/**
 * Puts secrets (the OpenRouter key, API_KEYS) into the environment at cold start, read from SSM
 * SecureStrings whose NAMES (never values) the template passes in `<VARIABLE>_SSM_PARAMETER`. The call
 * goes through the AWS SDK v3 that the Lambda Node runtime ships (kept out of our bundle, so it costs
 * no package size), signed with the function role's credentials from the environment. Why the SDK and
 * not the Parameters and Secrets extension or Powertools: docs/deploy.md, "The OpenRouter key".
 */
import { createRequire } from 'node:module';
import { ConfigError } from '../../shared/errors.js';

/** The variables that may hold secrets, each read from the SSM parameter named by `<NAME>_SSM_PARAMETER`. */
export const SECRET_VARIABLES = ['OPENROUTER_API_KEY', 'API_KEYS'] as const;

export interface SecretOptions {
  /** Overrides the regional SSM endpoint; else AWS_ENDPOINT_URL_SSM, which the SDK also reads. */
  endpoint?: string | undefined;
  /** The whole call, retries included. */
  timeoutMs?: number;
}

/**
 * Fills each secret variable that is unset but names an SSM parameter, in one GetParameters call;
 * returns the variables it set. Throws ConfigError (naming variables, never values) on any failure.
 */
export async function loadSecrets(
  env: Record<string, string | undefined>,
  options: SecretOptions = {},
): Promise<string[]> {
  const wanted = new Map<string, string>(); // parameter name → variable
  for (const variable of SECRET_VARIABLES) {
    const parameter = env[`${variable}_SSM_PARAMETER`]?.trim();
    // A value already in the environment wins: local runs and tests never touch SSM.
    if (parameter && !env[variable]?.trim()) wanted.set(parameter, variable);
  }
  if (wanted.size === 0) return [];
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  // Lambda puts the role's credentials in the environment; taking them from `env` (not the SDK's
  // provider chain, which would go on to probe files and instance metadata) fails fast without them.
  if (!region || !accessKeyId || !secretAccessKey)
    throw configError('the AWS region or credentials are missing from the environment', {});

  const { GetParametersCommand, SSMClient } = runtimeSdk();
  const endpoint = options.endpoint ?? (env.AWS_ENDPOINT_URL_SSM || undefined);
  const client = new SSMClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    credentials: { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN },
    // One retry for a throttled or dropped call; the timeout below bounds the whole.
    maxAttempts: 2,
  });
  const values = new Map<string, string>();
  try {
    const out = await client.send(
      new GetParametersCommand({ Names: [...wanted.keys()], WithDecryption: true }),
      {
        abortSignal: AbortSignal.timeout(options.timeoutMs ?? 3000),
      },
    );
    for (const p of out.Parameters ?? [])
      if (p.Name && typeof p.Value === 'string') values.set(p.Name, p.Value);
  } catch (err) {
    throw answerError(err);
  } finally {
    client.destroy();
  }
  const set: string[] = [];
  for (const [parameter, variable] of wanted) {
    const value = values.get(parameter)?.trim();
    if (!value) throw configError('the parameter is missing or empty', { variable });
    env[variable] = value;
    set.push(variable);
  }
  return set;
}

/**
 * The SDK's SSM client, loaded only when a parameter is named (Cloud Run, the CLI and local runs never
 * load it). Through `require`, whose lookup honours NODE_PATH: that is where the Lambda runtime keeps
 * its SDK (/var/runtime/node_modules), outside the reach of an ES import from /var/task.
 */
function runtimeSdk(): typeof import('@aws-sdk/client-ssm') {
  return createRequire(import.meta.url)('@aws-sdk/client-ssm') as typeof import('@aws-sdk/client-ssm');
}

/** SSM's answer by its status and error type (AccessDeniedException…), which never hold a value. */
function answerError(err: unknown): ConfigError {
  const status = (err as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  if (typeof status !== 'number') return configError('SSM did not answer', {}, err);
  const type = err instanceof Error && /^[\w.#:-]{1,100}$/.test(err.name) ? err.name : '';
  return configError(`SSM answered ${status} ${type}`.trim(), { status }, err);
}

function configError(why: string, context: Record<string, string | number>, cause?: unknown): ConfigError {
  return new ConfigError('CONFIG_INVALID', `Cannot read secrets from SSM Parameter Store: ${why}.`, {
    cause,
    context,
  });
}
