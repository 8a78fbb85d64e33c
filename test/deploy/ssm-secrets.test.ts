/**
 * The Lambda bundle's secret loading: loadSecrets, through the AWS SDK the runtime ships, against a
 * fake SSM endpoint on 127.0.0.1 (real HTTP, the SDK's real signing and JSON protocol).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSecrets, SECRET_VARIABLES } from '../../functions/aws/secrets.js';
import { ConfigError } from '../../shared/errors.js';

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
  const deps = (endpoint: string) => ({ endpoint });

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
        /^AWS4-HMAC-SHA256 Credential=ASIAFAKE\/\d{8}\/eu-west-1\/ssm\//,
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
      await loadSecrets(env);
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

  it('fails with CONFIG_INVALID, saying SSM did not answer, when nothing listens at the endpoint', async () => {
    const ssm = await fakeSsm({});
    await ssm.close();
    const env = lambdaEnv({ OPENROUTER_API_KEY_SSM_PARAMETER: keyParam });
    const err = (await loadSecrets(env, deps(ssm.endpoint)).catch((e: unknown) => e)) as ConfigError;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('SSM did not answer');
    expect(env.OPENROUTER_API_KEY).toBeUndefined();
  });

  it('fails fast when the Lambda credentials are missing', async () => {
    const env: Record<string, string | undefined> = {
      AWS_REGION: 'eu-west-1',
      OPENROUTER_API_KEY_SSM_PARAMETER: keyParam,
    };
    await expect(loadSecrets(env, deps('http://127.0.0.1:9/'))).rejects.toThrow(/credentials/);
  });
});
