// Client-side parameter validation (botocore's validator): which constraints the reference
// checks (required members, unknown members, types, string lengths) and which it leaves to
// the service (enums, patterns, max lengths?), and how several problems are reported.
const E = ['--endpoint-url', '{endpoint}'];
const NAME = ['--name', 'AWS-UpdateSSMAgent'];
const IID = ['--instance-id', 'i-1234567890abcdef0'];
const BASE = [...NAME, ...IID];

function st(name, value, extra = {}) {
  return { name, args: [...BASE, '--association-status', value, ...E], ...extra };
}

const M1024 = 'm'.repeat(1024);
const M1025 = 'm'.repeat(1025);

export const cases = [
  st('AssociationStatus without Date', 'Name=Pending,Message=hi'),
  st('AssociationStatus without Name', 'Date=1424421071,Message=hi'),
  st('AssociationStatus without Message', 'Date=1424421071,Name=Pending'),
  st('AssociationStatus with only AdditionalInfo', 'AdditionalInfo=x'),
  st('AssociationStatus without Date and Message', 'Name=Pending'),
  st('unknown member Foo', 'Date=1424421071,Name=Pending,Message=hi,Foo=bar'),
  st('unknown member Foo first', 'Foo=bar,Date=1424421071,Name=Pending,Message=hi'),
  st('unknown member in wrong case', 'Date=1424421071,Name=Pending,Message=hi,additionalinfo=x'),
  st('empty Message', 'Date=1424421071,Name=Pending,Message='),
  st('Message of one character', 'Date=1424421071,Name=Pending,Message=m'),
  st('Message of 1024 characters', `Date=1424421071,Name=Pending,Message=${M1024}`),
  st('Message of 1025 characters', `Date=1424421071,Name=Pending,Message=${M1025}`),
  st('AdditionalInfo of 1025 characters', `Date=1424421071,Name=Pending,Message=hi,AdditionalInfo=${M1025}`),
  st('Message of 1024 non-ASCII characters', `Date=1424421071,Name=Pending,Message=${'é'.repeat(1024)}`),
  st('Message of 1025 non-ASCII characters', `Date=1424421071,Name=Pending,Message=${'é'.repeat(1025)}`),
  st('several problems at once', 'Name=Pending,Message=,Foo=1,Bar=2'),
  st('missing member, bad type and empty string', '{"Name": 5, "Message": "", "Zed": null}'),
  st('bad enum value for Name', 'Date=1424421071,Name=Done,Message=hi'),
  st('enum value in wrong case', 'Date=1424421071,Name=pending,Message=hi'),
  st('empty enum value', 'Date=1424421071,Name=,Message=hi'),
  { name: 'empty --name', args: ['--name', '', ...IID, '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: 'empty --instance-id', args: [...NAME, '--instance-id', '', '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: 'empty --name and --instance-id and Message', args: ['--name', '', '--instance-id', '', '--association-status', 'Date=1424421071,Name=Pending,Message=', ...E] },
  { name: '--name too short for its pattern', args: ['--name', 'ab', ...IID, '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: '--name with characters outside its pattern', args: ['--name', 'my doc!', ...IID, '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: '--name of 129 characters', args: ['--name', 'n'.repeat(129), ...IID, '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: '--instance-id not matching its pattern', args: [...NAME, '--instance-id', 'bogus', '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: '--instance-id managed node form', args: [...NAME, '--instance-id', 'mi-0123456789abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: '--instance-id with spaces and unicode', args: [...NAME, '--instance-id', ' i-ü ', '--association-status', 'Date=1424421071,Name=Pending,Message=hi', ...E] },
  { name: 'validation errors of top-level and nested members together', args: ['--name', '', ...IID, '--association-status', '{"Name": "Pending", "Message": 1, "Foo": 2}', ...E] },
  // Integer-like keys keep their order in messages, as Python's dicts keep it.
  st('a dict with integer-like keys where a timestamp goes', '{"Date": {"b": 1, "2": 2, "a": 3, "1": 4}, "Name": "Pending", "Message": "hi"}'),
  st('unknown integer-like members, in the order given', '{"Date": 1424421071, "Name": "Pending", "Message": "hi", "b": 1, "10": 2, "2": 3}'),
  {
    name: 'unknown integer-like keys of a --cli-input-json document',
    args: [...BASE, '--cli-input-json', '{"zeta": 1, "20": 2, "3": 3, "AssociationStatus": {"Date": 1424421071, "Name": "Pending", "Message": "hi"}}', ...E],
  },
];
