// Expected values and messages come from the reference: `aws ssm update-association-status`
// runs for --association-status, and awscli's argprocess / Python's json.loads (the same
// Python 3.11 the reference runs on) for the shapes this operation does not have.
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { parseArgumentValue, type ShapeResolver } from '../../src/input/unpack-argument.js';
import { type ParamValue } from '../../src/python/json-load.js';
import { PythonError } from '../../src/python/errors.js';
import { PyFloat } from '../../src/python/values.js';
import { ShorthandParseError } from '../../src/input/shorthand.js';
import { shapeNamed, type Shape } from '../../src/model/shapes.js';

const STATUS = '--association-status';
const statusShape = shapeNamed('AssociationStatus');
const status = (value: string | Uint8Array) => parseArgumentValue(STATUS, statusShape, value);

function thrown(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('--association-status', () => {
  it('parses shorthand into strings, the timestamp included', () => {
    expect(status('Date=1424421071,Name=Pending,Message=hi,AdditionalInfo=x')).toEqual({
      Date: '1424421071',
      Name: 'Pending',
      Message: 'hi',
      AdditionalInfo: 'x',
    });
    expect(status('Name=a,Date')).toEqual({ Name: ['a', 'Date'] });
    expect(status('Name=[a b]')).toEqual({ Name: ['a b'] });
  });

  it('parses JSON when the value starts with "{", with ints and floats apart (whole floats PyFloat)', () => {
    expect(status('  {"Date": 1424421071, "Name": "Pending", "Message": "hi"}')).toEqual({
      Date: 1424421071,
      Name: 'Pending',
      Message: 'hi',
    });
    const value = status('{"Name": 1.0, "Date": -Infinity, "Message": [true, false, null], "X": NaN}') as Record<string, ParamValue>;
    expect(value).toEqual({ Name: new PyFloat(1), Date: -Infinity, Message: [true, false, null], X: NaN });
    expect(value['Name']).toBeInstanceOf(PyFloat);
    expect(status('{"a":1,"a":2,"b":3}')).toEqual({ a: 2, b: 3 });
  });

  it.each<[string, string]>([
    ['Name', "Expected: '=', received: 'EOF' for input:\nName\n    ^"],
    ['', "Expected: '=', received: 'EOF' for input:\n\n^"],
    ['a=b,a=c', 'Second instance of key "a" encountered for input:\na=b,a=c\n    ^\nThis is often because there is a preceding "," instead of a space.'],
    ['{"Name": "a" "b"}', 'Invalid JSON: Expecting \',\' delimiter: line 1 column 14 (char 13)\nJSON received: {"Name": "a" "b"}'],
    [' {', 'Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 3 (char 2)\nJSON received:  {'],
    ['{"a":1,}', 'Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)\nJSON received: {"a":1,}'],
    ['[1,2', 'Invalid JSON:\n[1,2'],
    ['[1]', 'Invalid JSON:\n[1]'],
  ])('rejects %j', (value, detail) => {
    const error = thrown(() => status(value));
    expect(error.message).toBe(`Error parsing parameter '${STATUS}': ${detail}`);
    expect(error.exitCode).toBe(252);
  });

  it('fails like the reference on fileb:// bytes, which its parser cannot read', () => {
    for (const [bytes, message] of [
      [new Uint8Array([0x4e, 0x3d, 0x61]), "'in <string>' requires string as left operand, not int"],
      [new Uint8Array([]), "a bytes-like object is required, not 'str'"],
    ] as const) {
      const error = thrown(() => status(bytes));
      expect(error).toBeInstanceOf(PythonError);
      expect([error.message, error.exitCode]).toEqual([message, 255]);
    }
  });
});

describe('string and timestamp options', () => {
  it('take the value as it is, bytes included', () => {
    expect(parseArgumentValue('--name', shapeNamed('DocumentARN'), ' {"a": 1} ')).toBe(' {"a": 1} ');
    expect(parseArgumentValue('--date', shapeNamed('DateTime'), 'a=b')).toBe('a=b');
    const bytes = new Uint8Array([0x61, 0x62]);
    expect(parseArgumentValue('--name', shapeNamed('DocumentARN'), bytes)).toBe(bytes);
  });
});

describe('model conversions (shapes of this model used as options)', () => {
  const x = (name: string, value: string | string[]) => parseArgumentValue('--x', shapeNamed(name), value);

  it('converts integer map values and wraps lone values into lists', () => {
    expect(x('AssociationStatusAggregatedCount', 'a=1,b= 2 ,c=1_0')).toEqual({ a: 1, b: 2, c: 10 });
    expect(x('Parameters', 'a=b,c=[d,e],f=')).toEqual({ a: ['b'], c: ['d', 'e'], f: [''] });
    expect(x('AlarmConfiguration', 'IgnorePollAlarmFailure=true,Alarms=[{Name=x}]')).toEqual({
      IgnorePollAlarmFailure: true,
      Alarms: [{ Name: 'x' }],
    });
    expect(x('AlarmConfiguration', 'IgnorePollAlarmFailure=yes')).toEqual({ IgnorePollAlarmFailure: 'yes' });
  });

  it('parses each word of a list of structures, or JSON', () => {
    expect(x('Targets', ['Key=a,Values=b', 'Key=c,Values=d,e'])).toEqual([
      { Key: 'a', Values: ['b'] },
      { Key: 'c', Values: ['d', 'e'] },
    ]);
    expect(x('Targets', [' [{"Key":"a"}]'])).toEqual([{ Key: 'a' }]);
    // A single string (a loaded paramfile) is one shorthand value, and stays a structure.
    expect(x('Targets', 'Key=k,Values=v')).toEqual({ Key: 'k', Values: 'v' });
    expect(x('TargetLocations', 'Accounts=a,TargetLocationMaxConcurrency=1')).toEqual({
      Accounts: 'a',
      TargetLocationMaxConcurrency: '1',
    });
    expect(thrown(() => x('Targets', ['{"Key":"a"}', 'Key=b'])).message).toBe(
      "Error parsing parameter '--x': Invalid JSON:\nKey=b",
    );
  });

  it('takes list-of-string words as they are, a single JSON list, or a string character by character', () => {
    expect(x('TargetValues', ['a', 'b'])).toEqual(['a', 'b']);
    expect(x('TargetValues', ['["a"]'])).toEqual(['a']);
    expect(x('TargetValues', ['["a"', 'b'])).toEqual(['["a"', 'b']);
    expect(x('TargetValues', 'abc')).toEqual(['a', 'b', 'c']);
    expect(thrown(() => x('TargetValues', '[1,')).message).toBe(
      "Error parsing parameter '--x': Invalid JSON: Expecting value: line 1 column 4 (char 3)\nJSON received: [1,",
    );
  });

  it('converts scalar options like int() and bool()', () => {
    expect(x('InstanceCount', '12')).toBe(12);
    expect(x('InstanceCount', ' -1_2 ')).toBe(-12);
    expect(x('ApplyOnlyAtCronInterval', 'FALSE')).toBe(false);
    expect(x('ApplyOnlyAtCronInterval', 'no')).toBe(true);
    expect(x('ApplyOnlyAtCronInterval', '')).toBe(false);
  });

  it.each<[string, string, string, string]>([
    ['InstanceCount', 'x', 'ValueError', "invalid literal for int() with base 10: 'x'"],
    ['AssociationStatusAggregatedCount', 'a=x', 'ValueError', "invalid literal for int() with base 10: 'x'"],
    ['AssociationStatusAggregatedCount', 'a=[1]', 'TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'list'"],
    ['AlarmConfiguration', 'IgnorePollAlarmFailure=[a]', 'AttributeError', "'list' object has no attribute 'lower'"],
  ])('fails on %s %j with a bare Python %s', (shape, value, pythonClass, message) => {
    const error = thrown(() => x(shape, value));
    expect(error).toBeInstanceOf(PythonError);
    expect([(error as PythonError).pythonClass, error.message, error.exitCode]).toEqual([pythonClass, message, 255]);
  });
});

describe('shapes outside this model', () => {
  const shapes: Record<string, Shape | { type: 'structure'; members: Record<string, { shape: string }>; document: true }> = {
    Ints: { type: 'list', member: { shape: 'Int' } },
    Int: { type: 'integer' },
    Floats: { type: 'list', member: { shape: 'Float' } },
    Float: { type: 'double' },
    Bools: { type: 'list', member: { shape: 'Bool' } },
    Bool: { type: 'boolean' },
    Str: { type: 'string' },
    Doc: { type: 'structure', members: {}, document: true },
    Outer: { type: 'structure', members: { D: { shape: 'Doc' }, S: { shape: 'Str' } } },
    Val: { type: 'structure', members: { Value: { shape: 'Str' } } },
    DocMap: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Doc' } },
  };
  const resolve: ShapeResolver = (name) => shapes[name] as Shape;
  const x = (name: string, value: string | string[] | Uint8Array) => parseArgumentValue('--x', resolve(name), value, resolve);
  const message = (name: string, value: string | string[] | Uint8Array) => thrown(() => x(name, value)).message;

  it('converts each word of a scalar list, naming only the first word when one fails', () => {
    expect(x('Ints', ['2', '3'])).toEqual([2, 3]);
    expect(x('Ints', ['[1, 2.5]'])).toEqual([1, 2.5]);
    expect(x('Ints', new Uint8Array([0x31, 0x32]))).toEqual([49, 50]);
    expect(x('Floats', [' 1.5 ', '-inf', '1e3', '1_0.5'])).toEqual([1.5, -Infinity, new PyFloat(1000), 10.5]);
    expect(x('Bools', ['false', 'x', ''])).toEqual([false, true, false]);
    expect(message('Ints', ['1', 'x'])).toBe("Error parsing parameter '--x': 1");
    expect(message('Ints', '12x')).toBe("Error parsing parameter '--x': 1");
    expect(message('Floats', ['1', 'nope'])).toBe("Error parsing parameter '--x': 1");
  });

  it('reads document types as JSON only, and refuses them inside shorthand', () => {
    expect(x('Doc', '{"a": [1]}')).toEqual({ a: [1] });
    expect(message('Doc', 'a=b')).toBe(
      "Error parsing parameter '--x': Invalid JSON: Expecting value: line 1 column 1 (char 0)\nJSON received: a=b",
    );
    expect(x('Outer', 'S=y')).toEqual({ S: 'y' });
    const error = thrown(() => x('Outer', 'D=x,S=y'));
    expect(error).toBeInstanceOf(ShorthandParseError);
    expect(error.message).toBe(
      "Error parsing parameter '--x': Shorthand syntax does not support document types. Use JSON input for " +
        'top-level argument to specify nested parameter: D',
    );
    expect(x('DocMap', '{"k": {}}')).toEqual({ k: {} });
    expect(message('DocMap', 'a=b')).toBe("Error parsing parameter '--x': Invalid JSON:\na=b");
    expect(thrown(() => x('DocMap', '  '))).toMatchObject({ message: 'string index out of range', pythonClass: 'IndexError' });
  });

  it('accepts a bare word for a structure holding only Value', () => {
    expect(x('Val', 'shutdown')).toEqual({ Value: 'shutdown' });
    expect(x('Val', 'Value=a')).toEqual({ Value: 'a' });
    expect(message('Val', new Uint8Array([0x78]))).toBe("a bytes-like object is required, not 'str'");
  });
});
