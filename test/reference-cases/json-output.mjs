// What the reference prints for a successful call in its default (json) output: member order,
// indentation, non-ASCII, numbers, and timestamps in every form the service could send them.
import {
  DOCUMENTATION_ARGS,
  documentationExample,
  emptyDescription,
  everyMember,
  missingDescription,
  ok,
  stressResponse,
  stressStrings,
} from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];

/** A response whose maps have integer-like keys out of numeric order. */
const NUMBERED_KEYS =
  '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "Overview": {"Status": "Pending", "AssociationStatusAggregatedCount": {"Success": 1, "10": 2, "2": 3, "Failed": 4, "0": 5}}, ' +
  '"Parameters": {"zeta": ["z"], "7": ["seven"], "alpha": ["a"], "3": ["three", "3"]}}}';

/** A response with integers a double cannot hold exactly. */
const BIG_INTS =
  '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "AssociationVersion": "1", "Overview": {"Status": "Pending", "AssociationStatusAggregatedCount": ' +
  '{"Big": 12345678901234567891, "Max": 9007199254740993, "Neg": -9223372036854775809, "Small": 7}}}}';

function out(name, body, extra = {}) {
  return { name, args: [...ALL, ...E], responses: [ok(body)], ...extra };
}
function rawOut(name, text, extra = {}) {
  return { name, args: [...ALL, ...E], responses: [{ status: 200, body: text }], ...extra };
}
/** A response whose Status.Date (and Date) are the given raw JSON value. */
function dated(raw) {
  return `{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "Date": ${raw}, "Status": {"Date": ${raw}, "Name": "Pending", "Message": "hi"}}}`;
}

/**
 * Five stress strings per response, each in a different place: a status Message, an
 * AdditionalInfo, a top-level string member, a map key with its list value, and a target.
 */
function stressFive(texts) {
  const [a, b, c, d, e] = texts;
  const key = (t) => (t === '' ? 'empty' : t);
  return {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      Status: { Date: 1424421071, Name: 'Success', Message: a, AdditionalInfo: b },
      AssociationName: c,
      Parameters: { [key(d)]: [d, 'plain'] },
      Targets: [{ Key: key(e), Values: [e] }],
    },
  };
}
const stressGroups = [];
for (let i = 0; i < stressStrings.length; i += 5) stressGroups.push(stressStrings.slice(i, i + 5));

