// Outcomes of a call → what the user reads and the exit code. The errors here have the shapes
// Node and the SDK give them (the end-to-end tests produce the real ones against local servers).
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { emptyBodyIsComplete, interpretOutcome, serviceErrorParts, sslReason } from '../../src/call/outcome.js';
import { TruncatedBodyError } from '../../src/call/transport-errors.js';
import type { StructureShape } from '../../src/model/shapes.js';
import type { CallOutcome, RawResponse } from '../../src/call/client.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

const URL = 'http://127.0.0.1:4566/';

function response(statusCode: number, body: string, headers: Record<string, string> = {}): RawResponse {
  return { statusCode, headers, body: new TextEncoder().encode(body) };
}

function failure(outcome: Partial<CallOutcome>, maxAttempts = 3): { message: string; exitCode: number } {
  try {
    interpretOutcome({ response: undefined, attempts: 1, error: undefined, ...outcome }, URL, maxAttempts, UAS);
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a CliError');
}

const nodeError = (message: string, code: string, name = 'Error') => Object.assign(new Error(message), { code, name });

describe('interpretOutcome: success', () => {
  it('returns the parsed body', () => {
    expect(interpretOutcome({ response: response(200, '{"AssociationDescription": {"Name": "x"}}'), attempts: 1, error: undefined }, URL, 3, UAS)).toEqual({
      AssociationDescription: { Name: 'x' },
    });
  });

  it('refuses a 2xx it cannot read, with exit 255', () => {
    expect(failure({ response: response(200, '') })).toEqual({ message: `The response from endpoint URL "${URL}" had an empty body; expected a JSON object.`, exitCode: 255 });
    expect(failure({ response: response(200, 'nope') }).message).toBe(
      `The response from endpoint URL "${URL}" is not valid JSON (Expecting value: line 1 column 1 (char 0)); nothing was printed.`,
    );
    expect(failure({ response: response(200, '[]') }).message).toBe(`The response from endpoint URL "${URL}" is not a JSON object.`);
  });

  it('reads an empty body as {} only for an output shape without members', () => {
    const empty: StructureShape = { type: 'structure', members: {} };
    const withRequired: StructureShape = { type: 'structure', required: ['Id'], members: { Id: { shape: 'String' } } };
    expect(emptyBodyIsComplete(empty)).toBe(true);
    expect(emptyBodyIsComplete(withRequired)).toBe(false);
    expect(emptyBodyIsComplete(UAS.output)).toBe(false);
    expect(interpretOutcome({ response: response(200, ''), attempts: 1, error: undefined }, URL, 3, { name: 'UpdateAssociationStatus', output: empty })).toEqual({});
    expect(interpretOutcome({ response: response(204, ' \n'), attempts: 1, error: undefined }, URL, 3, { name: 'UpdateAssociationStatus', output: empty })).toEqual({});
    expect(() => interpretOutcome({ response: response(200, ''), attempts: 1, error: undefined }, URL, 3, { name: 'UpdateAssociationStatus', output: withRequired })).toThrow('had an empty body');
    // The rule is about empty bodies only: a body that is not JSON is an error for any shape.
    expect(() => interpretOutcome({ response: response(200, 'nope'), attempts: 1, error: undefined }, URL, 3, { name: 'UpdateAssociationStatus', output: empty })).toThrow('is not valid JSON');
  });

  it('refuses a 2xx body that is not UTF-8, naming the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"a": "é'), 0xff, 0x22, 0x7d]);
    expect(failure({ response: { statusCode: 200, headers: {}, body: bytes } }).message).toBe(
      `The response from endpoint URL "${URL}" is not valid UTF-8 (byte 0xff at position 9); nothing was printed.`,
    );
  });

  it('reports a body cut short', () => {
    expect(failure({ error: new TruncatedBodyError(41, 100) })).toEqual({
      message: `The response from endpoint URL "${URL}" was cut short: 41 of 100 bytes of its body arrived before the connection closed; nothing was printed.`,
      exitCode: 255,
    });
  });

  it('prefers the URL the call used', () => {
    expect(failure({ response: response(200, ''), url: 'https://ssm.eu-west-1.amazonaws.com/' }).message).toContain('"https://ssm.eu-west-1.amazonaws.com/"');
  });
});

