/**
 * `npm run package:aws` offline (no AWS identity), then checks what CloudFormation would receive and
 * runs the packaged zip's handler, unpacked outside the repository, on a real generated statement.
 */
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateStatement } from '../../scripts/statements/index.js';
import { loadConfig } from '../../shared/config.js';
import { offlineEnv, ROOT, readZip, repoText, repoYaml, run } from './support.js';

/** The zipped Lambda artifact may not exceed this (docs/deploy.md, "Bundle budget"). */
const ZIP_BUDGET_BYTES = 5 * 1024 * 1024;
const STAGE = 'dev';

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: unknown };
type Template = { Resources: Record<string, Resource>; Outputs: Record<string, unknown> };
type Params = Record<string, Record<string, string | number>>;

const canaries = {
  OPENROUTER_API_KEY: `sk-or-v1-canary${randomBytes(8).toString('hex')}`,
  API_KEYS: `apikey-canary${randomBytes(8).toString('hex')}`,
};
let template: Template;
let zip: Buffer;
let entries: Map<string, Buffer>;
let unpacked: string;
/** Stands in for the runtime's /var/runtime/node_modules (on Lambda's NODE_PATH): the SDK alone. */
let runtimeModules: string;
let params: Record<string, string | number>;

beforeAll(async () => {
  // Secrets sit in the packaging environment on purpose: none may reach the template or the zip.
  const res = await run('npm', ['run', '--silent', 'package:aws', '--', '--stage', STAGE], {
    env: offlineEnv(canaries),
    timeoutMs: 180_000,
  });
  if (res.code !== 0) throw new Error(`package:aws failed (${res.code}):\n${res.stdout}\n${res.stderr}`);
  template = JSON.parse(repoText('.serverless/cloudformation-template-update-stack.json')) as Template;
  zip = readFileSync(join(ROOT, '.serverless/credit-card-analyzer.zip'));
  entries = readZip(zip);
  unpacked = mkdtempSync(join(tmpdir(), 'cca-lambda-'));
  for (const [name, data] of entries) {
    const target = join(unpacked, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  // The bundle leaves out the AWS SDK the runtime ships: lay out the one client it uses, as Lambda
  // does, reachable through NODE_PATH only (its own dependencies resolve from its real location).
  runtimeModules = join(mkdtempSync(join(tmpdir(), 'cca-runtime-')), 'node_modules');
  mkdirSync(join(runtimeModules, '@aws-sdk'), { recursive: true });
  symlinkSync(
    join(ROOT, 'node_modules/@aws-sdk/client-ssm'),
    join(runtimeModules, '@aws-sdk/client-ssm'),
    'dir',
  );
  const all = repoYaml<Params>('infra/serverless/params.yml');
  params = { ...all.default, ...all[STAGE] };
}, 240_000);

afterAll(() => {
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  if (runtimeModules) rmSync(dirname(runtimeModules), { recursive: true, force: true });
});

const resourcesOf = (type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type);
const fn = (logicalId: string) => {
  const r = template.Resources[logicalId];
  if (!r) throw new Error(`no ${logicalId} in the template`);
  return r.Properties as {
    Runtime: string;
    Architectures: string[];
    MemorySize: number;
    Timeout: number;
    Handler: string;
    ReservedConcurrentExecutions: number;
    Environment: { Variables: Record<string, string> };
  };
};

describe('the packaged CloudFormation template', () => {
  it('declares two Node 24 arm64 functions with the stage memory and the same bundle', () => {
    const functions = resourcesOf('AWS::Lambda::Function').map(([id]) => id);
    expect(functions.sort()).toEqual(['ApiLambdaFunction', 'UrlLambdaFunction']);
    for (const id of functions) {
      const p = fn(id);
      expect(p.Runtime).toBe('nodejs24.x');
      expect(p.Architectures).toEqual(['arm64']);
      expect(p.MemorySize).toBe(params.memorySize);
      expect(p.Handler).toBe('dist/aws/index.handler');
      expect(entries.has(`${p.Handler.replace(/\.handler$/, '')}.mjs`)).toBe(true);
    }
  });

  it('keeps the HTTP API function within API Gateway’s 30 s and gives the URL function longer', () => {
    expect(fn('ApiLambdaFunction').Timeout).toBe(params.apiTimeout);
    expect(fn('ApiLambdaFunction').Timeout).toBeLessThan(30);
    expect(fn('UrlLambdaFunction').Timeout).toBe(params.urlTimeout);
    expect(fn('UrlLambdaFunction').Timeout).toBeGreaterThan(fn('ApiLambdaFunction').Timeout);
  });

  it('caps instances with reserved concurrency and adds no provisioned alias when min is 0', () => {
    expect(fn('ApiLambdaFunction').ReservedConcurrentExecutions).toBe(params.apiReservedConcurrency);
    expect(fn('UrlLambdaFunction').ReservedConcurrentExecutions).toBe(params.urlReservedConcurrency);
    expect(params.apiProvisionedConcurrency).toBe(0);
    expect(resourcesOf('AWS::Lambda::Alias')).toHaveLength(0);
  });

  it('routes exactly the contract’s endpoints through the HTTP API, throttled', () => {
    const routes = resourcesOf('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
    expect(routes.sort()).toEqual(['GET /', 'GET /health', 'OPTIONS /analyze', 'POST /', 'POST /analyze']);
    const stage = template.Resources.HttpApiStage?.Properties as {
      DefaultRouteSettings: Record<string, number>;
    };
    expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBe(params.throttleRateLimit);
    expect(stage.DefaultRouteSettings.ThrottlingBurstLimit).toBe(params.throttleBurstLimit);
  });

  it('serves the Function URL with AWS_IAM auth and grants no public invoke', () => {
    const urls = resourcesOf('AWS::Lambda::Url');
    expect(urls).toHaveLength(1);
    expect(urls[0]?.[1].Properties.AuthType).toBe('AWS_IAM');
    const publicGrants = resourcesOf('AWS::Lambda::Permission').filter(
      ([, r]) => r.Properties.Principal === '*',
    );
    expect(publicGrants).toHaveLength(0);
  });

  it('keeps logs for the stage’s retention', () => {
    const groups = resourcesOf('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const [, g] of groups) expect(g.Properties.RetentionInDays).toBe(params.logRetentionInDays);
  });

  it('lets the role read only this stage’s SSM parameters', () => {
    const role = JSON.stringify(template.Resources.IamRoleLambdaExecution);
    expect(role).toContain('ssm:GetParameters');
    expect(role).toContain(`:parameter/credit-card-analyzer/${STAGE}/*`);
    expect(role).not.toMatch(/"ssm:\*"|"Resource":"\*"/);
    expect(String(params.openRouterKeyParameter)).toMatch(/^\/credit-card-analyzer\/\$\{sls:stage\}\//);
  });

  it('sets a valid contract configuration, with secrets by SSM name only', () => {
    for (const id of ['ApiLambdaFunction', 'UrlLambdaFunction']) {
      const vars = fn(id).Environment.Variables;
      expect(vars.OPENROUTER_API_KEY).toBeUndefined();
      expect(vars.API_KEYS).toBeUndefined();
      expect(vars.OPENROUTER_API_KEY_SSM_PARAMETER).toBe(`/credit-card-analyzer/${STAGE}/openrouter-api-key`);
      // API keys guard the HTTP API; the IAM-authenticated Function URL needs none.
      expect(vars.API_KEYS_SSM_PARAMETER).toBe(
        id === 'ApiLambdaFunction' ? `/credit-card-analyzer/${STAGE}/api-keys` : '',
      );
      for (const name of [
        'OPENROUTER_MODELS',
        'OPENROUTER_ZDR',
        'MAX_UPLOAD_BYTES',
        'MAX_PAGES',
        'CORS_ORIGINS',
        'LOG_LEVEL',
      ]) {
        expect(vars).toHaveProperty(name);
      }
      // The very values Lambda would get must pass the service's own configuration parser.
      const config = loadConfig({ ...vars, OPENROUTER_API_KEY: 'resolved-at-cold-start' });
      expect(config.MAX_UPLOAD_BYTES).toBe(params.maxUploadBytes);
      expect(config.LOG_LEVEL).toBe(params.logLevel);
      expect(config.OPENROUTER_ZDR).toBe(params.openRouterZdr === 'true');
    }
  });

  it('contains no secret from the packaging environment, in the template or the zip', () => {
    const files = readdirSync(join(ROOT, '.serverless')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const secret of Object.values(canaries)) {
      for (const f of files) expect(repoText(`.serverless/${f}`)).not.toContain(secret);
      for (const [, data] of entries) expect(data.includes(secret)).toBe(false);
    }
  });
});

describe('the packaged zip', () => {
  it('stays under the size budget and ships only the bundle, its map, our extraction worker and the pdf.js worker', () => {
    expect(zip.length).toBeLessThan(ZIP_BUDGET_BYTES);
    expect([...entries.keys()].sort()).toEqual([
      'dist/aws/index.mjs',
      'dist/aws/index.mjs.map',
      'dist/aws/pdf.worker.mjs',
      'dist/aws/worker.mjs',
    ]);
    const bundle = entries.get('dist/aws/index.mjs')?.toString('utf8') ?? '';
    // No AWS SDK inside (the runtime's SSM client is required by name, its code and endpoint rules
    // are not inlined), and the native canvas stays a run-time require that may fail harmlessly.
    expect(bundle.match(/@aws-sdk\/[\w-]+/g) ?? []).toEqual(['@aws-sdk/client-ssm']);
    expect(bundle).not.toContain('@smithy/');
    expect(bundle).not.toContain('ssm-fips');
    expect(bundle).not.toContain('canvas.linux-');
    process.stdout.write(`lambda zip: ${(zip.length / 1024).toFixed(0)} KiB\n`);
  });
});

/**
 * Invokes the unpacked handler in a fresh Node process with `event`: no node_modules in reach, only
 * the runtime's SDK on NODE_PATH, as on Lambda.
 */
async function invoke(event: unknown, env: Record<string, string> = {}) {
  const eventFile = join(unpacked, `event-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const script = [
    "import { readFileSync } from 'node:fs';",
    "const { handler } = await import('./dist/aws/index.mjs');",
    `const event = JSON.parse(readFileSync(${JSON.stringify(eventFile)}, 'utf8'));`,
    "const context = { awsRequestId: 'req-deploy-test', getRemainingTimeInMillis: () => 29000 };",
    'const out = await handler(event, context);',
    "process.stdout.write('\\n@@RESULT@@' + JSON.stringify(out));",
  ].join('\n');
  const res = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: unpacked,
    env: { PATH: process.env.PATH ?? '', NODE_PATH: runtimeModules, AWS_REGION: 'us-east-1', ...env },
    timeoutMs: 60_000,
  });
  const marker = res.stdout.lastIndexOf('@@RESULT@@');
  if (res.code !== 0 || marker < 0) throw new Error(`handler run failed (${res.code}):\n${res.stderr}`);
  return JSON.parse(res.stdout.slice(marker + '@@RESULT@@'.length)) as {
    statusCode: number;
    body: string;
    headers: Record<string, string>;
  };
}

const sampleEvent = (file: string) =>
  JSON.parse(repoText(`test/http/events/${file}`)) as Record<string, unknown> & {
    requestContext: { http: Record<string, string>; stage: string };
  };

describe('the packaged handler, run from the unpacked zip', () => {
  it('analyses a real statement PDF posted through the HTTP API', async () => {
    const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 11 });
    const event = sampleEvent('apigw-http-v2.json');
    Object.assign(event, {
      routeKey: 'POST /analyze',
      rawPath: '/analyze',
      rawQueryString: 'mode=local',
      headers: { 'content-type': 'application/pdf' },
      body: pdf.toString('base64'),
      isBase64Encoded: true,
    });
    event.requestContext.http = { ...event.requestContext.http, method: 'POST', path: '/analyze' };
    event.requestContext.stage = '$default';

    const out = await invoke(event);
    expect([out.statusCode, out.statusCode === 200 ? '' : out.body]).toEqual([200, '']);
    const analysis = JSON.parse(out.body) as {
      statement: { newBalance: number | null };
      transactions: unknown[];
      checks: { reconciled: boolean };
      meta: { pages: number };
    };
    expect(analysis.transactions).toHaveLength(expected.transactions.length);
    expect(analysis.statement.newBalance).toBe(expected.newBalance);
    expect(analysis.checks.reconciled).toBe(true);
    expect(analysis.meta.pages).toBeGreaterThanOrEqual(1);
  });

  it('reads the OpenRouter key named in the template from SSM before serving', async () => {
    const parameter = `/credit-card-analyzer/${STAGE}/openrouter-api-key`;
    let calls = 0;
    const server: Server = createServer((req, res) => {
      calls++;
      const signed = String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ');
      res.statusCode = signed ? 200 : 403;
      res.end(JSON.stringify({ Parameters: [{ Name: parameter, Value: 'sk-or-v1-from-ssm' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const event = sampleEvent('function-url.json');
      Object.assign(event, { rawPath: '/health', rawQueryString: '', body: null });
      event.requestContext.http = { ...event.requestContext.http, method: 'GET', path: '/health' };
      const templateEnv = fn('UrlLambdaFunction').Environment.Variables;
      const out = await invoke(event, {
        ...templateEnv,
        AWS_ACCESS_KEY_ID: 'ASIAFAKEFORTEST',
        AWS_SECRET_ACCESS_KEY: 'fake',
        AWS_SESSION_TOKEN: 'fake-token',
        AWS_ENDPOINT_URL_SSM: `http://127.0.0.1:${port}/`,
      });
      expect(out.statusCode).toBe(200);
      const health = JSON.parse(out.body) as {
        status: string;
        version: string;
        llm: { configured: boolean };
      };
      expect(health.status).toBe('ok');
      expect(health.llm.configured).toBe(true);
      expect(health.version).toBe(templateEnv.APP_VERSION);
      expect(calls).toBe(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
