// Depth and size limits: how deep JSON, shorthand, YAML and --query may nest before the
// reference hits Python's recursion limit (1000 frames, fewer where it parses deeper in the
// stack), measured at each threshold, and deep response bodies. The cases sit on both sides
// of each threshold; ssm-assoc must fail with the same message and exit code, and never with a
// JavaScript stack overflow.
import { ok } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const NAME = ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0'];
const STATUS = 'Date=1424421071,Name=Pending,Message=hi';
const ALL = [...NAME, '--association-status', STATUS];

const objects = (n, inner = '1') => '{"a": '.repeat(n) + inner + '}'.repeat(n);
const arrays = (n, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n);
/** An --association-status JSON value whose unknown member X holds `nested`: depth 1 + its own. */
const statusWith = (nested) => `{"Date": 1, "Name": "Pending", "Message": "m", "X": ${nested}}`;
/** A --cli-input-json document whose AssociationStatus is `nested`. */
const documentWith = (nested) => `{"Name": "n", "InstanceId": "i-1234567890abcdef0", "AssociationStatus": ${nested}}`;

function status(name, value, extra = {}) {
  return { name, args: [...NAME, '--association-status', value, ...E], ...extra };
}
function statusFile(name, value) {
  return { name, files: { 'status.json': value }, args: [...NAME, '--association-status', 'file://status.json', ...E] };
}
function cliInput(name, value) {
  return { name, args: ['--cli-input-json', value, ...E] };
}
function yamlInput(name, text) {
  return { name, files: { 'in.yaml': text }, args: ['--cli-input-yaml', 'file://in.yaml', ...E] };
}
function query(name, expression) {
  return { name, args: [...ALL, '--query', expression, ...E] };
}
function response(name, body, status = 200) {
  return { name, args: [...ALL, ...E], responses: [{ status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body }] };
}
const yamlFlow = (n) => `Name: x\nInstanceId: i\nAssociationStatus: ${arrays(n, 'a')}\n`;
const yamlMap = (n) => `Name: x\nInstanceId: i\nAssociationStatus: ${'{a: '.repeat(n)}b${'}'.repeat(n)}\n`;
const yamlBlock = (n) =>
  'Name: x\nInstanceId: i\nAssociationStatus:\n' +
  Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}a${i}:\n`).join('') +
  `${' '.repeat(n + 1)}v\n`;

const yamlReprDeviation = {
  why:
    'past the limit the reference reads some documents (block mappings, a list where a structure belongs) and fails ' +
    'printing them in a validation message ("while getting the repr of an object"); ssm-assoc fails while reading ' +
    'them, with the composer\'s message',
  exitCode: 255,
  stdout: '',
  stderr: '\nmaximum recursion depth exceeded\n',
};

export const cases = [
  // An option's JSON (object_pairs_hook=OrderedDict): 978 containers; an object at 978 fails in the hook.
  status('option json: 978 arrays deep', statusWith(arrays(977))),
  status('option json: 979 arrays deep', statusWith(arrays(978))),
  status('option json: 977 objects deep', statusWith(objects(976))),
  status('option json: 978 objects deep', statusWith(objects(977))),
  status('option json: 979 objects deep', statusWith(objects(978))),
  status('option json: 5000 objects deep', statusWith(objects(5000))),
  status('option json: arrays then an object past the limit', statusWith(arrays(970, objects(20)))),
  status('option json: a deep list in Message', `{"Date": 1, "Name": "Pending", "Message": ${arrays(976)}}`),
  statusFile('paramfile json: 979 arrays deep', statusWith(arrays(978))),
  statusFile('paramfile json: 100000 arrays deep', statusWith(arrays(100000))),
  // --cli-input-json (json.loads, no hook): 979 containers.
  cliInput('cli-input-json: 979 deep', documentWith(objects(978))),
  cliInput('cli-input-json: 980 objects deep', documentWith(objects(979))),
  cliInput('cli-input-json: 980 arrays deep', documentWith(arrays(979))),
  cliInput('cli-input-json: a top-level array 5000 deep', arrays(5000, '')),
  { name: 'cli-input-json from a file 100000 deep', files: { 'in.json': documentWith(objects(100000)) }, args: ['--cli-input-json', 'file://in.json', ...E] },
  // Shorthand: two Python frames per level; 485 levels parse.
  status('shorthand: 485 lists deep', `Date=1,Name=Pending,Message=${arrays(485, 'a')}`),
  status('shorthand: 486 lists deep', `Date=1,Name=Pending,Message=${arrays(486, 'a')}`),
  status('shorthand: 487 lists deep', `Date=1,Name=Pending,Message=${arrays(487, 'a')}`),
  status('shorthand: 486 maps deep', `Date=1,Name=Pending,Message=${'{a='.repeat(486)}b${'}'.repeat(486)}`),
  status('shorthand: 20000 maps deep', `Date=1,Name=Pending,Message=${'{a='.repeat(20000)}b${'}'.repeat(20000)}`),
  // YAML: collections 484 deep (the top mapping, 483 more), whatever the style. Deviation not
  // pinned here: an int or float innermost makes the reference fail 4 levels earlier.
  yamlInput('yaml: flow lists 483 deep', yamlFlow(483)),
  { ...yamlInput('yaml: flow lists 484 deep', yamlFlow(484)), deviation: yamlReprDeviation },
  yamlInput('yaml: flow maps 483 deep', yamlMap(483)),
  yamlInput('yaml: flow maps 484 deep', yamlMap(484)),
  yamlInput('yaml: flow lists 20000 deep', yamlFlow(20000)),
  yamlInput('yaml: block maps 483 deep', yamlBlock(483)),
  { ...yamlInput('yaml: block maps 484 deep', yamlBlock(484)), deviation: yamlReprDeviation },
  { ...yamlInput('yaml: block maps 600 deep', yamlBlock(600)), deviation: yamlReprDeviation },
  // --query: the parser's frames (489 parentheses, 326 brackets).
  query('query: 489 parentheses', `${'('.repeat(489)}a${')'.repeat(489)}`),
  query('query: 490 parentheses', `${'('.repeat(490)}a${')'.repeat(490)}`),
  query('query: 490 nots', `${'!'.repeat(490)}a`),
  query('query: 326 lists', `${'['.repeat(326)}a${']'.repeat(326)}`),
  query('query: 327 lists', `${'['.repeat(327)}a${']'.repeat(327)}`),
  query('query: 327 hashes', `${'{a:'.repeat(327)}a${'}'.repeat(327)}`),
  query('query: 30000 parentheses', `${'('.repeat(30000)}a${')'.repeat(30000)}`),
  query('query: a 5000-link subexpression', Array(5000).fill('a').join('.')),
  query('query: a JSON literal 2000 deep', `\`${arrays(2000, '')}\``),
  // Response bodies: 972 containers for a success, 973 for an error.
  response('response: 972 deep', `{"AssociationDescription": {"Name": "n", "X": ${arrays(970, '')}}}`),
  response('response: 973 deep', `{"AssociationDescription": {"Name": "n", "X": ${arrays(971, '')}}}`),
  response('response: 973 objects deep', `{"AssociationDescription": {"Name": "n", "X": ${objects(971)}}}`),
  response('response: 50000 deep', `{"AssociationDescription": {"Name": "n", "X": ${arrays(50000, '')}}}`),
  response('error response: 973 deep', `{"__type": "Boom", "message": "m", "X": ${arrays(972, '')}}`, 400),
  response('error response: 974 deep', `{"__type": "Boom", "message": "m", "X": ${arrays(973, '')}}`, 400),
  { name: 'a plain call still works', args: [...ALL, ...E], responses: [ok({ AssociationDescription: { Name: 'n' } })] },
];
