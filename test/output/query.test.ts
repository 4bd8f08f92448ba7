// --query: the exact messages and exit codes of bad expressions and runtime errors, Python's
// semantics where JavaScript differs (ints vs floats, code points, True == 1, to_number), and a
// replay of the recorded reference cases (test/fixtures/reference/query-errors.json) at the
// function level, so the engine is checked against the reference without the built binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { formatJson } from '../../src/output/json.js';
import {
  applyQuery,
  compileQuery,
  ExpressionReference,
  PyFloat,
  pyFloatRepr,
  pyNumberRepr,
  unboxFloats,
} from '../../src/output/query.js';
import { shapeResponse } from '../../src/output/response.js';
import type { ReferenceGroup } from '../support/reference-fixtures.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

function q(expression: string, data: unknown = {}, preserveFloats = true): unknown {
  return applyQuery(compileQuery(expression), data, { preserveFloats });
}

function thrown(fn: () => unknown): CliError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('compileQuery: malformed expressions are usage errors with jmespath messages', () => {
  const cases: [string, string][] = [
    ['foo[', 'Bad value for --query foo[: Invalid jmespath expression: Incomplete expression:\n"foo["\n     ^'],
    [
      'foo.',
      "Bad value for --query foo.: Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], " +
        'got: eof: Parse error at column 4, token "" (EOF), for expression:\n"foo."\n     ^',
    ],
    [
      '[?a==]',
      'Bad value for --query [?a==]: invalid token: Parse error at column 5, token "]" (RBRACKET), ' +
        'for expression:\n"[?a==]"\n      ^',
    ],
    [
      'foo[`{"a":1}`]',
      'Bad value for --query foo[`{"a":1}`]: Expecting: star, got: literal: Parse error at column 4, ' +
        `token "{'a': 1}" (LITERAL), for expression:\n"foo[\`{"a":1}\`]"\n     ^`,
    ],
    ['a = b', "Bad value for --query a = b: Bad jmespath expression: Unknown token '=':\na = b\n  ^"],
    ['a ~', 'Bad value for --query a ~: Bad jmespath expression: Unknown token ~:\na ~\n  ^'],
    ['"a\\qb"', 'Bad value for --query "a\\qb": Bad jmespath expression: Invalid \\escape:\n"a\\qb"\n^'],
    ['`a', 'Bad value for --query `a: Bad jmespath expression: Unclosed ` delimiter:\n`a\n^'],
    [
      '"f"()',
      'Bad value for --query "f"(): Quoted identifier not allowed for function names.: Parse error at column 0, ' +
        'token "(" (LPAREN), for expression:\n""f"()"\n ^',
    ],
    ['', 'Bad value for --query : Invalid JMESPath expression: cannot be empty.'],
    // Columns count code points, as Python indexes str.
    ["'😀' == a[", "Bad value for --query '😀' == a[: Invalid jmespath expression: Incomplete expression:\n\"'😀' == a[\"\n          ^"],
  ];
  for (const [expression, message] of cases) {
    it(JSON.stringify(expression), () => {
      const e = thrown(() => compileQuery(expression));
      expect(e.kind).toBe('usage');
      expect(e.exitCode).toBe(252);
      expect(e.message).toBe(message);
    });
  }

  it('leaves unknown functions and arity to evaluation, as the reference does', () => {
    expect(() => compileQuery('foo()')).not.toThrow();
    expect(() => compileQuery('abs(`1`, `2`)')).not.toThrow();
  });
});

