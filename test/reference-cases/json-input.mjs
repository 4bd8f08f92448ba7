// --association-status given as JSON: when the reference treats the value as JSON, what it
// says about invalid JSON, and how values of the wrong JSON type are reported.
const E = ['--endpoint-url', '{endpoint}'];
const BASE = ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0'];
const OK = '{"Date": 1424421071, "Name": "Pending", "Message": "hi"}';

/** A case sending `value` as --association-status. */
function js(name, value, extra = {}) {
  return { name, args: [...BASE, '--association-status', value, ...E], ...extra };
}

/** OK with one member replaced by raw JSON text. */
function withMember(member, raw) {
  const m = { Date: '1424421071', Name: '"Pending"', Message: '"hi"', [member]: raw };
  return `{${Object.entries(m).map(([k, v]) => `"${k}": ${v}`).join(', ')}}`;
}

export const cases = [
  js('valid object', OK),
  js('valid object with AdditionalInfo', '{"Date":1424421071,"Name":"Failed","Message":"m","AdditionalInfo":"{\\"k\\": 1}"}'),
  js('valid object spread over lines', '{\n  "Date": 1424421071,\n  "Name": "Success",\n  "Message": "hi"\n}\n'),
  js('leading spaces', `   ${OK}`),
  js('leading newline and tab', `\n\t${OK}`),
  js('trailing whitespace', `${OK}  \n`),
  js('unicode escapes in strings', '{"Date": 1424421071, "Name": "Pending", "Message": "caf\\u00e9 \\ud83d\\ude00 \\n"}'),
  js('raw non-ASCII in strings', '{"Date": 1424421071, "Name": "Pending", "Message": "日本語 ✓"}'),
  js('empty object', '{}'),
  js('JSON array of the object', `[${OK}]`),
  js('empty JSON array', '[]'),
  js('JSON string', '"Date=1424421071,Name=Pending,Message=hi"'),
  js('JSON number', '42'),
  js('JSON null', 'null'),
  js('JSON true', 'true'),
  js('invalid JSON truncated', '{"Date": 1424421071, "Name": "Pending",'),
  js('invalid JSON unquoted keys', '{Date: 1424421071, Name: "Pending", Message: "hi"}'),
  js('invalid JSON single quotes', "{'Date': 1424421071, 'Name': 'Pending', 'Message': 'hi'}"),
  js('invalid JSON trailing garbage', `${OK}}`),
  js('invalid JSON trailing comma', '{"Date": 1424421071, "Name": "Pending", "Message": "hi",}'),
  js('invalid JSON missing colon', '{"Date" 1424421071}'),
  js('invalid JSON bad escape', '{"Date": 1424421071, "Name": "Pending", "Message": "a\\qb"}'),
  js('invalid JSON raw newline in string', '{"Date": 1424421071, "Name": "Pending", "Message": "a\nb"}'),
  js('invalid JSON only an opening brace', '{'),
  js('invalid JSON on a later line', '{\n  "Date": 1424421071,\n  "Name": Pending\n}'),
  js('extra unknown key', '{"Date": 1424421071, "Name": "Pending", "Message": "hi", "Foo": 1}'),
  js('two extra unknown keys', '{"Zed": true, "Date": 1424421071, "Name": "Pending", "Message": "hi", "Foo": [1]}'),
  js('duplicate keys, last wins', '{"Date": 1424421071, "Name": "Pending", "Message": "first", "Message": "second"}'),
  js('number for Message', withMember('Message', '42')),
  js('boolean for Message', withMember('Message', 'false')),
  js('null for Message', withMember('Message', 'null')),
  js('array for Message', withMember('Message', '["a", 1]')),
  js('object for Name', withMember('Name', '{"Value": "Pending"}')),
  js('number for Name', withMember('Name', '1')),
  js('null for AdditionalInfo', withMember('AdditionalInfo', 'null')),
  js('string that is not a timestamp for Date', withMember('Date', '"not a date"')),
  js('string epoch for Date', withMember('Date', '"1424421071"')),
  js('float for Date', withMember('Date', '1424421071.939')),
  js('negative float for Date', withMember('Date', '-1.5')),
  js('huge number for Date', withMember('Date', '1e20')),
  js('null for Date', withMember('Date', 'null')),
  js('true for Date', withMember('Date', 'true')),
  js('false for Date', withMember('Date', 'false')),
  js('array for Date', withMember('Date', '[1424421071]')),
  js('object for Date', withMember('Date', '{}')),
  js('NaN for Date', withMember('Date', 'NaN')),
  js('Infinity for Date', withMember('Date', 'Infinity')),
  js('all members of the wrong type', '{"Date": true, "Name": 1, "Message": [], "AdditionalInfo": {}}'),
  { name: 'JSON-looking --name is taken literally', args: ['--name', '"AWS-UpdateSSMAgent"', '--instance-id', 'i-1234567890abcdef0', '--association-status', OK, ...E] },
  { name: 'JSON object for --instance-id is taken literally', args: ['--name', 'AWS-UpdateSSMAgent', '--instance-id', '{"a": 1}', '--association-status', OK, ...E] },
];
