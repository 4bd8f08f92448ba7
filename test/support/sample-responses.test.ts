// The tests' one copy of the documentation example is the reference's: its call, the request it
// sent and the JSON it printed, as recorded in test/fixtures/reference/json-output.json (case
// "documentation example", answered with documentationExample).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferenceGroup } from './reference-fixtures.js';
import { DOCUMENTATION_ARGS, DOCUMENTATION_OUTPUT, documentationExample, documentationRequest, ok } from './sample-responses.mjs';

const group = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'reference', 'json-output.json'), 'utf8'),
) as ReferenceGroup;
const recorded = group.cases.find((c) => c.name === 'documentation example')!;

describe('the documentation example', () => {
  it('is the call the reference was recorded making, answered with documentationExample', () => {
    expect(recorded.args).toEqual([...DOCUMENTATION_ARGS, '--endpoint-url', '{endpoint}']);
    expect(recorded.responses).toEqual([ok(documentationExample)]);
  });

  it('sent documentationRequest', () => {
    expect(recorded.expected.requests).toEqual([{ target: 'AmazonSSM.UpdateAssociationStatus', body: documentationRequest }]);
  });

  it('printed DOCUMENTATION_OUTPUT', () => {
    expect(recorded.expected).toMatchObject({ exitCode: 0, stdout: DOCUMENTATION_OUTPUT, stderr: '' });
  });
});