export const cases = [
  {
    name: 'documentation example',
    args: [...DOCUMENTATION_ARGS, ...E],
    responses: [ok(documentationExample)],
  },
  out('documentation example with --output json', documentationExample, { args: [...ALL, '--output', 'json', ...E] }),
  out('documentation example with AWS_DEFAULT_OUTPUT=json', documentationExample, { env: { AWS_DEFAULT_OUTPUT: 'json' } }),
  out('documentation example with output json in the config file', documentationExample, {
    files: { 'home/.aws/config': '[default]\noutput = json\n' },
  }),
  out('every member', everyMember),
  out('empty AssociationDescription', emptyDescription),
  out('missing AssociationDescription', missingDescription),
  out('null AssociationDescription', { AssociationDescription: null }),
  out('null members', { AssociationDescription: { Name: null, Status: null, Targets: null, Parameters: null, ScheduleOffset: null } }),
  out('empty lists and maps', { AssociationDescription: { Targets: [], Parameters: {}, TargetMaps: [{}], CalendarNames: [] } }),
  out('only members the model lacks', { Unknown: { a: 1 }, AssociationDescriptionX: {} }),
  out('members in reverse model order', { AssociationDescription: { LastSuccessfulExecutionDate: 1, AssociationId: 'id', Overview: { Status: 'Pending' }, Name: 'n' } }),
  out('integers and booleans', { AssociationDescription: { ScheduleOffset: 6, ApplyOnlyAtCronInterval: true, Overview: { AssociationStatusAggregatedCount: { Success: 0, Failed: 12345678901 } } } }),
  rawOut('integer member given as a float', '{"AssociationDescription": {"ScheduleOffset": 3.0, "Overview": {"AssociationStatusAggregatedCount": {"Success": 2.5}}}}'),
  rawOut('string member given as a number', '{"AssociationDescription": {"Name": 42, "AssociationVersion": 1.5}}'),
  rawOut('boolean member given as a string', '{"AssociationDescription": {"ApplyOnlyAtCronInterval": "yes"}}'),
  rawOut('response with escaped unicode and slashes', '{"AssociationDescription": {"Name": "caf\\u00e9 \\ud83d\\ude00", "DocumentVersion": "a\\/b", "AssociationName": "\\u0000\\u001f\\u007f"}}'),
  rawOut('response with duplicate keys', '{"AssociationDescription": {"Name": "first", "Name": "second"}}'),
  rawOut('response with whitespace and newlines', '\n  {\n "AssociationDescription" :\t{ "Name" : "spaced" }\n}\n  '),
  out('stress string in every place', stressResponse('it\'s "quoted"\ttab\nnewline ünïcødé ✓')),
  ...stressGroups.map((texts, i) => out(`stress strings ${i * 5}-${i * 5 + texts.length - 1}`, stressFive(texts))),
  rawOut('timestamp as epoch integer', dated('1424421071')),
  rawOut('timestamp as epoch zero', dated('0')),
  rawOut('timestamp as epoch float', dated('1424421071.5')),
  rawOut('timestamp as epoch with one decimal zero', dated('1424421071.0')),
  rawOut('timestamp with millisecond fraction', dated('1550507529.604')),
  rawOut('timestamp with microsecond fraction', dated('1550507529.604123')),
  rawOut('timestamp with very precise fraction', dated('1550507529.6041239876')),
  rawOut('timestamp with fraction rounding to the next second', dated('1424421071.9999996')),
  rawOut('timestamp negative integer', dated('-86400')),
  rawOut('timestamp negative float', dated('-1.5')),
  rawOut('timestamp in exponent form', dated('1.424421071e9')),
  rawOut('timestamp far in the future', dated('253402300799')),
  rawOut('timestamp past year 9999', dated('253402300800')),
  rawOut('timestamp in milliseconds', dated('1424421071939')),
  rawOut('timestamp as ISO string with Z', dated('"2015-02-20T08:31:11Z"')),
  rawOut('timestamp as ISO string with fraction', dated('"2015-02-20T08:31:11.939Z"')),
  rawOut('timestamp as ISO string with offset', dated('"2015-02-20T14:01:11+05:30"')),
  rawOut('timestamp as naive ISO string', dated('"2015-02-20T08:31:11"')),
  rawOut('timestamp as epoch string', dated('"1424421071"')),
  rawOut('timestamp as RFC 822 string', dated('"Fri, 20 Feb 2015 08:31:11 GMT"')),
  rawOut('timestamp as nonsense string', dated('"yesterday"')),
  rawOut('timestamp as boolean', dated('true')),
  rawOut('timestamp as null', dated('null')),
  rawOut('timestamp naive ISO string with TZ set elsewhere', dated('"2015-02-20T08:31:11"'), { env: { TZ: 'Asia/Kolkata' } }),
  rawOut('timestamp epoch with TZ set elsewhere', dated('1424421071'), { env: { TZ: 'America/New_York' } }),
  // Map keys that look like integers keep the wire order (JavaScript objects would sort them first).
  ...['json', 'yaml', 'text', 'table'].map((format) =>
    rawOut(`integer-like map keys in wire order (${format})`, NUMBERED_KEYS, { args: [...ALL, ...E, '--output', format] }),
  ),
  rawOut('integer-like map keys through a query', NUMBERED_KEYS, { args: [...ALL, ...E, '--query', 'AssociationDescription.Overview.AssociationStatusAggregatedCount'] }),
  rawOut('integer-like keys of a multi-select hash', NUMBERED_KEYS, { args: [...ALL, ...E, '--query', '{b: AssociationDescription.Name, "1": `1`, "0": `0`, a: `2`}'] }),
  rawOut('keys(), values() and merge() keep the order', NUMBERED_KEYS, {
    args: [...ALL, ...E, '--query', '[keys(AssociationDescription.Parameters), values(AssociationDescription.Overview.AssociationStatusAggregatedCount), merge(`{"9": 1, "x": 2}`, `{"3": 3}`), AssociationDescription.Parameters.*]'],
  }),
  ...['json', 'yaml', 'text', 'table'].map((format) =>
    rawOut(`integers beyond 2^53 (${format})`, BIG_INTS, { args: [...ALL, ...E, '--output', format] }),
  ),
  rawOut('integers beyond 2^53 through a query', BIG_INTS, { args: [...ALL, ...E, '--query', '[AssociationDescription.Overview.AssociationStatusAggregatedCount.*, max(values(AssociationDescription.Overview.AssociationStatusAggregatedCount)), to_string(AssociationDescription.Overview.AssociationStatusAggregatedCount.Big)]'] }),
  rawOut('integer-like keys in a JSON literal', NUMBERED_KEYS, { args: [...ALL, ...E, '--query', '`{"10": 1, "b": 2, "2": 3, "01": 4}`', '--output', 'yaml'] }),
];
