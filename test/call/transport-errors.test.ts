// The transport's own errors: their words, the code that makes the SDK retry a refused proxy,
// and botocore's HTTPClientError wording (exit 255).
import { describe, expect, it } from 'vitest';
import { ProxyRefusedError, TruncatedBodyError, unhandledHttpClientError } from '../../src/call/transport-errors.js';
import { CliError } from '../../src/errors.js';

describe('TruncatedBodyError', () => {
  it('says how many bytes arrived of how many', () => {
    const error = new TruncatedBodyError(10, 25);
    expect([error.name, error.received, error.expected, error.message]).toEqual([
      'TruncatedBodyError', 10, 25, 'the response body was cut short: 10 of 25 bytes arrived before the connection closed',
    ]);
  });
});

describe('ProxyRefusedError', () => {
  it('is a refused connection (ECONNREFUSED), naming the status the proxy answered CONNECT with', () => {
    const error = new ProxyRefusedError(407);
    expect([error.name, error.code, error.statusCode, error.message, error.cause]).toEqual([
      'ProxyRefusedError', 'ECONNREFUSED', 407, 'the proxy answered CONNECT with HTTP 407', undefined,
    ]);
  });

  it('names the failure when the proxy failed before answering, and keeps it as the cause', () => {
    const cause = new Error('socket hang up');
    const error = new ProxyRefusedError(undefined, cause);
    expect([error.statusCode, error.message, error.cause]).toEqual([undefined, 'the proxy failed before answering CONNECT: socket hang up', cause]);
    expect(new ProxyRefusedError(undefined, 'closed').message).toBe('the proxy failed before answering CONNECT: closed');
  });
});

describe('unhandledHttpClientError', () => {
  it("words the failure as botocore's HTTPClientError, exit 255", () => {
    const error = unhandledHttpClientError('Connection reset by peer');
    expect(error).toBeInstanceOf(CliError);
    expect([error.message, error.exitCode]).toEqual(['An HTTP Client raised an unhandled exception: Connection reset by peer', 255]);
  });
});
