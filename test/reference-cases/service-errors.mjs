// Error responses from the service: the documented errors, the ways the error code and
// message can be spelled in an awsJson1.1 body, and which errors are retried (how often).
import { CALL_ARGS as ALL, SMALL_OK, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];

function err(name, responses, extra = {}) {
  return { name, args: [...ALL, ...E], responses, ...extra };
}
function raw(status, body, headers) {
  return headers ? { status, body, headers } : { status, body };
}

// The reference exits 0 and prints nothing for a 200 it cannot read (or a Python error for an
// array): a silent failure. ssm-assoc says what was wrong and exits 255.
function unreadable(stderr) {
  return { why: 'a 2xx response that cannot be read is an error, never silent success', exitCode: 255, stdout: '', stderr };
}

export const cases = [
  err('AssociationDoesNotExist', [serviceError('AssociationDoesNotExist', 'The association does not exist.')]),
  err('InvalidInstanceId', [serviceError('InvalidInstanceId', 'Instance id i-1234567890abcdef0 is not valid.')]),
  err('InvalidDocument', [serviceError('InvalidDocument', 'Document AWS-UpdateSSMAgent does not exist.')]),
  err('StatusUnchanged without a message', [serviceError('StatusUnchanged')]),
  err('StatusUnchanged with an empty message', [serviceError('StatusUnchanged', '')]),
  err('TooManyUpdates', [serviceError('TooManyUpdates', 'Too many updates.')]),
  err('TooManyUpdates is not retried', [serviceError('TooManyUpdates', 'Too many updates.'), SMALL_OK]),
  err('InternalServerError with one attempt', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('InternalServerError with two attempts', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_MAX_ATTEMPTS: '2' } }),
  err('InternalServerError with default attempts', [serviceError('InternalServerError', 'Something broke.', 500)]),
  err('InternalServerError then success', [serviceError('InternalServerError', 'Something broke.', 500), SMALL_OK]),
  err('InternalServerError with status 400 is not retried', [serviceError('InternalServerError', 'Something broke.', 400), SMALL_OK]),
  err('503 ServiceUnavailable with two attempts', [serviceError('ServiceUnavailable', 'Service is unavailable.', 503)], { env: { AWS_MAX_ATTEMPTS: '2' } }),
  err('ThrottlingException with default attempts', [serviceError('ThrottlingException', 'Rate exceeded')]),
  err('ThrottlingException then success', [serviceError('ThrottlingException', 'Rate exceeded'), SMALL_OK], { env: { AWS_MAX_ATTEMPTS: '2' } }),
  err('ThrottlingException with one attempt', [serviceError('ThrottlingException', 'Rate exceeded')], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('legacy retry mode is rejected', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_RETRY_MODE: 'legacy', AWS_MAX_ATTEMPTS: '2' } }),
  err('AWS_MAX_ATTEMPTS of zero', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_MAX_ATTEMPTS: '0' } }),
  err('AWS_MAX_ATTEMPTS not a number', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_MAX_ATTEMPTS: 'many' } }),
  err('bad AWS_RETRY_MODE', [serviceError('InternalServerError', 'Something broke.', 500)], { env: { AWS_RETRY_MODE: 'sometimes' } }),
  err('Message key with a capital M', [raw(400, JSON.stringify({ __type: 'AssociationDoesNotExist', Message: 'Capital message.' }))]),
  err('both message and Message keys', [raw(400, JSON.stringify({ __type: 'AssociationDoesNotExist', message: 'lower', Message: 'Upper' }))]),
  err('message key that is not a string', [raw(400, JSON.stringify({ __type: 'AssociationDoesNotExist', message: 42 }))]),
  err('unknown error code', [serviceError('SomethingNobodyDocumented', 'Mystery.')]),
  err('__type with a namespace prefix', [serviceError('com.amazonaws.ssm#AssociationDoesNotExist', 'Prefixed.')]),
  err('__type with a URL prefix and several hashes', [serviceError('http://internal.amazon.com/coral/a#b#InvalidDocument', 'Hashes.')]),
  err('code only in the x-amzn-errortype header', [raw(400, JSON.stringify({ message: 'Header only.' }), { 'x-amzn-errortype': 'InvalidInstanceId:http://internal.amazon.com/coral/com.amazonaws.ssm/' })]),
  err('header and __type disagree', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'Which one?' }), { 'x-amzn-errortype': 'InvalidInstanceId' })]),
  err('code in the x-amzn-query-error header', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'Query header wins.' }), { 'x-amzn-query-error': 'AWS.SimpleQueueService.NonExistentQueue;Sender' })]),
  err('malformed x-amzn-query-error header', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'No semicolon.' }), { 'x-amzn-query-error': 'JustACode' })]),
  err('code in a code key', [raw(400, JSON.stringify({ code: 'InvalidDocument', message: 'Code key.' }))]),
  err('400 with an empty JSON object', [raw(400, '{}')]),
  err('400 with an empty body', [raw(400, '')]),
  err('400 with a non-JSON body', [raw(400, '<html><body>Bad Request</body></html>', { 'content-type': 'text/html' })]),
  err('403 AccessDenied', [raw(403, JSON.stringify({ __type: 'AccessDeniedException', Message: 'User is not authorized.' }))]),
  err('403 with an empty body', [raw(403, '')]),
  err('404 with a non-JSON body', [raw(404, 'Not Found', { 'content-type': 'text/plain' })]),
  err('500 with an empty body and one attempt', [raw(500, '')], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('500 with a plain-text body and one attempt', [raw(500, 'upstream exploded', { 'content-type': 'text/plain' })], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('502 with an HTML body and one attempt', [raw(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' })], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('error message with non-ASCII and a newline', [serviceError('InvalidDocument', 'Dökümän ✓\nsecond line')]),
  err('error message with percent signs and braces', [serviceError('InvalidDocument', '100% {not} %s a format')]),
  err('very long error message', [serviceError('InvalidDocument', 'x'.repeat(2000))]),
  err('error with extra fields', [raw(400, JSON.stringify({ __type: 'InvalidDocument', message: 'Extra.', Reason: 'r', Details: { a: 1 } }))]),
  err('error with --output text', [serviceError('AssociationDoesNotExist', 'The association does not exist.')], { args: [...ALL, '--output', 'text', ...E] }),
  err('error with --query', [serviceError('AssociationDoesNotExist', 'The association does not exist.')], { args: [...ALL, '--query', 'AssociationDescription.Name', ...E] }),
  err('connection closed with one attempt', [{ action: 'close' }], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  err('connection closed then success', [{ action: 'close' }, SMALL_OK], { env: { AWS_MAX_ATTEMPTS: '2' } }),
  err('read timeout with one attempt', [{ action: 'stall' }], { env: { AWS_MAX_ATTEMPTS: '1' }, args: [...ALL, '--cli-read-timeout', '1', ...E] }),
  err('200 with a non-JSON body', [raw(200, 'this is not json')], {
    deviation: unreadable('\nThe response from endpoint URL "{endpoint}/" is not valid JSON (Expecting value: line 1 column 1 (char 0)); nothing was printed.\n'),
  }),
  err('200 with an empty body', [raw(200, '')], {
    deviation: unreadable('\nThe response from endpoint URL "{endpoint}/" had an empty body; expected a JSON object.\n'),
  }),
  err('200 with a JSON array body', [raw(200, '[1, 2]')], {
    deviation: unreadable('\nThe response from endpoint URL "{endpoint}/" is not a JSON object.\n'),
  }),
];
