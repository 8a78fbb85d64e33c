/**
 * Puts secrets (the OpenRouter key, API_KEYS) into the environment at cold start, read from SSM
 * SecureStrings whose NAMES (never values) the template passes in `<VARIABLE>_SSM_PARAMETER`. Uses the
 * function role's credentials that Lambda sets in the environment; signs the one call itself (sigv4.ts).
 */
import { ConfigError } from '../../shared/errors.js';
import { type Credentials, signRequest } from './sigv4.js';

/** The variables that may hold secrets, each read from the SSM parameter named by `<NAME>_SSM_PARAMETER`. */
export const SECRET_VARIABLES = ['OPENROUTER_API_KEY', 'API_KEYS'] as const;

export interface SecretDeps {
  fetch: typeof fetch;
  now: () => Date;
  /** Overrides `https://ssm.<region>.amazonaws.com/`; else AWS_ENDPOINT_URL_SSM, the SDK's own variable. */
  endpoint?: string | undefined;
  timeoutMs?: number;
}

/**
 * Fills each secret variable that is unset but names an SSM parameter, in one GetParameters call;
 * returns the variables it set. Throws ConfigError (naming variables, never values) on any failure.
 */
export async function loadSecrets(
  env: Record<string, string | undefined>,
  deps: SecretDeps,
): Promise<string[]> {
  const wanted = new Map<string, string>(); // parameter name → variable
  for (const variable of SECRET_VARIABLES) {
    const parameter = env[`${variable}_SSM_PARAMETER`]?.trim();
    // A value already in the environment wins: local runs and tests never touch SSM.
    if (parameter && !env[variable]?.trim()) wanted.set(parameter, variable);
  }
  if (wanted.size === 0) return [];
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const creds = credentialsFrom(env);
  if (!region || !creds)
    throw configError('the AWS region or credentials are missing from the environment', {});

  const endpoint = deps.endpoint ?? (env.AWS_ENDPOINT_URL_SSM || undefined);
  const values = await getParameters([...wanted.keys()], region, creds, { ...deps, endpoint });
  const set: string[] = [];
  for (const [parameter, variable] of wanted) {
    const value = values.get(parameter)?.trim();
    if (!value) throw configError('the parameter is missing or empty', { variable });
    env[variable] = value;
    set.push(variable);
  }
  return set;
}

/** Reads parameters with decryption (SSM's JSON 1.1 protocol); absent ones are absent from the map. */
export async function getParameters(
  names: string[],
  region: string,
  creds: Credentials,
  deps: SecretDeps,
): Promise<Map<string, string>> {
  const url = new URL(deps.endpoint ?? `https://ssm.${region}.amazonaws.com/`);
  const body = JSON.stringify({ Names: names, WithDecryption: true });
  const headers = signRequest(
    {
      method: 'POST',
      host: url.host,
      path: url.pathname || '/',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameters' },
      body,
    },
    creds,
    { region, service: 'ssm', now: deps.now() },
  );
  // fetch computes `host` itself and refuses it as a header.
  const { host: _host, ...sendHeaders } = headers;
  let res: Response;
  try {
    res = await deps.fetch(url, {
      method: 'POST',
      headers: sendHeaders,
      body,
      signal: AbortSignal.timeout(deps.timeoutMs ?? 3000),
    });
  } catch (err) {
    throw configError('SSM did not answer', {}, err);
  }
  const text = await res.text();
  if (!res.ok) {
    // SSM's error body names the error type (AccessDeniedException…); it never holds a value.
    throw configError(`SSM answered ${res.status} ${safeErrorType(text)}`.trim(), { status: res.status });
  }
  const parsed = JSON.parse(text) as { Parameters?: { Name?: unknown; Value?: unknown }[] };
  const out = new Map<string, string>();
  for (const p of parsed.Parameters ?? []) {
    if (typeof p.Name === 'string' && typeof p.Value === 'string') out.set(p.Name, p.Value);
  }
  return out;
}

function credentialsFrom(env: Record<string, string | undefined>): Credentials | null {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return null;
  return { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN };
}

function safeErrorType(text: string): string {
  try {
    const type = String((JSON.parse(text) as { __type?: unknown }).__type ?? '');
    return /^[\w.#:-]{1,100}$/.test(type) ? type : '';
  } catch {
    return '';
  }
}

function configError(why: string, context: Record<string, string | number>, cause?: unknown): ConfigError {
  return new ConfigError('CONFIG_INVALID', `Cannot read secrets from SSM Parameter Store: ${why}.`, {
    cause,
    context,
  });
}
