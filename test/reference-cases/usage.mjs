// Command-line parsing: required options, unknown options, stray words, option forms and
// global options with bad values. Every case points at the scripted endpoint, so one that
// unexpectedly gets past parsing still only reaches 127.0.0.1.
const E = ['--endpoint-url', '{endpoint}'];
const NAME = ['--name', 'AWS-UpdateSSMAgent'];
const IID = ['--instance-id', 'i-1234567890abcdef0'];
const STATUS = ['--association-status', 'Date=1424421071,Name=Pending,Message=hi'];
const ALL = [...NAME, ...IID, ...STATUS];

// --version is machine-specific in both tools: test/version.test.ts covers ours.
const USAGE_BLOCK =
  '\nusage: ssm-assoc [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n' +
  '  ssm-assoc help\n  ssm-assoc <command> help\n  ssm-assoc <command> <subcommand> help\n';

export const cases = [
  { name: 'all three required options', args: [...ALL, ...E] },
  { name: 'missing --name', args: [...IID, ...STATUS, ...E] },
  { name: 'missing --instance-id', args: [...NAME, ...STATUS, ...E] },
  { name: 'missing --association-status', args: [...NAME, ...IID, ...E] },
  { name: 'missing --name and --instance-id', args: [...STATUS, ...E] },
  { name: 'missing --name and --association-status', args: [...IID, ...E] },
  { name: 'missing --instance-id and --association-status', args: [...NAME, ...E] },
  { name: 'missing all three', args: [...E] },
  { name: 'no arguments at all', args: [] },
  { name: 'unknown option --bogus', args: [...ALL, '--bogus', ...E] },
  { name: 'unknown option --bogus=1', args: [...ALL, '--bogus=1', ...E] },
  { name: 'unknown option with a value word', args: [...ALL, '--bogus', 'value', ...E] },
  { name: 'two unknown options', args: [...ALL, '--bogus', '--other=2', ...E] },
  { name: 'unknown option and a missing required option', args: [...NAME, ...IID, '--bogus', ...E] },
  { name: 'stray positional word at the end', args: [...ALL, 'extra', ...E] },
  { name: 'stray positional word first', args: ['extra', ...ALL, ...E] },
  { name: 'stray positional word and unknown option', args: [...ALL, 'extra', '--bogus', ...E] },
  { name: 'option name in wrong case --Name', args: ['--Name', 'AWS-UpdateSSMAgent', ...IID, ...STATUS, ...E] },
  { name: 'single dash -name', args: ['-name', 'AWS-UpdateSSMAgent', ...IID, ...STATUS, ...E] },
  { name: 'abbreviated option --inst', args: [...NAME, '--inst', 'i-1234567890abcdef0', ...STATUS, ...E] },
  { name: 'abbreviated option --assoc', args: [...NAME, ...IID, '--assoc', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  {
    name: 'equals form for every option',
    args: [
      '--name=AWS-UpdateSSMAgent',
      '--instance-id=i-1234567890abcdef0',
      '--association-status=Date=1424421071,Name=Pending,Message=hi',
      '--endpoint-url={endpoint}',
    ],
  },
  { name: 'equals form --name= with empty value', args: ['--name=', ...IID, ...STATUS, ...E] },
  { name: 'options in reverse order', args: [...E, ...STATUS, ...IID, ...NAME] },
  { name: 'global options before command options', args: ['--output', 'json', ...E, '--no-cli-pager', ...ALL] },
  { name: 'global options between command options', args: [...NAME, '--output', 'json', ...IID, ...E, ...STATUS] },
  { name: '--name given twice', args: [...ALL, '--name', 'Second-Document', ...E] },
  {
    name: '--association-status given twice',
    args: [...ALL, '--association-status', 'Date=1,Name=Failed,Message=second', ...E],
  },
  { name: '--output given twice', args: [...ALL, '--output', 'text', '--output', 'json', ...E] },
  { name: 'bad --output choice', args: [...ALL, '--output', 'xml', ...E] },
  { name: 'bad --output choice and missing required option', args: [...NAME, '--output', 'xml', ...E] },
  { name: 'bad --output choice close to a valid one', args: [...ALL, '--output', 'jsn', ...E] },
  { name: 'bad --output choice close to two valid ones', args: [...ALL, '--output', 'yaml-strem', ...E] },
  { name: 'bad --color choice', args: [...ALL, '--color', 'sometimes', ...E] },
  { name: '--color on', args: [...ALL, '--color', 'on', ...E], responses: [{ status: 200, body: '{"AssociationDescription":{"Name":"AWS-UpdateSSMAgent","ScheduleOffset":3,"ApplyOnlyAtCronInterval":true}}' }] },
  { name: 'bad --generate-cli-skeleton choice', args: [...ALL, '--generate-cli-skeleton', 'bogus', ...E] },
  { name: '--name at the end without a value', args: [...IID, ...STATUS, ...E, '--name'] },
  { name: '--instance-id followed by another option', args: [...NAME, '--instance-id', ...STATUS, ...E] },
  { name: '--name value starting with a dash', args: ['--name', '-doc', ...IID, ...STATUS, ...E] },
  { name: '--name=value starting with a dash', args: ['--name=-doc', ...IID, ...STATUS, ...E] },
  { name: 'bad --cli-binary-format choice', args: [...ALL, '--cli-binary-format', 'hex', ...E] },
  { name: '--cli-binary-format raw-in-base64-out', args: [...ALL, '--cli-binary-format', 'raw-in-base64-out', ...E] },
  {
    name: '--cli-connect-timeout abc',
    args: [...ALL, '--cli-connect-timeout', 'abc', ...E],
    deviation: {
      why: 'the reference ends with a raw Python error (exit 255); ssm-assoc reports the bad option value as a usage error',
      exitCode: 252,
      stderr: `${USAGE_BLOCK}\nssm-assoc: error: argument --cli-connect-timeout: invalid int value: 'abc'\n\n`,
    },
  },
  { name: 'double dash before options', args: ['--', ...ALL, ...E] },
  { name: 'unknown profile', args: [...ALL, '--profile', 'nope', ...E] },
];
