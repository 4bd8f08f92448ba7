// --cli-input-json/--cli-input-yaml documents: a mapping or the reference's error (its words as
// recorded in test/fixtures/reference/, the flag spelt without `--` for a document that does not
// parse), and the merge where command-line values win.
import { describe, expect, it } from 'vitest';
import { mergeCliInput, parseCliInput } from '../../src/input/cli-input.js';
import { PyFloat } from '../../src/python/values.js';
import { thrownCliError as thrown } from '../support/cli-error.js';

describe('parseCliInput', () => {
  it('reads a JSON or YAML mapping, ints and floats apart as Python has them', () => {
    expect(parseCliInput('json', '{"Name": "a", "N": 3, "F": 3.0}')).toEqual({ Name: 'a', N: 3, F: new PyFloat(3) });
    expect(parseCliInput('yaml', 'Name: a\nInstanceId: i-1\n')).toEqual({ Name: 'a', InstanceId: 'i-1' });
  });

  it.each([
    ['json', '{"Name": ', "Error parsing parameter 'cli-input-json': Invalid JSON received."],
    ['yaml', 'a: [', "Error parsing parameter 'cli-input-yaml': Invalid YAML received."],
    ['json', '[1]', "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>"],
    ['json', '"x"', "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'str'>"],
    ['yaml', '', "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'NoneType'>"],
    ['json', '2.0', "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'float'>"],
    ['yaml', '2015-02-20T08:31:11Z', "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'datetime.datetime'>"],
  ] as const)('%s %j: %s (252)', (kind, text, message) => {
    const error = thrown(() => parseCliInput(kind, text));
    expect([error.message, error.exitCode]).toEqual([message, 252]);
  });
});

describe('mergeCliInput', () => {
  it("keeps the command line's values and order, then the document's other keys in its order", () => {
    const merged = mergeCliInput({ InstanceId: 'cli', Name: 'cli' }, { Zeta: 1, Name: 'doc', Alpha: 2 });
    expect(merged).toEqual({ InstanceId: 'cli', Name: 'cli', Zeta: 1, Alpha: 2 });
    expect(Object.keys(merged)).toEqual(['InstanceId', 'Name', 'Zeta', 'Alpha']);
  });

  it('keeps a key named __proto__ as an ordinary key', () => {
    const document = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = mergeCliInput({}, document);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
