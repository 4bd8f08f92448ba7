// Python's shlex.split (src/python/shlex.ts).
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { splitCommand } from '../../src/python/shlex.js';

describe('splitCommand', () => {
  // Expected values are Python 3.11's shlex.split() of the same strings.
  const cases: Array<[string, string[] | string]> = [
    ['less -R', ['less', '-R']],
    ['  less   -R  ', ['less', '-R']],
    ["sh -c 'cat > /tmp/x'", ['sh', '-c', 'cat > /tmp/x']],
    ['a"b c"d', ['ab cd']],
    ["''", ['']],
    ['""', ['']],
    ['a\\ b', ['a b']],
    ['a\\\\b', ['a\\b']],
    ['"a\\"b"', ['a"b']],
    ['"a\\nb"', ['a\\nb']],
    ['"a\\\\b"', ['a\\b']],
    ["'a\\'", ['a\\']],
    ['x\\\ny', ['x\ny']],
    ['a#b', ['a#b']],
    ['tab\there\nnl', ['tab', 'here', 'nl']],
    ['é "ü x"', ['é', 'ü x']],
    ["a'' b", ['a', 'b']],
    ['', []],
    [' \t', []],
    ['\\', 'No escaped character'],
    ['a"\\', 'No escaped character'],
    ['"abc', 'No closing quotation'],
    ["'abc", 'No closing quotation'],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      if (typeof expected === 'string') {
        expect(() => splitCommand(input)).toThrow(expected);
        try {
          splitCommand(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          expect((error as CliError).exitCode).toBe(255);
        }
      } else {
        expect(splitCommand(input)).toEqual(expected);
      }
    });
  }
});
