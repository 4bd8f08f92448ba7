// Python's json.loads (src/python/json-load.ts): values, depth limits and messages as Python 3.11's
// json module gives them (the Python the reference runs on).
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { OPTION_JSON_DEPTH, parsePythonJson, PythonJsonError, type ParamValue, type PythonJsonDepth } from '../../src/python/json-load.js';
import { PythonError } from '../../src/python/errors.js';
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