describe('interpretOutcome: service errors', () => {
  const throttled = response(400, '{"__type": "ThrottlingException", "message": "Rate exceeded"}');
  it('adds the retry suffix only when the attempts ran out', () => {
    expect(failure({ response: throttled, attempts: 3, error: new Error('x') })).toEqual({
      message: 'An error occurred (ThrottlingException) when calling the UpdateAssociationStatus operation (reached max retries: 2): Rate exceeded',
      exitCode: 254,
    });
    expect(failure({ response: throttled, attempts: 1, error: new Error('x') }, 1).message).toContain('(reached max retries: 0)');
    expect(failure({ response: throttled, attempts: 1, error: new Error('x') }, 3).message).toBe(
      'An error occurred (ThrottlingException) when calling the UpdateAssociationStatus operation: Rate exceeded',
    );
  });

  it('reads the code and message as botocore does', () => {
    expect(serviceErrorParts(response(500, ''))).toEqual({ code: '500', message: 'Internal Server Error' });
    expect(serviceErrorParts(response(503, '<html>down</html>'))).toEqual({ code: '503', message: 'Service Unavailable' });
    expect(serviceErrorParts(response(400, '{"__type": "a#b#Code", "Message": "M"}'))).toEqual({ code: 'Code', message: 'M' });
    expect(serviceErrorParts(response(400, '{"__type": "X"}', { 'x-amzn-query-error': 'Q;Sender' }))).toEqual({ code: 'Q', message: '' });
    expect(serviceErrorParts(response(404, 'Not Found'))).toEqual({ code: '404', message: 'Not Found' });
  });

  it('reads odd error bodies as botocore does, or with the status where botocore crashes', () => {
    expect(serviceErrorParts(response(400, '{"__type": null, "message": "m"}'))).toEqual({ code: '', message: 'm' });
    expect(serviceErrorParts(response(503, '{"__type": null}'))).toEqual({ code: '', message: '' });
    expect(serviceErrorParts(response(400, '{"__type": ["a#b"], "message": "m"}'))).toEqual({ code: '400', message: 'm' });
    expect(serviceErrorParts(response(400, '{"__type": 5}'))).toEqual({ code: '400', message: '' });
    expect(serviceErrorParts(response(400, '{"__type": "X", "message": null, "Message": "M"}'))).toEqual({ code: 'X', message: 'None' });
    expect(serviceErrorParts(response(400, '{"__type": "X", "message": [1, null]}'))).toEqual({ code: 'X', message: '[1, None]' });
    expect(serviceErrorParts(response(400, 'null'))).toEqual({ code: '400', message: '' });
    expect(serviceErrorParts(response(500, '[1]'))).toEqual({ code: '500', message: '' });
  });
});

describe('interpretOutcome: transport errors, in the reference words', () => {
  it('passes errors already worded (settings, credentials, TLS set-up) through', () => {
    const error = new CliError('configuration', 'Unable to locate credentials. You can configure credentials by running "aws configure".');
    expect(failure({ error })).toEqual({ message: error.message, exitCode: 253 });
  });

  it('a refused or unreachable endpoint', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']) {
      expect(failure({ error: nodeError(`connect ${code}`, code) })).toEqual({ message: `Could not connect to the endpoint URL: "${URL}"`, exitCode: 255 });
    }
  });

  it('a connection closed, reset, or answered with something that is not HTTP', () => {
    const closed = { message: `Connection was closed before we received a valid response from endpoint URL: "${URL}".`, exitCode: 255 };
    expect(failure({ error: nodeError('socket hang up', 'ECONNRESET', 'TimeoutError') })).toEqual(closed);
    expect(failure({ error: nodeError('write EPIPE', 'EPIPE') })).toEqual(closed);
    expect(failure({ error: nodeError('Parse Error: Expected HTTP/', 'HPE_INVALID_CONSTANT') })).toEqual(closed);
  });

  it('read and connect timeouts', () => {
    const read = Object.assign(new Error('@smithy/node-http-handler - the request socket timed out after 1000 ms of inactivity (configured by client requestHandler).'), { name: 'TimeoutError' });
    expect(failure({ error: read })).toEqual({ message: `Read timeout on endpoint URL: "${URL}"`, exitCode: 255 });
    const connect = Object.assign(
      new Error('@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 1000 ms.'),
      { name: 'TimeoutError' },
    );
    expect(failure({ error: connect })).toEqual({ message: `Connect timeout on endpoint URL: "${URL}"`, exitCode: 255 });
  });

  it('a failed TLS handshake', () => {
    const https = 'https://127.0.0.1:8443/';
    const outcome = (error: unknown) => {
      try {
        interpretOutcome({ response: undefined, attempts: 1, error }, https, 3, UAS);
      } catch (e) {
        return (e as CliError).message;
      }
      return undefined;
    };
    expect(outcome(nodeError('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe(
      `SSL validation failed for ${https} [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate`,
    );
    expect(outcome(nodeError('unable to verify the first certificate', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'))).toBe(
      `SSL validation failed for ${https} [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to verify the first certificate`,
    );
    expect(outcome(nodeError('C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', 'ERR_SSL_WRONG_VERSION_NUMBER'))).toBe(
      `SSL validation failed for ${https} [SSL: WRONG_VERSION_NUMBER] wrong version number`,
    );
    // What Node says when an https URL reaches a plain-HTTP server.
    expect(outcome(nodeError('write EPROTO 80AC51B7827F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:', 'EPROTO'))).toBe(
      `SSL validation failed for ${https} [SSL: WRONG_VERSION_NUMBER] wrong version number`,
    );
  });

  it('anything else: its message, exit 255', () => {
    expect(failure({ error: new Error('something odd') })).toEqual({ message: 'something odd', exitCode: 255 });
  });
});

describe('sslReason', () => {
  it('is undefined for errors that are not TLS errors', () => {
    expect(sslReason(nodeError('connect ECONNREFUSED', 'ECONNREFUSED'))).toBeUndefined();
    expect(sslReason(new Error('x'))).toBeUndefined();
  });
  it('words a host name mismatch as a verification failure', () => {
    expect(sslReason(nodeError("Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ", 'ERR_TLS_CERT_ALTNAME_INVALID'))).toBe(
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ",
    );
  });
});
