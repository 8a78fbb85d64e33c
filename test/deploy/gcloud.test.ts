/**
 * Google Cloud: cloudbuild.yaml and infra/gcloud/deploy.sh run against a stand-in `gcloud` that prints
 * its arguments, so the very commands they would run are checked (and compared with each other and
 * with the Lambda settings); then the gcp build is served by the Functions Framework on 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AWS_EXTERNAL, NODE_TARGET } from '../../infra/build.js';
import { freePort } from '../../scripts/serving/server.js';
import { loadConfig } from '../../shared/config.js';
import { ROOT, repoText, repoYaml, run } from './support.js';

interface Step {
  id: string;
  name: string;
  entrypoint?: string;
  args: string[];
}
interface CloudBuild {
  timeout: string;
  substitutions: Record<string, string>;
  steps: Step[];
}

const cloudbuild = repoYaml<CloudBuild>('cloudbuild.yaml');
const lambdaParams =
  repoYaml<Record<string, Record<string, number | string>>>('infra/serverless/params.yml').default ?? {};
const serverless = repoYaml<{ provider: { runtime: string } }>('serverless.yml');
let shimDir: string;

beforeAll(() => {
  shimDir = mkdtempSync(join(tmpdir(), 'cca-gcloud-'));
  const shim = join(shimDir, 'gcloud');
  writeFileSync(shim, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
  chmodSync(shim, 0o755);
});
afterAll(() => rmSync(shimDir, { recursive: true, force: true }));

/** Cloud Build's substitution: `$_X`/`${_X}` from the table, `$$` → `$`; any other `$name` is an error there. */
function substitute(text: string, subs: Record<string, string>): string {
  return text.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (whole, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const key = braced ?? bare ?? '';
    if (!(key in subs))
      throw new Error(`Cloud Build would reject ${whole}: not a substitution (write $$ for bash)`);
    return subs[key] ?? '';
  });
}

/** Runs a bash script with the stand-in gcloud first on PATH; returns the arguments it received. */
async function gcloudArgs(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const res = await run('bash', args, { env: { PATH: `${shimDir}:${process.env.PATH ?? ''}`, ...env } });
  if (res.code !== 0) throw new Error(`script failed (${res.code}): ${res.stderr}`);
  return res.stdout.split('\n').filter((l) => l.length > 0);
}

/** `--flag value` pairs (and bare switches as `true`) of a `gcloud run deploy NAME …` argv. */
function flags(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 3; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out.set(a, next);
      i++;
    } else out.set(a, 'true');
  }
  return out;
}

const REQUIRED = [
  '--source',
  '--function',
  '--base-image',
  '--region',
  '--min-instances',
  '--max-instances',
  '--memory',
  '--cpu',
  '--concurrency',
  '--timeout',
  '--set-secrets',
  '--no-allow-unauthenticated',
];

const mebibytes = (v: string) => {
  const m = /^(\d+)(Gi|Mi)$/.exec(v);
  if (!m) throw new Error(`unexpected memory value ${v}`);
  return Number(m[1]) * (m[2] === 'Gi' ? 1024 : 1);
};

async function cloudBuildDeployArgs(subs: Record<string, string>): Promise<string[]> {
  const deploy = cloudbuild.steps.find((s) => s.id === 'deploy');
  const script = deploy?.args.at(-1) ?? '';
  return gcloudArgs(['-c', substitute(script, subs)]);
}

describe('cloudbuild.yaml', () => {
  it('installs, tests, then deploys, in that order', () => {
    expect(cloudbuild.steps.map((s) => s.id)).toEqual(['install', 'test', 'deploy']);
    expect(cloudbuild.steps[0]?.args.slice(0, 1)).toEqual(['ci']);
    expect(cloudbuild.steps[1]?.args).toEqual(['test']);
    expect(cloudbuild.steps[2]?.name).toContain('cloud-sdk');
  });

  it('gives the whole build longer than Cloud Build’s 600 s default', () => {
    // Install and the test suite alone have taken 13 minutes on a small machine.
    const seconds = Number(/^(\d+)s$/.exec(String(cloudbuild.timeout))?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1800);
    expect(seconds).toBeLessThanOrEqual(24 * 3600);
  });

  it('deploys a Node 24 Cloud Run function with every required flag from its substitutions', async () => {
    const argv = await cloudBuildDeployArgs(cloudbuild.substitutions);
    expect(argv.slice(0, 3)).toEqual(['run', 'deploy', cloudbuild.substitutions._SERVICE]);
    const f = flags(argv);
    for (const flag of REQUIRED) expect(f.has(flag)).toBe(true);
    expect(f.get('--source')).toBe('.');
    expect(f.get('--function')).toBe('analyze');
    expect(f.get('--base-image')).toBe('nodejs24');
    expect(f.get('--memory')).toBe(cloudbuild.substitutions._MEMORY);
    expect(f.get('--set-secrets')).toBe('OPENROUTER_API_KEY=openrouter-api-key:latest');
    expect(f.has('--allow-unauthenticated')).toBe(false);
    expect(f.has('--service-account')).toBe(false);
  });

  it('passes overridden substitutions through, including the optional ones', async () => {
    const subs = {
      ...cloudbuild.substitutions,
      _REGION: 'europe-west4',
      _MAX_INSTANCES: '25',
      _API_KEYS_SECRET: 'cca-api-keys',
      _SERVICE_ACCOUNT: 'cca-run@proj.iam.gserviceaccount.com',
    };
    const f = flags(await cloudBuildDeployArgs(subs));
    expect(f.get('--region')).toBe('europe-west4');
    expect(f.get('--max-instances')).toBe('25');
    expect(f.get('--set-secrets')).toBe(
      'OPENROUTER_API_KEY=openrouter-api-key:latest,API_KEYS=cca-api-keys:latest',
    );
    expect(f.get('--service-account')).toBe('cca-run@proj.iam.gserviceaccount.com');
  });

  it('agrees with the Lambda settings on memory, timeout and Node major version', () => {
    const s = cloudbuild.substitutions;
    expect(mebibytes(s._MEMORY ?? '')).toBe(lambdaParams.memorySize);
    // Cloud Run has no gateway limit, like the Function URL: same long timeout.
    expect(s._TIMEOUT).toBe(`${lambdaParams.urlTimeout}s`);
    expect(serverless.provider.runtime).toBe('nodejs24.x');
    // The bundles target the oldest Node we support, so they also load on production's 24.
    expect(NODE_TARGET).toBe('node22');
    expect(AWS_EXTERNAL).toContain('@napi-rs/canvas');
    expect(repoText('cloudbuild.yaml')).toContain('--base-image nodejs24');
    expect(cloudbuild.steps.slice(0, 2).map((s) => s.name)).toEqual(['node:24', 'node:24']);
  });
});

