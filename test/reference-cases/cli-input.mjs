// --cli-input-json and --cli-input-yaml: inline and from files, how they combine with the
// command-line options, and their errors.
const E = ['--endpoint-url', '{endpoint}'];
const FULL = {
  Name: 'From-Input',
  InstanceId: 'i-0000000000input0',
  AssociationStatus: { Date: 1424421071, Name: 'Success', Message: 'from input' },
};
const FULL_JSON = JSON.stringify(FULL);
const FULL_YAML = [
  'Name: From-Yaml',
  'InstanceId: i-00000000000yaml0',
  'AssociationStatus:',
  '  Date: 1424421071',
  '  Name: Failed',
  '  Message: from yaml',
  '',
].join('\n');
const STATUS = ['--association-status', 'Date=1,Name=Pending,Message=from the command line'];

function yamlWithDate(date) {
  return `Name: From-Yaml\nInstanceId: i-00000000000yaml0\nAssociationStatus:\n  Date: ${date}\n  Name: Pending\n  Message: hi\n`;
}

export const cases = [
  { name: 'json inline supplies everything', args: ['--cli-input-json', FULL_JSON, ...E] },
  { name: 'json from file supplies everything', files: { 'in.json': JSON.stringify(FULL, null, 2) + '\n' }, args: ['--cli-input-json', 'file://in.json', ...E] },
  { name: 'yaml inline supplies everything', args: ['--cli-input-yaml', FULL_YAML, ...E] },
  { name: 'yaml from file supplies everything', files: { 'in.yaml': FULL_YAML }, args: ['--cli-input-yaml', 'file://in.yaml', ...E] },
  { name: 'yaml in flow style', args: ['--cli-input-yaml', '{Name: Flow, InstanceId: i-1234567890abcdef0, AssociationStatus: {Date: 0, Name: Pending, Message: flow}}', ...E] },
  { name: 'yaml with comments and document marker', args: ['--cli-input-yaml', `---\n# a comment\n${FULL_YAML}...\n`, ...E] },
  { name: 'command-line --name overrides json', args: ['--cli-input-json', FULL_JSON, '--name', 'From-Command-Line', ...E] },
  { name: 'command-line --association-status overrides json', args: ['--cli-input-json', FULL_JSON, ...STATUS, ...E] },
  { name: 'command-line options given before json', args: ['--instance-id', 'i-1234567890abcdef0', '--cli-input-json', FULL_JSON, ...E] },
  { name: 'command-line --instance-id overrides yaml', args: ['--cli-input-yaml', FULL_YAML, '--instance-id', 'i-1234567890abcdef0', ...E] },
  { name: 'command-line --association-status overrides yaml', args: ['--cli-input-yaml', FULL_YAML, ...STATUS, ...E] },
  { name: 'json and yaml together', args: ['--cli-input-json', FULL_JSON, '--cli-input-yaml', FULL_YAML, ...E] },
  { name: 'json missing AssociationStatus, given on the command line', args: ['--cli-input-json', '{"Name": "From-Input", "InstanceId": "i-1234567890abcdef0"}', ...STATUS, ...E] },
  { name: 'json missing Name and InstanceId, given on the command line', args: ['--cli-input-json', '{"AssociationStatus": {"Date": 5, "Name": "Pending", "Message": "m"}}', '--name', 'N1', '--instance-id', 'i-1234567890abcdef0', ...E] },
  { name: 'json missing a required member, nothing on the command line', args: ['--cli-input-json', '{"Name": "From-Input", "InstanceId": "i-1234567890abcdef0"}', ...E] },
  { name: 'empty json object', args: ['--cli-input-json', '{}', ...E] },
  { name: 'empty json object with everything on the command line', args: ['--cli-input-json', '{}', '--name', 'N1', '--instance-id', 'i-1234567890abcdef0', ...STATUS, ...E] },
  { name: 'json with an unknown top-level key', args: ['--cli-input-json', JSON.stringify({ ...FULL, Foo: 1 }), ...E] },
  { name: 'json with an unknown member inside AssociationStatus', args: ['--cli-input-json', JSON.stringify({ ...FULL, AssociationStatus: { ...FULL.AssociationStatus, Bar: 'x' } }), ...E] },
  { name: 'json with null Name', args: ['--cli-input-json', JSON.stringify({ ...FULL, Name: null }), ...E] },
  { name: 'json with AssociationStatus as a shorthand string', args: ['--cli-input-json', JSON.stringify({ ...FULL, AssociationStatus: 'Date=1,Name=Pending,Message=hi' }), ...E] },
  { name: 'json with ISO Date string', args: ['--cli-input-json', JSON.stringify({ ...FULL, AssociationStatus: { ...FULL.AssociationStatus, Date: '2015-02-20T08:31:11Z' } }), ...E] },
  { name: 'json with global option keys', args: ['--cli-input-json', JSON.stringify({ ...FULL, output: 'text', EndpointUrl: 'x' }), ...E] },
  { name: 'malformed json inline', args: ['--cli-input-json', '{"Name": "x",', ...E] },
  { name: 'malformed json in a file', files: { 'in.json': '{\n  "Name": "x"\n  "InstanceId": "y"\n}\n' }, args: ['--cli-input-json', 'file://in.json', ...E] },
  { name: 'json array', args: ['--cli-input-json', `[${FULL_JSON}]`, ...E] },
  { name: 'json string', args: ['--cli-input-json', '"hello"', ...E] },
  { name: 'empty json input', args: ['--cli-input-json', '', ...E] },
  { name: 'missing json file', args: ['--cli-input-json', 'file://nope.json', ...E] },
  { name: 'malformed yaml', args: ['--cli-input-yaml', 'Name: [unclosed\nInstanceId: x\n', ...E] },
  { name: 'yaml with bad indentation', args: ['--cli-input-yaml', 'Name: x\n  InstanceId: y\n', ...E] },
  { name: 'yaml scalar document', args: ['--cli-input-yaml', 'just a string', ...E] },
  { name: 'yaml list document', args: ['--cli-input-yaml', '- Name: x\n', ...E] },
  { name: 'empty yaml input', args: ['--cli-input-yaml', '', ...E] },
  { name: 'yaml with an unknown top-level key', args: ['--cli-input-yaml', `${FULL_YAML}Extra: 1\n`, ...E] },
  { name: 'yaml with unquoted date-only Date', args: ['--cli-input-yaml', yamlWithDate('2015-02-20'), ...E] },
  { name: 'yaml with unquoted timestamp Date', args: ['--cli-input-yaml', yamlWithDate('2015-02-20T08:31:11Z'), ...E] },
  { name: 'yaml with unquoted timestamp Date with offset', args: ['--cli-input-yaml', yamlWithDate('2015-02-20 14:01:11.5 +05:30'), ...E] },
  { name: 'yaml with quoted timestamp Date', args: ['--cli-input-yaml', yamlWithDate("'2015-02-20T08:31:11Z'"), ...E] },
  { name: 'yaml with float Date', args: ['--cli-input-yaml', yamlWithDate('1424421071.939'), ...E] },
  { name: 'yaml with unquoted boolean-looking Message', args: ['--cli-input-yaml', 'Name: From-Yaml\nInstanceId: i-00000000000yaml0\nAssociationStatus:\n  Date: 1\n  Name: Pending\n  Message: yes\n', ...E] },
  { name: 'yaml with unquoted number-looking InstanceId', args: ['--cli-input-yaml', 'Name: From-Yaml\nInstanceId: 0x10\nAssociationStatus:\n  Date: 1\n  Name: Pending\n  Message: m\n', ...E] },
  { name: 'yaml with null Message', args: ['--cli-input-yaml', 'Name: From-Yaml\nInstanceId: i-00000000000yaml0\nAssociationStatus:\n  Date: 1\n  Name: Pending\n  Message: ~\n', ...E] },
];
