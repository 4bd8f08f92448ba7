// The endpoint's error responses as awsJson1.1 sends them: framework errors with the Coral
// namespace and `message`, modeled errors with the bare shape name and `Message`.
import { describe, expect, it } from 'vitest';
import {
  EndpointError,
  associationDoesNotExist,
  methodNotAllowed,
  statusUnchanged,
  tooManyUpdates,
  unrecognizedClient,
  validation,
} from '../../src/local-endpoint/wire-errors.js';

const wire = (e: EndpointError) => ({ status: e.status, code: e.code, body: e.body(), headers: e.extraHeaders });

describe('framework errors', () => {
  it('carry the Coral namespace in __type and a lowercase message member', () => {
    expect(wire(unrecognizedClient())).toEqual({
      status: 400,
      code: 'UnrecognizedClientException',
      body: '{"__type":"com.amazon.coral.service#UnrecognizedClientException","message":"The security token included in the request is invalid."}',
      headers: {},
    });
  });

  it('answer anything but POST with 405 and Allow: POST', () => {
    expect(wire(methodNotAllowed('GET'))).toEqual({
      status: 405,
      code: 'UnknownOperationException',
      body: '{"__type":"com.amazon.coral.service#UnknownOperationException","message":"Method GET is not supported; awsJson1.1 requests are POST /."}',
      headers: { Allow: 'POST' },
    });
  });

  it('count validation problems in the message, singular for one', () => {
    expect(validation(['a', 'b']).wireMessage).toBe('2 validation errors detected: a; b');
    expect(validation(['a']).wireMessage).toBe('1 validation error detected: a');
    expect(validation(['a']).wireType).toBe('com.amazon.coral.validate#ValidationException');
  });
});

describe('modeled errors', () => {
  it('carry the bare shape name and the model\'s Message member', () => {
    const error = associationDoesNotExist('Doc', 'i-1234567890abcdef0');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message]).toEqual(['EndpointError', 'Association for document Doc and instance i-1234567890abcdef0 does not exist.']);
    expect(wire(error)).toEqual({
      status: 400,
      code: 'AssociationDoesNotExist',
      body: '{"__type":"AssociationDoesNotExist","Message":"Association for document Doc and instance i-1234567890abcdef0 does not exist."}',
      headers: {},
    });
  });

  it('send StatusUnchanged as a bare __type, the model giving it no members', () => {
    const error = statusUnchanged();
    expect([error.body(), error.message, error.wireMessage]).toEqual(['{"__type":"StatusUnchanged"}', 'StatusUnchanged', undefined]);
  });

  it('word the update rate limit in the singular and plural', () => {
    expect(tooManyUpdates(1, 1).wireMessage).toBe('Rate exceeded: at most 1 association status update per 1 second.');
    expect(tooManyUpdates(5, 10).wireMessage).toBe('Rate exceeded: at most 5 association status updates per 10 seconds.');
  });
});
