// Which error answers botocore's standard retry mode retries (its transient status codes and
// error codes, its throttling codes, nothing else), how it reads the error code for that
// (x-amzn-query-error first, then __type with any `#` prefix cut, a `:` suffix kept), and
// where the `(reached max retries: N)` suffix appears (the last attempt was the last allowed).
import { CALL_ARGS as ALL, SMALL_OK, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const TWO = { AWS_MAX_ATTEMPTS: '2' };

function retry(name, responses, env) {
  return { name, args: [...ALL, ...E], responses, ...(env ? { env } : {}) };
}
function raw(status, body, headers) {
  return headers ? { status, body, headers } : { status, body };
}

export const cases = [
  retry('429 with an unknown __type is not retried', [serviceError('SlowDownPlease', 'Too many.', 429), SMALL_OK]),
  retry('429 with an empty body is not retried', [raw(429, ''), SMALL_OK]),
  retry('429 ThrottlingException is retried', [serviceError('ThrottlingException', 'Rate exceeded', 429)], TWO),
  retry('ThrottlingException with a :namespace suffix is not retried', [serviceError('ThrottlingException:http://internal.amazon.com/coral/com.amazonaws.ssm/', 'Rate exceeded'), SMALL_OK]),
  retry('ThrottlingException with a # prefix is retried', [serviceError('com.amazonaws.coral.availability#ThrottlingException', 'Rate exceeded')], TWO),
  retry('throttling code in x-amzn-query-error is retried', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'Slow down.' }), { 'x-amzn-query-error': 'Throttling;Sender' })], TWO),
  retry('transient code in x-amzn-query-error, then success', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'Later.' }), { 'x-amzn-query-error': 'RequestTimeout;Receiver' }), SMALL_OK]),
  retry('x-amzn-query-error without a type does not count', [raw(400, JSON.stringify({ __type: 'ThrottlingException', message: 'Header ignored.' }), { 'x-amzn-query-error': 'InvalidDocument' })], TWO),
  retry('RequestTimeoutException is retried', [serviceError('RequestTimeoutException', 'Timed out.')], TWO),
  retry('PriorRequestNotComplete is retried', [serviceError('PriorRequestNotComplete', 'Still busy.')], TWO),
  retry('TooManyRequestsException is retried', [serviceError('TooManyRequestsException', 'Too many.')], TWO),
  retry('TimeoutError is not retried', [serviceError('TimeoutError', 'Not botocore\'s.'), SMALL_OK]),
  retry('expired signature is not retried', [serviceError('InvalidSignatureException', 'Signature expired: 20150101T000000Z is now earlier than 20260101T000000Z.'), SMALL_OK]),
  retry('RequestTimeTooSkewed is not retried', [serviceError('RequestTimeTooSkewed', 'Clock skew.'), SMALL_OK]),
  retry('lower-case throttling code is not retried', [serviceError('throttlingexception', 'Case matters.'), SMALL_OK]),
  retry('501 is not retried', [serviceError('NotImplemented', 'No.', 501), SMALL_OK]),
  retry('504 with an empty body is retried', [raw(504, '')], TWO),
  retry('503 with Retry-After, then success', [raw(503, '', { 'retry-after': '30' }), SMALL_OK]),
  retry('a non-retried error on the only attempt', [serviceError('AssociationDoesNotExist', 'Gone.')], { AWS_MAX_ATTEMPTS: '1' }),
  retry('429 with an unknown __type on the only attempt', [serviceError('SlowDownPlease', 'Too many.', 429)], { AWS_MAX_ATTEMPTS: '1' }),
  retry('500, then a non-retried error on the last attempt', [serviceError('InternalServerError', 'Broke.', 500), serviceError('AssociationDoesNotExist', 'Gone.')], TWO),
  retry('500, then a non-retried error before the last attempt', [serviceError('InternalServerError', 'Broke.', 500), serviceError('AssociationDoesNotExist', 'Gone.')]),
  retry('adaptive mode retries throttling', [serviceError('ThrottlingException', 'Rate exceeded'), SMALL_OK], { AWS_RETRY_MODE: 'adaptive' }),
  retry('adaptive mode does not retry a 429 with an unknown __type', [serviceError('SlowDownPlease', 'Too many.', 429), SMALL_OK], { AWS_RETRY_MODE: 'adaptive' }),
];