describe('infra/gcloud/deploy.sh', () => {
  it('runs the same gcloud command as Cloud Build with the defaults', async () => {
    const byHand = await gcloudArgs([join(ROOT, 'infra/gcloud/deploy.sh')]);
    const built = await cloudBuildDeployArgs(cloudbuild.substitutions);
    expect(byHand.slice(0, 3)).toEqual(built.slice(0, 3));
    expect(Object.fromEntries(flags(byHand))).toEqual(Object.fromEntries(flags(built)));
  });

  it('takes every setting from CCA_<substitution> variables', async () => {
    const env: Record<string, string> = {};
    for (const key of Object.keys(cloudbuild.substitutions)) env[`CCA${key}`] = `v-${key.toLowerCase()}`;
    env.CCA_MEMORY = '2Gi';
    const byHand = await gcloudArgs([join(ROOT, 'infra/gcloud/deploy.sh')], env);
    const built = await cloudBuildDeployArgs(
      Object.fromEntries(Object.keys(cloudbuild.substitutions).map((k) => [k, env[`CCA${k}`] ?? ''])),
    );
    expect(flags(byHand).get('--memory')).toBe('2Gi');
    expect(Object.fromEntries(flags(byHand))).toEqual(Object.fromEntries(flags(built)));
  });
});

describe('infra/gcloud/env.yaml and .gcloudignore', () => {
  it('holds only non-secret contract variables (and our PDF limits), as strings the service accepts', () => {
    const env = repoYaml<Record<string, unknown>>('infra/gcloud/env.yaml');
    const contract = [
      'OPENROUTER_BASE_URL',
      'OPENROUTER_MODELS',
      'OPENROUTER_ZDR',
      'MAX_UPLOAD_BYTES',
      'MAX_PAGES',
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'PDF_TIMEOUT_MS',
      'PDF_WORKERS',
      'GOOGLE_CLOUD_PROJECT',
      'NODE_OPTIONS',
      'MALLOC_ARENA_MAX',
    ];
    for (const [k, v] of Object.entries(env)) {
      expect(contract).toContain(k);
      expect(typeof v).toBe('string');
    }
    const config = loadConfig(env as Record<string, string>);
    expect(config.MAX_UPLOAD_BYTES).toBe(Number(env.MAX_UPLOAD_BYTES));
    expect(env).toHaveProperty('OPENROUTER_ZDR');
    expect(config.OPENROUTER_ZDR).toBe(env.OPENROUTER_ZDR === 'true');
    // One PDF worker per vCPU given to the service.
    expect(config.PDF_WORKERS).toBe(Number(cloudbuild.substitutions._CPU));
  });

  it('uploads sources and manifests but not node_modules, build output or tests', () => {
    const lines = repoText('.gcloudignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const ignored of ['node_modules/', 'dist/', '.serverless/', 'test/'])
      expect(lines).toContain(ignored);
    for (const kept of ['package.json', 'package-lock.json', 'shared/', 'functions/', 'tsconfig.json']) {
      expect(lines).not.toContain(kept);
    }
    expect(lines).toContain('!infra/build.ts');
  });
});

async function waitForHealth(url: string, child: ChildProcess): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the framework exited with ${child.exitCode}`);
    const res = await fetch(url).catch(() => null);
    if (res) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the framework did not start within 10 s');
}

describe('the Cloud Run build (npm run build:gcp)', () => {
  it('produces the module that the Functions Framework serves as target analyze', async () => {
    const build = await run('npm', ['run', '--silent', 'build:gcp']);
    expect(build.code).toBe(0);
    const check = await run(process.execPath, ['--check', 'dist/gcp/index.js']);
    expect(check.code).toBe(0);

    const port = await freePort();
    const framework = join(ROOT, 'node_modules/@google-cloud/functions-framework/build/src/main.js');
    const child = spawn(
      process.execPath,
      [framework, '--target=analyze', '--source=dist/gcp/index.js', '--signature-type=http'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: 'ignore' },
    );
    try {
      const res = await waitForHealth(`http://127.0.0.1:${port}/health`, child);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; version: string };
      expect(body.status).toBe('ok');
      // Baked in by the build: Cloud Run starts the framework without npm, so no npm_package_version.
      const pkg = JSON.parse(repoText('package.json')) as { version: string };
      expect(body.version).toBe(pkg.version);
    } finally {
      child.kill();
    }
  });
});
