// JMESPath's semantics on the value model: type names, falsiness (0 is true), and
// Python's ordering comparisons with its TypeError words.
import { describe, expect, it } from 'vitest';
import { isFalse, jmespathTypeName, pyLess } from '../../../src/output/jmespath/values.js';

describe('JMESPath values', () => {
  it('names types as JMESPath does', () => {
    expect([null, true, 'a', 1, 2n, [], {}].map(jmespathTypeName)).toEqual(['null', 'boolean', 'string', 'number', 'number', 'array', 'object']);
  });

  it("is false for '', [], {}, null and false only", () => {
    expect(['', [], {}, null, false].map(isFalse)).toEqual([true, true, true, true, true]);
    expect([0, 'a', [0], { a: 1 }, true].map(isFalse)).toEqual([false, false, false, false, false]);
  });

  it('orders numbers and strings as Python does, and refuses to mix them', () => {
    expect(pyLess(1, 2n, '<')).toBe(true);
    expect(pyLess('b', 'a', '>=')).toBe(true);
    expect(pyLess(Number.NaN, 1, '<')).toBe(false);
    expect(() => pyLess('a', 1, '<')).toThrow("'<' not supported between instances of 'str' and 'int'");
  });
});
