// Proxies from the environment: which variable applies to which endpoint, lower case against
// upper case, NO_PROXY, a proxy URL without a scheme, and the reference's words when the proxy
// cannot be reached or will not tunnel (credentials in the proxy URL masked, as botocore's
// mask_proxy_url does it, quirk included).
//
// The scripted endpoint doubles as the proxy: a forwarded request reaches it with the target in
// absolute form (`http://ssm.example.invalid/`), which the recorded target shows; the made-up
// host is never looked up, since the proxy is asked for it. An https endpoint through the
// scripted endpoint as proxy gets its CONNECT refused (the connection is closed). Dead proxies
// are a closed local port; one attempt keeps those cases quick.
import { ok } from '../support/sample-responses.mjs';

const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
const OK = ok({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', Date: 1550507529.604, Status: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } });
const ELSEWHERE = ['--endpoint-url', 'http://ssm.example.invalid'];
const DIRECT = ['--endpoint-url', '{endpoint}'];
const DEAD = 'http://127.0.0.1:1';
const ONE_ATTEMPT = { AWS_MAX_ATTEMPTS: '1' };

function c(name, endpointArgs, env, responses = [OK]) {
  return { name, args: [...ALL, ...endpointArgs], env: { ...ONE_ATTEMPT, ...env }, responses };
}

export const cases = [
  c('HTTP_PROXY forwards an http call', ELSEWHERE, { HTTP_PROXY: '{endpoint}' }),
  c('http_proxy forwards an http call', ELSEWHERE, { http_proxy: '{endpoint}' }),
  c('a mixed-case name counts too', ELSEWHERE, { Http_Proxy: '{endpoint}' }),
  c('the lower-case spelling wins', ELSEWHERE, { HTTP_PROXY: DEAD, http_proxy: '{endpoint}' }),
  c('an empty lower-case spelling removes the proxy', DIRECT, { HTTP_PROXY: DEAD, http_proxy: '' }),
  c('an empty upper-case spelling is no proxy', DIRECT, { HTTP_PROXY: '' }),
  c('REQUEST_METHOD (CGI) drops HTTP_PROXY', DIRECT, { HTTP_PROXY: DEAD, REQUEST_METHOD: 'GET' }),
  c('REQUEST_METHOD keeps http_proxy', ELSEWHERE, { http_proxy: '{endpoint}', REQUEST_METHOD: 'GET' }),
  c('HTTPS_PROXY does not apply to an http endpoint', DIRECT, { HTTPS_PROXY: DEAD }),
  c('ALL_PROXY is not used', DIRECT, { ALL_PROXY: DEAD, all_proxy: DEAD }),
  c('NO_PROXY names the host', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: '127.0.0.1' }),
  c('no_proxy names the host', DIRECT, { HTTP_PROXY: DEAD, no_proxy: '127.0.0.1' }),
  c('NO_PROXY with a leading dot and spaces, among others', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: 'example.com, .0.0.1 ,' }),
  c('NO_PROXY as a host suffix', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: '0.0.1' }),
  c('NO_PROXY=* bypasses every host', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: '*' }),
  c('NO_PROXY in upper case matches', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: 'LOCALHOST,127.0.0.1' }),
  c('NO_PROXY for other hosts does not bypass', ELSEWHERE, { HTTP_PROXY: '{endpoint}', NO_PROXY: 'example.com,127.0.0.2' }),
  c('NO_PROXY does not match a partial label', DIRECT, { HTTP_PROXY: DEAD, NO_PROXY: '27.0.0.1' }),
  c('a dead proxy', DIRECT, { HTTP_PROXY: DEAD }),
  c('a dead proxy without a scheme', DIRECT, { HTTP_PROXY: '127.0.0.1:1' }),
  c('a dead proxy written //host:port', DIRECT, { HTTP_PROXY: '//127.0.0.1:1' }),
  c('a dead proxy with credentials (masked)', DIRECT, { HTTP_PROXY: 'http://u:p@127.0.0.1:1' }),
  c('a dead proxy with longer credentials (masked)', DIRECT, { HTTP_PROXY: 'http://ops-user:s3cret@127.0.0.1:1' }),
  c('a dead proxy with a user name only', DIRECT, { HTTP_PROXY: 'http://ops@127.0.0.1:1' }),
  c('a dead https proxy', DIRECT, { HTTP_PROXY: 'https://127.0.0.1:1' }),
  c('an https endpoint: a proxy that will not tunnel', ['--endpoint-url', 'https://ssm.example.invalid'], { HTTPS_PROXY: '{endpoint}' }),
  c('an https endpoint: a dead proxy with credentials', ['--endpoint-url', 'https://ssm.example.invalid'], { HTTPS_PROXY: 'http://u:p@127.0.0.1:1' }),
  c('an https endpoint in NO_PROXY goes direct', ['--endpoint-url', 'https://127.0.0.1:1'], { HTTPS_PROXY: '{endpoint}', NO_PROXY: '127.0.0.1' }),
  c('a proxy port that is not a number', DIRECT, { HTTP_PROXY: 'http://proxy:abc' }),
  c('a proxy with half an IPv6 address', DIRECT, { HTTP_PROXY: 'http://[::1' }),
  c('a proxy without a host', DIRECT, { HTTP_PROXY: 'http:///nohost' }),
  // The default endpoint's own host decides, not the region's plain one.
  c('a FIPS endpoint is matched against NO_PROXY by its own host', [], { AWS_USE_FIPS_ENDPOINT: 'true', HTTPS_PROXY: DEAD, NO_PROXY: 'ssm.us-east-1.amazonaws.com' }),
  c('the proxy forwards a service error', ELSEWHERE, { HTTP_PROXY: '{endpoint}' }, [{ status: 400, body: JSON.stringify({ __type: 'AssociationDoesNotExist', message: 'nope' }) }]),
  c('the proxy answers 502', ELSEWHERE, { HTTP_PROXY: '{endpoint}' }, [{ status: 502, body: 'Bad Gateway' }]),
];
