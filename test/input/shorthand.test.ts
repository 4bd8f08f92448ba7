// Expected values and messages were taken from the reference's own parser
// (awscli.shorthand.ShorthandParser, AWS CLI 2.9.19) run on the same inputs.
import { describe, expect, it } from 'vitest';
import { parseShorthand, ShorthandParseError } from '../../src/input/shorthand.js';

const parse = (input: string) => parseShorthand(input, '--association-status');

/** The `Error parsing parameter` detail the parser reports for `input`. */
function failure(input: string): { message: string; detail: string; kind: string; exitCode: number } {
  try {
    parse(input);
  } catch (error) {
    if (!(error instanceof ShorthandParseError)) throw error;
    return { message: error.message, detail: error.detail, kind: error.kind, exitCode: error.exitCode };
  }
  throw new Error(`parsed: ${input}`);
}

describe('parseShorthand values', () => {
  it.each<[string, unknown]>([
    ['Date=1424421071,Name=Pending,Message=hi', { Date: '1424421071', Name: 'Pending', Message: 'hi' }],
    ["Message='hello, world'", { Message: 'hello, world' }],
    ['Message="a=b,c=d"', { Message: 'a=b,c=d' }],
    ["a='it\\'s'", { a: "it's" }],
    ['a="say \\"hi\\""', { a: 'say "hi"' }],
    ['a="x\\\\y"', { a: 'x\\y' }],
    ['a="a\\nb"', { a: 'a\\nb' }],
    ['a=b\\,c', { a: 'b,c' }],
    ['a=C:\\path\\to', { a: 'C:\\path\\to' }],
    ['a=b=c', { a: 'b=c' }],
    ['a= x y ,b=', { a: 'x y', b: '' }],
    ['Date = 1 , Name = Pending ', { Date: '1', Name: 'Pending' }],
    ['a=b\u3000,c=d\u00a0', { a: 'b', c: 'd' }],
    ['a=b,\nc=d=e,\nf=g', { a: 'b', c: 'd=e', f: 'g' }],
    ['a=,b=c', { a: '', b: 'c' }],
    ['=x', { '': 'x' }],
    ['a=b,c', { a: ['b', 'c'] }],
    ['a=b,c,d=e', { a: ['b', 'c'], d: 'e' }],
    ["a=b,'c',d", { a: ['b', 'c', 'd'] }],
    ['Name=a,,b=c', { Name: 'a', b: 'c' }],
    ['a=[]', { a: [] }],
    ['a=[b, [c,d], {e=f}]', { a: ['b', ['c', 'd'], { e: 'f' }] }],
    ['a=[b,]', { a: ['b'] }],
    ['a=[a b]', { a: ['a b'] }],
    ['a={}', { a: {} }],
    ['a={b=[1,2],c={d=e}}', { a: { b: ['1', '2'], c: { d: 'e' } } }],
    ['a={b=c,}', { a: { b: 'c' } }],
    ['k.1=v,a-b=c,x#y=z,p/q:r=s', { 'k.1': 'v', 'a-b': 'c', 'x#y': 'z', 'p/q:r': 's' }],
  ])('%j', (input, expected) => {
    expect(parse(input)).toEqual(expected);
  });

  it('keeps __proto__ as an ordinary own key', () => {
    const parsed = parse('__proto__=x');
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed['__proto__']).toBe('x');
  });
});

describe('parseShorthand errors', () => {
  it('reports a missing "=" with the input and a caret, as a usage error', () => {
    expect(failure('Name')).toEqual({
      message: "Error parsing parameter '--association-status': Expected: '=', received: 'EOF' for input:\nName\n    ^",
      detail: "Expected: '=', received: 'EOF' for input:\nName\n    ^",
      kind: 'usage',
      exitCode: 252,
    });
  });

  it.each<[string, string]>([
    ['', "Expected: '=', received: 'EOF' for input:\n\n^"],
    ['   ', "Expected: '=', received: 'EOF' for input:\n   \n   ^"],
    ['Name==x', "Expected: ',', received: '=' for input:\nName==x\n     ^"],
    ["a=it's", "Expected: ',', received: ''' for input:\na=it's\n    ^"],
    [' Date=1', "Expected: '=', received: 'D' for input:\n Date=1\n ^"],
    [' file://d/sh.txt', "Expected: '=', received: 'f' for input:\n file://d/sh.txt\n ^"],
    ['a=b,', "Expected: '<second>', received: '<none>' for input:\na=b,\n    ^"],
    ['Name="abc', "Expected: '<double quoted>', received: '<none>' for input:\nName=\"abc\n     ^"],
    ["Name='ab", "Expected: '<singled quoted>', received: '<none>' for input:\nName='ab\n     ^"],
    ['Name=[a,b', "Expected: ',', received: 'EOF' for input:\nName=[a,b\n         ^"],
    ['Name={a=b', "Expected: ',', received: 'EOF' for input:\nName={a=b\n         ^"],
    ['a=[b', "Expected: ',', received: 'EOF' for input:\na=[b\n    ^"],
    ['a=\'it\\\'s\',b="q\\\\""', 'Expected: \',\', received: \'"\' for input:\na=\'it\\\'s\',b="q\\\\""\n                 ^'],
  ])('%j', (input, detail) => {
    expect(failure(input).detail).toBe(detail);
  });

  it('puts the caret on the failing line and the rest of the input after it', () => {
    expect(failure('Name=a,\nDate==x,\nFoo=1').detail).toBe(
      "Expected: ',', received: '=' for input:\nName=a,\nDate==x,\n     ^\nFoo=1",
    );
  });

  it('counts code points, not UTF-16 units, and reports a whole astral character', () => {
    expect(failure('x=1,😀=2').detail).toBe("Expected: '=', received: '😀' for input:\nx=1,😀=2\n    ^");
    expect(failure("a='😀',😀").detail).toBe("Expected: '=', received: '😀' for input:\na='😀',😀\n      ^");
    expect(failure('Name=😀x=').detail).toBe("Expected: ',', received: '😀' for input:\nName=😀x=\n     ^");
  });

  it.each<[string, string]>([
    ['a=b,a=c', 'a=b,a=c\n    ^'],
    ['Name=a,Name=b', 'Name=a,Name=b\n       ^'],
    ['a=b , a=c', 'a=b , a=c\n     ^'],
    ['a=b\n,a=c', 'a=b\n,a=c\n ^'],
  ])('rejects a repeated key: %j', (input, location) => {
    const key = input.startsWith('Name') ? 'Name' : 'a';
    expect(failure(input).detail).toBe(
      `Second instance of key "${key}" encountered for input:\n${location}\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  });
});

describe('nesting depth', () => {
  const lists = (n: number) => `Message=${'['.repeat(n)}a${']'.repeat(n)}`;
  it('parses 485 levels, as the reference does', () => {
    expect(() => parse(lists(485))).not.toThrow();
    expect(() => parse(`Message=${'{a='.repeat(485)}b${'}'.repeat(485)}`)).not.toThrow();
  });

  it("fails past them with Python's RecursionError messages (exit 255), never a stack overflow", () => {
    for (const [input, message] of [
      [lists(486), 'maximum recursion depth exceeded while calling a Python object'],
      [lists(487), 'maximum recursion depth exceeded'],
      [lists(100_000), 'maximum recursion depth exceeded'],
      [`Message=${'{a='.repeat(100_000)}`, 'maximum recursion depth exceeded'],
    ] as const) {
      let error: unknown;
      try {
        parse(input);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ message, exitCode: 255 });
    }
  });
});
