// Python's json.loads (src/python/json-load.ts): values, depth limits and messages as Python 3.11's
// json module gives them (the Python the reference runs on).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { OPTION_JSON_DEPTH, parsePythonJson, parsePythonJsonExact, PythonJsonError, type ParamValue, type PythonJsonDepth } from '../../src/python/json-load.js';
import { PythonError } from '../../src/python/errors.js';
import { ownKeys } from '../../src/python/ordered-keys.js';
import { PyFloat } from '../../src/python/values.js';

/** What json.loads raises for text (the RecursionError a CliError, a JSONDecodeError a PythonJsonError). */
function failure(text: string, depth?: PythonJsonDepth): Error {
  try {
    parsePythonJson(text, depth);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`parsed: ${text}`);
}

function jsonError(text: string): string {
  const error = failure(text);
  expect(error).toBeInstanceOf(PythonJsonError);
  return error.message;
}

describe('parsePythonJson', () => {
  it('fails past the depth limit with Python\'s RecursionError message, an error a caller can catch', () => {
    const deep = (n: number, open = '[', close = ']') => open.repeat(n) + close.repeat(n);
    expect(() => parsePythonJson(deep(979))).not.toThrow();
    for (const [text, context] of [
      [deep(980), 'array'],
      [deep(200_000), 'array'],
      ['{"a": '.repeat(980) + '1' + '}'.repeat(980), 'object'],
      ['['.repeat(979) + '{}' + ']'.repeat(979), 'object'],
    ] as const) {
      const error = failure(text) as CliError;
      expect(error).toBeInstanceOf(PythonError);
      expect([error.message, error.exitCode]).toEqual([`maximum recursion depth exceeded while decoding a JSON ${context} from a unicode string`, 255]);
    }
  });

  it('counts the object_pairs_hook call of an option value: an object at the limit fails there', () => {
    const objects = (n: number) => '{"a": '.repeat(n - 1) + '{}' + '}'.repeat(n - 1);
    expect(() => parsePythonJson(objects(977), OPTION_JSON_DEPTH)).not.toThrow();
    expect(failure(objects(978), OPTION_JSON_DEPTH).message).toBe('maximum recursion depth exceeded while calling a Python object');
    expect(failure('[' + objects(978) + ']', OPTION_JSON_DEPTH).message).toBe(
      'maximum recursion depth exceeded while decoding a JSON object from a unicode string',
    );
  });

  it('decodes like json.loads', () => {
    expect(parsePythonJson(' {"a": [1, -0, 2.5e3, "\\u00e9\\ud834\\udd1e", "\\ud800"]}\n')).toEqual({
      a: [1, 0, new PyFloat(2500), 'é𝄞', '\ud800'],
    });
    expect(parsePythonJson('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(Object.is((parsePythonJson('-0.0') as PyFloat).value, -0)).toBe(true);
    expect(parsePythonJson('1e400')).toBe(Infinity);
    const proto = parsePythonJson('{"__proto__": 1}') as Record<string, ParamValue>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it.each<[string, string]>([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['  ', 'Expecting value: line 1 column 3 (char 2)'],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['{"a":}', 'Expecting value: line 1 column 6 (char 5)'],
    ['[\n1,\n2,\n]', 'Expecting value: line 4 column 1 (char 8)'],
    ['-x', 'Expecting value: line 1 column 1 (char 0)'],
    ['tru', 'Expecting value: line 1 column 1 (char 0)'],
    ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{1:2}', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
    ['{"a":1,"b"', "Expecting ':' delimiter: line 1 column 11 (char 10)"],
    ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
    ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
    ['1 2', 'Extra data: line 1 column 3 (char 2)'],
    ['01', 'Extra data: line 1 column 2 (char 1)'],
    ['1.5e+', 'Extra data: line 1 column 4 (char 3)'],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['"\\', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['"a\x01"', 'Invalid control character at: line 1 column 3 (char 2)'],
    ['"a\\q"', 'Invalid \\escape: line 1 column 3 (char 2)'],
    ['"\\u12"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"\\u12x4"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"\\ud800\\u12"', 'Invalid \\uXXXX escape: line 1 column 9 (char 8)'],
    ['\ufeff{}', 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'],
    ['["😀" 1]', "Expecting ',' delimiter: line 1 column 6 (char 5)"],
  ])('%j: %s', (text, message) => {
    expect(jsonError(text)).toBe(message);
  });

  it('refuses integers longer than Python converts', () => {
    expect(jsonError(`[${'1'.repeat(4301)}]`)).toBe(
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use ' +
        'sys.set_int_max_str_digits() to increase the limit',
    );
  });
});

// The fast path (JSON.parse where it gives the same value) against the exact scanner alone.
describe('parsePythonJson and its fast path', () => {
  /** The value or the error, in a form where PyFloat, bigint, -0, key order and prototypes all show. */
  function outcome(parse: () => ParamValue): unknown {
    try {
      return ['value', describeValue(parse())];
    } catch (error) {
      return ['error', (error as Error).constructor.name, (error as Error).message];
    }
  }
  function describeValue(value: unknown): unknown {
    if (value instanceof PyFloat) return ['PyFloat', Object.is(value.value, -0) ? '-0' : value.value];
    if (typeof value === 'bigint') return ['bigint', String(value)];
    if (typeof value === 'number') return ['number', Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value];
    if (Array.isArray(value)) return ['list', value.map(describeValue)];
    if (value !== null && typeof value === 'object') {
      return ['dict', Object.getPrototypeOf(value) === Object.prototype, ownKeys(value).map((k) => [k, describeValue((value as Record<string, unknown>)[k])])];
    }
    return [typeof value, value];
  }
  const same = (text: string, depth?: PythonJsonDepth) => {
    expect(outcome(() => parsePythonJson(text, depth))).toEqual(outcome(() => parsePythonJsonExact(text, depth)));
  };

  const numberToken = fc.oneof(
    fc.constantFrom('0', '-0', '1', '-1', '1.0', '-0.0', '0.0', '2.5', '1E9', '1e9', '1.550507529E9', '1.550507529604E9', '1e-5', '1e400', '-1e400', '1e16', '1E+2', '1e-2'),
    fc.constantFrom('9007199254740991', '9007199254740992', '9007199254740993', '-9007199254740993', '123456789012345678901234567890', '100000000000000000000.0'),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '01', '1.', '.5', '-', '1e', '+1'),
    fc.integer().map(String),
    fc.double().map(String).filter((s) => /^-?\d/.test(s)),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    // Decimal fractions of every length: past 15 digits the nearest double may be whole.
    fc.tuple(fc.stringMatching(/^-?[0-9]{1,18}$/), fc.stringMatching(/^[0-9]{1,20}$/)).map(([whole, fraction]) => `${whole}.${fraction}`),
  );
  const stringToken = fc.oneof(
    fc.string({ unit: 'binary' }).map((s) => JSON.stringify(s)),
    fc.constantFrom('"\\u0000"', '"\\u00001.0"', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud834\\udd1e"', '"\\u2028"', '"\u2028"', '"\\/"', '"a\\"b"', '"\\\\"', '"\\\\u0000"', '"\\q"', '"a\x01"', '"'),
  );
  const keyToken = fc.oneof(stringToken, fc.constantFrom('"0"', '"42"', '"4294967294"', '"4294967295"', '"01"', '"\\u0030"', '"__proto__"', '""', '"a"', '"b"', '"constructor"', '"toJSON"'));
  const ws = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ', '\f', '\u00a0');
  const { doc } = fc.letrec<{ doc: string; value: string }>((tie) => ({
    doc: fc.tuple(ws, tie('value'), ws).map((parts) => parts.join('')),
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      numberToken,
      stringToken,
      fc.constantFrom('true', 'false', 'null', 'tru', 'nul'),
      fc.array(tie('doc'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
      fc.array(fc.tuple(keyToken, ws, tie('doc')), { maxLength: 4 }).map((members) => `{${members.map(([k, w, v]) => `${k}${w}:${v}`).join(',')}}`),
    ),
  }));
  /** Now and then one character inserted, dropped or changed: the errors must agree too. */
  const mutated = fc.tuple(doc, fc.nat(), fc.constantFrom('', ',', ':', '"', '[', ']', '{', '}', '0', '.', 'e', '-', '\\', ' ', 'x'), fc.boolean()).map(([text, at, ch, mutate]) => {
    if (!mutate) return text;
    const i = at % (text.length + 1);
    return text.slice(0, i) + ch + text.slice(i + (ch === '' ? 1 : 0));
  });

  it('gives the exact scanner\'s value or error on any document', () => {
    fc.assert(
      fc.property(mutated, (text) => same(text)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => same(text)),
      { numRuns: 500 },
    );
  });

  it('agrees on the cases the fast path must convert or leave to the scanner', () => {
    for (const text of [
      '1.0', '-0', '-0.0', '[1.0, 1, 1.5, -0, 0]', '{"a": 1E9, "b": 1.550507529604E9}', '9007199254740993', '[9007199254740992, 9007199254740993]',
      '{"a": 1.0, "a": 2}', '{"a": 2, "a": 1.0}', '{"b": 1, "0": 2}', '{"\\u0030": 1, "a": 2}', '{"a": 1, "\\u0030": 2}', '{"a": 1, "\\u0041": 2}', '{"4294967295": 1, "b": 2}', '{"__proto__": 2.0}',
      '["\\u0000", 1.0]', '["\\u00001.0", 1.0]', '{"": 1}', '[NaN, 1]', '[-Infinity]', '{1.0: 2}', '[1.0 2]', '[00.0]', '[1.]', '["\\ud800", "\\udc00"]',
      `[${'9'.repeat(4300)}]`, `[${'9'.repeat(4301)}]`, `[${'9'.repeat(4301)}, 1.0]`, '{"a": [' + '1'.repeat(40) + ']}',
      // Whole only once rounded to a double: 16 or more digits with a fraction.
      '[123456789012345.99999]', '[0.99999999999999999]', '[1.0000000000000001]', '[999999999999999.9]', '[99999999999999.9]', '{"Date": 1550507529.604}',
      '{"a": 5, "b": "x:1.0"}', '{"a": "[1e5"}', '{"a": "12\\u0030"}', '{"a": "id", "n": 123456789012345}',
      // More brackets than the depth limit allows levels, but shallow: the count is only a bound.
      `[${'{}, '.repeat(1200)}{}]`, `{"a": [${'[1.5], '.repeat(1000)}[]]}`,
    ]) {
      same(text);
      same(text, OPTION_JSON_DEPTH);
    }
    for (const n of [976, 977, 978, 979, 980]) {
      for (const text of ['['.repeat(n) + ']'.repeat(n), '{"a": '.repeat(n - 1) + '{}' + '}'.repeat(n - 1), '['.repeat(n - 1) + '{}' + ']'.repeat(n - 1)]) {
        same(text);
        same(text, OPTION_JSON_DEPTH);
      }
    }
  });

  it('converts what JSON.parse reads otherwise into the value model', () => {
    expect(parsePythonJson('{"a": 1.0, "b": [1E9, -0, 9007199254740993, 2.5]}')).toEqual({ a: new PyFloat(1), b: [new PyFloat(1e9), 0, 9007199254740993n, 2.5] });
    expect(ownKeys(parsePythonJson('{"b": 1, "0": 2}') as object)).toEqual(['b', '0']);
  });
});
