// Python dict order for objects (src/python/ordered-keys.ts): integer-like keys stay where they came.
import { describe, expect, it } from 'vitest';
import { ownEntries, ownKeys, ownValues, setOwn } from '../../src/python/ordered-keys.js';

describe('ordered keys', () => {
  it('keeps insertion order where plain objects move integer-like keys first', () => {
    const dict: Record<string, number> = {};
    for (const [key, value] of [['b', 1], ['10', 2], ['a', 3], ['2', 4], ['01', 5], ['-1', 6]] as const) setOwn(dict, key, value);
    expect(Object.keys(dict)).toEqual(['2', '10', 'b', 'a', '01', '-1']);
    expect(ownKeys(dict)).toEqual(['b', '10', 'a', '2', '01', '-1']);
    expect(ownValues(dict)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ownEntries(dict)[1]).toEqual(['10', 2]);
  });

  it('keeps a key where it first came when its value changes, as a dict does', () => {
    const dict: Record<string, number> = {};
    setOwn(dict, 'x', 1);
    setOwn(dict, '5', 2);
    setOwn(dict, 'x', 3);
    expect(ownEntries(dict)).toEqual([['x', 3], ['5', 2]]);
  });

  it('adds nothing to objects without integer-like keys, and sets __proto__ as a plain key', () => {
    const dict: Record<string, unknown> = {};
    setOwn(dict, '__proto__', 1);
    setOwn(dict, 'a', 2);
    expect(Object.getOwnPropertySymbols(dict)).toEqual([]);
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
    expect(ownKeys(dict)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(dict)).toBe('{"__proto__":1,"a":2}');
  });

  it('does not show the recorded order to JSON.stringify, spread or Object.keys', () => {
    const dict: Record<string, number> = {};
    setOwn(dict, 'b', 1);
    setOwn(dict, '1', 2);
    expect(JSON.stringify(dict)).toBe('{"1":2,"b":1}');
    expect(ownKeys({ ...dict })).toEqual(['1', 'b']);
  });

  it('still lists keys set another way, after the recorded ones', () => {
    const dict: Record<string, number> = {};
    setOwn(dict, 'b', 1);
    setOwn(dict, '1', 2);
    dict.c = 3;
    dict['0'] = 4;
    expect(ownKeys(dict)).toEqual(['b', '1', '0', 'c']);
  });
});
