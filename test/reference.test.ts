// Differential suite: every recorded reference case, replayed against bin/ssm-assoc on the same
// scripted endpoint. stdout, exit code, stderr and the requests that reached the endpoint must
// match what AWS CLI v2 did (see scripts/record-reference.mjs), except documented deviations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCase } from './support/reference-run.mjs';
import { expectedOutcome, loadGroups, ourCommand, type Outcome } from './support/reference-fixtures.js';

const bin = path.resolve(import.meta.dirname, '..', 'bin', 'ssm-assoc');

for (const group of await loadGroups()) {
  describe(`reference: ${group.group}`, () => {
    for (const c of group.cases) {
      it(c.name, async () => {
        const actual = (await runCase({ command: [bin, ...ourCommand(c)], case: c })) as Outcome;
        const expected = expectedOutcome(c);
        expect(actual.stdout).toBe(expected.stdout);
        expect(actual.stderr).toBe(expected.stderr);
        expect(actual.exitCode).toBe(expected.exitCode);
        expect(actual.requests).toEqual(expected.requests);
      });
    }
  });
}
