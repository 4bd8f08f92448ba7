import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponseBody } from '../../src/input/skeleton.js';
import { validationErrors } from '../../src/input/validate.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

describe('skeletons', () => {
  it('prints the input skeleton the reference prints', () => {
    expect(inputSkeletonJson(UAS)).toBe(
      '{\n    "Name": "",\n    "InstanceId": "",\n    "AssociationStatus": {\n        "Date": "1970-01-01T00:00:00",\n        "Name": "Pending",\n        "Message": "",\n        "AdditionalInfo": ""\n    }\n}\n',
    );
  });

  it('prints the commented YAML skeleton with ruamel spacing', () => {
    expect(inputSkeletonYaml(UAS)).toBe(
      "Name: ''  # [REQUIRED] The name of the SSM document.\n" +
        "InstanceId: '' # [REQUIRED] The managed node ID.\n" +
        'AssociationStatus: # [REQUIRED] The association status.\n' +
        '  Date: 1970-01-01 00:00:00  # [REQUIRED] The date when the status changed.\n' +
        '  Name: Pending # [REQUIRED] The status. Valid values are: Pending, Success, Failed.\n' +
        "  Message: '' # [REQUIRED] The reason for the status.\n" +
        "  AdditionalInfo: '' # A user-defined string.\n",
    );
  });

  it('builds a sample response that passes the validation the reference fails', () => {
    const sample = sampleResponseBody(UAS);
    expect(validationErrors(sample, UAS.output)).toEqual([]);
    expect((sample.AssociationDescription as Record<string, unknown>).ScheduleOffset).toBe(1);
    expect((sample.AssociationDescription as Record<string, unknown>).Duration).toBe(1);
  });

  // The output skeleton deviation (test/fixtures/skeleton/) promises what the reference would
  // print for our sample: the current-model group records the reference printing that sample
  // when a service sends it, and the two must agree byte for byte.
  it.each(['json', 'yaml'])('promises, as output.%s, what the reference prints for the sample as a response', async (format) => {
    const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
    const recorded = JSON.parse(fs.readFileSync(path.join(fixtures, 'reference', 'current-model.json'), 'utf8')) as {
      cases: Array<{ name: string; expected: { stdout: string; exitCode: number } }>;
    };
    const served = recorded.cases.find((c) => c.name === `output skeleton sample served as a response/${format}`);
    expect(served?.expected.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(fixtures, 'skeleton', `output.${format}`), 'utf8')).toBe(served?.expected.stdout);
  });
});

describe('the YAML input skeleton of collections', () => {
  it("puts a list's items at its key's indent, a map's KeyName below it, and two spaces before a mapping's first comment", () => {
    expect(inputSkeletonYaml(operationNamed('StartAssociationsOnce'))).toBe(
      "AssociationIds:  # [REQUIRED] The association IDs that you want to run immediately and only one time.\n- ''\n",
    );
    const create = inputSkeletonYaml(operationNamed('CreateAssociation')).split('\n');
    const at = (key: string, count: number) => create.slice(create.findIndex((l) => l.startsWith(key)), create.findIndex((l) => l.startsWith(key)) + count);
    expect(at('Parameters:', 3)).toEqual(['Parameters: # The parameters for the runtime configuration of the document.', '  KeyName:', "  - ''"]);
    expect(at('Targets:', 4)).toEqual([
      'Targets: # The targets for the association.',
      "- Key: ''  # User-defined criteria for sending commands that target managed nodes that meet the criteria.",
      '  Values: # User-defined criteria that maps to Key.',
      "  - ''",
    ]);
    expect(at('TargetMaps:', 3)).toEqual([expect.stringMatching(/^TargetMaps: # /), '- KeyName:', "  - ''"]);
  });
});