describe('applyQuery: runtime errors exit 255 with the message alone', () => {
  const cases: [string, string][] = [
    ['foo()', 'Unknown function: foo()'],
    ["abs('x')", `In function abs(), invalid type for value: x, expected one of: ['number'], received: "string"`],
    [
      'abs(`{"a": [1.0, "b", null, true]}`)',
      `In function abs(), invalid type for value: {'a': [1.0, 'b', None, True]}, expected one of: ['number'], received: "object"`,
    ],
    [
      'sum(`[1, "2"]`)',
      `In function sum(), invalid type for value: 2, expected one of: ['array-number'], received: "str"`,
    ],
    ['abs(`1`, `2`)', 'Expected 1 argument for function abs(), received 2'],
    ['not_null()', 'Expected at least 1 argument for function not_null(), received 0'],
    ['`1` < `"a"`', "'<' not supported between instances of 'int' and 'str'"],
    ['max_by(`[1, "a"]`, &@)', "'>' not supported between instances of 'str' and 'int'"],
    ['contains(`"abc"`, `1.5`)', "'in <string>' requires string as left operand, not float"],
    ['`[1]`[::0]', 'slice step cannot be zero'],
    ['merge(`{}`, `"ab"`)', 'dictionary update sequence element #0 has length 1; 2 is required'],
    ['to_number(&a)', "int() argument must be a string, a bytes-like object or a real number, not '_Expression'"],
    ['ceil(`Infinity`)', 'cannot convert float infinity to integer'],
  ];
  for (const [expression, message] of cases) {
    it(expression, () => {
      const e = thrown(() => q(expression));
      expect(e.kind).toBe('other');
      expect(e.exitCode).toBe(255);
      expect(e.message).toBe(message);
    });
  }

  it('never looks up a function it does not call', () => {
    expect(q('missing[].nope(@)', {})).toBe(null);
  });
});

describe('ints beyond 2^53 stay exact', () => {
  const big = 9007199254740993n;
  const data = { a: big, b: 9007199254740992, c: [big, 1n, 12345678901234567891n] };
  const json = (expression: string) => formatJson(q(expression, data));
  it('prints, compares and sorts them exactly', () => {
    expect(json('a')).toBe('9007199254740993\n');
    expect(q('a == b', data)).toBe(false);
    expect(q('a > b', data)).toBe(true);
    expect(json('sort(c)')).toBe('[\n    1,\n    9007199254740993,\n    12345678901234567891\n]\n');
    expect(json('max(c)')).toBe('12345678901234567891\n');
  });
  it('adds, takes abs, ceil and floor as Python ints', () => {
    expect(json('sum(c)')).toBe('12354686100489308885\n');
    expect(json('abs(`-12345678901234567891`)')).toBe('12345678901234567891\n');
    expect(json('[ceil(a), floor(a)]')).toBe('[\n    9007199254740993,\n    9007199254740993\n]\n');
    expect(json("to_number('12345678901234567891')")).toBe('12345678901234567891\n');
    expect(json('to_string(a)')).toBe('"9007199254740993"\n');
  });
  it('sums ints exactly until the first float, and refuses an int too large for a float', () => {
    expect(json('sum([`9007199254740992`, `1`, `1`, `0.5`])')).toBe('9007199254740994.0\n');
    const huge = `\`${'9'.repeat(400)}\``;
    expect(thrown(() => q(`avg([${huge}])`)).message).toBe('int too large to convert to float');
    expect(thrown(() => q(`sum([\`1.5\`, ${huge}])`)).message).toBe('int too large to convert to float');
  });

  it('equals a float only when the values are equal, as Python compares int and float', () => {
    expect(q('`9007199254740992.0` == `9007199254740992`', {})).toBe(true);
    expect(q('`9007199254740992.0` == `9007199254740993`', {})).toBe(false);
  });
});

