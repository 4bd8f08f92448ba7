// The engine's error texts, each exactly str() of the jmespath exception the reference prints
// (expected values from CPython's jmespath for the same expressions), and their categories.
import { describe, expect, it } from 'vitest';
import {
  JmespathError,
  JmespathSyntaxError,
  JmespathPythonError,
  emptyExpressionError,
  incompleteExpressionError,
  lexerError,
  parseError,
} from '../../../src/output/jmespath/errors.js';

describe('syntax errors', () => {
  it('ParseError quotes the expression and puts the caret under the token, one column in', () => {
    const error = parseError('foo bar', 4, 'bar', 'unquoted_identifier', 'Unexpected token: bar');
    expect(error.message).toBe('Unexpected token: bar: Parse error at column 4, token "bar" (UNQUOTED_IDENTIFIER), for expression:\n"foo bar"\n     ^');
    expect(parseError('foo[?a==]', 8, ']', 'rbracket', 'invalid token').message).toBe(
      'invalid token: Parse error at column 8, token "]" (RBRACKET), for expression:\n"foo[?a==]"\n         ^',
    );
  });

  it('IncompleteExpressionError puts the caret after the last code point', () => {
    expect(incompleteExpressionError('foo[').message).toBe('Invalid jmespath expression: Incomplete expression:\n"foo["\n     ^');
    expect(incompleteExpressionError('"日"[').message).toBe('Invalid jmespath expression: Incomplete expression:\n""日"["\n     ^');
  });

  it('LexerError shows the expression unquoted, the caret at the position', () => {
    expect(lexerError('a ~ b', 2, 'Unknown token ~').message).toBe('Bad jmespath expression: Unknown token ~:\na ~ b\n  ^');
  });

  it('all are syntax errors, reported before the request', () => {
    for (const error of [emptyExpressionError(), lexerError('a', 0, 'x'), incompleteExpressionError('a'), parseError('a', 0, 'a', 'eof', 'x')]) {
      expect(error).toBeInstanceOf(JmespathSyntaxError);
      expect([error.name, error.category]).toEqual(['JmespathSyntaxError', 'syntax']);
    }
    expect(emptyExpressionError().message).toBe('Invalid JMESPath expression: cannot be empty.');
  });
});

describe('JmespathPythonError', () => {
  it('is a runtime JMESPath error unless given a category', () => {
    const error = new JmespathPythonError("unsupported operand type(s) for +: 'int' and 'str'");
    expect(error).toBeInstanceOf(JmespathError);
    expect([error.name, error.category, error.message]).toEqual(['JmespathPythonError', 'runtime', "unsupported operand type(s) for +: 'int' and 'str'"]);
    expect(new JmespathPythonError('m', 'invalid-type').category).toBe('invalid-type');
  });
});
