// The lexer's tokens and errors, as Python's jmespath prints them (expected values from
// jmespath.lexer.Lexer().tokenize and str(LexerError) in CPython).
import { describe, expect, it } from 'vitest';
import { JmespathSyntaxError } from '../../../src/output/jmespath/errors.js';
import { tokenize } from '../../../src/output/jmespath/lexer.js';

describe('tokenize', () => {
  it('gives the token types, values and start columns jmespath gives', () => {
    expect(tokenize('foo.bar[0] || `1`').map(({ type, value, start }) => [type, value, start])).toEqual([
      ['unquoted_identifier', 'foo', 0],
      ['dot', '.', 3],
      ['unquoted_identifier', 'bar', 4],
      ['lbracket', '[', 7],
      ['number', 0, 8],
      ['rbracket', ']', 9],
      ['or', '||', 11],
      ['literal', 1, 14],
      ['eof', '', 17],
    ]);
  });

  it('counts columns in code points, as Python indexes str', () => {
    expect(tokenize('"日本" || a').map((t) => t.start)).toEqual([0, 5, 8, 9]);
  });

  it.each([
    ['a ~ b', 'Bad jmespath expression: Unknown token ~:\na ~ b\n  ^'],
    ['`{', 'Bad jmespath expression: Unclosed ` delimiter:\n`{\n^'],
    ['"abc', 'Bad jmespath expression: Unclosed " delimiter:\n"abc\n^'],
    ['föö.', 'Bad jmespath expression: Unknown token ö:\nföö.\n ^'],
    ['', 'Invalid JMESPath expression: cannot be empty.'],
  ])('%j: %j', (expression, message) => {
    expect(() => tokenize(expression)).toThrow(new JmespathSyntaxError(message));
    expect(() => tokenize(expression)).toThrow(JmespathSyntaxError);
  });
});
