// 200 bodies the model does not expect: a list member holding an object or a string (the
// reference walks them: an object gives its keys, a string its characters, exit 0), a structure
// member holding a list or a scalar (a Python crash), strings holding lone surrogates, and bodies
// that are not valid UTF-8. ssm-assoc keeps refusing a body that does not fit the model, naming
// the member, and prints lone surrogates as JSON escapes.
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
  '--endpoint-url', '{endpoint}',
];

function body(name, text, output, deviation) {
  return { name: `${name}, ${output}`, args: [...ALL, '--output', output], responses: [{ status: 200, body: text }], ...(deviation ? { deviation } : {}) };
}
/** A member that does not fit the model: an error naming it, where the reference guesses or crashes. */
function misfit(path, expected, actual) {
  return {
    why: 'a response member that does not fit the model is an error naming it (exit 255): the reference prints an object\'s keys or a string\'s characters as the list (exit 0), or crashes with a Python AttributeError',
    exitCode: 255,
    stdout: '',
    stderr: `\nThe response does not fit the service model: response.AssociationDescription.${path} should be ${expected} but is ${actual}\n`,
  };
}
const described = (inner) => `{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", ${inner}}}`;
const CALENDAR_OBJECT = described('"CalendarNames": {"cal-a": 1, "cal-b": [2]}');
const CALENDAR_STRING = described('"CalendarNames": "cal"');
const VALUES_OBJECT = described('"Targets": [{"Key": "InstanceIds", "Values": {"i-1": null, "i-2": "x"}}]');
const PARAMETER_STRING = described('"Parameters": {"commands": "ls"}');
const TARGETS_STRING = described('"Targets": "ab"');
const TARGETS_OBJECT = described('"Targets": {"Key": "InstanceIds"}');
const STATUS_LIST = described('"Status": [1, 2]');
const OVERVIEW_STRING = described('"Overview": "fine"');
const SURROGATE = described('"AssociationName": "a\\ud800b"');
const SURROGATE_KEY = described('"Parameters": {"\\udc80": ["v"]}');
/** `{"AssociationDescription": {"Name": "AWS-<0xff>"}}`: not UTF-8. */
const NOT_UTF8 = Buffer.concat([Buffer.from('{"AssociationDescription": {"Name": "AWS-'), Buffer.from([0xff]), Buffer.from('"}}')]).toString('base64');

const surrogateJson = (json) => ({
  why: 'a lone surrogate in a response string is printed as its JSON escape (valid JSON, exit 0); the reference crashes half-way through its output (\\ud800) or writes a byte that is not UTF-8 (\\udc80)',
  exitCode: 0,
  stdout: json,
  stderr: '',
});

export const cases = [
  body('list member holding an object', CALENDAR_OBJECT, 'json', misfit('CalendarNames', 'a list', 'an object')),
  body('list member holding an object', CALENDAR_OBJECT, 'text', misfit('CalendarNames', 'a list', 'an object')),
  body('list member holding an object', CALENDAR_OBJECT, 'table', misfit('CalendarNames', 'a list', 'an object')),
  body('list member holding a string', CALENDAR_STRING, 'json', misfit('CalendarNames', 'a list', 'a string')),
  body('list member holding a string', CALENDAR_STRING, 'yaml', misfit('CalendarNames', 'a list', 'a string')),
  body('nested list holding an object', VALUES_OBJECT, 'text', misfit('Targets[0].Values', 'a list', 'an object')),
  body('map value list holding a string', PARAMETER_STRING, 'text', misfit('Parameters.commands', 'a list', 'a string')),
  body('list of structures holding a string', TARGETS_STRING, 'json', misfit('Targets', 'a list', 'a string')),
  body('list of structures holding an object', TARGETS_OBJECT, 'json', misfit('Targets', 'a list', 'an object')),
  body('structure member holding a list', STATUS_LIST, 'json', misfit('Status', 'an object', 'a list')),
  body('structure member holding a string', OVERVIEW_STRING, 'text', misfit('Overview', 'an object', 'a string')),
  body('lone surrogate in a string', SURROGATE, 'json', surrogateJson('{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent",\n        "AssociationName": "a\\ud800b"\n    }\n}\n')),
  body('lone surrogate in a string', SURROGATE, 'text', {
    why: 'text output has no escapes: a lone surrogate is written as U+FFFD, the UTF-8 replacement character (exit 0); the reference crashes with a Python UnicodeEncodeError',
    exitCode: 0,
    stdout: 'ASSOCIATIONDESCRIPTION\ta\ufffdb\tAWS-UpdateSSMAgent\n',
    stderr: '',
  }),
  body('lone surrogate in a map key', SURROGATE_KEY, 'json', surrogateJson('{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent",\n        "Parameters": {\n            "\\udc80": [\n                "v"\n            ]\n        }\n    }\n}\n')),
  {
    name: 'list member holding a string, query',
    args: [...ALL, '--query', 'AssociationDescription.CalendarNames[1]'],
    responses: [{ status: 200, body: CALENDAR_STRING }],
    deviation: misfit('CalendarNames', 'a list', 'a string'),
  },
  ...['json', 'text'].map((output) => ({
    name: `body that is not UTF-8, ${output}`,
    args: [...ALL, '--output', output],
    responses: [{ status: 200, bodyBase64: NOT_UTF8 }],
    deviation: {
      why: 'a 2xx body that is not UTF-8 is an error saying so; the reference ends with a raw Python UnicodeDecodeError',
      stderr: '\nThe response from endpoint URL "{endpoint}/" is not valid UTF-8 (byte 0xff at position 41); nothing was printed.\n',
    },
  })),
];
