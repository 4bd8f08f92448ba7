// The last step before the SDK: timestamps become whole-second Dates; unvalidated parameters
// (parameter_validation off) go as they are, except a Date botocore's serializer cannot read;
// whole floats reach the SDK as plain numbers.
import { describe, expect, it } from 'vitest';
import { toSdkRequest } from '../../src/input/request-params.js';
import { operationNamed } from '../../src/model/operations.js';
import { PyFloat } from '../../src/python/values.js';

const UAS = operationNamed('UpdateAssociationStatus');

describe('toSdkRequest', () => {
  it('turns the Date into whole seconds', () => {
    expect(toSdkRequest(UAS, { Name: 'n', AssociationStatus: { Date: '2015-02-20T08:31:11.9Z', Name: 'Pending' } })).toEqual({
      Name: 'n',
      AssociationStatus: { Date: new Date('2015-02-20T08:31:11Z'), Name: 'Pending' },
    });
    expect((toSdkRequest(UAS, { AssociationStatus: { Date: true } }).AssociationStatus as { Date: Date }).Date).toEqual(new Date(1000));
  });

  it('passes unvalidated parameters through', () => {
    expect(toSdkRequest(UAS, { Name: 5 })).toEqual({ Name: 5 });
    expect(toSdkRequest(UAS, { AssociationStatus: 'x' })).toEqual({ AssociationStatus: 'x' });
    expect(toSdkRequest(UAS, { AssociationStatus: { Name: 'Pending' } })).toEqual({ AssociationStatus: { Name: 'Pending' } });
  });

  it('hands the SDK whole floats as plain numbers, however deep, and ints as they are', () => {
    expect(
      toSdkRequest(UAS, { Name: new PyFloat(2), InstanceId: [new PyFloat(-0), { a: new PyFloat(3) }], AssociationStatus: { Date: new PyFloat(1), Message: 2n ** 64n } }),
    ).toEqual({ Name: 2, InstanceId: [-0, { a: 3 }], AssociationStatus: { Date: new Date(1000), Message: 2n ** 64n } });
    expect(toSdkRequest(UAS, { AssociationStatus: new PyFloat(5) })).toEqual({ AssociationStatus: 5 });
  });

  it("fails on a Date that is no timestamp, in botocore's serializer's words", () => {
    expect(() => toSdkRequest(UAS, { AssociationStatus: { Date: 'yesterday' } })).toThrow('Invalid timestamp "yesterday": Unknown string format: yesterday');
  });
});
