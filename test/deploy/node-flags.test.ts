/**
 * The V8 flags and C-library settings the service runs with are the same on every deployment and in
 * the benchmarks that measure it "as deployed" (scripts/serving/server.ts): a 4 MiB young generation
 * for the main thread, the old generation V8 itself picks on a 1 GiB instance (so a benchmark on a big
 * machine measures the heap production runs, not one that grows 4× between full collections), and two
 * malloc arenas (docs/load.md, "Memory as deployed"). A deployment that drops one runs another heap
 * than the one measured.
 */
import { describe, expect, it } from '@jest/globals';
import { DEPLOYED_ENV, DEPLOYED_NODE_FLAGS } from '../../scripts/serving/server.js';
import { repoText, repoYaml, repoYamlAll } from './support.js';

const OLD_SPACE = /^--max-old-space-size=(\d+)$/;

/** Each deployment's environment, as the platform would set it. */
function deployments(): Record<string, Record<string, string>> {
  const cloudRun = repoYaml<Record<string, string>>('infra/gcloud/env.yaml');
  const lambda = repoYaml<{ provider: { environment: Record<string, string> } }>('serverless.yml').provider
    .environment;
  const configMap = (repoYamlAll('infra/k8s/configmap.yaml')[0] as { data: Record<string, string> }).data;
  // The image's ENV instruction: `KEY=value` or `KEY="a b"` pairs joined by line continuations.
  const instruction = /^ENV ((?:.*\\\n)*.*)$/m.exec(repoText('infra/docker/Dockerfile'))?.[1] ?? '';
  const image: Record<string, string> = {};
  for (const m of instruction.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g))
    image[m[1] as string] = m[2] ?? m[3] ?? '';
  return { 'Cloud Run': cloudRun, Lambda: lambda, Kubernetes: configMap, image };
}

describe('the heap and malloc settings on every deployment', () => {
  it('are what the benchmark servers start with', () => {
    expect(DEPLOYED_NODE_FLAGS).toEqual(['--max-semi-space-size=4', '--max-old-space-size=512']);
    expect(DEPLOYED_ENV).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('reads the image ENV instruction whole (a parse that lost a variable would pass below)', () => {
    expect(Object.keys(deployments().image ?? {}).sort()).toEqual([
      'MALLOC_ARENA_MAX',
      'NODE_ENV',
      'NODE_OPTIONS',
      'PORT',
    ]);
  });

  it.each(Object.keys(deployments()))(
    '%s sets the flags in NODE_OPTIONS and the malloc variables',
    (name) => {
      const env = deployments()[name] ?? {};
      const options = (env.NODE_OPTIONS ?? '').split(/\s+/);
      for (const flag of DEPLOYED_NODE_FLAGS) {
        if (!OLD_SPACE.test(flag)) {
          expect(options).toContain(flag);
          continue;
        }
        // Kubernetes caps its pods at 512Mi and so sets a smaller old generation: never a larger one.
        const sizes = options.map((o) => OLD_SPACE.exec(o)?.[1]).filter((v) => v !== undefined);
        expect(sizes).toHaveLength(1);
        expect(Number(sizes[0])).toBeLessThanOrEqual(Number(OLD_SPACE.exec(flag)?.[1]));
      }
      for (const [k, v] of Object.entries(DEPLOYED_ENV)) expect(String(env[k])).toBe(v);
    },
  );
});
