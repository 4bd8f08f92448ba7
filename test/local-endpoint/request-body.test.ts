// Reading a request body without the server: JSON first, then the JSON type of each member,
// then every constraint at once (test/local-endpoint/server.test.ts covers the same through HTTP).
import { describe, expect, it } from 'vitest';
import { parseJsonBody, readUpdateAssociationStatusInput } from '../../src/local-endpoint/request-body.js';
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
