// Configuration, credentials and transport: profiles and the files they live in, where the
// region and output come from, every credential source the reference checks before it sends
// anything, endpoint and TLS settings on a plain-HTTP endpoint, timeouts, retry settings and
// retry counts for throttling, 5xx and connection failures.
//
// Nothing here may reach past 127.0.0.1: the cases that configure a role, web identity or SSO
// stop at a configuration error before any STS or SSO call, and they also carry HTTPS_PROXY and
// HTTP_PROXY set to a closed local port (NO_PROXY=127.0.0.1 keeps the scripted endpoint direct),
// so a request the reference made anyway would fail locally. The rest of these sources (a role
// assumed through STS, SSO credentials, web identity) is tested in test/e2e/config.test.ts
// against local STS and SSO servers.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
const OK = ok({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', Date: 1550507529.604, Status: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } });
const THROTTLED = serviceError('ThrottlingException', 'Rate exceeded');
const UNAVAILABLE = serviceError('ServiceUnavailable', 'Service is unavailable.', 503);
const NO_KEYS = { AWS_ACCESS_KEY_ID: null, AWS_SECRET_ACCESS_KEY: null };
const LOCAL_ONLY = { HTTPS_PROXY: 'http://127.0.0.1:1', HTTP_PROXY: 'http://127.0.0.1:1', NO_PROXY: '127.0.0.1' };
const CONFIG = 'home/.aws/config';
const CREDENTIALS = 'home/.aws/credentials';
const ROLE = 'role_arn = arn:aws:iam::123456789012:role/ssm-assoc\n';
const SSO = 'sso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n';

/** A case that sends the usual request to the scripted endpoint (answering OK unless told). */
function c(name, extra = {}) {
  return { name, args: [...ALL, ...E, ...(extra.extraArgs ?? [])], responses: extra.responses ?? [OK], ...strip(extra) };
}
function strip(extra) {
  const { extraArgs: _a, responses: _r, ...rest } = extra;
  return rest;
}
/** A case with no credentials in the environment and only local network access. */
function creds(name, files, extra = {}) {
  return c(name, { ...extra, files, env: { ...NO_KEYS, ...LOCAL_ONLY, ...(extra.env ?? {}) } });
}
const proc = (script) => ({ [CONFIG]: '[default]\ncredential_process = sh {dir}/creds.sh\n', 'creds.sh': script });
const PROCESS_OK = 'echo \'{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret-key", "SessionToken": "process-token"}\'\n';


export const cases = [
  // --- Regions: an invalid name shows which setting won.
  c('no region anywhere', { env: { AWS_DEFAULT_REGION: null } }),
  c('region from the default profile', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = profile_region!\n' } }),
  c('region from the credentials file', { env: { AWS_DEFAULT_REGION: null }, files: { [CREDENTIALS]: '[default]\nregion = credentials_region!\n' } }),
  c('AWS_DEFAULT_REGION beats the profile', { env: { AWS_DEFAULT_REGION: 'env_default_region!' }, files: { [CONFIG]: '[default]\nregion = profile_region!\n' } }),
  c('AWS_REGION beats AWS_DEFAULT_REGION', { env: { AWS_REGION: 'aws/region', AWS_DEFAULT_REGION: 'env_default_region!' } }),
  c('--region beats AWS_REGION', { env: { AWS_REGION: 'aws/region' }, extraArgs: ['--region', 'flag region'] }),
  c('region of a named profile', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = us-east-1\n[profile other]\nregion = other_region!\n' }, extraArgs: ['--profile', 'other'] }),
  c('a valid region from the profile', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = eu-west-1\n' } }),
  c('an empty AWS_DEFAULT_REGION hides the profile region', {
    env: { AWS_DEFAULT_REGION: '' },
    files: { [CONFIG]: '[default]\nregion = profile_region!\n' },
    deviation: {
      why: 'an empty region is no region: the reference signs for the region "" (and without --endpoint-url fails with "Invalid endpoint: https://ssm..amazonaws.com")',
      exitCode: 253,
      stdout: '',
      stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
      requests: [],
    },
  }),

  // --- Profiles: which one is used, and where it may live.
  c('output from the default profile', { files: { [CONFIG]: '[default]\noutput = text\n' } }),
  c('output from [profile default]', { files: { [CONFIG]: '[profile default]\noutput = text\n' } }),
  c('AWS_DEFAULT_OUTPUT beats the profile', { env: { AWS_DEFAULT_OUTPUT: 'yaml' }, files: { [CONFIG]: '[default]\noutput = text\n' } }),
  c('--output beats AWS_DEFAULT_OUTPUT', { env: { AWS_DEFAULT_OUTPUT: 'yaml' }, extraArgs: ['--output', 'text'] }),
  c('unknown output in the profile fails after the call', { files: { [CONFIG]: '[default]\noutput = xml\n' } }),
  c('--profile selects a profile', { files: { [CONFIG]: '[default]\noutput = yaml\n[profile p]\noutput = text\n' }, extraArgs: ['--profile', 'p'] }),
  c('AWS_PROFILE selects a profile', { env: { AWS_PROFILE: 'p' }, files: { [CONFIG]: '[default]\noutput = yaml\n[profile p]\noutput = text\n' } }),
  c('AWS_DEFAULT_PROFILE selects a profile', { env: { AWS_DEFAULT_PROFILE: 'p' }, files: { [CONFIG]: '[default]\noutput = yaml\n[profile p]\noutput = text\n' } }),
  c('AWS_PROFILE beats AWS_DEFAULT_PROFILE', { env: { AWS_PROFILE: 'p', AWS_DEFAULT_PROFILE: 'q' }, files: { [CONFIG]: '[profile p]\noutput = text\n[profile q]\noutput = yaml\n' } }),
  c('--profile beats AWS_PROFILE', { env: { AWS_PROFILE: 'q' }, files: { [CONFIG]: '[profile p]\noutput = text\n[profile q]\noutput = yaml\n' }, extraArgs: ['--profile', 'p'] }),
  c('an empty --profile is the default profile', { files: { [CONFIG]: '[default]\noutput = text\n' }, extraArgs: ['--profile', ''] }),
  c('a profile only in the credentials file', { files: { [CREDENTIALS]: '[p]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\noutput = text\n' }, extraArgs: ['--profile', 'p'] }),
  c('credentials file values beat the config file', { files: { [CONFIG]: '[default]\noutput = yaml\n', [CREDENTIALS]: '[default]\noutput = text\n' } }),
  c('unknown profile from --profile', { extraArgs: ['--profile', 'nope'] }),
  c('unknown profile from AWS_PROFILE', { env: { AWS_PROFILE: 'nope' } }),
  c('unknown profile from AWS_DEFAULT_PROFILE', { env: { AWS_DEFAULT_PROFILE: 'nope' } }),
  c('an empty AWS_PROFILE names no existing profile', { env: { AWS_PROFILE: '' } }),
  c('[p] in the config file is not profile p', { files: { [CONFIG]: '[p]\noutput = text\n' }, extraArgs: ['--profile', 'p'] }),
  c('AWS_CONFIG_FILE names the config file', { env: { AWS_CONFIG_FILE: '{dir}/my-config' }, files: { 'my-config': '[default]\noutput = text\n' } }),
  c('AWS_SHARED_CREDENTIALS_FILE names the credentials file', {
    env: { ...NO_KEYS, AWS_SHARED_CREDENTIALS_FILE: '{dir}/my-credentials' },
    files: { 'my-credentials': '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\n' },
  }),
  c('config files that do not exist', { env: { AWS_CONFIG_FILE: '{dir}/none', AWS_SHARED_CREDENTIALS_FILE: '{dir}/none-either' } }),
  c('comments, blank lines and nested values', { files: { [CONFIG]: '# a comment\n; another\n\n[default]\noutput = text\ns3 =\n  max_concurrent_requests = 10\n\n[profile x]\nregion = us-west-2\n' } }),
  c('a line before any section', { files: { [CONFIG]: 'region = us-east-1\n[default]\n' } }),
  c('an unclosed section header', { files: { [CONFIG]: '[default\nregion = us-east-1\n' } }),
  c('a line without a value', { files: { [CONFIG]: '[default]\nregion\n' } }),
  c('a section twice', { files: { [CONFIG]: '[default]\nregion = us-east-1\n[default]\noutput = text\n' } }),
  c('an option twice', { files: { [CONFIG]: '[default]\nregion = us-east-1\nregion = us-west-2\n' } }),
  c('a nested value without =', { files: { [CONFIG]: '[default]\ns3 =\n  novalue\n' } }),
  c('a credentials file that cannot be parsed', { files: { [CREDENTIALS]: 'garbage\n' } }),
  c('a colon as the delimiter', { files: { [CONFIG]: '[default]\noutput: text\n' } }),
  // --- configparser's reading, where the SDK's ini loader reads otherwise.
  c('an upper-case key', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nRegion = profile_region!\n' } }),
  c('a colon after a key with spaces', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion   :   profile_region!\n' } }),
  c('an inline comment is part of the value', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = profile_region! # prod\n' } }),
  c('an inline ; comment is part of the value', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = profile_region! ;prod\n' } }),
  c('a comment line between options', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\n  # region = commented!\nregion = profile_region!\n' } }),
  c('a continuation line joins the value', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = profile\n\t_region!\n' } }),
  c('a blank line inside a continued value', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default]\nregion = profile\n\n  _region!\noutput = text\n' } }),
  c('DEFAULT values reach the profile', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[DEFAULT]\nregion = default_section!\n[default]\noutput = json\n' } }),
  c('a profile overrides DEFAULT', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[DEFAULT]\nregion = default_section!\n[default]\nregion = profile_region!\n' } }),
  c('DEFAULT alone is no profile', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[DEFAULT]\nregion = default_section!\n' } }),
  c('two blanks in a profile header', { env: { AWS_DEFAULT_REGION: null, AWS_PROFILE: 'dev' }, files: { [CONFIG]: '[profile  dev]\nregion = dev_region!\n' } }),
  c('a quoted profile name', { env: { AWS_DEFAULT_REGION: null }, extraArgs: ['--profile', 'my dev'], files: { [CONFIG]: '[profile "my dev"]\nregion = dev_region!\n' } }),
  c('a profile header with an unbalanced quote is skipped', { env: { AWS_DEFAULT_REGION: null }, extraArgs: ['--profile', 'dev'], files: { [CONFIG]: '[profile "dev]\nregion = dev_region!\n[default]\nregion = profile_region!\n' } }),
  c('text after a section header', { env: { AWS_DEFAULT_REGION: null }, files: { [CONFIG]: '[default] ; the default\nregion = profile_region!\n' } }),
  c('output in upper case', { files: { [CONFIG]: '[default]\nOUTPUT = text\n' } }),
  creds('credentials with upper-case keys', { [CREDENTIALS]: '[default]\nAWS_ACCESS_KEY_ID = AKIDFILE\nAWS_SECRET_ACCESS_KEY = file-secret\n' }),
  creds('credentials with colons', { [CREDENTIALS]: '[default]\naws_access_key_id: AKIDFILE\naws_secret_access_key: file-secret\n' }),
  creds('credentials from DEFAULT', { [CREDENTIALS]: '[DEFAULT]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n[default]\n' }),

  // --- cli_timestamp_format
  c('cli_timestamp_format wire', { files: { [CONFIG]: '[default]\ncli_timestamp_format = wire\n' } }),
  c('cli_timestamp_format iso8601', { files: { [CONFIG]: '[default]\ncli_timestamp_format = iso8601\n' } }),
  c('cli_timestamp_format unknown', { files: { [CONFIG]: '[default]\ncli_timestamp_format = epoch\n' } }),

  // --- Credentials: environment and static keys
  creds('no credentials anywhere', {}),
  c('keys and session token in the environment', { env: { AWS_SESSION_TOKEN: 'session-token-from-env' } }),
  c('only AWS_ACCESS_KEY_ID in the environment', { env: { AWS_SECRET_ACCESS_KEY: null } }),
  c('only AWS_SECRET_ACCESS_KEY in the environment', { env: { AWS_ACCESS_KEY_ID: null } }),
  creds('keys in the credentials file', { [CREDENTIALS]: '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\naws_session_token = file-token\n' }),
  creds('keys in the config file', { [CONFIG]: '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\n' }),
  creds('an access key without a secret in the credentials file', { [CREDENTIALS]: '[default]\naws_access_key_id = AKIDFILE\n' }),
  creds('an access key without a secret in the config file', { [CONFIG]: '[default]\naws_access_key_id = AKIDFILE\n' }),
  c('--profile ignores keys in the environment', { files: { [CONFIG]: '[profile p]\noutput = text\n' }, extraArgs: ['--profile', 'p'] }),
  c('AWS_PROFILE does not hide keys in the environment', { env: { AWS_PROFILE: 'p' }, files: { [CONFIG]: '[profile p]\noutput = text\n' } }),
  creds('--no-sign-request needs no credentials', {}, { extraArgs: ['--no-sign-request'] }),
  creds('--no-sign-request loads no credentials', { [CONFIG]: `[default]\n${ROLE}source_profile = nope\n` }, {
    extraArgs: ['--no-sign-request'],
    deviation: {
      why: '--no-sign-request loads no credentials, so a broken credential setting cannot stop an unsigned request (the reference loads them anyway)',
      exitCode: 0,
      stdout: '{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent",\n        "Date": "2019-02-18T16:32:09.604000+00:00",\n        "Status": {\n            "Date": "2015-02-20T08:31:11+00:00",\n            "Name": "Pending",\n            "Message": "hi"\n        }\n    }\n}\n',
      stderr: '',
      requests: [{ target: 'AmazonSSM.UpdateAssociationStatus', body: { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } }],
    },
  }),

  // --- credential_process
  creds('credential_process', proc(PROCESS_OK)),
  creds('credential_process that fails', proc('echo "cannot reach the vault" >&2\nexit 3\n')),
  creds('credential_process that prints no JSON', proc('echo not json\n')),
  creds('credential_process with Version 2', proc('echo \'{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"}\'\n')),
  creds('credential_process without a Version', proc('echo \'{"AccessKeyId": "A", "SecretAccessKey": "s"}\'\n')),
  creds('credential_process without AccessKeyId', proc('echo \'{"Version": 1, "SecretAccessKey": "s"}\'\n')),
  creds('credential_process with expired credentials', proc('echo \'{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "2000-01-01T00:00:00Z"}\'\n')),
  creds('credential_process program that does not exist', { [CONFIG]: '[default]\ncredential_process = {dir}/no-such-program --flag\n' }),
  creds('credential_process in the credentials file', { [CREDENTIALS]: '[default]\ncredential_process = sh {dir}/creds.sh\n', 'creds.sh': 'echo "from the credentials file" >&2\nexit 1\n' }),
  creds('credentials file keys beat credential_process', {
    ...proc('exit 1\n'),
    [CREDENTIALS]: '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\n',
  }),
  creds('credential_process beats config file keys', {
    [CONFIG]: '[default]\ncredential_process = sh {dir}/creds.sh\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-key\n',
    'creds.sh': 'echo "the process ran" >&2\nexit 1\n',
  }),

  // --- Roles: what is checked before STS is called
  creds('role_arn with neither source_profile nor credential_source', { [CONFIG]: `[default]\n${ROLE}` }),
  creds('role_arn with both source_profile and credential_source', { [CONFIG]: `[default]\n${ROLE}source_profile = base\ncredential_source = Environment\n[profile base]\naws_access_key_id = A\naws_secret_access_key = s\n` }),
  creds('source_profile that does not exist', { [CONFIG]: `[default]\n${ROLE}source_profile = nope\n` }),
  creds('source_profile without credentials', { [CONFIG]: `[default]\n${ROLE}source_profile = base\n[profile base]\nregion = us-east-1\n` }),
  creds('source_profile with a partial key', { [CONFIG]: `[default]\n${ROLE}source_profile = base\n[profile base]\naws_access_key_id = AKIDBASE\n` }),
  creds('source_profile whose credential_process fails', { [CONFIG]: `[default]\n${ROLE}source_profile = base\n[profile base]\ncredential_process = sh {dir}/creds.sh\n`, 'creds.sh': 'echo "base process failed" >&2\nexit 2\n' }),
  creds('source_profile pointing at itself without keys', { [CONFIG]: `[default]\n${ROLE}source_profile = default\n` }),
  creds('source_profile loop through two profiles', { [CONFIG]: `[default]\n${ROLE}source_profile = a\n[profile a]\n${ROLE}source_profile = b\n[profile b]\n${ROLE}source_profile = a\n` }),
  creds('credential_source that is not valid', { [CONFIG]: `[default]\n${ROLE}credential_source = Moon\n` }),
  creds('credential_source Environment without keys', { [CONFIG]: `[default]\n${ROLE}credential_source = Environment\n` }),
  creds('credential_source Ec2InstanceMetadata with metadata disabled', { [CONFIG]: `[default]\n${ROLE}credential_source = Ec2InstanceMetadata\n` }),
  creds('credential_source EcsContainer outside a container', { [CONFIG]: `[default]\n${ROLE}credential_source = EcsContainer\n` }),

  // --- Web identity and SSO: what is checked before STS or the SSO portal is called
  creds('web identity token file that does not exist (profile)', { [CONFIG]: `[default]\n${ROLE}web_identity_token_file = {dir}/no-token\n` }),
  creds('web identity token file that does not exist (environment)', {}, { env: { AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/ssm-assoc', AWS_WEB_IDENTITY_TOKEN_FILE: '{dir}/no-token' } }),
  creds('web identity token file without a role', {}, { env: { AWS_WEB_IDENTITY_TOKEN_FILE: '{dir}/no-token' } }),
  creds('SSO without a cached token', { [CONFIG]: `[default]\n${SSO}` }),
  creds('SSO session without a cached token', { [CONFIG]: '[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n' }),
  creds('SSO session that does not exist', { [CONFIG]: '[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n' }),
  creds('SSO profile missing sso_region', { [CONFIG]: '[default]\nsso_start_url = https://example.awsapps.com/start\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n' }),
  creds('SSO profile and session disagree', { [CONFIG]: '[default]\nsso_session = corp\nsso_region = eu-west-1\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n' }),
  creds('SSO start URL alone is not an SSO profile', { [CONFIG]: '[default]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n' }),

  // --- Endpoint
  c('--endpoint-url without a scheme', { args: [...ALL, '--endpoint-url', 'localhost'] }),
  c('--endpoint-url that is empty', { args: [...ALL, '--endpoint-url', ''] }),
  c('--endpoint-url with another scheme', { args: [...ALL, '--endpoint-url', 'ftp://127.0.0.1:1'], env: { AWS_MAX_ATTEMPTS: '1' } }),
  c('--endpoint-url with a path', { args: [...ALL, '--endpoint-url', '{endpoint}/base/path'] }),
  c('--endpoint-url beats AWS_ENDPOINT_URL', { env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_ENDPOINT_URL_SSM: 'http://127.0.0.1:1' } }),

  // --- TLS settings with an http endpoint: nothing to verify
  c('AWS_CA_BUNDLE that does not exist, http endpoint', { env: { AWS_CA_BUNDLE: '{dir}/no-bundle.pem' } }),
  c('--ca-bundle that does not exist, http endpoint', { extraArgs: ['--ca-bundle', '{dir}/no-bundle.pem'] }),
  c('ca_bundle in the profile that does not exist, http endpoint', { files: { [CONFIG]: '[default]\nca_bundle = {dir}/no-bundle.pem\n' } }),
  c('--no-verify-ssl with an http endpoint warns of nothing', { extraArgs: ['--no-verify-ssl'] }),

  // --- Timeouts
  c('no timeouts at all', { extraArgs: ['--cli-connect-timeout', '0', '--cli-read-timeout', '0'] }),
  c('a negative read timeout', { extraArgs: ['--cli-read-timeout', '-1'] }),
  c('a negative connect timeout', { extraArgs: ['--cli-connect-timeout', '-2'] }),
  c('negative connect and read timeouts', { extraArgs: ['--cli-read-timeout', '-1', '--cli-connect-timeout', '-2'] }),
  c('read timeout with default attempts', { responses: [{ action: 'stall' }], extraArgs: ['--cli-read-timeout', '1'] }),
  c('read timeout then success', { responses: [{ action: 'stall' }, OK], extraArgs: ['--cli-read-timeout', '1'] }),

  // --- Retry settings and counts
  c('max_attempts in the profile', { responses: [THROTTLED], files: { [CONFIG]: '[default]\nmax_attempts = 2\n' } }),
  c('AWS_MAX_ATTEMPTS beats the profile', { responses: [THROTTLED], env: { AWS_MAX_ATTEMPTS: '1' }, files: { [CONFIG]: '[default]\nmax_attempts = 2\n' } }),
  c('retry_mode adaptive in the profile', { responses: [THROTTLED], files: { [CONFIG]: '[default]\nretry_mode = adaptive\nmax_attempts = 2\n' } }),
  c('retry_mode legacy in the profile', { responses: [THROTTLED], files: { [CONFIG]: '[default]\nretry_mode = legacy\n' } }),
  c('max_attempts in the profile that is not a number', { files: { [CONFIG]: '[default]\nmax_attempts = many\n' } }),
  c('max_attempts of zero in the profile', { files: { [CONFIG]: '[default]\nmax_attempts = 0\n' } }),
  c('an empty AWS_MAX_ATTEMPTS', { env: { AWS_MAX_ATTEMPTS: '' } }),
  c('an empty AWS_RETRY_MODE', { env: { AWS_RETRY_MODE: '' } }),
  c('throttled twice then success', { responses: [THROTTLED, THROTTLED, OK] }),
  c('503 then success', { responses: [UNAVAILABLE, OK] }),
  c('503 with default attempts', { responses: [UNAVAILABLE] }),
  c('connection closed with default attempts', { responses: [{ action: 'close' }] }),
  c('connection closed twice then success', { responses: [{ action: 'close' }, { action: 'close' }, OK] }),
  c('connection refused with default attempts', { args: [...ALL, '--endpoint-url', 'http://127.0.0.1:1'] }),
  c('connection refused with one attempt', { args: [...ALL, '--endpoint-url', 'http://127.0.0.1:1'], env: { AWS_MAX_ATTEMPTS: '1' } }),
];
