/** What a caller of the IAM Function URL needs, as documented and as the example policy grants it. */
import { repoText, repoYaml } from './support.js';

interface Statement {
  Effect: string;
  Action: string[];
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

const policy = JSON.parse(repoText('infra/serverless/invoke-url-policy.json')) as { Statement: Statement[] };
const service = repoYaml<{ service: string }>('serverless.yml').service;

describe('the Function URL invoke policy example', () => {
  it('grants both lambda:InvokeFunctionUrl and lambda:InvokeFunction (required together since October 2025)', () => {
    const actions = policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action);
    expect(actions.sort()).toEqual(['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl']);
  });

  it('names only the url function of one stage, and only for IAM-authenticated URL calls', () => {
    for (const s of policy.Statement) {
      expect(s.Resource).toMatch(
        new RegExp(`^arn:aws:lambda:REGION:ACCOUNT_ID:function:${service}-STAGE-url$`),
      );
      expect(s.Condition?.StringEquals?.['lambda:FunctionUrlAuthType']).toBe('AWS_IAM');
    }
  });

  it('is the policy docs/deploy.md tells callers to attach, naming both actions', () => {
    const docs = repoText('docs/deploy.md');
    expect(docs).toContain('infra/serverless/invoke-url-policy.json');
    expect(docs).toMatch(/both\*\* `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction`/);
  });
});
