/**
 * The Lambda bundle's secret loading: SigV4 against AWS's published example, and loadSecrets against
 * a fake SSM endpoint on 127.0.0.1 (real HTTP, real fetch).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { amzDate, signingKey, signRequest } from '../../infra/aws/sigv4.js';
import { loadSecrets, SECRET_VARIABLES } from '../../infra/aws/ssm.js';
import { ConfigError } from '../../shared/errors.js';

// AWS's documented SigV4 example (IAM ListUsers, 2015-08-30): its signing key and final signature.
const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const EXAMPLE_NOW = new Date('2015-08-30T12:36:00Z');

describe('SigV4 signing', () => {
  it('derives the signing key AWS documents for the example', () => {
    expect(signingKey(EXAMPLE_SECRET, '20150830', 'us-east-1', 'iam').toString('hex')).toBe(
      'c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9',
    );
  });

  it('produces the signature AWS documents for the ListUsers example', () => {
    const headers = signRequest(
      {
        method: 'GET',
        host: 'iam.amazonaws.com',
        path: '/',
        query: [
          ['Version', '2010-05-08'],
          ['Action', 'ListUsers'],
        ],
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
      },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: EXAMPLE_SECRET },
      { region: 'us-east-1', service: 'iam', now: EXAMPLE_NOW },
    );
    expect(headers['x-amz-date']).toBe(amzDate(EXAMPLE_NOW));
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
        'SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });

  it('signs the session token when the credentials carry one', () => {
    const headers = signRequest(
      { method: 'POST', host: 'ssm.eu-west-1.amazonaws.com', path: '/', headers: {}, body: '{}' },
      { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token-1' },
      { region: 'eu-west-1', service: 'ssm', now: EXAMPLE_NOW },
    );
    expect(headers['x-amz-security-token']).toBe('token-1');
    expect(headers.authorization).toContain('SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});

interface SeenRequest {
  headers: IncomingMessage['headers'];
  body: { Names?: string[]; WithDecryption?: boolean };
}

/** A fake SSM JSON endpoint: answers GetParameters from `store`, or with `failWith`. */
async function fakeSsm(store: Record<string, string>, failWith?: { status: number; type: string }) {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SeenRequest['body'];
      seen.push({ headers: req.headers, body });
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (failWith) {
        res.statusCode = failWith.status;
        res.end(JSON.stringify({ __type: failWith.type, message: 'no' }));
        return;
      }
      const names = body.Names ?? [];
      res.end(
        JSON.stringify({
          Parameters: names
            .filter((n) => n in store)
            .map((n) => ({ Name: n, Type: 'SecureString', Value: store[n] })),
          InvalidParameters: names.filter((n) => !(n in store)),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    endpoint: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const lambdaEnv = (extra: Record<string, string>): Record<string, string | undefined> => ({
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'ASIAFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_SESSION_TOKEN: 'fake-session',
  ...extra,
});

describe('loadSecrets', () => {
  const keyParam = '/credit-card-analyzer/test/openrouter-api-key';
  const apiKeysParam = '/credit-card-analyzer/test/api-keys';
  const deps = (endpoint: string) => ({ fetch, now: () => EXAMPLE_NOW, endpoint });

  it('fills both secret variables from one signed GetParameters call', async () => {
    const ssm = await fakeSsm({ [keyParam]: ' or-key-value \n', [apiKeysParam]: 'k1,k2' });
    try {
      const env = lambdaEnv({
        OPENROUTER_API_KEY_SSM_PARAMETER: keyParam,
        API_KEYS_SSM_PARAMETER: apiKeysParam,
      });
      const set = await loadSecrets(env, deps(ssm.endpoint));
      expect(set.sort()).toEqual([...SECRET_VARIABLES].sort());
      expect(env.OPENROUTER_API_KEY).toBe('or-key-value');
      expect(env.API_KEYS).toBe('k1,k2');
      expect(ssm.seen).toHaveLength(1);
      const [call] = ssm.seen;
      expect(call?.headers['x-amz-target']).toBe('AmazonSSM.GetParameters');
      expect(call?.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=ASIAFAKE\/20150830\/eu-west-1\/ssm\//,
      );
      expect(call?.headers['x-amz-security-token']).toBe('fake-session');
      expect(call?.body).toEqual({ Names: [keyParam, apiKeysParam], WithDecryption: true });
    } finally {
      await ssm.close();
    }
  });

  it('reads the endpoint from AWS_ENDPOINT_URL_SSM when none is passed', async () => {
    const ssm = await fakeSsm({ [keyParam]: 'from-env-endpoint' });
    try {
      const env = lambdaEnv({
        OPENROUTER_API_KEY_SSM_PARAMETER: keyParam,
        AWS_ENDPOINT_URL_SSM: ssm.endpoint,
      });
      await loadSecrets(env, { fetch, now: () => EXAMPLE_NOW });
      expect(env.OPENROUTER_API_KEY).toBe('from-env-endpoint');
    } finally {
      await ssm.close();
    }
  });

  it('calls nothing when no parameter is named or the value is already set', async () => {
    const ssm = await fakeSsm({ [keyParam]: 'unused' });
    try {
      const env = lambdaEnv({ OPENROUTER_API_KEY_SSM_PARAMETER: keyParam, OPENROUTER_API_KEY: 'local' });
      expect(await loadSecrets(env, deps(ssm.endpoint))).toEqual([]);
      expect(await loadSecrets(lambdaEnv({ API_KEYS_SSM_PARAMETER: '' }), deps(ssm.endpoint))).toEqual([]);
      expect(env.OPENROUTER_API_KEY).toBe('local');
      expect(ssm.seen).toHaveLength(0);
    } finally {
      await ssm.close();
    }
  });

  it('fails with CONFIG_INVALID naming the variable when the parameter does not exist', async () => {
    const ssm = await fakeSsm({});
    try {
      const env = lambdaEnv({ API_KEYS_SSM_PARAMETER: apiKeysParam });
      const err = await loadSecrets(env, deps(ssm.endpoint)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).code).toBe('CONFIG_INVALID');
      expect((err as ConfigError).context.variable).toBe('API_KEYS');
      expect(env.API_KEYS).toBeUndefined();
    } finally {
      await ssm.close();
    }
  });

  it('reports an access-denied answer by its type and status only', async () => {
    const ssm = await fakeSsm({}, { status: 400, type: 'AccessDeniedException' });
    try {
      const env = lambdaEnv({ OPENROUTER_API_KEY_SSM_PARAMETER: keyParam });
      const err = (await loadSecrets(env, deps(ssm.endpoint)).catch((e: unknown) => e)) as ConfigError;
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toContain('400 AccessDeniedException');
      expect(err.context.status).toBe(400);
    } finally {
      await ssm.close();
    }
  });

  it('fails fast when the Lambda credentials are missing', async () => {
    const env: Record<string, string | undefined> = {
      AWS_REGION: 'eu-west-1',
      OPENROUTER_API_KEY_SSM_PARAMETER: keyParam,
    };
    await expect(loadSecrets(env, deps('http://127.0.0.1:9/'))).rejects.toThrow(/credentials/);
  });
});
