import { describe, expect, it } from 'vitest';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponse } from '../../src/input/skeleton.js';
import { validationErrors } from '../../src/input/validate.js';
import { OPERATIONS, operationNamed } from '../../src/model/operations.js';
import { PyDatetime, PyFloat } from '../../src/python/values.js';

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

  it('builds a sample response as the reference does: member names, naive epoch datetimes, minimums raised', () => {
    const description = sampleResponse(UAS).AssociationDescription as Record<string, unknown>;
    expect(description.Name).toBe('Name');
    // An enum is no exception: ArgumentGenerator(use_member_names=True) checks the name first.
    expect((description.Status as Record<string, unknown>).Name).toBe('Name');
    expect(description.Date).toEqual(new PyDatetime(1970, 1, 1));
    expect(description.Date).not.toBe(description.LastUpdateAssociationDate);
    expect(description.ScheduleOffset).toBe(1);
    expect(description.Duration).toBe(1);
    expect(description.Parameters).toEqual({ KeyName: ['ParameterValue'] });
    const target = (sampleResponse(operationNamed('DescribeAssociationExecutionTargets')).AssociationExecutionTargets as Array<Record<string, Record<string, string>>>)[0]!;
    expect(target.OutputSource!.OutputSourceId).toBe('OutputSourceId'.padEnd(36, 'x'));
    expect(sampleResponse(operationNamed('DeleteAssociation'))).toEqual({});
  });

  it.each(OPERATIONS.map((op) => [op.cliName, op] as const))("builds a sample for %s that passes the model's validation", (_name, op) => {
    // The validator takes a timestamp as a datetime (Date); the sample holds naive ones.
    const asRequest = (value: unknown): unknown => {
      if (value instanceof PyDatetime) return new Date(0);
      if (Array.isArray(value)) return value.map(asRequest);
      if (typeof value === 'object' && value !== null && !(value instanceof PyFloat)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asRequest(v)]));
      return value;
    };
    expect(validationErrors(asRequest(sampleResponse(op)) as Record<string, unknown>, op.output)).toEqual([]);
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
