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
    expect((sample.AssociationDescription as Record<string, unknown>).ScheduleOffset).toBe(1n);
    expect((sample.AssociationDescription as Record<string, unknown>).Duration).toBe(1n);
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
