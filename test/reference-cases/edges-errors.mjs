// Error bodies the awsJson1.1 error parser meets rarely: `__type` null, a list, a number or
// missing; `message` null; bodies that are JSON but not an object (null, a list, a string, a
// number) at 4xx and 5xx.
const E = ['--endpoint-url', '{endpoint}'];
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
const ONE_ATTEMPT = { AWS_MAX_ATTEMPTS: '1' };

/** Where the reference crashes on the body, the status stands in for the code it cannot read. */
function crash(status, message = '', retries = '') {
  return {
    why: 'the reference crashes with a Python error (exit 255) on an error body it cannot read; ssm-assoc reports the service error with the HTTP status as its code, as for a body without __type',
    exitCode: 254,
    stderr: `\nAn error occurred (${status}) when calling the UpdateAssociationStatus operation${retries}: ${message}\n`,
  };
}

function err(name, status, body, extra = {}) {
  return { name, args: [...ALL, ...E], responses: [{ status, body }], ...extra };
}

export const cases = [
  err('__type null', 400, '{"__type": null, "message": "Null type."}'),
  err('__type missing', 400, '{"message": "No type."}'),
  err('__type a list', 400, '{"__type": ["InvalidDocument"], "message": "List type."}', { deviation: crash(400, 'List type.') }),
  err('__type a list holding a hash', 400, '{"__type": ["a#b", "#"], "message": "List with a hash."}', { deviation: crash(400, 'List with a hash.') }),
  err('__type a number', 400, '{"__type": 5, "message": "Number type."}', { deviation: crash(400, 'Number type.') }),
  err('__type an object', 400, '{"__type": {"code": "InvalidDocument"}, "message": "Object type."}', { deviation: crash(400, 'Object type.') }),
  err('__type empty', 400, '{"__type": "", "message": "Empty type."}'),
  err('__type ending in a hash', 400, '{"__type": "com.amazonaws.ssm#", "message": "Trailing hash."}'),
  err('message null', 400, '{"__type": "InvalidDocument", "message": null}'),
  err('message null and Message set', 400, '{"__type": "InvalidDocument", "message": null, "Message": "Upper."}'),
  err('message a list', 400, '{"__type": "InvalidDocument", "message": ["a", 1, null, true]}'),
  err('message an object', 400, '{"__type": "InvalidDocument", "message": {"a": 1.5}}'),
  err('message false', 400, '{"__type": "InvalidDocument", "message": false}'),
  err('400 body JSON null', 400, 'null', { deviation: crash(400) }),
  err('400 body JSON array', 400, '[{"__type": "InvalidDocument"}]', { deviation: crash(400) }),
  err('400 body JSON string', 400, '"InvalidDocument"', { deviation: crash(400) }),
  err('400 body JSON number', 400, '42', { deviation: crash(400) }),
  err('500 body JSON null', 500, 'null', { env: ONE_ATTEMPT, deviation: crash(500, '', ' (reached max retries: 0)') }),
  err('500 body JSON array', 500, '[]', { env: ONE_ATTEMPT, deviation: crash(500, '', ' (reached max retries: 0)') }),
  err('503 __type null', 503, '{"__type": null}', { env: ONE_ATTEMPT }),
];
