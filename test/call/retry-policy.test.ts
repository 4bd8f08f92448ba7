// botocore's retry decisions and backoff, on the SDK's retry strategy: which failed attempts are
// retried, how long each wait is, and that a Retry-After hint changes nothing.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, botocoreRetryStrategy, markTransportFailure, retryErrorType } from '../../src/call/retry-policy.js';

type SdkError = NonNullable<Parameters<ReturnType<typeof botocoreRetryStrategy>['refreshRetryTokenForRetry']>[1]['error']>;

/** A failed attempt as the SDK throws it for an error answer: the raw response on `$response`. */
function answered(statusCode: number, body: unknown, headers: Record<string, string> = {}): SdkError {
  const bytes = new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));
  const error = new Error('service error') as SdkError;
  return Object.assign(error, { $response: { statusCode, headers, body: bytes }, $metadata: { httpStatusCode: statusCode } });
}

describe('backoffDelayMs', () => {
  it('is rand(0, 1) * 2^(attempt - 1) seconds', () => {
    expect([0, 1, 2, 3, 4].map((retries) => backoffDelayMs(retries, () => 0.5))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(1, () => 0)).toBe(0);
    expect(backoffDelayMs(0, () => 0.999)).toBeCloseTo(999);
  });

  it('is at most 20 s', () => {
    expect(backoffDelayMs(5, () => 0.999)).toBe(20000);
    expect(backoffDelayMs(40, () => 0.01)).toBe(20000);
    expect(backoffDelayMs(4, () => 0.999)).toBeCloseTo(15984);
  });
});

describe('retryErrorType', () => {
  it.each([
    ['429 with an unknown __type', answered(429, { __type: 'SlowDownPlease' }), 'CLIENT_ERROR'],
    ['429 with an empty body', answered(429, ''), 'CLIENT_ERROR'],
    ['429 ThrottlingException', answered(429, { __type: 'ThrottlingException' }), 'THROTTLING'],
    ['a throttling code at 400', answered(400, { __type: 'TooManyRequestsException' }), 'THROTTLING'],
    ['a :namespace suffix', answered(400, { __type: 'ThrottlingException:http://internal.amazon.com/coral/' }), 'CLIENT_ERROR'],
    ['a # prefix', answered(400, { __type: 'com.amazon.coral#ThrottlingException' }), 'THROTTLING'],
    ['x-amzn-query-error before __type', answered(400, { __type: 'InvalidDocument' }, { 'x-amzn-query-error': 'Throttling;Sender' }), 'THROTTLING'],
    ['x-amzn-query-error without a type', answered(400, { __type: 'InvalidDocument' }, { 'x-amzn-query-error': 'Throttling' }), 'CLIENT_ERROR'],
    ['RequestTimeout', answered(400, { __type: 'RequestTimeout' }), 'TRANSIENT'],
    ['RequestTimeoutException', answered(400, { __type: 'RequestTimeoutException' }), 'TRANSIENT'],
    ['PriorRequestNotComplete (both lists)', answered(400, { __type: 'PriorRequestNotComplete' }), 'THROTTLING'],
    ['the SDK-only TimeoutError code', answered(400, { __type: 'TimeoutError' }), 'CLIENT_ERROR'],
    ['an expired signature', answered(400, { __type: 'InvalidSignatureException', message: 'Signature expired: then' }), 'CLIENT_ERROR'],
    ['clock skew', answered(400, { __type: 'RequestTimeTooSkewed' }), 'CLIENT_ERROR'],
    ['a modeled error at 400', answered(400, { __type: 'InternalServerError' }), 'CLIENT_ERROR'],
    ['500', answered(500, { __type: 'InternalServerError' }), 'TRANSIENT'],
    ['502 without a body', answered(502, ''), 'TRANSIENT'],
    ['503', answered(503, '<html>busy</html>'), 'TRANSIENT'],
    ['504', answered(504, ''), 'TRANSIENT'],
    ['501', answered(501, { __type: 'NotImplemented' }), 'CLIENT_ERROR'],
    ['a 200 the SDK could not read', answered(200, 'not json'), 'CLIENT_ERROR'],
  ])('%s', (_name, error, expected) => {
    expect(retryErrorType(error)).toBe(expected);
  });

  it('retries failures of the exchange itself, and only those', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(retryErrorType(reset)).toBe('CLIENT_ERROR');
    expect(retryErrorType(markTransportFailure(reset))).toBe('TRANSIENT');
    const timeout = markTransportFailure(Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }));
    expect(retryErrorType(timeout)).toBe('TRANSIENT');
    // A credentials lookup that was refused did not come from the exchange: not retried.
    expect(retryErrorType(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', name: 'CredentialsProviderError' }))).toBe('CLIENT_ERROR');
  });

  it('never retries an aborted call', () => {
    expect(retryErrorType(markTransportFailure(Object.assign(new Error('Request aborted'), { name: 'AbortError' })))).toBe('CLIENT_ERROR');
  });
});

describe('botocoreRetryStrategy', () => {
  async function timed<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
    const started = performance.now();
    try {
      const value = await promise;
      return { value, ms: performance.now() - started };
    } catch (error) {
      return { error, ms: performance.now() - started };
    }
  }

  it('waits botocore backoff before a retry, ignoring the SDK classification and Retry-After', async () => {
    const strategy = botocoreRetryStrategy(3, 'standard', () => 0.1);
    let token = await strategy.acquireInitialRetryToken('');
    // The SDK would call a 503 with Retry-After: 30 s a reason to wait up to 5 s longer.
    const first = await timed(strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR', error: answered(503, ''), retryAfterHint: new Date(Date.now() + 30000) }));
    expect(first.error).toBeUndefined();
    expect(first.ms).toBeGreaterThanOrEqual(95);
    expect(first.ms).toBeLessThan(400);
    token = first.value!;
    expect(token.getRetryCount()).toBe(1);
    const second = await timed(strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING', error: answered(400, { __type: 'ThrottlingException' }) }));
    expect(second.ms).toBeGreaterThanOrEqual(195);
    expect(second.ms).toBeLessThan(500);
    // The third attempt was the last.
    const third = await timed(strategy.refreshRetryTokenForRetry(second.value!, { errorType: 'TRANSIENT', error: answered(500, '') }));
    expect(third.error).toBeInstanceOf(Error);
    expect(third.ms).toBeLessThan(50);
  });

  it('does not retry what botocore does not, whatever the SDK calls it', async () => {
    for (const mode of ['standard', 'adaptive']) {
      const strategy = botocoreRetryStrategy(3, mode, () => 0);
      const token = await strategy.acquireInitialRetryToken('');
      const refused = await timed(strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING', error: answered(429, { __type: 'SlowDownPlease' }) }));
      expect(refused.error).toBeInstanceOf(Error);
    }
  });

  it('adaptive mode retries as standard mode does', async () => {
    const strategy = botocoreRetryStrategy(2, 'adaptive', () => 0);
    const token = await strategy.acquireInitialRetryToken('');
    // (A throttling error would also slow the rate limiter down, by seconds.)
    const next = await strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR', error: answered(502, '') });
    expect(next.getRetryCount()).toBe(1);
    strategy.recordSuccess(next);
  });
});
