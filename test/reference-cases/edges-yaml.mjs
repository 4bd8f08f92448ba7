// --cli-input-yaml at the edges of what ruamel's safe loader reads: merge keys and anchors, the
// `%YAML 1.1` directive (1.1 booleans, octals, sexagesimals), 1.2 ints in other bases, explicit
// tags (`!!binary`, `!!bool`, ...), and keys that are not strings.
const E = ['--endpoint-url', '{endpoint}'];

/** A document with Name, InstanceId and an AssociationStatus whose Message is `message`. */
function withMessage(message, head = '') {
  return `${head}Name: From-Yaml\nInstanceId: i-00000000000yaml0\nAssociationStatus:\n  Date: 1\n  Name: Pending\n  Message: ${message}\n`;
}
function y(name, document, deviation) {
  return { name, args: ['--cli-input-yaml', document, ...E], ...(deviation ? { deviation } : {}) };
}
/** A top-level key that is not a string crashes the reference (Python's `keywords must be strings`). */
function keyDeviation(key) {
  return {
    why: 'the reference crashes with a Python TypeError on a top-level key that is not a string (exit 255); ssm-assoc reports it as the unknown parameter it is, named by its Python str()',
    exitCode: 252,
    stderr: `\nParameter validation failed:\nUnknown parameter in input: "${key}", must be one of: Name, InstanceId, AssociationStatus\n`,
  };
}
const V11 = '%YAML 1.1\n---\n';

export const cases = [
  // --- Merge keys and anchors
  y('merge key fills a mapping', 'Name: n\nInstanceId: i\nAssociationStatus:\n  <<: {Date: 1, Name: Pending}\n  Message: merged\n'),
  y('merge key loses to explicit keys', 'Name: n\nInstanceId: i\nAssociationStatus:\n  Message: explicit\n  <<: {Date: 1, Name: Pending, Message: merged}\n'),
  y('merge key with a list of aliases', 'Name: &n n\nInstanceId: *n\nAssociationStatus:\n  <<: [{Date: 1}, {Name: Pending, Date: 2}]\n  Message: m\n'),
  y('merge key at the top level', '<<: {Name: merged-name, InstanceId: i}\nAssociationStatus: {Date: 1, Name: Pending, Message: m}\n'),
  y('merge key with a scalar', 'Name: n\nInstanceId: i\nAssociationStatus:\n  <<: scalar\n  Message: m\n'),
  // --- %YAML 1.1: the 1.1 scalars
  y('YAML 1.1 no is a boolean', withMessage('no', V11)),
  y('YAML 1.1 octal int', withMessage('0755', V11)),
  y('YAML 1.1 int with underscores', withMessage('1_000', V11)),
  y('YAML 1.1 sexagesimal int', withMessage('1:20', V11)),
  y('YAML 1.1 binary int', withMessage('0b101', V11)),
  y('YAML 1.1 on is a boolean', withMessage('On', V11)),
  y('YAML 1.2 directive keeps no a string', withMessage('no', '%YAML 1.2\n---\n')),
  // --- YAML 1.2 ints in other bases
  y('0b101 is an int', withMessage('0b101')),
  y('017 is a decimal int', withMessage('017')),
  y('0o17 is an octal int', withMessage('0o17')),
  y('1_000 is a string in 1.2', withMessage('1_000')),
  y('exponent without a dot', withMessage('1e3')),
  y('.inf is a float', withMessage('.inf')),
  // --- Explicit tags
  y('!!binary Message', withMessage('!!binary aGVsbG8=')),
  y('!!bool Message', withMessage('!!bool yes')),
  y('!!str on a number', withMessage('!!str 5')),
  y('!!float Date', 'Name: n\nInstanceId: i\nAssociationStatus: {Date: !!float 1, Name: Pending, Message: m}\n'),
  y('unknown local tag', withMessage('!thing x')),
  y('python tag refused by the safe loader', withMessage('!!python/name:os.system')),
  // --- Keys
  y('int key at the top level', 'Name: n\nInstanceId: i\nAssociationStatus: {Date: 1, Name: Pending, Message: m}\n5: five\n', keyDeviation('5')),
  y('null key in a nested mapping', 'Name: n\nInstanceId: i\nAssociationStatus: {Date: 1, Name: Pending, Message: m, ~: x}\n'),
  y('complex key', 'Name: n\nInstanceId: i\nAssociationStatus: {Date: 1, Name: Pending, Message: m}\n? [a, b]\n: x\n', keyDeviation("['a', 'b']")),
  y('comments only', '# nothing here\n'),
  y('duplicate key', 'Name: n\nName: m\nInstanceId: i\nAssociationStatus: {Date: 1, Name: Pending, Message: m}\n'),
];
