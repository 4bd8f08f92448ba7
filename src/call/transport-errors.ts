// The errors the transport raises for failures the SDK has no words for: a 2xx body cut short, a
// proxy that refused CONNECT, and botocore's wording for an HTTP client failure. They live apart
// from outcome.ts (which words every outcome) so that the proxy and client modules can raise them
// without importing the interpreter, and the interpreter can recognise them.
import { CliError } from '../errors.js';

/**
 * A 2xx response whose body stopped short of its Content-Length: the connection closed with
 * part of the body unsent. The reference prints what it got, or nothing; this is an error.
 */
export class TruncatedBodyError extends Error {
  constructor(
    readonly received: number,
    readonly expected: number,
  ) {
    super(`the response body was cut short: ${received} of ${expected} bytes arrived before the connection closed`);
    this.name = 'TruncatedBodyError';
  }
}

/**
 * A proxy that answered CONNECT with anything but 200, or failed before answering. Its code is ECONNREFUSED so the SDK
 * retries it like any refused connection, as botocore retries its ProxyConnectionError.
 */
export class ProxyRefusedError extends Error {
  readonly code = 'ECONNREFUSED';
  /** The proxy's answer to CONNECT, or undefined when it failed before answering (`cause`). */
  constructor(
    readonly statusCode: number | undefined,
    cause?: unknown,
  ) {
    super(statusCode === undefined ? `the proxy failed before answering CONNECT: ${(cause as Error)?.message ?? String(cause)}` : `the proxy answered CONNECT with HTTP ${statusCode}`, { cause });
    this.name = 'ProxyRefusedError';
  }
}

/** What botocore says when urllib3 fails in a way it has no words of its own for (HTTPClientError). */
export function unhandledHttpClientError(reason: string): CliError {
  return new CliError('other', `An HTTP Client raised an unhandled exception: ${reason}`);
}
