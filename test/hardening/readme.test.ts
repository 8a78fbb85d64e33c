/** The corpus README's table stays in step with the cases the suite runs. */
import { readFileSync } from 'node:fs';
import { hostileCases } from '../../scripts/hostile/index.js';

const readme = readFileSync(new URL('../../scripts/hostile/README.md', import.meta.url), 'utf8');

/** The table row of a case, as trimmed cells: case, group, how it is built, expected, why. */
function rowOf(id: string): string[] | undefined {
  const line = readme.split('\n').find((l) => new RegExp(`^\\|\\s*\`${id}\`\\s*\\|`).test(l));
  return line
    ?.split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('scripts/hostile/README.md', () => {
  test.each(hostileCases().map((c) => [c.id, c] as const))(
    'documents %s with its expected answers, how it is built and why',
    (id, c) => {
      const expected = rowOf(id)?.[3];
      expect(expected).toBeDefined();
      const listed = expected?.split(' or ') ?? [];
      expect(listed).toEqual(
        [c.expected, ...(c.alsoAccepted ?? [])].map((o) =>
          o.code ? `${o.status} \`${o.code}\`` : `${o.status}`,
        ),
      );
      // How it is built and why that answer is right, word for word as the suite states them.
      expect(rowOf(id)?.[2]).toBe(c.built);
      expect(rowOf(id)?.[4]).toBe(c.why);
    },
  );
});
