// The JMESPath lexer, a port of jmespath 1.0.1's (jmespath/lexer.py): same token types, same
// positions (counted in code points, as Python indexes str), same error messages. Literals are
// parsed with Python's json.loads, including the deprecated fallback that turns invalid JSON
// such as `foo` into the string "foo".
import { lexerError, emptyExpressionError } from './errors.js';
import { parsePythonJson, PythonJsonError } from '../../python/json-load.js';
import { pyLstrip } from '../../python/strings.js';

export interface Token {
  type: string;
  value: unknown;
  start: number;
  /** What Python's str() prints for the value, where it differs from ours (exact big ints). */
  display?: string;
}

const SIMPLE_TOKENS: Record<string, string> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};

const START_IDENTIFIER = /^[A-Za-z_]$/;
const VALID_IDENTIFIER = /^[A-Za-z0-9_]$/;
const DIGIT = /^[0-9]$/;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function tokenize(expression: string): Token[] {
  if (expression.length === 0) throw emptyExpressionError();
  const chars = Array.from(expression);
  const length = chars.length;
  let position = 0;
  let current: string | undefined = chars[0];
  const tokens: Token[] = [];

  const next = (): string | undefined => {
    if (position === length - 1) {
      current = undefined;
    } else {
      position += 1;
      current = chars[position];
    }
    return current;
  };

  const fail = (at: number, message: string) => lexerError(expression, at, message);

  // Consumes up to an unescaped delimiter; backslashes are kept for the caller to interpret.
  const consumeUntil = (delimiter: string): string => {
    const start = position;
    let buff = '';
    next();
    while (current !== delimiter) {
      if (current === '\\') {
        buff += '\\';
        next();
      }
      if (current === undefined) throw fail(start, `Unclosed ${delimiter} delimiter`);
      buff += current;
      next();
    }
    next();
    return buff;
  };

  const consumeNumber = (): string => {
    let buff = current as string;
    while (next() !== undefined && DIGIT.test(current as string)) buff += current as string;
    return buff;
  };

  const matchOrElse = (expected: string, matchType: string, elseType: string): Token => {
    const start = position;
    const first = current as string;
    const second = next();
    if (second === expected) {
      next();
      return { type: matchType, value: first + second, start };
    }
    return { type: elseType, value: first, start };
  };

  while (current !== undefined) {
    const ch: string = current;
    const simple = SIMPLE_TOKENS[ch];
    if (simple !== undefined) {
      tokens.push({ type: simple, value: ch, start: position });
      next();
    } else if (START_IDENTIFIER.test(ch)) {
      const start = position;
      let buff = ch;
      while (next() !== undefined && VALID_IDENTIFIER.test(current as string)) buff += current as string;
      tokens.push({ type: 'unquoted_identifier', value: buff, start });
    } else if (WHITESPACE.has(ch)) {
      next();
    } else if (ch === '[') {
      const start = position;
      const after = next();
      if (after === ']') {
        next();
        tokens.push({ type: 'flatten', value: '[]', start });
      } else if (after === '?') {
        next();
        tokens.push({ type: 'filter', value: '[?', start });
      } else {
        tokens.push({ type: 'lbracket', value: '[', start });
      }
    } else if (ch === "'") {
      const start = position;
      const lexeme = consumeUntil("'").replaceAll("\\'", "'");
      tokens.push({ type: 'literal', value: lexeme, start });
    } else if (ch === '|') {
      tokens.push(matchOrElse('|', 'or', 'pipe'));
    } else if (ch === '&') {
      tokens.push(matchOrElse('&', 'and', 'expref'));
    } else if (ch === '`') {
      tokens.push(consumeLiteral());
    } else if (DIGIT.test(ch) || ch === '-') {
      const start = position;
      const buff = consumeNumber();
      if (buff === '-') throw fail(start, "Unknown token '-'");
      tokens.push({ type: 'number', value: Number(buff), start, display: BigInt(buff).toString() });
    } else if (ch === '"') {
      tokens.push(consumeQuotedIdentifier());
    } else if (ch === '<') {
      tokens.push(matchOrElse('=', 'lte', 'lt'));
    } else if (ch === '>') {
      tokens.push(matchOrElse('=', 'gte', 'gt'));
    } else if (ch === '!') {
      tokens.push(matchOrElse('=', 'ne', 'not'));
    } else if (ch === '=') {
      if (next() === '=') {
        tokens.push({ type: 'eq', value: '==', start: position - 1 });
        next();
      } else {
        // At the end of the expression the position never advanced past the '='.
        throw fail(current === undefined ? position : position - 1, "Unknown token '='");
      }
    } else {
      throw fail(position, `Unknown token ${ch}`);
    }
  }
  tokens.push({ type: 'eof', value: '', start: length });
  return tokens;

  function consumeLiteral(): Token {
    const start = position;
    const lexeme = consumeUntil('`').replaceAll('\\`', '`');
    let value: unknown;
    try {
      value = parsePythonJson(lexeme);
    } catch (e) {
      if (!(e instanceof PythonJsonError)) throw e;
      try {
        // JEP-12's deprecation period: invalid JSON is taken as the text of a string.
        value = parsePythonJson(`"${pyLstrip(lexeme)}"`);
      } catch (e2) {
        if (!(e2 instanceof PythonJsonError)) throw e2;
        throw fail(start, `Bad token ${lexeme}`);
      }
    }
    return { type: 'literal', value, start };
  }

  function consumeQuotedIdentifier(): Token {
    const start = position;
    const lexeme = `"${consumeUntil('"')}"`;
    // Decoded by Python's json.loads; its error shows the part of the message before the first colon.
    try {
      return { type: 'quoted_identifier', value: parsePythonJson(lexeme), start };
    } catch (e) {
      if (!(e instanceof PythonJsonError)) throw e;
      throw fail(start, e.message.split(':')[0] as string);
    }
  }
}
