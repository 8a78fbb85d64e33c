/**
 * The V8 flags the service runs with are the same on every deployment and in the benchmarks that
 * measure it "as deployed": a 4 MiB young generation for the main thread keeps a 200-page statement
 * under 200 MiB with one PDF worker (docs/load.md). A deployment that drops it runs out of that budget.
 */
import { describe, expect, it } from '@jest/globals';
import { DEPLOYED_NODE_FLAGS } from '../../scripts/serving/server.js';
import { repoText, repoYaml, repoYamlAll } from './support.js';

const FLAG = '--max-semi-space-size=4';

describe('the young-generation flag on every deployment', () => {
  it('is what the benchmark servers start with', () => {
    expect(DEPLOYED_NODE_FLAGS).toEqual([FLAG]);
  });

  it('is in NODE_OPTIONS for Cloud Run (env.yaml), Lambda (serverless.yml), Kubernetes and the image', () => {
    const cloudRun = repoYaml<Record<string, string>>('infra/gcloud/env.yaml').NODE_OPTIONS ?? '';
    const lambda =
      repoYaml<{ provider: { environment: Record<string, string> } }>('serverless.yml').provider.environment
        .NODE_OPTIONS ?? '';
    const configMap = repoYamlAll('infra/k8s/configmap.yaml')[0] as { data: Record<string, string> };
    const image = /^ENV [\s\S]*?NODE_OPTIONS=(\S+)/m.exec(repoText('infra/docker/Dockerfile'))?.[1] ?? '';
    for (const options of [cloudRun, lambda, configMap.data.NODE_OPTIONS ?? '', image])
      expect(options.split(/\s+/)).toContain(FLAG);
  });
});