describe('Python semantics', () => {
  it('keeps integral floats as PyFloat, and ints as numbers', () => {
    expect(q('avg(`[1, 3]`)')).toEqual(new PyFloat(2));
    expect(q('`1.0`')).toEqual(new PyFloat(1));
    expect(q('`-0.0`')).toEqual(new PyFloat(-0));
    expect(q('sum(`[1, 2]`)')).toBe(3);
    expect(q('sum(`[1, 2.0]`)')).toEqual(new PyFloat(3));
    expect(q('ceil(`1.5`)')).toBe(2);
    expect(q('abs(`-2.0`)')).toEqual(new PyFloat(2));
    expect(q('to_number(`"2"`)')).toBe(2);
    expect(q('to_number(`"2.0"`)')).toEqual(new PyFloat(2));
    expect(q('to_string(`[1.0, 1e16, 1e-05, 0.5]`)')).toBe('[1.0,1e+16,1e-05,0.5]');
  });

  it('unboxes floats unless asked to preserve them', () => {
    expect(q('avg(`[1, 3]`)', {}, false)).toBe(2);
    expect(q('[`2.0`, {a: `1.0`}]', {}, false)).toStrictEqual([2, { a: 1 }]);
    const data = { a: [1, { b: 2 }] };
    expect(unboxFloats(data)).toBe(data);
  });

  it('prints numbers as Python does', () => {
    expect(pyFloatRepr(1e16)).toBe('1e+16');
    expect(pyFloatRepr(1e15)).toBe('1000000000000000.0');
    expect(pyFloatRepr(0.0001)).toBe('0.0001');
    expect(pyFloatRepr(0.00001)).toBe('1e-05');
    expect(pyFloatRepr(-1.5e-7)).toBe('-1.5e-07');
    expect(pyFloatRepr(123456789.125)).toBe('123456789.125');
    expect(pyFloatRepr(Infinity)).toBe('inf');
    expect(pyNumberRepr(new PyFloat(-0))).toBe('-0.0');
    expect(pyNumberRepr(2 ** 60)).toBe('1152921504606846976');
  });

  it('counts, orders and reverses strings by code point', () => {
    expect(q("length('😀é')")).toBe(2);
    expect(q("reverse('a😀b')")).toBe('b😀a');
    expect(q("sort(['\uffff', '😀', 'a'])")).toStrictEqual(['a', '\uffff', '😀']);
    expect(q("'\uffff' < '😀'")).toBe(true);
  });

  it('compares as Python: 1 == 1.0, [1] == [true], but 1 != true at the top', () => {
    expect(q('`1` == `1.0`')).toBe(true);
    expect(q('`[1]` == `[true]`')).toBe(true);
    expect(q('`1` == `true`')).toBe(false);
    expect(q('contains(`[true]`, `1`)')).toBe(true);
    expect(q('`"a"` < `"b"`')).toBe(true);
    expect(q('`true` < `false`')).toBe(null);
  });

  it('parses to_number like int() then float()', () => {
    expect(q("to_number(' 1_000 ')")).toBe(1000);
    expect(q("to_number('١٢')")).toBe(12);
    expect(q("to_number('1__0')")).toBe(null);
    expect(q("to_number('.5')")).toBe(0.5);
    expect(q("to_number('-inf')")).toBe(-Infinity);
    expect(q("to_number('0x10')")).toBe(null);
  });

  it('takes invalid JSON in a literal as a string, and JSON as Python reads it', () => {
    expect(q('`{bad`')).toBe('{bad');
    expect(q('`  spaced`')).toBe('spaced');
    expect(q('`NaN`')).toBeNaN();
    expect(q('`[1e400]`')).toStrictEqual([Infinity]);
  });

  it('reads only own members, and builds __proto__ as a member', () => {
    expect(q('constructor', {})).toBe(null);
    const result = q('{"__proto__": `1`}') as Record<string, unknown>;
    expect(Object.keys(result)).toStrictEqual(['__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('returns expression references as ExpressionReference', () => {
    expect(q('&a')).toBeInstanceOf(ExpressionReference);
  });
});

describe('reference cases: query-errors', () => {
  const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'reference', 'query-errors.json');
  const group = JSON.parse(fs.readFileSync(fixture, 'utf8')) as ReferenceGroup;
  // Every case answers with the same response: the documentation example.
  const body = JSON.parse((group.cases[0]?.responses?.[0] as { body: string }).body) as unknown;
  const data = shapeResponse(body, UAS.outputShapeName, 'iso8601');
  const query = (c: ReferenceGroup['cases'][number]) => c.args[c.args.indexOf('--query') + 1] as string;

  for (const c of group.cases) {
    it(c.name, () => {
      const { exitCode, stdout, stderr } = c.expected;
      let out = '';
      let err = '';
      let code = 0;
      try {
        out = formatJson(applyQuery(compileQuery(query(c)), data));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        err = `\n${e.message}\n`;
        code = e.exitCode;
      }
      expect({ code, out, err }).toStrictEqual({ code: exitCode, out: stdout, err: stderr });
    });
  }
});
