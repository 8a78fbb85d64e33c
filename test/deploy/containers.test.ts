/**
 * Containers and Kubernetes, checked without a Docker engine or a cluster: the Dockerfile is linted
 * and read instruction by instruction, compose and the manifests are parsed and their values checked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationSeverity, type ValidatorSettings, validate } from 'dockerfile-utils';
import { loadConfig } from '../../shared/config.js';
import { ROOT, repoText, repoYaml, repoYamlAll } from './support.js';

const dockerfile = repoText('infra/docker/Dockerfile');

/** Instructions with continuation lines joined and comments dropped (enough for this file's syntax). */
function parseInstructions(text: string): { keyword: string; args: string }[] {
  const logical = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n\s*/g, ' ');
  return logical
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => {
      const [keyword = '', ...rest] = l.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}
const instructions = parseInstructions(dockerfile);

// Every optional rule of the linter switched on.
const strict: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};

describe('infra/docker/Dockerfile', () => {
  it('passes the dockerfile-utils linter with no diagnostics', () => {
    expect(validate(dockerfile, strict).map((d) => d.message)).toEqual([]);
    // The same settings do flag problems: a second, lower-case CMD.
    expect(validate(`${dockerfile}\ncmd ["node"]\n`, strict).length).toBeGreaterThan(0);
  });

  it('builds in stages from node:24-slim and runs the last stage as a non-root user', () => {
    const froms = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^node:24-slim\b/);
    const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
    const runtime = instructions.slice(lastFrom);
    const user = runtime.find((i) => i.keyword === 'USER');
    expect(user?.args).toBeDefined();
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    // Nothing may run as root after the switch.
    const userAt = runtime.findIndex((i) => i.keyword === 'USER');
    expect(runtime.slice(userAt).some((i) => i.keyword === 'RUN')).toBe(false);
  });

  it('installs production dependencies only into the runtime image', () => {
    const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
    const runtimeCopies = instructions.slice(lastFrom).filter((i) => i.keyword === 'COPY');
    const nodeModulesFrom = runtimeCopies.find((i) => i.args.includes('node_modules'))?.args ?? '';
    const stage = /--from=(\S+)/.exec(nodeModulesFrom)?.[1] ?? '';
    const stageStart = instructions.findIndex((i) => i.keyword === 'FROM' && i.args.endsWith(` AS ${stage}`));
    expect(stageStart).toBeGreaterThanOrEqual(0);
    const installs = instructions
      .slice(stageStart + 1)
      .filter((i) => i.keyword === 'RUN')
      .map((i) => i.args);
    expect(installs[0]).toMatch(/npm ci\b.*--omit=dev/);
  });

  it('applies our pdf.js patch in the build stage, before the bundle inlines pdf.js, and ships no unpatched copy', () => {
    // npm ci --ignore-scripts skips the postinstall that runs patch-package: the build must run it itself.
    const stageOf = (name: string) => {
      const start = instructions.findIndex((i) => i.keyword === 'FROM' && i.args.endsWith(` AS ${name}`));
      const end = instructions.findIndex((i, at) => at > start && i.keyword === 'FROM');
      return instructions.slice(start + 1, end < 0 ? undefined : end);
    };
    const build = stageOf('build');
    const at = (test: (i: { keyword: string; args: string }) => boolean) => build.findIndex(test);
    const copiesPatches = at((i) => i.keyword === 'COPY' && /^patches\s/.test(i.args));
    const install = at((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    const patch = at((i) => i.keyword === 'RUN' && /\bpatch-package\b.*--error-on-fail/.test(i.args));
    const bundle = at((i) => i.keyword === 'RUN' && /\bbuild:gcp\b/.test(i.args));
    expect(copiesPatches).toBeGreaterThanOrEqual(0);
    expect([copiesPatches <= patch, install <= patch, patch < bundle, install >= 0]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // In one RUN, patch-package comes after the install it patches.
    const patchRun = build[patch]?.args ?? '';
    if (patch === install) expect(patchRun.indexOf('npm ci')).toBeLessThan(patchRun.indexOf('patch-package'));
    // The build context lets patches/ in.
    const ignore = repoText('infra/docker/Dockerfile.dockerignore').split('\n');
    expect(ignore.lastIndexOf('!patches')).toBeGreaterThan(ignore.lastIndexOf('**'));
    // Each patch fits the exact version the lock installs (patch-package would fail the build otherwise).
    const lock = JSON.parse(repoText('package-lock.json')) as {
      packages: Record<string, { version?: string }>;
    };
    const patches = readdirSync(join(ROOT, 'patches')).filter((f) => f.endsWith('.patch'));
    expect(patches.length).toBeGreaterThan(0);
    for (const file of patches) {
      const [, name, version] = /^(.+)\+([^+]+)\.patch$/.exec(file) ?? [];
      expect({ file, installed: lock.packages[`node_modules/${name}`]?.version }).toEqual({
        file,
        installed: version,
      });
    }
    // The runtime's node_modules/pdfjs-dist is the build stage's patched one, copied over the deps stage's.
    const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
    const runtime = instructions.slice(lastFrom);
    const deps = runtime.findIndex((i) => i.keyword === 'COPY' && /--from=deps\s.*node_modules/.test(i.args));
    const pdfjs = runtime.findIndex(
      (i) =>
        i.keyword === 'COPY' &&
        /^--from=build\s+\S*node_modules\/pdfjs-dist\s+\S*node_modules\/pdfjs-dist$/.test(i.args),
    );
    expect(deps).toBeGreaterThanOrEqual(0);
    expect(pdfjs).toBeGreaterThan(deps);
  });

  it('serves the Functions Framework target on PORT and probes /health', () => {
    const cmd = instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '';
    const argv = JSON.parse(cmd) as string[];
    expect(argv).toContain('--target=analyze');
    // The framework's own command line, directly or through start.js, which runs it after starting the workers.
    expect(argv.some((a) => a.includes('functions-framework') || a === 'dist/gcp/start.js')).toBe(true);
    expect(instructions.some((i) => i.keyword === 'ENV' && /\bPORT=8080\b/.test(i.args))).toBe(true);
    const health = instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('/health');
    expect(health).toContain('process.env.PORT');
  });
});

describe('infra/docker/compose.yaml', () => {
  it('takes the key from the environment and binds to loopback only', () => {
    const compose = repoYaml<{
      services: Record<string, { environment: Record<string, string>; ports: string[]; read_only: boolean }>;
    }>('infra/docker/compose.yaml');
    const svc = Object.values(compose.services)[0];
    expect(svc?.environment.OPENROUTER_API_KEY).toMatch(/^\$\{OPENROUTER_API_KEY(:-)?\}$/);
    for (const p of svc?.ports ?? []) expect(p).toMatch(/^127\.0\.0\.1:/);
    expect(svc?.read_only).toBe(true);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML; each test names the fields it reads.
type Manifest = any;
const docs: Manifest[] = ['deployment', 'service', 'hpa', 'pdb', 'configmap', 'networkpolicy'].flatMap((f) =>
  repoYamlAll(`infra/k8s/${f}.yaml`),
);
function byKind(kind: string): Manifest {
  const m = docs.find((d) => d.kind === kind);
  if (!m) throw new Error(`no ${kind} manifest`);
  return m;
}
const deployment = byKind('Deployment');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];

describe('infra/k8s', () => {
  it('leaves the replica count to the HPA and requests the resources', () => {
    // A `replicas` field would reset the HPA's count on every `kubectl apply`.
    expect(deployment.spec).not.toHaveProperty('replicas');
    expect(container.resources).toEqual({
      requests: { cpu: '250m', memory: '256Mi' },
      limits: { cpu: '500m', memory: '512Mi' },
    });
  });

  it('probes liveness and readiness on /health at the container port', () => {
    const port = container.ports[0];
    for (const probe of [container.livenessProbe, container.readinessProbe]) {
      expect(probe.httpGet.path).toBe('/health');
      expect([port.name, port.containerPort]).toContain(probe.httpGet.port);
    }
  });

  it('reads the OpenRouter key from a Secret, never a literal', () => {
    const key = container.env.find((e: { name: string }) => e.name === 'OPENROUTER_API_KEY');
    expect(key.value).toBeUndefined();
    expect(key.valueFrom.secretKeyRef.name).toBeTruthy();
    const secrets = JSON.stringify(docs);
    expect(secrets).not.toMatch(/sk-or-/);
  });

  it('locks the container down: non-root, read-only root, no escalation, no capabilities', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(container.securityContext.capabilities.drop).toEqual(['ALL']);
    // Nothing writes to disk, so no writable volume is mounted.
    expect(container.volumeMounts ?? []).toEqual([]);
  });

  it('spreads pods across zones', () => {
    const zones = pod.topologySpreadConstraints.find(
      (c: { topologyKey: string }) => c.topologyKey === 'topology.kubernetes.io/zone',
    );
    expect(zones.maxSkew).toBe(1);
    expect(zones.labelSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });

  it('autoscales the Deployment from 2 to 10 replicas at 70% CPU', () => {
    const hpa = byKind('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBe(2);
    expect(hpa.spec.maxReplicas).toBe(10);
    expect(hpa.spec.metrics[0].resource).toEqual({
      name: 'cpu',
      target: { type: 'Utilization', averageUtilization: 70 },
    });
  });

  it('selects the Deployment’s pods from the Service and the disruption budget', () => {
    const service = byKind('Service');
    const pdb = byKind('PodDisruptionBudget');
    const labels = deployment.spec.template.metadata.labels;
    expect(service.spec.selector).toEqual(labels);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
    expect(pdb.spec.selector.matchLabels).toEqual(labels);
    expect(pdb.spec.maxUnavailable ?? pdb.spec.minAvailable).toBeDefined();
  });

  it('configures only contract variables (plus NODE_OPTIONS and our PDF limits) with values the service accepts', () => {
    const data = byKind('ConfigMap').data as Record<string, string>;
    const allowed = [
      'OPENROUTER_MODELS',
      'OPENROUTER_ZDR',
      'MAX_UPLOAD_BYTES',
      'MAX_PAGES',
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'NODE_OPTIONS',
      'MALLOC_ARENA_MAX',
      'PDF_TIMEOUT_MS',
      'PDF_WORKERS',
    ];
    for (const k of Object.keys(data)) expect(allowed).toContain(k);
    expect(loadConfig(data).MAX_UPLOAD_BYTES).toBe(Number(data.MAX_UPLOAD_BYTES));
    expect(loadConfig(data).OPENROUTER_ZDR).toBe(data.OPENROUTER_ZDR === 'true');
    expect(data).toHaveProperty('OPENROUTER_ZDR');
    // Half a core per pod: one PDF worker thread.
    expect(loadConfig(data).PDF_WORKERS).toBe(1);
    expect(container.envFrom[0].configMapRef.name).toBe(byKind('ConfigMap').metadata.name);
  });

  it('lists every manifest in the kustomization', () => {
    const k = repoYaml<{ resources: string[] }>('infra/k8s/kustomization.yaml');
    expect(k.resources.sort()).toEqual([
      'configmap.yaml',
      'deployment.yaml',
      'hpa.yaml',
      'networkpolicy.yaml',
      'pdb.yaml',
      'service.yaml',
    ]);
  });

  it('lets in only HTTP to the container port, and out only DNS and HTTPS to public addresses', () => {
    const policy = byKind('NetworkPolicy');
    expect(policy.spec.podSelector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(policy.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    const ingressPorts = policy.spec.ingress.flatMap((r: Manifest) => r.ports);
    expect(ingressPorts).toEqual([{ protocol: 'TCP', port: container.ports[0].containerPort }]);
    const egress = policy.spec.egress as Manifest[];
    const dns = egress.find((r) => !r.to);
    expect(dns.ports.map((p: Manifest) => p.port)).toEqual([53, 53]);
    const https = egress.find((r) => r.to);
    expect(https.ports).toEqual([{ protocol: 'TCP', port: 443 }]);
    expect(https.to[0].ipBlock.except).toEqual(
      expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16']),
    );
  });
});
