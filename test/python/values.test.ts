// The value model (src/python/values.ts): bool(), repr(), ==.
import { describe, expect, it } from 'vitest';
import { parsePythonJson } from '../../src/python/json-load.js';
import { pyTruthy, PyFloat, pyNumberRepr, pyRepr, pyEquals } from '../../src/python/values.js';

describe('pyTruthy: bool()', () => {
  it('is false for None, False, zero of every kind, empty text, bytes and containers', () => {
    for (const value of [null, undefined, false, 0, -0, 0n, new PyFloat(0), '', new Uint8Array(0), [], {}]) expect(pyTruthy(value)).toBe(false);
  });

  it('is true for everything else, NaN included (bool(float("nan")) is True)', () => {
    for (const value of [true, 1, -1n, new PyFloat(2), NaN, ' ', new Uint8Array([0]), [0], { a: 0 }]) expect(pyTruthy(value)).toBe(true);
  });
});

describe('values from json.loads', () => {
  it('keeps ints and whole floats apart, as Python prints them', () => {
    const value = parsePythonJson('{"i": 3, "f": 3.0, "big": 100000000000000000000, "half": 0.5}') as Record<string, PyFloat>;
    expect(pyRepr(value)).toBe("{'i': 3, 'f': 3.0, 'big': 100000000000000000000, 'half': 0.5}");
    expect(pyNumberRepr(value['f']!)).toBe('3.0');
  });

  it('compares as Python: True == 1 == 1.0', () => {
    expect(pyEquals(true, 1)).toBe(true);
    expect(pyEquals(new PyFloat(1), 1)).toBe(true);
    expect(pyEquals([1, { a: 2n }], [1, { a: 2 }])).toBe(true);
    expect(pyEquals('1', 1)).toBe(false);
  });
});
