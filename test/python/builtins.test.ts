// Python's int() and float() (src/python/builtins.ts); expected messages are Python 3.11's.
import { describe, expect, it } from 'vitest';
import { pyFloat, pyInt } from '../../src/python/builtins.js';
import { PythonError } from '../../src/python/errors.js';
import { PyFloat } from '../../src/python/values.js';

function pythonError(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PythonError) return [error.pythonClass, error.message];
    throw error;
  }
  throw new Error('no error');
}

describe('pyInt: int()', () => {
  it('reads stripped decimal text with underscores, truncates floats, counts booleans', () => {
    expect(pyInt(' \u3000-1_000\n')).toBe(-1000);
    expect(pyInt(new TextEncoder().encode('42'))).toBe(42);
    expect(pyInt(-2.9)).toBe(-2);
    expect(pyInt(true)).toBe(1);
  });

  it('fails with Python\'s messages', () => {
    expect(pythonError(() => pyInt('1.5'))).toEqual(['ValueError', "invalid literal for int() with base 10: '1.5'"]);
    expect(pythonError(() => pyInt(new Uint8Array([0x78])))).toEqual(['ValueError', "invalid literal for int() with base 10: b'x'"]);
    expect(pythonError(() => pyInt(NaN))).toEqual(['ValueError', 'cannot convert float NaN to integer']);
    expect(pythonError(() => pyInt([]))).toEqual(['TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'list'"]);
  });
});

describe('pyFloat: float()', () => {
  it('reads decimal and exponent literals, inf and nan in any case', () => {
    expect(pyFloat(' 1_0.5e1 ')).toEqual(new PyFloat(105));
    expect(pyFloat('-Infinity')).toBe(-Infinity);
    expect(pyFloat('NaN')).toBeNaN();
    expect(pyFloat(3)).toEqual(new PyFloat(3));
  });

  it('fails with Python\'s messages', () => {
    expect(pythonError(() => pyFloat('1e'))).toEqual(['ValueError', "could not convert string to float: '1e'"]);
    expect(pythonError(() => pyFloat({}))).toEqual(['TypeError', "float() argument must be a string or a real number, not 'dict'"]);
  });
});
