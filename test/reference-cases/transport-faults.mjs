// Transport faults in the middle of an answer, and request headers the HTTP client refuses:
// how often the reference tries, and what it says. A reset or a stall mid-body is a transient
// error that botocore retries; a clean close mid-body is not an error to urllib3 1.26 at all.
import { CALL_ARGS as ALL, SMALL_OK } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const BODY = JSON.stringify({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', Status: { Name: 'Pending', Message: 'a message long enough to be cut' } } });
const ERROR_BODY = JSON.stringify({ __type: 'InvalidDocument', message: 'Document AWS-UpdateSSMAgent does not exist.' });

// Node's HTTP client cannot send these; the reference sends them and the server refuses the
// request (a 400 here, from Node's own HTTP parser).
function unsendable(repr) {
  return {
    why: 'a header value Node cannot send (a control character, a folded line) fails before sending, in the words botocore uses for one Python refuses',
    exitCode: 255,
    stdout: '',
    stderr: `\nAn HTTP Client raised an unhandled exception: Invalid header value ${repr}\n`,
  };
}

function fault(name, responses, extra = {}) {
  return { name, args: [...ALL, ...(extra.extraArgs ?? []), ...E], responses, ...(extra.env ? { env: extra.env } : {}), ...(extra.deviation ? { deviation: extra.deviation } : {}) };
}

export const cases = [
  fault('reset mid-body, default attempts', [{ status: 200, body: BODY, action: 'reset-mid-body' }]),
  fault('reset mid-body of an error, then success', [{ status: 400, body: ERROR_BODY, action: 'reset-mid-body' }, SMALL_OK]),
  fault('body stalled after the headers', [{ status: 200, body: BODY, action: 'stall-mid-body', sentBytes: 0 }], {
    extraArgs: ['--cli-read-timeout', '1'],
    env: { AWS_MAX_ATTEMPTS: '2' },
  }),
  fault('body stalled part way, then success', [{ status: 200, body: BODY, action: 'stall-mid-body' }, SMALL_OK], { extraArgs: ['--cli-read-timeout', '1'] }),
  fault('200 cut short by a clean close', [{ status: 200, body: BODY, action: 'close-mid-body' }], {
    deviation: {
      why: 'a 2xx response that cannot be read is an error, never silent success',
      exitCode: 255,
      stdout: '',
      stderr: `\nThe response from endpoint URL "{endpoint}/" was cut short: ${Math.floor(BODY.length / 2)} of ${BODY.length} bytes of its body arrived before the connection closed; nothing was printed.\n`,
    },
  }),
  fault('400 cut short by a clean close', [{ status: 400, body: ERROR_BODY, action: 'close-mid-body', sentBytes: 20 }]),
  fault('session token with a newline', [SMALL_OK], { env: { AWS_SESSION_TOKEN: 'token\nsecond-line' } }),
  fault('session token with a carriage return', [SMALL_OK], { env: { AWS_SESSION_TOKEN: 'token\rrest', AWS_MAX_ATTEMPTS: '1' } }),
  fault('session token with a folded line', [SMALL_OK], {
    env: { AWS_SESSION_TOKEN: 'token\n folded', AWS_MAX_ATTEMPTS: '1' },
    deviation: unsendable("b'token\\n folded'"),
  }),
  fault('session token with a control character', [SMALL_OK], {
    env: { AWS_SESSION_TOKEN: 'token\u0001rest', AWS_MAX_ATTEMPTS: '1' },
    deviation: unsendable("b'token\\x01rest'"),
  }),
  fault('session token beyond Latin-1', [SMALL_OK], { env: { AWS_SESSION_TOKEN: 'token✓', AWS_MAX_ATTEMPTS: '1' } }),
  fault('session token in Latin-1', [SMALL_OK], { env: { AWS_SESSION_TOKEN: 'tokén', AWS_MAX_ATTEMPTS: '1' } }),
];
