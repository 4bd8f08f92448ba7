import { describe, expect, it } from 'vitest';
import { refuseUnknownMembers, validateRequest, validationErrors } from '../../src/input/validate.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

const valid = { Name: 'doc', InstanceId: 'i-1', AssociationStatus: { Date: '1', Name: 'Pending', Message: 'm' } };

describe('validationErrors', () => {
  it('accepts a complete request', () => {
    expect(validationErrors(valid, UAS.input)).toEqual([]);
  });

  it('reports missing members at every level, then unknown ones, then types', () => {
    expect(validationErrors({ AssociationStatus: { Foo: 1, Message: '' } }, UAS.input)).toEqual([
      'Missing required parameter in input: "Name"',
      'Missing required parameter in input: "InstanceId"',
      'Missing required parameter in AssociationStatus: "Date"',
      'Missing required parameter in AssociationStatus: "Name"',
      'Unknown parameter in AssociationStatus: "Foo", must be one of: Date, Name, Message, AdditionalInfo',
      'Invalid length for parameter AssociationStatus.Message, value: 0, valid min length: 1',
    ]);
  });

  it('prints values and types as Python does', () => {
    const errors = validationErrors(
      { Name: { a: 'b' }, InstanceId: null, AssociationStatus: { Date: 'soon', Name: ['x'], Message: 5n, AdditionalInfo: true } },
      UAS.input,
    );
    expect(errors).toEqual([
      "Invalid type for parameter Name, value: {'a': 'b'}, type: <class 'dict'>, valid types: <class 'str'>",
      "Invalid type for parameter InstanceId, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
      "Invalid type for parameter AssociationStatus.Date, value: soon, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      "Invalid type for parameter AssociationStatus.Name, value: ['x'], type: <class 'list'>, valid types: <class 'str'>",
      "Invalid type for parameter AssociationStatus.Message, value: 5, type: <class 'int'>, valid types: <class 'str'>",
      "Invalid type for parameter AssociationStatus.AdditionalInfo, value: True, type: <class 'bool'>, valid types: <class 'str'>",
    ]);
  });

  it('does not check enums, patterns or maximum lengths (botocore does not)', () => {
    const request = { Name: '!', InstanceId: 'x', AssociationStatus: { Date: 0n, Name: 'Bogus', Message: 'm'.repeat(2000) } };
    expect(validationErrors(request, UAS.input)).toEqual([]);
  });

  it('throws one usage error with the whole report', () => {
    expect(() => validateRequest({}, UAS.input)).toThrow(
      'Parameter validation failed:\nMissing required parameter in input: "Name"\nMissing required parameter in input: "InstanceId"\nMissing required parameter in input: "AssociationStatus"',
    );
  });
});

describe('refuseUnknownMembers (parameter_validation off)', () => {
  it('reports only members the model lacks, as validation words them', () => {
    expect(() => refuseUnknownMembers({ Name: 5, AssociationStatus: { Message: '' } }, UAS.input)).not.toThrow();
    expect(() => refuseUnknownMembers({ Name: 'n', Extra: 1, AssociationStatus: { Date: 1n, Bogus: 2 } }, UAS.input)).toThrow(
      'Parameter validation failed:\nUnknown parameter in input: "Extra", must be one of: Name, InstanceId, AssociationStatus\n' +
        'Unknown parameter in AssociationStatus: "Bogus", must be one of: Date, Name, Message, AdditionalInfo',
    );
  });
});
