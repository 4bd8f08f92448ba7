// Differential cases for the output settings: where the output format comes from (`--output`,
// AWS_DEFAULT_OUTPUT, the profile's `output`, json) and what an unknown or empty value does;
// and the profile's `cli_timestamp_format` (`wire`, `iso8601`, anything else) in json, text,
// table and yaml, including a response whose timestamps arrive as floats, ints and strings.
//
// The harness sets AWS_PAGER='' and never gives the CLI a terminal, so nothing here is paged
// and `--color auto` is plain: test/e2e/pager.test.ts covers the terminal cases.
import fs from 'node:fs';
import { documentationExample, ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
/** Status is small and shows every format's look (a map of scalars with one timestamp). */
const STATUS = ['--query', 'AssociationDescription.Status'];
const FORMATS = ['json', 'text', 'table', 'yaml'];

const config = (text) => ({ 'home/.aws/config': text });
// With --profile, botocore ignores the environment's keys: the profile needs its own.
const KEYS = 'aws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n';
const withKeys = (text) => ({ 'home/.aws/config': text, 'home/.aws/credentials': `[p]\n${KEYS}` });

/** A successful call printing Status; `args` are added after the common ones. */
function call(name, { args = [], ...rest } = {}) {
  return { name, args: [...ALL, ...E, ...STATUS, ...args], responses: [ok(documentationExample)], ...rest };
}

// Timestamps as the service could send them (raw JSON, so ints and floats stay apart): a float
// with a fraction, an int, an ISO string, a whole float and an epoch string; then an exponent
// float, a string with a fraction, an RFC 822 string, a negative int and a large float.
const mixedTimestamps =
  '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "InstanceId": "i-1234567890abcdef0",' +
  ' "Date": 1550507529.604, "LastUpdateAssociationDate": 1550507806,' +
  ' "Status": {"Date": "2015-02-20T08:31:11Z", "Name": "Pending", "Message": "hi"},' +
  ' "LastExecutionDate": 1550507808.0, "LastSuccessfulExecutionDate": "1550507808"}}';
const moreTimestamps =
  '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent",' +
  ' "Date": 1.550507806974e9, "LastUpdateAssociationDate": "1550507529.604",' +
  ' "Status": {"Date": "Fri, 20 Feb 2015 08:31:11 GMT", "Name": "Pending", "Message": "hi"},' +
  ' "LastExecutionDate": -1, "LastSuccessfulExecutionDate": 1e10}}';

const precedence = [
  call('no setting prints json'),
  call('profile output text', { files: config('[default]\noutput = text\n') }),
  call('profile output table', { files: config('[default]\noutput = table\n') }),
  call('profile output yaml-stream', { files: config('[default]\noutput = yaml-stream\n') }),
  call('AWS_DEFAULT_OUTPUT text', { env: { AWS_DEFAULT_OUTPUT: 'text' } }),
  call('AWS_DEFAULT_OUTPUT beats profile output', { env: { AWS_DEFAULT_OUTPUT: 'table' }, files: config('[default]\noutput = text\n') }),
  call('--output beats AWS_DEFAULT_OUTPUT and profile', { args: ['--output', 'yaml'], env: { AWS_DEFAULT_OUTPUT: 'table' }, files: config('[default]\noutput = text\n') }),
  call('--output json beats AWS_DEFAULT_OUTPUT', { args: ['--output', 'json'], env: { AWS_DEFAULT_OUTPUT: 'yaml' } }),
  call('output of the AWS_PROFILE profile', { env: { AWS_PROFILE: 'p' }, files: config('[default]\noutput = yaml\n\n[profile p]\noutput = text\n') }),
  call('output of the --profile profile', { args: ['--profile', 'p'], files: withKeys('[default]\noutput = yaml\n\n[profile p]\noutput = text\n') }),
  call('output of another profile is ignored', { files: config('[profile p]\noutput = text\n') }),
  call('output in the credentials file', { files: { 'home/.aws/credentials': '[default]\noutput = text\n' } }),
  call('credentials file output beats config file output', {
    files: { 'home/.aws/config': '[default]\noutput = yaml\n', 'home/.aws/credentials': '[default]\noutput = text\n' },
  }),
  call('--color on with json stays plain', { args: ['--color', 'on'] }),
  call('--color on with text stays plain', { args: ['--output', 'text', '--color', 'on'] }),
  call('--color on with yaml stays plain', { args: ['--output', 'yaml', '--color', 'on'] }),
  call('--color auto with table on a pipe is plain', { args: ['--output', 'table', '--color', 'auto'] }),
  call('--color off with table is plain', { args: ['--output', 'table', '--color', 'off'] }),
];

const invalidOutput = [
  call('AWS_DEFAULT_OUTPUT unknown', { env: { AWS_DEFAULT_OUTPUT: 'bogus' } }),
  call('AWS_DEFAULT_OUTPUT upper case', { env: { AWS_DEFAULT_OUTPUT: 'JSON' } }),
  call('AWS_DEFAULT_OUTPUT with spaces', { env: { AWS_DEFAULT_OUTPUT: ' text' } }),
  call('AWS_DEFAULT_OUTPUT empty', { env: { AWS_DEFAULT_OUTPUT: '' } }),
  call('AWS_DEFAULT_OUTPUT empty over profile text', { env: { AWS_DEFAULT_OUTPUT: '' }, files: config('[default]\noutput = text\n') }),
  call('profile output unknown', { files: config('[default]\noutput = bogus\n') }),
  call('profile output empty', { files: config('[default]\noutput =\n') }),
  call('profile output unknown under valid AWS_DEFAULT_OUTPUT', { env: { AWS_DEFAULT_OUTPUT: 'text' }, files: config('[default]\noutput = bogus\n') }),
  call('AWS_DEFAULT_OUTPUT unknown under --output', { args: ['--output', 'text'], env: { AWS_DEFAULT_OUTPUT: 'bogus' } }),
  call('AWS_DEFAULT_OUTPUT unknown with a service error', { env: { AWS_DEFAULT_OUTPUT: 'bogus' }, responses: [serviceError('InvalidDocument', 'no such document')] }),
  { name: 'AWS_DEFAULT_OUTPUT unknown with a missing option', args: ['--name', 'x', ...E], env: { AWS_DEFAULT_OUTPUT: 'bogus' } },
  { name: 'AWS_DEFAULT_OUTPUT unknown with a validation error', args: ['--name', 'x', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message=', ...E], env: { AWS_DEFAULT_OUTPUT: 'bogus' } },
  { name: 'AWS_DEFAULT_OUTPUT unknown with the input skeleton', args: ['--generate-cli-skeleton'], env: { AWS_DEFAULT_OUTPUT: 'bogus' } },
  { name: 'AWS_DEFAULT_OUTPUT unknown with no region', args: [...ALL, ...E], env: { AWS_DEFAULT_OUTPUT: 'bogus', AWS_DEFAULT_REGION: null } },
  call('AWS_DEFAULT_OUTPUT unknown with a bad query', { args: ['--query', 'a.['], env: { AWS_DEFAULT_OUTPUT: 'bogus' } }),
  call('AWS_DEFAULT_OUTPUT unknown with a query failing at run time', { args: ['--query', 'abs(AssociationDescription.Name)'], env: { AWS_DEFAULT_OUTPUT: 'bogus' } }),
  call('AWS_DEFAULT_OUTPUT unknown with an empty response', { env: { AWS_DEFAULT_OUTPUT: 'bogus' }, responses: [ok({})] }),
];

function timestampCases(label, files) {
  return FORMATS.flatMap((format) => [
    { name: `${label}, documentation example, ${format}`, args: [...ALL, ...E, '--output', format], files, responses: [ok(documentationExample)] },
    { name: `${label}, mixed timestamps, ${format}`, args: [...ALL, ...E, '--output', format], files, responses: [{ status: 200, body: mixedTimestamps }] },
    { name: `${label}, more timestamps, ${format}`, args: [...ALL, ...E, '--output', format], files, responses: [{ status: 200, body: moreTimestamps }] },
  ]);
}

const wire = config('[default]\ncli_timestamp_format = wire\n');
const timestamps = [
  ...timestampCases('wire', wire),
  ...timestampCases('iso8601', config('[default]\ncli_timestamp_format = iso8601\n')),
  { name: 'wire, mixed timestamps, yaml-stream', args: [...ALL, ...E, '--output', 'yaml-stream'], files: wire, responses: [{ status: 200, body: mixedTimestamps }] },
  { name: 'wire, query of timestamps', args: [...ALL, ...E, '--query', 'AssociationDescription.[Date, LastUpdateAssociationDate, LastExecutionDate, Status.Date]', '--output', 'text'], files: wire, responses: [{ status: 200, body: mixedTimestamps }] },
  { name: 'wire, query comparing timestamps', args: [...ALL, ...E, '--query', 'AssociationDescription.Date > `1550507529`'], files: wire, responses: [{ status: 200, body: mixedTimestamps }] },
  { name: 'wire in the AWS_PROFILE profile', args: [...ALL, ...E], env: { AWS_PROFILE: 'p' }, files: config('[profile p]\ncli_timestamp_format = wire\n'), responses: [ok(documentationExample)] },
  { name: 'wire in the --profile profile', args: [...ALL, ...E, '--profile', 'p'], files: withKeys('[profile p]\ncli_timestamp_format = wire\n'), responses: [ok(documentationExample)] },
  { name: 'wire in another profile is ignored', args: [...ALL, ...E], files: config('[profile p]\ncli_timestamp_format = wire\n'), responses: [ok(documentationExample)] },
  { name: 'wire in the credentials file', args: [...ALL, ...E], files: { 'home/.aws/credentials': '[default]\ncli_timestamp_format = wire\n' }, responses: [ok(documentationExample)] },
];

const badTimestampFormat = config('[default]\ncli_timestamp_format = bogus\n');
const invalidTimestampFormat = [
  { name: 'cli_timestamp_format unknown', args: [...ALL, ...E], files: badTimestampFormat, responses: [ok(documentationExample)] },
  { name: 'cli_timestamp_format upper case', args: [...ALL, ...E], files: config('[default]\ncli_timestamp_format = WIRE\n'), responses: [ok(documentationExample)] },
  { name: 'cli_timestamp_format empty', args: [...ALL, ...E], files: config('[default]\ncli_timestamp_format =\n'), responses: [ok(documentationExample)] },
  ...['text', 'table', 'yaml'].map((format) => ({ name: `cli_timestamp_format unknown, ${format}`, args: [...ALL, ...E, '--output', format], files: badTimestampFormat, responses: [ok(documentationExample)] })),
  { name: 'cli_timestamp_format unknown with a missing option', args: ['--name', 'x', ...E], files: badTimestampFormat },
  { name: 'cli_timestamp_format unknown with an unknown option', args: [...ALL, ...E, '--bogus'], files: badTimestampFormat },
  {
    name: 'cli_timestamp_format unknown with the input skeleton',
    args: ['--generate-cli-skeleton'],
    files: badTimestampFormat,
    deviation: {
      why: 'the input skeleton depends on no setting: ssm-assoc prints it without reading the config files (bin/ssm-assoc fast path), where the reference refuses over an unrelated cli_timestamp_format',
      stdout: inputSkeleton(),
      stderr: '',
      exitCode: 0,
    },
  },
  { name: 'cli_timestamp_format unknown with a bad query', args: [...ALL, ...E, '--query', 'a.['], files: badTimestampFormat },
  { name: 'cli_timestamp_format unknown with AWS_DEFAULT_OUTPUT unknown', args: [...ALL, ...E], env: { AWS_DEFAULT_OUTPUT: 'bogus' }, files: badTimestampFormat },
  { name: 'cli_timestamp_format unknown with a missing --profile', args: [...ALL, ...E, '--profile', 'nope'], files: badTimestampFormat },
  { name: 'cli_timestamp_format unknown in the --profile profile', args: [...ALL, ...E, '--profile', 'p'], files: withKeys('[profile p]\ncli_timestamp_format = bogus\n'), responses: [ok(documentationExample)] },
  { name: 'cli_timestamp_format unknown with a bad --output choice', args: [...ALL, ...E, '--output', 'bogus'], files: badTimestampFormat },
  {
    name: 'cli_timestamp_format unknown with a bad --cli-read-timeout',
    args: [...ALL, ...E, '--cli-read-timeout', 'abc'],
    files: badTimestampFormat,
    // As usage.mjs '--cli-connect-timeout abc': still reported before the timestamp format.
    deviation: {
      why: 'the reference ends with a raw Python error (exit 255); ssm-assoc reports the bad option value as a usage error',
      exitCode: 252,
      stderr:
        '\nusage: ssm-assoc [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n' +
        '  ssm-assoc help\n  ssm-assoc <command> help\n  ssm-assoc <command> <subcommand> help\n\n' +
        "ssm-assoc: error: argument --cli-read-timeout: invalid int value: 'abc'\n\n",
    },
  },
  { name: 'cli_timestamp_format unknown with no region', args: [...ALL, ...E], env: { AWS_DEFAULT_REGION: null }, files: badTimestampFormat },
  { name: 'cli_timestamp_format unknown in another profile', args: [...ALL, ...E], files: config('[profile p]\ncli_timestamp_format = bogus\n'), responses: [ok(documentationExample)] },
];

/** What `--generate-cli-skeleton` prints, as recorded in the skeleton group. */
function inputSkeleton() {
  const recorded = JSON.parse(fs.readFileSync(new URL('../fixtures/reference/skeleton.json', import.meta.url), 'utf8'));
  return recorded.cases.find((c) => c.name === 'no value, nothing else').expected.stdout;
}

export const cases = [...precedence, ...invalidOutput, ...timestamps, ...invalidTimestampFormat];
