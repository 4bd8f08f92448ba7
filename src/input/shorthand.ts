// The AWS CLI shorthand syntax for complex parameters (awscli/shorthand.py, ShorthandParser),
// parsed purely syntactically into strings, lists and objects. The model-driven conversions
// that follow a parse (BackCompatVisitor) live in unpack-argument.ts.
//
//   parameter     = keyval *("," keyval)               ; a duplicate top-level key is an error
//   keyval        = key "=" [values]                   ; an absent value is ""
//   key           = *[A-Za-z0-9_.#/:-]
//   values        = explicit-list / hash-literal / csv-value
//   csv-value     = first-value *("," second-value)    ; one item: a string; more: a list
//   explicit-list = "[" [explicit-value *("," explicit-value)] "]"
//   hash-literal  = "{" [key "=" explicit-value *("," key "=" explicit-value)] "}"
//   explicit-value= explicit-list / hash-literal / first-value
//   first-value   = 'single quoted' / "double quoted" / bare word (may hold "=", "[", "{")
//   second-value  = quoted / bare word that holds no "=" (else the csv list ends and the text
//                   from the preceding comma is read as the next keyval)
// Bare words keep inner whitespace and lose trailing Unicode whitespace; "\," in a bare word is
// a comma; inside quotes only \<quote> and \\ are escapes. Whitespace around "=", "," and the
// brackets is skipped (ASCII whitespace only, as string.whitespace).
//
// Positions are counted in code points, as Python indexes strings, so the caret under an
// error lines up the way the reference's does.

import { setOwn } from '../python/ordered-keys.js';
import { pyRstrip } from '../python/strings.js';
import { CliError } from '../errors.js';

export type ShorthandValue = string | ShorthandValue[] | ShorthandObject;
export interface ShorthandObject {
  [key: string]: ShorthandValue;
}

/**
 * A shorthand value the reference rejects, as the `Error parsing parameter` usage error it
 * prints: `message` is the whole line(s) after the leading blank line, `detail` the part after
 * `Error parsing parameter '--x': `.
 */
export class ShorthandParseError extends CliError {
  readonly paramName: string;
  readonly detail: string;

  constructor(paramName: string, detail: string) {
    super('usage', `Error parsing parameter '${paramName}': ${detail}`);
    this.name = 'ShorthandParseError';
    this.paramName = paramName;
    this.detail = detail;
  }
}

// string.whitespace: the only whitespace the parser skips between tokens.
const ASCII_WHITESPACE = ' \t\n\r\x0b\x0c';
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;

// The reference's character classes, spelled out as code point ranges. The `u` flag makes an
// astral character one unit, outside every range (they all stop at U+FFFF), as in Python.
const REGEX_WS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f\\x20';
const START_WORD = '\\x21\\x23-\\x26\\x28-\\x2b\\x2d-\\x3c\\x3e-\\x5a\\x5c-\\x7a\\x7c-\\uffff';
const FIRST_FOLLOW = `${REGEX_WS}\\x21\\x23-\\x26\\x28-\\x2b\\x2d-\\x5c\\x5e-\\x7c\\x7e-\\uffff`;
const SECOND_FOLLOW = `${REGEX_WS}\\x21\\x23-\\x26\\x28-\\x2b\\x2d-\\x3c\\x3e-\\uffff`;

