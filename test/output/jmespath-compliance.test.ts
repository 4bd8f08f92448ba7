// The official JMESPath compliance suite (test/fixtures/jmespath-compliance, benchmarks.json
// aside) against our engine: results must equal the suite's as Python's test runner compares
// them (1 == 1.0), and `error` cases must raise an error of the suite's category. The
// reference passes all 892 cases, so must we.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, search, JmespathError } from '../../src/output/jmespath/index.js';
import { unboxFloats } from '../../src/output/query.js';

interface ComplianceCase {
  expression: string;
  result?: unknown;
  error?: string;
}

const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'jmespath-compliance');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'benchmarks.json')
  .sort();

let total = 0;

function run(expression: string, given: unknown): unknown {
  return search(compile(expression), given);
}

/** The error category of evaluating, or undefined when it succeeds. */
function errorCategory(expression: string, given: unknown): string | undefined {
  try {
    run(expression, given);
    return undefined;
  } catch (e) {
    if (e instanceof JmespathError) return e.category;
    throw e;
  }
}

for (const file of files) {
  const groups = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
    given: unknown;
    cases: ComplianceCase[];
  }[];
  describe(`compliance: ${file}`, () => {
    groups.forEach((group, g) => {
      group.cases.forEach((c, i) => {
        total += 1;
        it(`#${g}.${i} ${c.expression}`, () => {
          if (c.error !== undefined) {
            expect(errorCategory(c.expression, group.given)).toBe(c.error);
          } else {
            // JSON semantics: the suite's 1.0 and our PyFloat(1) are the same JSON number.
            expect(unboxFloats(run(c.expression, group.given))).toStrictEqual(c.result);
          }
        });
      });
    });
  });
}

describe('compliance suite', () => {
  it('has 892 cases, as the reference passes', () => {
    expect(total).toBe(892);
  });
});
