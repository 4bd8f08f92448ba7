import { describe, expect, it } from 'vitest';
import { model, outputShape } from '../../src/model/shapes.js';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponseBody } from '../../src/input/skeleton.js';
import { validationErrors } from '../../src/input/validate.js';

describe('skeletons', () => {
  it('prints the input skeleton the reference prints', () => {
    expect(inputSkeletonJson(model.operation.input.shape)).toBe(
      '{\n    "Name": "",\n    "InstanceId": "",\n    "AssociationStatus": {\n        "Date": "1970-01-01T00:00:00",\n        "Name": "Pending",\n        "Message": "",\n        "AdditionalInfo": ""\n    }\n}\n',
    );
  });

  it('prints the commented YAML skeleton with ruamel spacing', () => {
    expect(inputSkeletonYaml(model.operation.input.shape)).toBe(
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
    const sample = sampleResponseBody(model.operation.output.shape);
    expect(validationErrors(sample, outputShape())).toEqual([]);
    expect((sample.AssociationDescription as Record<string, unknown>).ScheduleOffset).toBe(1n);
  });
});
