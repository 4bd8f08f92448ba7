// botocore's standard retry mode (botocore/retries/standard.py) on the SDK's own retry
// machinery. The SDK's StandardRetryStrategy (or AdaptiveRetryStrategy, with its client-side
// rate limiter) keeps the attempt count and the retry quota; this module decides, as botocore
// does, which failures are retried and how long to wait before the next attempt:
// - retried: a failure of the HTTP exchange itself (botocore's ConnectionError and
//   HTTPClientError: refused, reset, timed out, TLS, a header value that cannot be sent);
//   status 500, 502, 503, 504; the error codes RequestTimeout, RequestTimeoutException,
//   PriorRequestNotComplete and the throttling codes below. The code is the one botocore
//   parses (x-amzn-query-error first, then `__type` with any `#` prefix cut and a `:` suffix
//   kept). Nothing else: not a 429 by itself, not the SDK's clock-skew or TimeoutError codes,
//   and no Retry-After hint is followed.
// - backoff: full jitter, rand(0, 1) * 2^(attempt - 1) seconds, at most 20 s.
import { AdaptiveRetryStrategy, StandardRetryStrategy, type StandardRetryStrategyOptions } from '@smithy/core/retry';
import type { HttpResponse } from '@smithy/protocol-http';
import { serviceErrorParts } from './outcome.js';

type Backoff = NonNullable<StandardRetryStrategyOptions['backoff']>;
type Token = Parameters<StandardRetryStrategy['recordSuccess']>[0];
type ErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];
type ErrorType = ErrorInfo['errorType'];

const TRANSIENT_STATUS_CODES = new Set([500, 502, 503, 504]);
const TRANSIENT_ERROR_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'PriorRequestNotComplete']);
const THROTTLING_ERROR_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

/** botocore's ExponentialBackoff: base 2, at most 20 s. */
const BASE = 2;
const MAX_BACKOFF_SECONDS = 20;

/** Errors from the HTTP exchange itself, as marked where the request handler is called. */
const transportFailures = new WeakSet<object>();

/** Marks an error as a failure of the HTTP exchange (retried, as botocore retries them). */
export function markTransportFailure<E>(error: E): E {
  if (typeof error === 'object' && error !== null) transportFailures.add(error);
  return error;
}

/**
 * botocore's verdict on a failed attempt, in the SDK's terms: THROTTLING and TRANSIENT are
 * retried (throttling also slows the adaptive rate limiter down), anything else is final.
 */
export function retryErrorType(error: unknown): ErrorType {
  if (typeof error !== 'object' || error === null) return 'CLIENT_ERROR';
  // A call its caller aborted is over, whatever failed on the way.
  if ((error as { name?: unknown }).name === 'AbortError') return 'CLIENT_ERROR';
  if (transportFailures.has(error)) return 'TRANSIENT';
  const { $response: response, $metadata: metadata } = error as { $response?: HttpResponse; $metadata?: { httpStatusCode?: number } };
  const status = response?.statusCode ?? metadata?.httpStatusCode;
  if (status === undefined || status < 300) return 'CLIENT_ERROR';
  const body = response?.body instanceof Uint8Array ? response.body : new Uint8Array();
  const { code } = serviceErrorParts({ statusCode: status, headers: response?.headers ?? {}, body });
  if (THROTTLING_ERROR_CODES.has(code)) return 'THROTTLING';
  if (TRANSIENT_ERROR_CODES.has(code) || TRANSIENT_STATUS_CODES.has(status)) return 'TRANSIENT';
  return 'CLIENT_ERROR';
}

/** The wait before retry number `retries + 1`, in ms: botocore's full-jitter exponential backoff. */
export function backoffDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(random() * BASE ** retries, MAX_BACKOFF_SECONDS) * 1000;
}

function botocoreBackoff(random: () => number): Backoff {
  return {
    computeNextBackoffDelay: (retries) => backoffDelayMs(retries, random),
    // The SDK sets a larger base for throttling; botocore waits alike for every retryable error.
    setDelayBase: () => undefined,
  };
}

/**
 * The SDK retry strategy for `mode` (standard or adaptive) with botocore's decisions and
 * backoff. The SDK's quota charges a transient retry 14 of its 500 tokens where botocore
 * charges 5 (10 for a timeout), a throttled one 5 as botocore does.
 */
export function botocoreRetryStrategy(maxAttempts: number, mode: string, random: () => number = Math.random) {
  const backoff = botocoreBackoff(random);
  const inner = mode === 'adaptive' ? new AdaptiveRetryStrategy(maxAttempts, { maxAttempts, backoff }) : new StandardRetryStrategy({ maxAttempts, backoff });
  return {
    acquireInitialRetryToken: (scope: string) => inner.acquireInitialRetryToken(scope) as Promise<Token>,
    // Only botocore's verdict goes on: not the SDK's own classification of the error, nor a
    // Retry-After hint (botocore ignores it).
    refreshRetryTokenForRetry: (token: Token, info: ErrorInfo) => inner.refreshRetryTokenForRetry(token, { errorType: retryErrorType(info.error) }) as Promise<Token>,
    recordSuccess: (token: Token) => inner.recordSuccess(token),
  };
}
