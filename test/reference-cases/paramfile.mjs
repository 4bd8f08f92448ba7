// file:// and fileb:// parameter values: which options load them, how the file text is used
// (trailing newlines are kept), path forms, and the errors for unreadable files.
const E = ['--endpoint-url', '{endpoint}'];
const NAME = ['--name', 'AWS-UpdateSSMAgent'];
const IID = ['--instance-id', 'i-1234567890abcdef0'];
const STATUS = ['--association-status', 'Date=1424421071,Name=Pending,Message=hi'];
const SH = 'Date=1424421071,Name=Pending,Message=from file';
const JSON_STATUS = '{\n  "Date": 1424421071,\n  "Name": "Success",\n  "Message": "from json file"\n}\n';

export const cases = [
  { name: 'status from file, shorthand, no newline', files: { 'status.txt': SH }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'status from file, shorthand, trailing newline', files: { 'status.txt': `${SH}\n` }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'status from file, shorthand, CRLF', files: { 'status.txt': `${SH}\r\n` }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'status from file, shorthand over several lines', files: { 'status.txt': 'Date=1424421071,\nName=Pending,\nMessage=multi line\n' }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'status from file, JSON', files: { 'status.json': JSON_STATUS }, args: [...NAME, ...IID, '--association-status', 'file://status.json', ...E] },
  { name: 'status from file, invalid JSON', files: { 'status.json': '{"Date": 1424421071,\n "Name": \n}\n' }, args: [...NAME, ...IID, '--association-status', 'file://status.json', ...E] },
  { name: 'status from file, shorthand parse error', files: { 'status.txt': 'Date=1424421071,Name=Pending,Message\n' }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'status from file with a byte order mark', files: { 'status.json': `\uFEFF${JSON_STATUS}` }, args: [...NAME, ...IID, '--association-status', 'file://status.json', ...E] },
  { name: 'status from an empty file', files: { 'status.txt': '' }, args: [...NAME, ...IID, '--association-status', 'file://status.txt', ...E] },
  { name: 'name from file with trailing newline', files: { 'name.txt': 'AWS-UpdateSSMAgent\n' }, args: ['--name', 'file://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'name from file without newline', files: { 'name.txt': 'AWS-UpdateSSMAgent' }, args: ['--name', 'file://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'name from an empty file', files: { 'name.txt': '' }, args: ['--name', 'file://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'name from file with non-ASCII text', files: { 'name.txt': 'Dökümän ✓\n' }, args: ['--name', 'file://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'name from file with CRLF', files: { 'name.txt': 'AWS-UpdateSSMAgent\r\n' }, args: ['--name', 'file://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'instance id from file with trailing newline', files: { 'iid.txt': 'i-1234567890abcdef0\n' }, args: [...NAME, '--instance-id', 'file://iid.txt', ...STATUS, ...E] },
  { name: 'instance id from file, equals form', files: { 'iid.txt': 'i-1234567890abcdef0' }, args: [...NAME, '--instance-id=file://iid.txt', ...STATUS, ...E] },
  { name: 'all three from files', files: { 'n': 'AWS-UpdateSSMAgent', 'i': 'i-1234567890abcdef0', 's.json': JSON_STATUS }, args: ['--name', 'file://n', '--instance-id', 'file://i', '--association-status', 'file://s.json', ...E] },
  { name: 'name with fileb', files: { 'name.txt': 'AWS-UpdateSSMAgent' }, args: ['--name', 'fileb://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'status with fileb, shorthand', files: { 'status.txt': SH }, args: [...NAME, ...IID, '--association-status', 'fileb://status.txt', ...E] },
  { name: 'status with fileb, JSON', files: { 'status.json': JSON_STATUS }, args: [...NAME, ...IID, '--association-status', 'fileb://status.json', ...E] },
  { name: 'missing file for status', args: [...NAME, ...IID, '--association-status', 'file://nope.txt', ...E] },
  { name: 'missing file for name', args: ['--name', 'file://nope.txt', ...IID, ...STATUS, ...E] },
  { name: 'missing file with fileb', args: ['--name', 'fileb://nope.bin', ...IID, ...STATUS, ...E] },
  { name: 'missing files for two options', args: ['--name', 'file://a.txt', '--instance-id', 'file://b.txt', ...STATUS, ...E] },
  { name: 'missing file and a missing required option', args: ['--name', 'file://nope.txt', ...STATUS, ...E] },
  { name: 'missing file and an unknown option', args: ['--name', 'file://nope.txt', ...IID, ...STATUS, '--bogus', ...E] },
  { name: 'absolute path', files: { 'status.txt': SH }, args: [...NAME, ...IID, '--association-status', 'file://{dir}/status.txt', ...E] },
  { name: 'missing absolute path', args: [...NAME, ...IID, '--association-status', 'file://{dir}/missing/status.txt', ...E] },
  { name: 'relative path in a subfolder', files: { 'sub/status.txt': SH }, args: [...NAME, ...IID, '--association-status', 'file://sub/status.txt', ...E] },
  { name: 'relative path with dot and dot-dot', files: { 'sub/status.txt': SH }, args: [...NAME, ...IID, '--association-status', 'file://./sub/../sub/status.txt', ...E] },
  { name: 'tilde path', files: { 'home/name.txt': 'From-Home' }, args: ['--name', 'file://~/name.txt', ...IID, ...STATUS, ...E] },
  { name: 'environment variable in path', files: { 'sub/name.txt': 'From-Env' }, env: { DOCDIR: 'sub' }, args: ['--name', 'file://$DOCDIR/name.txt', ...IID, ...STATUS, ...E] },
  { name: 'braced environment variable in path', files: { 'sub/name.txt': 'From-Env' }, env: { DOCDIR: 'sub' }, args: ['--name', 'file://${DOCDIR}/name.txt', ...IID, ...STATUS, ...E] },
  { name: 'unset environment variable in path', args: ['--name', 'file://$NOT_SET_ANYWHERE/name.txt', ...IID, ...STATUS, ...E] },
  { name: 'a directory', files: { 'sub/x.txt': 'x' }, args: [...NAME, ...IID, '--association-status', 'file://sub', ...E] },
  { name: 'a directory with fileb', files: { 'sub/x.txt': 'x' }, args: ['--name', 'fileb://sub', ...IID, ...STATUS, ...E] },
  { name: 'empty path after file prefix', args: ['--name', 'file://', ...IID, ...STATUS, ...E] },
  { name: 'uppercase FILE prefix is not a file', files: { 'name.txt': 'x' }, args: ['--name', 'FILE://name.txt', ...IID, ...STATUS, ...E] },
  { name: 'file prefix with one slash is not a file', files: { 'name.txt': 'x' }, args: ['--name', 'file:/name.txt', ...IID, ...STATUS, ...E] },
  { name: 'http URL is taken literally', args: ['--name', 'http://127.0.0.1:9/document', ...IID, ...STATUS, ...E] },
  { name: 'file prefix inside a shorthand value is literal', files: { 'm.txt': 'x' }, args: [...NAME, ...IID, '--association-status', 'Date=1424421071,Name=Pending,Message=file://m.txt', ...E] },
];
