// Endpoint URLs the reference will not send to: urlsplit's errors, botocore's host check
// (`Invalid endpoint: URL`) and the port, read while signing. All exit 255.
const ALL = ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=hi'];
const endpoint = (name, url) => ({ name, args: [...ALL, '--endpoint-url', url, '--cli-connect-timeout', '1'] });

export const cases = [
  endpoint('port out of range', 'http://127.0.0.1:99999'),
  endpoint('negative port', 'http://127.0.0.1:-1'),
  endpoint('port that is not a number', 'http://127.0.0.1:abc'),
  endpoint('unclosed IPv6 bracket', 'http://[::1'),
  endpoint('closing bracket alone', 'http://a]b'),
  endpoint('text before the bracket', 'http://x[::1]'),
  endpoint('bracketed host that is not an address', 'http://[zz]:80'),
  endpoint('bracketed IPv4 address', 'http://[127.0.0.1]:80'),
  endpoint('empty host before a path', 'http:///x'),
  endpoint('empty host', 'http://'),
  endpoint('space in the host', 'http://a b'),
  endpoint('label starting with a hyphen', 'http://-x'),
  endpoint('host of 256 characters', `http://${'a.'.repeat(127)}ab/`),
  {
    ...endpoint('IPv6 address with a port out of range', 'https://[::1]:70000'),
    deviation: {
      why: 'the reference refuses every IPv6 endpoint ("Invalid endpoint", its host pattern has no ":"); ssm-assoc accepts a valid IPv6 address and checks its port',
      exitCode: 255,
      stdout: '',
      stderr: '\nPort out of range 0-65535\n',
    },
  },
];