interface NamedRegex {
  name: string;
  regex: RegExp;
}
const SINGLE_QUOTED: NamedRegex = { name: 'singled quoted', regex: /'(?:\\\\|\\'|[^'])*'/uy };
const DOUBLE_QUOTED: NamedRegex = { name: 'double quoted', regex: /"(?:\\\\|\\"|[^"])*"/uy };
const FIRST_VALUE: NamedRegex = {
  name: 'first',
  regex: new RegExp(`(?:\\\\,|[${START_WORD}])(?:\\\\,|[${FIRST_FOLLOW}])*`, 'uy'),
};
const SECOND_VALUE: NamedRegex = {
  name: 'second',
  regex: new RegExp(`(?:\\\\,|[${START_WORD}])(?:\\\\,|[${SECOND_FOLLOW}])*`, 'uy'),
};

/** A syntax failure at `index`; the csv-list rule catches these to backtrack. */
class SyntaxFailure {
  constructor(
    readonly expected: string,
    readonly actual: string,
    readonly index: number,
  ) {}
}

class DuplicateKey {
  constructor(
    readonly key: string,
    readonly index: number,
  ) {}
}

const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** The input, a caret under `index`, and the rest of the line holding the caret. */
function errorLocation(value: string, index: number): string {
  const before = value.slice(0, index);
  const lastNewline = before.lastIndexOf('\n');
  const spaces = codePointLength(value.slice(lastNewline + 1, index));
  const nextNewline = value.indexOf('\n', index);
  const consumed = nextNewline === -1 ? value : value.slice(0, nextNewline);
  const remaining = nextNewline === -1 ? '' : value.slice(nextNewline);
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

// The reference's recursive-descent parser spends two Python frames per "[" or "{" level and
// hits Python's recursion limit past 485 levels (measured): at level 486 the failure comes
// once the innermost value is read (a C call one frame deeper), past it on entering the level.
const MAX_NESTING = 485;

function recursionLimit(context = ''): CliError {
  return new CliError('other', `maximum recursion depth exceeded${context}`);
}

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(private readonly input: string) {}

  parameter(): ShorthandObject {
    const params: ShorthandObject = {};
    let [key, value] = this.keyval();
    setOwn(params, key, value);
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(',', true);
      [key, value] = this.keyval();
      // Usually a "," typed where a space was meant, so the reference refuses it.
      if (Object.hasOwn(params, key)) throw new DuplicateKey(key, lastIndex + 1);
      setOwn(params, key, value);
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.input[this.index]!)) this.index++;
    return this.input.slice(start, this.index);
  }

  private values(): ShorthandValue {
    if (this.atEof()) return '';
    const c = this.current();
    if (c === '[') return this.explicitList();
    if (c === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.current() !== ',') return first;
    this.expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const item = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          list.push(item);
          break;
        }
        this.expect(',', true);
        list.push(item);
      } catch (error) {
        // `a=b,c=d`: "c" is the next key, not a list item; resume at the comma before it.
        if (!(error instanceof SyntaxFailure) || this.atEof()) throw error;
        this.backtrackTo(',');
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  /** Runs `parse` one bracket level deeper, within the reference's recursion limit. */
  private nested<T>(parse: () => T): T {
    this.nesting++;
    if (this.nesting > MAX_NESTING + 1) throw recursionLimit();
    const value = parse();
    if (this.nesting > MAX_NESTING) throw recursionLimit(' while calling a Python object');
    this.nesting--;
    return value;
  }

  private explicitList(): ShorthandValue[] {
    return this.nested(() => this.explicitListBody());
  }

  private explicitListBody(): ShorthandValue[] {
    this.expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValue());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private hashLiteral(): ShorthandObject {
    return this.nested(() => this.hashLiteralBody());
  }

  private hashLiteralBody(): ShorthandObject {
    this.expect('{', true);
    const keyvals: ShorthandObject = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const value = this.explicitValue();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      setOwn(keyvals, key, value);
    }
    this.expect('}');
    return keyvals;
  }

  private explicitValue(): ShorthandValue {
    const c = this.current();
    if (c === '[') return this.explicitList();
    if (c === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private firstValue(): string {
    const c = this.current();
    if (c === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (c === '"') return this.quoted(DOUBLE_QUOTED, '"');
    const matched = this.match(FIRST_VALUE);
    return matched === undefined ? '' : pyRstrip(matched.replaceAll('\\,', ','));
  }

  private secondValue(): string {
    const c = this.current();
    if (c === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (c === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return pyRstrip(this.mustMatch(SECOND_VALUE).replaceAll('\\,', ','));
  }

  private quoted(named: NamedRegex, quote: string): string {
    return this.mustMatch(named).slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
  }

  private match(named: NamedRegex): string | undefined {
    named.regex.lastIndex = this.index;
    const m = named.regex.exec(this.input);
    if (m === null) return undefined;
    this.index += m[0].length;
    return m[0];
  }

  private mustMatch(named: NamedRegex): string {
    const matched = this.match(named);
    if (matched === undefined) throw new SyntaxFailure(`<${named.name}>`, '<none>', this.index);
    return matched;
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.atEof()) throw new SyntaxFailure(char, 'EOF', this.index);
    const actual = String.fromCodePoint(this.input.codePointAt(this.index)!);
    if (actual !== char) throw new SyntaxFailure(char, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  /** The character at the cursor, or undefined at the end of input. */
  private current(): string | undefined {
    return this.input[this.index];
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.input[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (!this.atEof() && ASCII_WHITESPACE.includes(this.input[this.index]!)) this.index++;
  }
}

/**
 * Parses one shorthand value, e.g. `Name=Pending,Message='a, b'` → `{Name: 'Pending',
 * Message: 'a, b'}`. Throws ShorthandParseError, naming `paramName` (e.g.
 * `--association-status`), with the reference's message and caret.
 */
export function parseShorthand(input: string, paramName: string): ShorthandObject {
  try {
    return new Parser(input).parameter();
  } catch (error) {
    if (error instanceof SyntaxFailure) {
      throw new ShorthandParseError(
        paramName,
        `Expected: '${error.expected}', received: '${error.actual}' for input:\n${errorLocation(input, error.index)}`,
      );
    }
    if (error instanceof DuplicateKey) {
      throw new ShorthandParseError(
        paramName,
        `Second instance of key "${error.key}" encountered for input:\n${errorLocation(input, error.index)}\n` +
          'This is often because there is a preceding "," instead of a space.',
      );
    }
    throw error;
  }
}
