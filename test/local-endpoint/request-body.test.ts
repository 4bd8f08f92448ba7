// Reading a request body without the server: JSON first, then the JSON type of each member,
// then every constraint at once (test/local-endpoint/server.test.ts covers the same through HTTP).
import { describe, expect, it } from 'vitest';
import { parseJsonBody, readInput, readUpdateAssociationStatusInput } from '../../src/local-endpoint/request-body.js';
import { EndpointError } from '../../src/local-endpoint/wire-errors.js';
import { documentationRequest } from '../support/sample-responses.mjs';

function rejection(read: () => unknown): [number, string, string | undefined] {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointError);
    const e = error as EndpointError;
    return [e.status, e.wireType, e.wireMessage];
  }
  throw new Error('expected the body to be refused');
}

describe('parseJsonBody', () => {
  it('parses JSON, and reads an empty or blank body as {}', () => {
    expect(parseJsonBody('{"a": [1, 2.5]}')).toEqual({ a: [1, 2.5] });
    expect(parseJsonBody('')).toEqual({});
    expect(parseJsonBody(' \r\n')).toEqual({});
  });

  it('refuses what is not JSON with a SerializationException', () => {
    expect(rejection(() => parseJsonBody('{"Name": '))).toEqual([400, 'com.amazon.coral.service#SerializationException', 'The request body is not valid JSON.']);
  });
});

describe('readUpdateAssociationStatusInput', () => {
  it('returns a valid input as it is, members the model lacks included', () => {
    const body = { ...documentationRequest, Extra: true };
    expect(readUpdateAssociationStatusInput(body)).toBe(body);
  });

  it('refuses a member of the wrong JSON type before checking any constraint', () => {
    expect(rejection(() => readUpdateAssociationStatusInput({ Name: 5 }))).toEqual([
      400, 'com.amazon.coral.service#SerializationException', 'NUMBER_VALUE can not be converted to a String',
    ]);
    expect(rejection(() => readUpdateAssociationStatusInput({ AssociationStatus: { Date: Number.NaN } }))).toEqual([
      400, 'com.amazon.coral.service#SerializationException', 'NUMBER_VALUE can not be converted to a Timestamp',
    ]);
    expect(rejection(() => readUpdateAssociationStatusInput({ AssociationStatus: [] }))).toEqual([
      400, 'com.amazon.coral.service#SerializationException', 'Start of list found where not expected.',
    ]);
  });

  it('collects every constraint failure into one ValidationException, in model member order', () => {
    const body = { InstanceId: 'i-123', AssociationStatus: { ...documentationRequest.AssociationStatus, Name: 'Done', Message: null } };
    expect(rejection(() => readUpdateAssociationStatusInput(body))).toEqual([
      400,
      'com.amazon.coral.validate#ValidationException',
      "4 validation errors detected: Value null at 'name' failed to satisfy constraint: Member must not be null; " +
        "Value 'i-123' at 'instanceId' failed to satisfy constraint: Member must satisfy regular expression pattern: (^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$); " +
        "Value 'Done' at 'associationStatus.name' failed to satisfy constraint: Member must satisfy enum value set: [Pending, Success, Failed]; " +
        "Value null at 'associationStatus.message' failed to satisfy constraint: Member must not be null",
    ]);
  });
});

describe('readInput (the other operations: lists, maps, integers, booleans)', () => {
  it('accepts a body that fits its shape and returns it', () => {
    const body = { Name: 'AWS-RunShellScript', Targets: [{ Key: 'InstanceIds', Values: ['i-1'] }], Parameters: { commands: ['echo'] }, ApplyOnlyAtCronInterval: true, Duration: 3 };
    expect(readInput(body, 'CreateAssociationRequest')).toBe(body);
  });

  it('refuses JSON of the wrong type inside lists, maps, integers and booleans', () => {
    const serialization = 'com.amazon.coral.service#SerializationException';
    expect(rejection(() => readInput({ Name: 'd', Targets: {} }, 'CreateAssociationRequest'))).toEqual([400, serialization, 'Start of structure or map found where not expected.']);
    expect(rejection(() => readInput({ Name: 'd', Parameters: { c: 'x' } }, 'CreateAssociationRequest'))).toEqual([400, serialization, 'STRING_VALUE can not be converted to a List']);
    expect(rejection(() => readInput({ MaxResults: 1.5 }, 'ListAssociationsRequest'))).toEqual([400, serialization, 'NUMBER_VALUE can not be converted to a Integer']);
    expect(rejection(() => readInput({ Name: 'd', ApplyOnlyAtCronInterval: 'yes' }, 'CreateAssociationRequest'))).toEqual([400, serialization, 'STRING_VALUE can not be converted to a Boolean']);
  });

  it('checks list lengths, integer ranges and the members of list items, with their paths', () => {
    expect(rejection(() => readInput({ AssociationFilterList: [], MaxResults: 51 }, 'ListAssociationsRequest'))).toEqual([
      400,
      'com.amazon.coral.validate#ValidationException',
      "2 validation errors detected: Value with 0 elements at 'associationFilterList' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    ]);
    expect(rejection(() => readInput({ AssociationFilterList: [{ key: 'Name' }] }, 'ListAssociationsRequest'))).toEqual([
      400,
      'com.amazon.coral.validate#ValidationException',
      "1 validation error detected: Value null at 'associationFilterList.1.member.value' failed to satisfy constraint: Member must not be null",
    ]);
  });
});
